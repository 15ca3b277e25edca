"""What the packaged app runs: the same entry point as the installed 'referral-app' command."""

import multiprocessing

from referral_app.app import main

if __name__ == "__main__":
    # A large import reads its file in a second process (core/reading_process.py): in the
    # packaged app that process starts this program again, and this hands it over.
    multiprocessing.freeze_support()
    raise SystemExit(main())
