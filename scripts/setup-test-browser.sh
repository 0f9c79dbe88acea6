#!/usr/bin/env bash
# Installs what the browser tests need and that npm cannot: Debian's Chromium.
# Test tools cannot download their own browsers here, so the tests drive
# /usr/bin/chromium. Does nothing when it is already installed.
set -euo pipefail
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium: $("${CHROMIUM_PATH:-/usr/bin/chromium}" --version 2>/dev/null | tail -n 1)"
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "Chromium is missing and this system has no apt-get: install Chromium and set CHROMIUM_PATH to its binary." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing Debian's chromium (needed by the browser tests)…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version 2>/dev/null | tail -n 1
