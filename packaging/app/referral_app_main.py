"""What the packaged app runs: the same entry point as the installed 'referral-app' command."""

from referral_app.app import main

raise SystemExit(main())
