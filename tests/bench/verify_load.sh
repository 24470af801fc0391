#!/usr/bin/env bash
# The internet-banking host's load on tokendesk-server beside pgbench, same PostgreSQL, same
# client counts, in one run:
#   TD_TEST_PG='host=… port=… user=… password=…' bash tests/bench/verify_load.sh [build] [USERS] [SECONDS]
# (scripts/test-postgres.sh start DIR prints that line.) For one branch and then ten: a fresh
# database with USERS (4000) users whose tokens are set up, spread over the branches; one
# tokendesk-server (the build's, 8 workers) with throwaway certificates; first the four kinds of
# answer timed side by side on one connection, then for K = 8, 32, 64 host connections (kept
# alive, mutual TLS) verifying for SECONDS (15) with a quarter of the codes right, and pgbench
# (TPC-B like, scale 10, K clients, 2 threads, SECONDS) on a database of its own.
set -euo pipefail
build=${1:-build}
users=${2:-4000}
seconds=${3:-15}
: "${TD_TEST_PG:?set TD_TEST_PG as scripts/test-postgres.sh prints it}"
get() { sed -n "s/.*\\b$1=\\([^ ]*\\).*/\\1/p" <<<"$TD_TEST_PG"; }
host=$(get host) port=$(get port) user=$(get user) password=$(get password)
export PGPASSWORD=$password
bin=/usr/lib/postgresql/15/bin
psql() { "$bin/psql" -q -h "$host" -p "$port" -U "$user" "$@"; }
work=$(mktemp -d)
server_pid=
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT

# Certificates: a CA, the server's for 127.0.0.1, one host's.
ossl() { openssl "$@" 2>/dev/null; }
ossl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$work/ca.key" \
  -out "$work/ca.pem" -subj /CN=bench-ca -days 2
for who in server host; do
  ossl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$work/$who.key" \
    -out "$work/$who.csr" -subj "/CN=$who"
  [ "$who" = server ] && echo "subjectAltName=IP:127.0.0.1" >"$work/$who.ext" ||
    echo "extendedKeyUsage=clientAuth" >"$work/$who.ext"
  ossl x509 -req -in "$work/$who.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -days 2 \
    -set_serial "$RANDOM" -extfile "$work/$who.ext" -out "$work/$who.pem"
done
fingerprint=$(openssl x509 -in "$work/host.pem" -noout -fingerprint -sha256 | sed 's/.*=//')

psql -d postgres -c "DROP DATABASE IF EXISTS td_pgbench WITH (FORCE)" -c "CREATE DATABASE td_pgbench"
"$bin/pgbench" -q -i -s 10 -h "$host" -p "$port" -U "$user" td_pgbench >/dev/null 2>&1

for branches in 1 10; do
  echo "== $users users at $branches branch(es)"
  psql -d postgres -c "DROP DATABASE IF EXISTS td_verify WITH (FORCE)" -c "CREATE DATABASE td_verify"
  url="postgresql://$user:$password@$host:$port/td_verify?sslmode=disable"
  rm -f "$work/td.key"
  "$build/tests/bench/verify_load" seed "$url" "$work/td.key" "$users" "$branches" \
    "$work/seeds" 2>/dev/null
  cat >"$work/tokendesk.conf" <<CONF
server_listen = 127.0.0.1:0
server_certificate = $work/server.pem
server_private_key = $work/server.key
server_client_ca = $work/ca.pem
server_host = bench-host $fingerprint SEIKYO01
CONF
  TOKENDESK_CONF=$work/tokendesk.conf TOKENDESK_SYSTEM_CONF=$work/none \
    "$build/src/server/tokendesk-server" --db "$url" --key-file "$work/td.key" \
    >/dev/null 2>"$work/server.err" &
  server_pid=$!
  for _ in $(seq 100); do grep -q "listening on" "$work/server.err" && break; sleep 0.1; done
  server_port=$(sed -n 's/.*listening on 127.0.0.1:\([0-9]*\).*/\1/p' "$work/server.err")
  at=("$server_port" "$work/ca.pem" "$work/host.pem" "$work/host.key" "$work/seeds")
  if [ "$branches" = 1 ]; then
    echo "the four answers to a verification, one connection, 200 each:"
    "$build/tests/bench/verify_load" timing "${at[@]}" 200
  fi
  for k in 8 32 64; do
    # Every user unlocked and without failures, as at the start.
    psql -d td_verify -c "UPDATE users SET fail_count = 0, otp_state = 'active'"
    "$build/tests/bench/verify_load" run "${at[@]}" "$k" "$seconds" 25
    "$bin/pgbench" -n -c "$k" -j 2 -T "$seconds" -h "$host" -p "$port" -U "$user" td_pgbench \
      2>/dev/null | sed -n 's/^\(latency average\|tps\) = /  pgbench \1 = /p'
  done
  kill "$server_pid"
  wait "$server_pid" || true
  server_pid=
done
psql -d postgres -c "DROP DATABASE IF EXISTS td_verify WITH (FORCE)" \
  -c "DROP DATABASE IF EXISTS td_pgbench WITH (FORCE)"
