"""What the packaged app runs: the same entry point as the installed 'referral-app' command."""

import sys

if sys.argv[1:2] == ["--read-hsds-file-for-import"]:
    # The second process of a large import (referral_app/core/reading_process.py): it reads
    # the file and sends its records to the app that started it; it loads no window.
    from referral_app.core.reading_process import serve

    raise SystemExit(serve(sys.argv[2]))

from referral_app.app import main

raise SystemExit(main())
