#!/bin/sh
# Install Referral App from this kit on a Linux laptop with no network.
#   sh install.sh [--prefix DIR]        (PYTHON=/path/to/python3 to choose the Python)
# Needs Python 3.11, 3.12 or 3.13 with its venv module (Debian and Ubuntu: python3-venv).
# The program goes in ~/.local/opt/referral-app, a command in ~/.local/bin and a menu entry.
# The data folder (directory, casework, settings, trusted keys) is never touched: installing
# a newer kit over an older one keeps it, and the app brings it up to date on its first start.
set -u

kit=$(cd "$(dirname "$0")" && pwd)
prefix="${HOME}/.local/opt/referral-app"
if [ "${1:-}" = "--prefix" ] && [ -n "${2:-}" ]; then
  prefix=$2
elif [ $# -gt 0 ]; then
  echo "install.sh takes only --prefix DIR; run it as: sh install.sh [--prefix DIR]" >&2
  exit 2
fi

fail() {
  echo "$1" >&2
  exit 1
}

# 1. The kit is whole: every file has the sha256 written in SHA256SUMS.
if ! command -v sha256sum >/dev/null 2>&1; then
  fail "This laptop has no sha256sum to check the kit with; install coreutils, then run install.sh again."
fi
if [ ! -f "$kit/SHA256SUMS" ] || ! (cd "$kit" && sha256sum --check --quiet --strict SHA256SUMS >/dev/null 2>&1); then
  fail "This kit is damaged (a file is missing or changed), so nothing was installed: copy the kit again from the machine that made it."
fi

# 2. A Python 3.11 to 3.13 with venv.
python=""
for candidate in ${PYTHON:-} python3.13 python3.12 python3.11 python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c \
      'import sys; raise SystemExit(not ((3, 11) <= sys.version_info[:2] <= (3, 13)))' 2>/dev/null; then
    python=$(command -v "$candidate")
    break
  fi
done
[ -n "$python" ] || fail "Referral App needs Python 3.11, 3.12 or 3.13 and none was found; install one (or set PYTHON=/path/to/python3), then run install.sh again."
"$python" -c 'import venv, ensurepip' 2>/dev/null \
  || fail "$python cannot make a virtual environment; install its venv module (Debian and Ubuntu: python3-venv), then run install.sh again."

# 3. A fresh virtual environment in the program folder; the older one is kept aside until the
#    new one works, and put back if it does not.
mkdir -p "$(dirname "$prefix")" || fail "Cannot make the folder $(dirname "$prefix"); choose another with --prefix DIR."
if [ -e "$prefix" ] && [ -n "$(ls -A "$prefix" 2>/dev/null)" ] && [ ! -d "$prefix/venv" ]; then
  fail "$prefix holds something other than Referral App (is it the data folder?), so nothing was installed; choose another folder with --prefix DIR."
fi
old="$prefix.old"
rm -rf "$old"
if [ -e "$prefix" ]; then
  mv "$prefix" "$old" || fail "Cannot move the older installation in $prefix aside; close Referral App and run install.sh again."
fi
log=$(mktemp)
put_back() {
  tail -n 20 "$log" >&2
  rm -rf "$prefix" "$log"
  [ -e "$old" ] && mv "$old" "$prefix"
  fail "$1"
}
"$python" -m venv "$prefix/venv" >/dev/null 2>&1 \
  || put_back "Could not make a virtual environment in $prefix/venv; nothing was changed."
venv_python="$prefix/venv/bin/python"
# No pip settings of the laptop play a part (PIP_CONFIG_FILE, --isolated), and nothing is
# downloaded (--no-index): every wheel comes from the kit, checked against its sha256.
export PIP_CONFIG_FILE=/dev/null
"$venv_python" -m pip --isolated install --quiet --no-index --find-links "$kit/linux" \
    --require-hashes -r "$kit/requirements.txt" >"$log" 2>&1 \
  && "$venv_python" -m pip --isolated install --quiet --no-index --no-deps \
    "$kit"/linux/referral_app-*.whl >>"$log" 2>&1 \
  && "$venv_python" -m pip --isolated check >>"$log" 2>&1 \
  && "$venv_python" -P -m referral_app --help >/dev/null 2>>"$log" \
  || put_back "Installing from the kit failed, so the earlier installation (if any) was kept; pip's last lines are above."
rm -rf "$old" "$log"

# 4. A command, a menu entry and (where the laptop has a desktop folder) a desktop icon; the
#    window starts without a terminal.
cp "$kit/uninstall.sh" "$prefix/uninstall.sh" && chmod 755 "$prefix/uninstall.sh"
mkdir -p "$HOME/.local/bin" "$HOME/.local/share/applications"
cat >"$HOME/.local/bin/referral-app" <<EOF
#!/bin/sh
exec "$venv_python" -P -m referral_app "\$@"
EOF
chmod 755 "$HOME/.local/bin/referral-app"
icon=$("$venv_python" -P -c 'import pathlib, referral_app; print(pathlib.Path(referral_app.__file__).parent / "resources" / "icons" / "protection.svg")')
cat >"$prefix/referral-app.desktop" <<EOF
[Desktop Entry]
Type=Application
Name=Referral App
Comment=Directory of support services and referrals, offline
Exec="$venv_python" -P -m referral_app
Icon=$icon
Terminal=false
Categories=Office;
EOF
cp "$prefix/referral-app.desktop" "$HOME/.local/share/applications/referral-app.desktop"
desktop_folder="$HOME/Desktop"
if command -v xdg-user-dir >/dev/null 2>&1; then
  desktop_folder=$(xdg-user-dir DESKTOP 2>/dev/null || echo "$HOME/Desktop")
fi
if [ -d "$desktop_folder" ] && [ "$desktop_folder" != "$HOME" ]; then
  cp "$prefix/referral-app.desktop" "$desktop_folder/referral-app.desktop"
  chmod 755 "$desktop_folder/referral-app.desktop"
fi

version=$("$venv_python" -P -c 'from importlib.metadata import version; print(version("referral-app"))')
echo "Referral App $version is installed in $prefix: start it from the menu or with $HOME/.local/bin/referral-app. To remove it: sh $prefix/uninstall.sh (the data folder is kept)."
