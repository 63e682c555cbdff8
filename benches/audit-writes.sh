#!/usr/bin/env bash
# Audited writes per second that one PostgreSQL database sustains behind three replicas:
# every audited write stores its event unlinked and, after its commit, links what is pending
# into the audit chain under the chain's advisory lock (one linking transaction serves every
# write committed meanwhile), so this measures how far that lock still limits writes.
#
# Starts three replicas of the server (`grantdesk serve`, the first with `--demo`) on one
# fresh PostgreSQL database, signs the demo applicant in on each, then drives
# `POST /api/v1/calls/{id}/applications` (a draft application: one audited event per
# request) with wrk on the three at once. Prints each replica's requests per second, their
# sum, and the audit events written per second counted in the database; then verifies the
# hash chain (`grantdesk audit verify`), which fails if concurrent appends broke it.
#
#   benches/audit-writes.sh                       # the release build (built when missing)
#   GRANTDESK_BIN=target/debug/grantdesk benches/audit-writes.sh
#   DURATION=30s CONNECTIONS=8 PORTS="8314 8315 8316" benches/audit-writes.sh
#   ADMIN_URL=postgres://postgres@127.0.0.1:5432/postgres DATABASE=grantdesk_audit_writes ...
#
# Needs wrk, psql, curl and python3. The database named by DATABASE is dropped and created.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
ports=(${PORTS:-8314 8315 8316})
duration=${DURATION:-20s}
connections=${CONNECTIONS:-8}
bin=${GRANTDESK_BIN:-target/release/grantdesk}
admin_url=${ADMIN_URL:-postgres://postgres@127.0.0.1:5432/postgres}
database=${DATABASE:-grantdesk_audit_writes}
database_url="${admin_url%/*}/$database"
password=grantdesk-demo-2026

for tool in wrk psql curl python3; do
    command -v "$tool" >/dev/null 2>&1 || { echo "$tool is missing" >&2; exit 1; }
done
if [ ! -x "$bin" ]; then
    echo "building $bin" >&2
    cargo build --release --bin grantdesk
fi

work=$(mktemp -d)
servers=()
cleanup() {
    for server in "${servers[@]}"; do kill "$server" 2>/dev/null || true; done
    for server in "${servers[@]}"; do wait "$server" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

psql -q "$admin_url" -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"

# One replica on `port`, sharing the database and the token secret with the others.
start() {
    local port=$1
    shift
    (
        cd "$work"
        GRANTDESK_BIND="127.0.0.1:$port" \
        GRANTDESK_FIXTURES="$root/fixtures" \
        GRANTDESK_SCHEDULER=off \
        GRANTDESK_METRICS_BIND=off \
        GRANTDESK_JWT_SECRET=audit-writes-benchmark-secret-0123456789abcdef \
        DATABASE_URL="$database_url" \
        RUST_LOG=warn \
        exec "$root/$bin" serve "$@"
    ) >"$work/server-$port.log" 2>&1 &
    servers+=($!)
    for _ in $(seq 1 240); do
        curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && return 0
        kill -0 "${servers[-1]}" 2>/dev/null || { cat "$work/server-$port.log" >&2; exit 1; }
        sleep 0.5
    done
    echo "replica on $port did not start" >&2
    exit 1
}

start "${ports[0]}" --demo
for port in "${ports[@]:1}"; do start "$port"; done

api="http://127.0.0.1:${ports[0]}/api/v1"
json() { python3 -c "import json, sys; print(eval('json.load(sys.stdin)' + sys.argv[1]))" "$1"; }
token=$(curl -fs -X POST "$api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\": \"amina@csos.example\", \"password\": \"$password\"}" | json '["access_token"]')
call=$(curl -fs "$api/calls?status=open" | json '["items"][0]["id"]')
amount=$(curl -fs "$api/calls?status=open" | json '["items"][0]["min_grant"]')
organisation=$(psql -tA "$database_url" -c "SELECT m.organisation_id FROM organisation_members m \
    JOIN users u ON u.id = m.user_id WHERE u.email = 'amina@csos.example' ORDER BY 1 LIMIT 1")

cat >"$work/create.lua" <<LUA
wrk.method = "POST"
wrk.path = "/api/v1/calls/$call/applications"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
wrk.body = [[{"organisation_id": "$organisation", "title": "Audited writes", "summary": "One audited event per request.", "requested_amount": "$amount", "budget_lines": [{"description": "All", "amount": "$amount"}], "answers": {}}]]
LUA

# A short warm-up on each replica, then the three at once.
for port in "${ports[@]}"; do
    wrk -t1 -c2 -d2s -s "$work/create.lua" "http://127.0.0.1:$port" >/dev/null
done
events() { psql -tA "$database_url" -c "SELECT count(*) FROM audit_events"; }
before=$(events)
started=$(date +%s.%N)
drivers=()
for port in "${ports[@]}"; do
    wrk -t1 -c"$connections" -d"$duration" -s "$work/create.lua" "http://127.0.0.1:$port" >"$work/wrk-$port.txt" &
    drivers+=($!)
done
wait "${drivers[@]}"
ended=$(date +%s.%N)
after=$(events)

echo "3 replicas ($(basename "$bin") build at $bin) on one PostgreSQL database, $(nproc) cores,"
echo "wrk $connections connections per replica for $duration, POST /calls/{id}/applications"
total=0
for port in "${ports[@]}"; do
    rate=$(awk '/Requests\/sec/ { print $2 }' "$work/wrk-$port.txt")
    errors=$(awk '/Non-2xx/ { print $5 }' "$work/wrk-$port.txt")
    latency=$(awk '/Latency/ { print $2 }' "$work/wrk-$port.txt")
    echo "replica :$port  $rate req/s  mean latency $latency  non-2xx ${errors:-0}"
    total=$(python3 -c "print(round($total + $rate, 1))")
done
echo "sum of the replicas: $total req/s"
python3 -c "print(f'audit events written: {$after - $before} in {$ended - $started:.1f} s = {($after - $before) / ($ended - $started):.0f} audited writes/s')"
(
    cd "$work"
    DATABASE_URL="$database_url" GRANTDESK_FIXTURES="$root/fixtures" RUST_LOG=warn "$root/$bin" audit verify
)
