#!/usr/bin/env bash
# The server of the resilience suite (./mvnw -Presilience verify, see session-it/pom.xml): a single
# Payara domain on a PostgreSQL of its own, which the tests stop, start and kill under it.
#
#   scripts/resilience-domain.sh up DOMAIN PORTBASE PG_PORT PG_DIR EAR   a fresh database and domain, the EAR deployed
#   scripts/resilience-domain.sh down DOMAIN PG_DIR                      stops both
# Build first (./mvnw -DskipTests package): it makes the EAR, unpacks Payara and fetches the JDBC driver.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
payara() { "$root/scripts/payara.sh" "$@"; }
postgres() { "$root/scripts/postgres.sh" "$@"; }
log() { printf '[resilience] %s\n' "$*"; }

up() {
  local domain="$1" portbase="$2" pg_port="$3" pg_dir="$4" ear="$5" started commands
  started="$(postgres fresh "$pg_port" "$pg_dir")"
  log "$started"
  payara fresh "$domain" "$portbase" "$root/build/lib/postgresql.jar" > /dev/null
  log "Domain $domain started (admin $((portbase + 48)), HTTP $((portbase + 80)))"
  commands="$pg_dir.asadmin"
  {
    cat "$root/session-it/src/test/payara/test-domain.asadmin"
    postgres pool-commands "$pg_port"
    # A flush every 5 s, so that the test of an interrupted flush waits seconds, not minutes.
    echo "set-config-property --propertyName=activesessions.tracking.flush-interval-seconds --propertyValue=5 --source=domain"
  } > "$commands"
  payara configure "$domain" "$commands" > "$pg_dir.asadmin.log"
  payara deploy "$domain" "$ear" > /dev/null
  log "Deployed $(basename "$ear") on PostgreSQL"
}

down() {
  local domain="$1" pg_dir="$2"
  payara stop "$domain" > /dev/null || true
  postgres stop "$pg_dir"
  log "Stopped $domain and its PostgreSQL"
}

command="${1:?usage: resilience-domain.sh up DOMAIN PORTBASE PG_PORT PG_DIR EAR | down DOMAIN PG_DIR}"
shift
case "$command" in
  up) up "${1:?domain}" "${2:?portbase}" "${3:?PostgreSQL port}" "${4:?PostgreSQL directory}" "${5:?EAR}" ;;
  down) down "${1:?domain}" "${2:?PostgreSQL directory}" ;;
  *) echo "unknown command: $command" >&2; exit 2 ;;
esac
