#!/bin/sh
# Remove SkillAssess installed by install.sh for the current user. The centre's data (the database, keys,
# backups and logs in ~/.local/share/SkillAssess/) is kept: delete that folder yourself if you mean to.
set -eu

APP_ID=org.skillassess.SkillAssess
home_local="$HOME/.local"
share="${XDG_DATA_HOME:-$home_local/share}"
app_dir="$home_local/opt/SkillAssess"

if [ -L "$home_local/bin/skillassess" ]; then rm -f "$home_local/bin/skillassess"; fi
rm -f "$share/applications/$APP_ID.desktop" "$share/metainfo/$APP_ID.metainfo.xml"
rm -f "$share"/icons/hicolor/*/apps/"$APP_ID".png "$share"/icons/hicolor/scalable/apps/"$APP_ID".svg
rm -rf "$app_dir"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
echo "SkillAssess is removed. Your data is still in $share/SkillAssess."
