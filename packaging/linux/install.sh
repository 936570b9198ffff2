#!/bin/sh
# Install Taper Desktop for this user only (no root): the app goes to
# ~/.local/opt/taper-desktop, the command to ~/.local/bin/taper-desktop, and the menu
# entry and icons to the usual places under ~/.local/share. Running it again replaces
# the installed copy. Your diary (the data folder) is never touched.
set -eu

here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
data_home=${XDG_DATA_HOME:-"$HOME/.local/share"}
opt="$HOME/.local/opt/taper-desktop"
bin="$HOME/.local/bin"
app="$here/app"

if [ ! -x "$app/taper-desktop" ]; then
    echo "install.sh: $app/taper-desktop is missing; unpack the whole archive first." >&2
    exit 1
fi

# Refuse to replace a copy that is running: its files are in use.
for proc in /proc/[0-9]*; do
    exe=$(readlink "$proc/exe" 2>/dev/null || true)
    case "$exe" in
        "$opt"/*)
            echo "install.sh: Taper Desktop is running. Quit it (File > Quit), then run install.sh again." >&2
            exit 1 ;;
    esac
done

mkdir -p "$HOME/.local/opt" "$bin"
staging="$opt.new.$$"
rm -rf "$staging"
cp -R "$app" "$staging"
cp "$here/uninstall.sh" "$staging/uninstall.sh"
chmod 755 "$staging/uninstall.sh"
rm -rf "$opt.old.$$"
if [ -e "$opt" ]; then mv "$opt" "$opt.old.$$"; fi
mv "$staging" "$opt"
rm -rf "$opt.old.$$"
ln -sfn "$opt/taper-desktop" "$bin/taper-desktop"

# Menu entry: Exec quotes the path (the Desktop Entry spec's rules), so a home folder
# with spaces or non-ASCII letters works.
quoted=$(printf '%s' "$opt/taper-desktop" | sed -e 's/[\\"`$]/\\&/g')
mkdir -p "$data_home/applications"
sed -e "s|^Exec=.*|Exec=\"$quoted\"|" -e "s|^TryExec=.*|TryExec=$opt/taper-desktop|" \
    "$opt/_internal/resources/taper-desktop.desktop" > "$data_home/applications/taper-desktop.desktop"
for size in 16 32 48 64 128 256; do
    dir="$data_home/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    cp "$opt/_internal/resources/icons/taper-desktop-$size.png" "$dir/taper-desktop.png"
done
mkdir -p "$data_home/icons/hicolor/scalable/apps"
cp "$opt/_internal/resources/icons/taper-desktop.svg" "$data_home/icons/hicolor/scalable/apps/taper-desktop.svg"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data_home/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true

echo "Taper Desktop is installed in $opt"
echo "Open it from your applications menu, or run: taper-desktop"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "(To run it from a terminal, add $bin to your PATH.)" ;;
esac
echo "To remove it later: $opt/uninstall.sh"
