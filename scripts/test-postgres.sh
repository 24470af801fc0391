#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the store tests, on 127.0.0.1:55432.
#   start DIR  creates the cluster in DIR (must not exist yet, or be empty), starts it and
#              prints the `export TD_TEST_PG=…` line for the postgresql and odbc tests
#   stop DIR   stops it (fast shutdown: open test connections are cut, not waited for)
# Runs as root (the server itself runs as the postgres user) or as postgres.
set -euo pipefail

readonly PORT=55432
readonly BIN=/usr/lib/postgresql/15/bin

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}

# Runs a command as the postgres user; root must drop privileges, the server refuses root.
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local dir=$1
    [ -x "$BIN/initdb" ] || {
        echo "PostgreSQL 15 is not installed ($BIN/initdb missing)" >&2
        exit 1
    }
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    # postgres must be able to reach DIR: parents such as /root are not world-searchable,
    # so a cluster under them fails to start with a confusing "permission denied".
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$dir"
        if ! runuser -u postgres -- test -x "$dir"; then
            echo "the postgres user cannot reach $dir; choose a directory under /tmp" >&2
            exit 1
        fi
    fi
    as_postgres install -d -m 700 "$dir/data" "$dir/sock"

    # Random per cluster: the server only listens on 127.0.0.1 and lives for one test run.
    local password
    password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')

    as_postgres "$BIN/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 -N >"$dir/sock/initdb.log"
    # Tests create and drop a database per test, from parallel ctest processes.
    as_postgres "$BIN/pg_ctl" -D "$dir/data" -l "$dir/sock/pg.log" -w \
        -o "-k $dir/sock -p $PORT -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" \
        start >/dev/null
    # The password is set over the trusted local socket: host connections need SCRAM.
    as_postgres "$BIN/psql" -h "$dir/sock" -p "$PORT" -U postgres -d postgres -q \
        -v ON_ERROR_STOP=1 -c "ALTER ROLE postgres PASSWORD '$password'" >/dev/null

    echo "export TD_TEST_PG='host=127.0.0.1 port=$PORT user=postgres password=$password'"
    write_odbc_ini "$dir" "$password"
}

# The odbc tests name the driver, "PostgreSQL Unicode", which odbc-postgresql registers in
# /etc/odbcinst.ini. Where it did not, register it for this run only. An odbc.ini with a DSN
# for the cluster is written too, for trying odbc:DSN=tokendesk_test by hand.
write_odbc_ini() {
    local dir=$1 password=$2
    local ini_dir=/etc
    if ! grep -q '^\[PostgreSQL Unicode\]' /etc/odbcinst.ini 2>/dev/null; then
        local driver
        driver=$(find /usr/lib -name psqlodbcw.so -print -quit 2>/dev/null)
        if [ -z "$driver" ]; then
            echo "psqlODBC is not installed (apt-get install odbc-postgresql)" >&2
            exit 1
        fi
        printf '[PostgreSQL Unicode]\nDescription=psqlODBC (Unicode)\nDriver=%s\n' "$driver" \
            >"$dir/odbcinst.ini"
        ini_dir=$dir
        echo "export ODBCSYSINI='$dir'"
    fi
    cat >"$dir/odbc.ini" <<EOF_INI
[tokendesk_test]
Driver=PostgreSQL Unicode
Servername=127.0.0.1
Port=$PORT
Database=postgres
Username=postgres
Password=$password
EOF_INI
    chmod 600 "$dir/odbc.ini"
    echo "# DSN tokendesk_test: ODBCINI='$dir/odbc.ini' (drivers from $ini_dir/odbcinst.ini)"
}

stop() {
    local dir=$1
    if [ ! -f "$dir/data/postmaster.pid" ]; then
        echo "no running cluster in $dir" >&2
        return 0
    fi
    as_postgres "$BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
}

[ $# -eq 2 ] || usage
case $1 in
    start) start "$2" ;;
    stop) stop "$2" ;;
    *) usage ;;
esac
