#!/usr/bin/env bash
# A PostgreSQL 15 of its own for a test (Debian's binaries), on 127.0.0.1 only, with the role and
# database "activesessions" (password "activesessions"). Used by the scale-out topology
# (scripts/cluster.sh) and by the resilience suite (./mvnw -Presilience verify), which stops and
# starts it under a running server.
#
#   scripts/postgres.sh fresh PORT DIR         a new database cluster in DIR (the old one removed), started
#   scripts/postgres.sh start PORT DIR         start the cluster made by "fresh" again
#   scripts/postgres.sh stop DIR [MODE]        stop it (MODE: fast, the default, or immediate); nothing if it is not running
#   scripts/postgres.sh pool-commands PORT     the asadmin commands that put the domain's jdbc/__default on it
#
# Root may not run PostgreSQL: then the postgres user does, in a data directory that user can reach
# (under /tmp when it cannot enter DIR; DIR-dir remembers where).
set -euo pipefail

pg_bin=/usr/lib/postgresql/15/bin

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

# Where the cluster of DIR lives: DIR itself, or the folder under /tmp that DIR-dir names.
location() { # dir
  if [ -f "$1-dir" ]; then cat "$1-dir"; else echo "$1"; fi
}

start() { # port dir
  local data
  data="$(location "$2")"
  as_postgres "'$pg_bin/pg_ctl' -D '$data/data' -l '$data/postgres.log' -w start \
    -o '-p $1 -k /tmp -c listen_addresses=127.0.0.1 -c shared_preload_libraries=pg_stat_statements'" > /dev/null
}

stop() { # dir [mode]
  local data
  data="$(location "$1")"
  if [ -f "$data/data/postmaster.pid" ]; then
    as_postgres "'$pg_bin/pg_ctl' -D '$data/data' -w stop -m ${2:-fast}" > /dev/null || true
  fi
}

fresh() { # port dir
  local port="$1" dir="$2" data
  stop "$dir"
  rm -rf "$dir" "$(location "$dir")" "$dir-dir"
  mkdir -p "$dir"
  data="$dir"
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$data"
    if ! as_postgres "test -w '$data'"; then # a clone under a folder the postgres user cannot enter
      data="$(mktemp -d /tmp/activesessions-postgres.XXXXXX)"
      chown postgres: "$data"
      echo "$data" > "$dir-dir"
    fi
  fi
  as_postgres "'$pg_bin/initdb' -D '$data/data' -U postgres --auth=trust -E UTF8" > "$dir.initdb.log"
  start "$port" "$dir"
  "$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q \
    -c "CREATE ROLE activesessions LOGIN PASSWORD 'activesessions'" \
    -c "CREATE DATABASE activesessions OWNER activesessions"
  echo "PostgreSQL on 127.0.0.1:$port (data in $data/data)"
}

# The pool checks each connection before handing it out and, when one fails, drops them all, so the
# application reconnects by itself once the database is back (a restarted PostgreSQL closes every
# connection the pool held).
# prepareThreshold=0: every statement is planned for its own values. By default the driver makes a
# statement used five times a server-side one, and PostgreSQL may then plan it once for any value:
# All Sessions' IP filter (LIKE '81.4%') then loses its prefix index: its count takes 178 ms
# instead of 19 ms at a million rows (bench/listing/README.md).
pool_commands() { # port
  echo "create-jdbc-connection-pool --restype javax.sql.DataSource --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
--isconnectvalidatereq=true --validationmethod=custom-validation \
--validationclassname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation --failconnection=true \
--property serverName=127.0.0.1:portNumber=$1:databaseName=activesessions:user=activesessions:password=activesessions:prepareThreshold=0 \
activesessions-postgres"
  # The application's java:comp/DefaultDataSource is jdbc/__default: now PostgreSQL.
  echo "set resources.jdbc-resource.jdbc/__default.pool-name=activesessions-postgres"
}

command="${1:?usage: postgres.sh fresh PORT DIR | start PORT DIR | stop DIR [MODE] | pool-commands PORT}"
shift
case "$command" in
  fresh) fresh "${1:?port}" "${2:?data directory}" ;;
  start) start "${1:?port}" "${2:?data directory}" ;;
  stop) stop "${1:?data directory}" "${2:-fast}" ;;
  pool-commands) pool_commands "${1:?port}" ;;
  *) echo "unknown command: $command" >&2; exit 2 ;;
esac
