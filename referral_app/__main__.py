from referral_app.app import main

if __name__ == "__main__":  # not when a second process (reading_process) imports it
    raise SystemExit(main())
