#!/usr/bin/env bash
# A PostgreSQL 15 of its own (Debian's binaries) for a topology or a benchmark: a fresh cluster in a
# folder under build/, on one port of 127.0.0.1, holding database and role "activesessions"
# (password "activesessions"). Used by scripts/cluster.sh and bench/listing/run.
#
#   scripts/postgres.sh up WORK PORT     stop what runs in WORK, make a fresh cluster there, start it
#   scripts/postgres.sh down WORK        stop it
#   scripts/postgres.sh datasource PORT  the asadmin commands that point jdbc/__default at it
set -euo pipefail

pg_bin=/usr/lib/postgresql/15/bin

# Root may not run PostgreSQL: then its own user does, in a data directory that user can reach.
as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

pg_data() { # work
  if [ -f "$1/postgres-dir" ]; then cat "$1/postgres-dir"; else echo "$1/postgres"; fi
}

up() { # work port
  local work="$1" port="$2" data
  [ -x "$pg_bin/initdb" ] || { echo "Needs Debian's postgresql (apt-get install postgresql)" >&2; exit 1; }
  down "$work"
  rm -rf "$work/postgres" "$(pg_data "$work")" "$work/postgres-dir"
  mkdir -p "$work/postgres"
  data="$work/postgres"
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$data"
    if ! as_postgres "test -w '$data'"; then # a clone under a folder the postgres user cannot enter
      data="$(mktemp -d /tmp/activesessions-postgres.XXXXXX)"
      chown postgres: "$data"
      echo "$data" > "$work/postgres-dir"
    fi
  fi
  as_postgres "'$pg_bin/initdb' -D '$data/data' -U postgres --auth=trust -E UTF8" > "$work/initdb.log"
  as_postgres "'$pg_bin/pg_ctl' -D '$data/data' -l '$data/postgres.log' -w start \
    -o '-p $port -k /tmp -c listen_addresses=127.0.0.1'" > /dev/null
  "$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q \
    -c "CREATE ROLE activesessions LOGIN PASSWORD 'activesessions'" \
    -c "CREATE DATABASE activesessions OWNER activesessions"
  echo "PostgreSQL on 127.0.0.1:$port (data in $data/data)"
}

down() { # work
  local data
  data="$(pg_data "$1")"
  if [ -f "$data/data/postmaster.pid" ]; then
    as_postgres "'$pg_bin/pg_ctl' -D '$data/data' -w stop -m fast" > /dev/null || true
  fi
}

# The application's java:comp/DefaultDataSource is jdbc/__default: these make it PostgreSQL.
datasource() { # port
  echo "create-jdbc-connection-pool --restype javax.sql.DataSource --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
--property serverName=127.0.0.1:portNumber=$1:databaseName=activesessions:user=activesessions:password=activesessions \
activesessions-postgres"
  echo "set resources.jdbc-resource.jdbc/__default.pool-name=activesessions-postgres"
}

command="${1:?usage: postgres.sh up WORK PORT | down WORK | datasource PORT}"
shift
case "$command" in
  up | down | datasource) "$command" "$@" ;;
  *) echo "unknown command: $command" >&2; exit 2 ;;
esac
