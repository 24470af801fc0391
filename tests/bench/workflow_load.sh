#!/usr/bin/env bash
# TokenDesk under load beside pgbench, same server, same client counts, in one run:
#   TD_TEST_PG='host=… port=… user=… password=…' bash tests/bench/workflow_load.sh [build] [WORKFLOWS]
# (scripts/test-postgres.sh start DIR prints that line.) For each K in 8, 32, 64: a fresh
# database, K simulated tellers running WORKFLOWS / K full workflows each without the KDF (the
# database's share; see workflow_load.cpp), all at one branch and then spread over 10 branches
# as pgbench spreads its clients over scale 10; then pgbench (TPC-B like, scale 10, K clients,
# 2 threads, 15 s) on a database of its own. First two runs at K = 8 with the real KDF and
# with the test KDF, for the latency of the two steps that run it.
set -euo pipefail
build=${1:-build}
workflows=${2:-800}
: "${TD_TEST_PG:?set TD_TEST_PG as scripts/test-postgres.sh prints it}"
get() { sed -n "s/.*\\b$1=\\([^ ]*\\).*/\\1/p" <<<"$TD_TEST_PG"; }
host=$(get host) port=$(get port) user=$(get user) password=$(get password)
export PGPASSWORD=$password
bin=/usr/lib/postgresql/15/bin
psql() { "$bin/psql" -q -h "$host" -p "$port" -U "$user" -d postgres "$@"; }
key=$(mktemp -d)/load.key
trap 'rm -rf "$(dirname "$key")"' EXIT

psql -c "DROP DATABASE IF EXISTS td_pgbench WITH (FORCE)" -c "CREATE DATABASE td_pgbench"
"$bin/pgbench" -q -i -s 10 -h "$host" -p "$port" -U "$user" td_pgbench >/dev/null 2>&1

load() {  # K KDF BRANCHES
    local cycles=$((workflows / $1))
    psql -c "DROP DATABASE IF EXISTS td_load WITH (FORCE)" -c "CREATE DATABASE td_load"
    "$build/tests/bench/workflow_load" \
        "postgresql://$user:$password@$host:$port/td_load?sslmode=disable" "$key" "$1" "$cycles" \
        "$2" "$3"
}

echo "== K=8 with the real KDF (scrypt N=2^15 on this machine's cores)"
workflows=160 load 8 real 1
echo "== K=8 with the test KDF (scrypt N=2^10)"
load 8 test 1
for k in 8 32 64; do
    echo "== K=$k without the KDF: the database's share, one branch, then ten"
    load "$k" none 1
    load "$k" none 10
    "$bin/pgbench" -n -c "$k" -j 2 -T 15 -h "$host" -p "$port" -U "$user" td_pgbench 2>/dev/null |
        sed -n 's/^\(latency average\|tps\) = /  pgbench \1 = /p'
done
psql -c "DROP DATABASE IF EXISTS td_load WITH (FORCE)" -c "DROP DATABASE IF EXISTS td_pgbench WITH (FORCE)"
