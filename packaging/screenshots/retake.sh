#!/usr/bin/env bash
# Retake the README's screenshots: the real app on a virtual X screen (Xvfb) with a window manager
# (openbox), light and dark, choosing a routine and during one. Needs Debian's xvfb and openbox and
# the checkout's .venv (run `python3 -m app --version` once). Writes PNGs beside this script.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
python="$repo/.venv/bin/python"
display=:${SUPPLE_SHOT_DISPLAY:-77}
scratch=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$scratch"' EXIT

Xvfb "$display" -screen 0 1180x760x24 -nolisten tcp >/dev/null 2>&1 &
sleep 1
DISPLAY=$display openbox >/dev/null 2>&1 &
sleep 1

# shot NAME THEME SECONDS [supple arguments...]: start Supple, wait, grab the whole screen
shot() {
  local name=$1 theme=$2 wait=$3
  shift 3
  mkdir -p "$scratch/$name/config"
  printf '{"version": 1, "theme": "%s", "prepare_seconds": 4}\n' "$theme" >"$scratch/$name/config/settings.json"
  DISPLAY=$display QT_QPA_PLATFORM=xcb SUPPLE_CONFIG_DIR="$scratch/$name/config" \
    SUPPLE_DATA_DIR="$scratch/$name/data" \
    "$python" -m app "$@" >/dev/null 2>&1 &
  local app=$!
  sleep "$wait"
  DISPLAY=$display QT_QPA_PLATFORM=xcb "$python" - "$here/$name.png" <<'PY'
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
screen = app.primaryScreen()
screen.grabWindow(0).save(sys.argv[1])
PY
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  echo "saved $here/$name.png"
}

shot choose-light light 4
shot session-light light 9 --routine lower-back-relief
shot choose-dark dark 4
shot session-dark dark 9 --routine deep-glute-release
