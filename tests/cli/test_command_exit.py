"""A command's process leaves its memory to the system at exit (issue 15: the slip's whole
process), and still writes everything it wrote before: its output and its log."""

import os
import subprocess
import sys

from referral_app.logs import LOG_FILE


def test_a_command_exits_without_searching_its_memory_and_keeps_its_log(tmp_path) -> None:
    data = tmp_path / "data"
    # registered first, so it runs after the app's own exit handlers
    code = ("import atexit, gc, sys\n"
            "atexit.register(lambda: sys.stderr.write(f'frozen {gc.get_freeze_count() > 0}'))\n"
            "from referral_app.app import main\n"
            f"raise SystemExit(main(['--data-dir', {str(data)!r}, 'stats']))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0 and done.stdout.startswith("services: 47")
    assert done.stderr.endswith("frozen True")
    # the first open loaded the starter directory and said so in the log, flushed at exit
    assert "loaded the starter directory" in (data / "logs" / LOG_FILE).read_text()
