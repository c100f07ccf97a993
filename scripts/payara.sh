#!/usr/bin/env bash
# Drives the Payara Server that the build unpacks into build/payara6 (see session-it/pom.xml).
# One domain serves the product (domain1: http 8080, admin 4848), another the tests
# (activesessions-test: http 9080, admin 9048), so the tests never disturb a running product.
#
#   scripts/payara.sh start DOMAIN [PORTBASE]   create the domain if needed, then start it
#   scripts/payara.sh fresh DOMAIN PORTBASE [JAR...]  delete the domain (and its database), create it (the JARs
#                                               in its lib/, such as a JDBC driver), start it
#   scripts/payara.sh deploy DOMAIN EAR         deploy or redeploy the application
#   scripts/payara.sh configure DOMAIN FILE     run the asadmin commands in FILE against the running domain
#   scripts/payara.sh property DOMAIN NAME VALUE set a MicroProfile Config property on the domain
#   scripts/payara.sh stop DOMAIN               stop the domain if it runs
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
payara="$root/build/payara6"
domains="$payara/glassfish/domains"

asadmin() { "$payara/bin/asadmin" --interactive=false "$@"; }

admin_port() {
  local config="$domains/$1/config/domain.xml"
  grep -o '<network-listener[^>]*name="admin-listener"[^>]*' "$config" | grep -o 'port="[0-9]*"' | grep -o '[0-9]*'
}

require_payara() {
  if [ ! -x "$payara/bin/asadmin" ]; then
    echo "Payara is not in $payara: build first (./mvnw package -DskipTests unpacks it)." >&2
    exit 1
  fi
}

create_domain() {
  local domain="$1" portbase="${2:-}"
  if [ -n "$portbase" ]; then
    asadmin create-domain --nopassword=true --portbase "$portbase" "$domain" >/dev/null
  else
    asadmin create-domain --nopassword=true "$domain" >/dev/null
  fi
  # Payara's default heap (512 MB) holds the application once, but building the user-agent parser of
  # a new deployment beside the one being replaced can pass it (OutOfMemoryError on the 33rd deploy
  # of a test run): 1 GB, as docs/OPERATING.md ("Operations", heap) asks of a production server.
  sed -i 's|<jvm-options>-Xmx512m</jvm-options>|<jvm-options>-Xmx1g</jvm-options>|' "$domains/$domain/config/domain.xml"
}

running() {
  asadmin list-domains 2>/dev/null | grep -q "^$1 running"
}

start() {
  local domain="$1" portbase="${2:-}"
  [ -d "$domains/$domain" ] || create_domain "$domain" "$portbase"
  if running "$domain"; then
    echo "Domain $domain is already running."
    return
  fi
  # umask 077: what the server writes (its logs, and the session file of a graceful stop, which holds
  # session ids) is readable by its own user only.
  (umask 077 && timeout 300 "$payara/bin/asadmin" --interactive=false start-domain \
    --prebootcommandfile="$root/config/preboot-commands.asadmin" "$domain")
}

fresh() {
  local domain="$1" portbase="$2"
  shift 2
  if [ -d "$domains/$domain" ]; then
    asadmin stop-domain --kill=true "$domain" >/dev/null 2>&1 || true
    asadmin delete-domain "$domain" >/dev/null
  fi
  create_domain "$domain" "$portbase"
  [ "$#" -eq 0 ] || cp "$@" "$domains/$domain/lib/"
  start "$domain" "$portbase"
}

deploy() {
  local domain="$1" ear="$2" port
  port="$(admin_port "$domain")"
  # --keepstate: the signed-in sessions live on in the new version (docs/OPERATING.md, "What survives").
  # A redeploy over the copy the domain loaded at start has been seen to fail under heavy load
  # (WELD-000163); a clean undeploy and a second deploy then succeed, signing everyone out.
  if ! asadmin --port "$port" deploy --force=true --keepstate=true --name active-sessions --contextroot / "$ear"; then
    asadmin --port "$port" undeploy active-sessions >/dev/null 2>&1 || true
    asadmin --port "$port" deploy --name active-sessions --contextroot / "$ear"
  fi
}

configure() {
  local domain="$1" commands="$2"
  asadmin --port "$(admin_port "$domain")" multimode --file "$commands"
}

property() {
  local domain="$1" name="$2" value="$3"
  asadmin --port "$(admin_port "$domain")" set-config-property --propertyName="$name" --propertyValue="$value" \
    --source=domain >/dev/null
}

stop() {
  local domain="$1"
  if [ -d "$domains/$domain" ] && running "$domain"; then
    asadmin stop-domain "$domain"
  fi
}

require_payara
command="${1:?usage: payara.sh start|fresh|deploy|configure|property|stop DOMAIN ...}"
shift
case "$command" in
  start | fresh | deploy | configure | property | stop) "$command" "$@" ;;
  *) echo "unknown command: $command" >&2; exit 2 ;;
esac
