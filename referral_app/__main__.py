from referral_app.app import main

raise SystemExit(main())
