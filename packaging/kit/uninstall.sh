#!/bin/sh
# Remove Referral App installed by install.sh: the program folder, the command and the menu
# and desktop entries. The data folder (directory, casework, settings, trusted keys) is kept.
set -u
prefix=$(cd "$(dirname "$0")" && pwd)
if [ ! -x "$prefix/venv/bin/python" ]; then
  echo "$prefix does not hold an installed Referral App; run the uninstall.sh inside the program folder (normally ~/.local/opt/referral-app)." >&2
  exit 1
fi
data=$("$prefix/venv/bin/python" -P -c 'from referral_app.paths import data_dir; print(data_dir(None))' 2>/dev/null || echo "~/.local/share/referral-app")
desktop_folder="$HOME/Desktop"
if command -v xdg-user-dir >/dev/null 2>&1; then
  desktop_folder=$(xdg-user-dir DESKTOP 2>/dev/null || echo "$HOME/Desktop")
fi
for entry in "$HOME/.local/share/applications/referral-app.desktop" \
             "$desktop_folder/referral-app.desktop" "$HOME/.local/bin/referral-app"; do
  if [ -f "$entry" ] && grep -q "$prefix/venv/bin/python" "$entry"; then
    rm -f "$entry"
  fi
done
rm -rf "$prefix"
echo "Referral App is removed. Its data folder $data is kept: delete it yourself only if the casework in it is no longer needed."
