#!/usr/bin/env bash
# Browser tests of `sitrep serve` (see ui.test.mjs): installs headless
# Chromium from Debian if it is missing, builds the binary and the fixture
# loader, fills a store with the hand-annotated reports, starts the server on
# a free loopback port, runs the tests, and stops the server whatever happens.
#
# SITREP_SCREENSHOTS=1 writes the screenshots to docs/screenshot-*.png
# (otherwise they go to a temporary directory and are deleted).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
export CHROMIUM

if [ ! -x "$CHROMIUM" ]; then
    echo "browser tests: installing chromium from Debian (about 2 minutes)"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi

(cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)

cargo build -q -p sitrep --bin sitrep
cargo build -q -p sitrep-server --example load_fixture
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}

WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$TARGET/debug/examples/load_fixture" "$WORK/store.db"
"$TARGET/debug/sitrep" serve --db "$WORK/store.db" --bind 127.0.0.1:0 >"$WORK/server.out" 2>"$WORK/server.err" &
SERVER_PID=$!

URL=""
for _ in $(seq 1 200); do
    URL=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$WORK/server.out" | head -n 1 || true)
    if [ -n "$URL" ]; then break; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
        echo "browser tests: the server did not start:" >&2
        cat "$WORK/server.err" >&2
        exit 1
    fi
    sleep 0.1
done
if [ -z "$URL" ]; then
    echo "browser tests: the server printed no address within 20 s" >&2
    exit 1
fi
echo "browser tests: server at $URL"

SHOTS="$WORK/shots"
if [ "${SITREP_SCREENSHOTS:-}" = "1" ]; then SHOTS="$ROOT/docs"; fi
status=0
SITREP_URL="${URL%/}" SITREP_SCREENSHOT_DIR="$SHOTS" node --test --test-reporter=spec tests/browser/ui.test.mjs || status=$?

# SIGTERM must stop the server cleanly (graceful shutdown, exit code 0).
kill -TERM "$SERVER_PID"
server_status=0
wait "$SERVER_PID" || server_status=$?
SERVER_PID=""
if [ "$server_status" -ne 0 ] || ! grep -q "sitrep: stopped" "$WORK/server.err"; then
    echo "browser tests: the server did not stop cleanly on SIGTERM (exit $server_status):" >&2
    cat "$WORK/server.err" >&2
    exit 1
fi
exit "$status"
