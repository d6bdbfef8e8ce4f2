#!/bin/sh
# Install SkillAssess for the current user, without administrator rights:
#   the program      ~/.local/opt/SkillAssess/            (replaced by a newer version)
#   the command      ~/.local/bin/skillassess
#   the menu entry   ~/.local/share/applications/org.skillassess.SkillAssess.desktop
#   the icon         ~/.local/share/icons/hicolor/<size>/apps/org.skillassess.SkillAssess.png (and .svg)
#   AppStream        ~/.local/share/metainfo/org.skillassess.SkillAssess.metainfo.xml
# The centre's data (~/.local/share/SkillAssess/: database, keys, backups) is never touched, here or by
# ~/.local/opt/SkillAssess/uninstall.sh. Run:  sh install.sh
set -eu

APP_ID=org.skillassess.SkillAssess
here=$(cd "$(dirname "$0")" && pwd)
home_local="$HOME/.local"
share="${XDG_DATA_HOME:-$home_local/share}"
app_dir="$home_local/opt/SkillAssess"
bin_dir="$home_local/bin"

if [ ! -x "$here/SkillAssess/SkillAssess" ]; then
    echo "install.sh: $here/SkillAssess/SkillAssess is missing: unpack the whole archive, then run install.sh from it." >&2
    exit 1
fi

mkdir -p "$home_local/opt" "$bin_dir" "$share/applications" "$share/metainfo"
# A new copy beside the old one, then swapped in: an interrupted install leaves the old one working.
rm -rf "$app_dir.new"
cp -R "$here/SkillAssess" "$app_dir.new"
cp "$here/uninstall.sh" "$app_dir.new/uninstall.sh"
chmod +x "$app_dir.new/uninstall.sh"
rm -rf "$app_dir.old"
if [ -d "$app_dir" ]; then mv "$app_dir" "$app_dir.old"; fi
mv "$app_dir.new" "$app_dir"
rm -rf "$app_dir.old"

ln -sf "$app_dir/SkillAssess" "$bin_dir/skillassess"

# The menu entry starts the installed program by its full path (~/.local/bin may not be on PATH).
sed "s|^Exec=.*|Exec=\"$app_dir/SkillAssess\"|; s|^TryExec=.*|TryExec=$app_dir/SkillAssess|" \
    "$here/share/applications/$APP_ID.desktop" > "$share/applications/$APP_ID.desktop"
cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
for icon in "$here"/share/icons/hicolor/*/apps/*; do
    target="$share/icons/hicolor/${icon#"$here/share/icons/hicolor/"}"
    mkdir -p "$(dirname "$target")"
    cp "$icon" "$target"
done

# Let the desktop see the new entry and icon now (both tools are optional).
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true

echo "SkillAssess is installed in $app_dir."
echo "Start it from the applications menu, or with: $bin_dir/skillassess"
echo "To remove it: $app_dir/uninstall.sh (your data in ${share}/SkillAssess is kept)."
