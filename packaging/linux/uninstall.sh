#!/bin/sh
# Remove the Taper Desktop app installed by install.sh for this user. Your diary (the
# data folder) is left exactly as it is; this script says where it is.
set -eu

data_home=${XDG_DATA_HOME:-"$HOME/.local/share"}
opt="$HOME/.local/opt/taper-desktop"
bin="$HOME/.local/bin"

for proc in /proc/[0-9]*; do
    exe=$(readlink "$proc/exe" 2>/dev/null || true)
    case "$exe" in
        "$opt"/*)
            echo "uninstall.sh: Taper Desktop is running. Quit it (File > Quit), then run uninstall.sh again." >&2
            exit 1 ;;
    esac
done

link=$(readlink "$bin/taper-desktop" 2>/dev/null || true)
if [ "$link" = "$opt/taper-desktop" ]; then rm -f "$bin/taper-desktop"; fi
rm -f "$data_home/applications/taper-desktop.desktop"
for size in 16 32 48 64 128 256; do
    rm -f "$data_home/icons/hicolor/${size}x${size}/apps/taper-desktop.png"
done
rm -f "$data_home/icons/hicolor/scalable/apps/taper-desktop.svg"
rm -rf "$opt"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data_home/applications" || true

echo "Taper Desktop is removed."
data=${TAPER_DESKTOP_DATA_DIR:-"$data_home/taper-desktop"}
if [ -d "$data" ]; then
    echo "Your diary is still in $data (not touched). Delete that folder yourself only if you want it gone."
else
    echo "Your diary folder, if you made one elsewhere with --data-dir, was not touched."
fi
