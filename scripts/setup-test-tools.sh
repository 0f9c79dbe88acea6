#!/usr/bin/env bash
# Installs what the tests need and that npm cannot, from Debian's packages:
# Chromium (test tools cannot download their own browsers here, so the tests
# drive /usr/bin/chromium), a Java runtime for the W3C's Nu HTML checker
# (vnu-jar ships the checker, not the runtime) and nginx, with which the tests
# serve the built site through the generated server configuration; curl and
# jq, with which a test runs the download recipe that /data/ shows its readers.
# Installs only what is missing.
set -euo pipefail
missing=()
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium: $("${CHROMIUM_PATH:-/usr/bin/chromium}" --version 2>/dev/null | tail -n 1)"
else
  missing+=(chromium)
fi
if command -v java >/dev/null; then
  echo "Java: $(java -version 2>&1 | head -n 1)"
else
  missing+=(default-jre-headless)
fi
if [ -x "${NGINX_PATH:-/usr/sbin/nginx}" ]; then
  echo "nginx: $("${NGINX_PATH:-/usr/sbin/nginx}" -v 2>&1)"
else
  missing+=(nginx-light)
fi
for tool in curl jq; do
  if command -v "$tool" >/dev/null; then echo "$tool: $(command -v "$tool")"; else missing+=("$tool"); fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "Missing: ${missing[*]}, and this system has no apt-get: install Chromium (CHROMIUM_PATH), a Java runtime, nginx (NGINX_PATH), curl and jq." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing Debian's ${missing[*]} (needed by the tests)…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
for tool in "${missing[@]}"; do
  case "$tool" in
    chromium) /usr/bin/chromium --version 2>/dev/null | tail -n 1 ;;
    nginx-light)
      # The package starts a server on port 80; the tests run their own.
      $SUDO service nginx stop >/dev/null 2>&1 || true
      /usr/sbin/nginx -v 2>&1 ;;
    default-jre-headless) java -version 2>&1 | head -n 1 ;;
    *) command -v "$tool" ;;
  esac
done
