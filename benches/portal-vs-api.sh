#!/usr/bin/env bash
# The public portal pages against the JSON list of open calls, side by side in one run:
# wrk at 16 connections against the demo (`grantdesk serve --demo` on a fresh SQLite file in
# a temporary folder), on `/`, the open call's page and `/api/v1/calls?status=open`. Prints
# requests per second of each. A benchmark, not a timed test: the goal is that the pages
# serve at least as many requests per second as the JSON.
#
#   benches/portal-vs-api.sh                     # the release build (built when missing)
#   GRANTDESK_BIN=target/debug/grantdesk benches/portal-vs-api.sh
#   DURATION=30s PORT=8181 benches/portal-vs-api.sh
#
# wrk is Debian's package `wrk`; the script installs it with apt-get when it is missing.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
port=${PORT:-8181}
duration=${DURATION:-10s}
threads=${THREADS:-2}
connections=16
bin=${GRANTDESK_BIN:-target/release/grantdesk}
base="http://127.0.0.1:$port"

if ! command -v wrk >/dev/null 2>&1; then
    echo "wrk is missing: installing Debian's package" >&2
    sudo_if_needed=""
    [ "$(id -u)" -eq 0 ] || sudo_if_needed="sudo"
    $sudo_if_needed apt-get install -y wrk || { $sudo_if_needed apt-get update && $sudo_if_needed apt-get install -y wrk; }
fi
if [ ! -x "$bin" ]; then
    echo "building $bin" >&2
    cargo build --release --bin grantdesk
fi

work=$(mktemp -d)
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

(
    cd "$work"
    GRANTDESK_BIND="127.0.0.1:$port" \
    GRANTDESK_FIXTURES="$root/fixtures" \
    GRANTDESK_SCHEDULER=off \
    DATABASE_URL="sqlite://$work/grantdesk.db?mode=rwc" \
    RUST_LOG=warn \
    exec "$root/$bin" serve --demo
) >"$work/server.log" 2>&1 &
server=$!

for _ in $(seq 1 120); do
    curl -fs "$base/readyz" >/dev/null 2>&1 && break
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.5
done
open_calls=$(curl -fs "$base/api/v1/calls?status=open")
call=$(printf '%s' "$open_calls" | python3 -c 'import json, sys; print(json.load(sys.stdin)["items"][0]["id"])')

# Requests per second of one path, after a short warm-up.
rate() {
    wrk -t"$threads" -c"$connections" -d2s "$base$1" >/dev/null
    wrk -t"$threads" -c"$connections" -d"$duration" "$base$1" | awk '/Requests\/sec/ { print $2 }'
}

home=$(rate "/")
call_page=$(rate "/calls/$call")
json=$(rate "/api/v1/calls?status=open")

echo "wrk, $connections connections, $duration each, $(basename "$bin") build at $bin, $(nproc) cores"
printf '%-28s %-28s %-28s\n' "GET /" "GET /calls/{id}" "GET /api/v1/calls?status=open"
printf '%-28s %-28s %-28s\n' "$home req/s" "$call_page req/s" "$json req/s"
