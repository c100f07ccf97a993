#!/usr/bin/env bash
# The scale-out topology on one machine (docs/OPERATING.md, "Scale-out"), every port in 9500-9599:
#   PostgreSQL 15 (Debian's binaries)   127.0.0.1:55432, data in build/cluster/postgres
#   Payara domain activesessions-group  DAS admin 9548, data grid (Hazelcast) from 9591
#   deployment group "activesessions"   instance-a (HTTP 9510, jvmRoute a), instance-b (HTTP 9520, jvmRoute b)
#   nginx                               http://localhost:9590, sticky by the JSESSIONID's route, fails over
#
#   scripts/cluster.sh up               PostgreSQL (a fresh database), the domain (afresh), the group, the EAR, nginx
#   scripts/cluster.sh test             the topology test (scripts/cluster-test.sh) against what "up" started
#   scripts/cluster.sh down             stops all of it
#   scripts/cluster.sh deploy           deploys the EAR again (after a build)
#   scripts/cluster.sh stop-instance NAME | start-instance NAME
# Build first (./mvnw -DskipTests package): it makes the EAR, unpacks Payara and fetches the JDBC driver.
# "up" waits CLUSTER_START_SECONDS (180 unless set) for each instance to answer.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
payara="$root/build/payara6"
work="$root/build/cluster"
ear="$root/session-ear/target/active-sessions.ear"
driver="$root/build/lib/postgresql.jar"

domain=activesessions-group
group=activesessions
das_portbase=9500
das_admin=9548
grid_das_port=9591
grid_start_port=9592
lb_port=9590
instances=(instance-a instance-b)
declare -A http_port=([instance-a]=9510 [instance-b]=9520)
declare -A grid_offset=([instance-a]=0 [instance-b]=1)
pg_port=55432
pg_bin=/usr/lib/postgresql/15/bin

asadmin() { "$payara/bin/asadmin" --interactive=false --port "$das_admin" "$@"; }
log() { printf '[cluster] %s\n' "$*"; }

# PostgreSQL ------------------------------------------------------------------------------------------------------

postgres() { "$root/scripts/postgres.sh" "$@"; }

pg_up() {
  local started
  started="$(postgres fresh "$pg_port" "$work/postgres")"
  log "$started"
}

pg_down() {
  postgres stop "$work/postgres"
}

# Payara ----------------------------------------------------------------------------------------------------------

# Each instance's ports: HTTP at its base, the others right after it (all within 9510-9529); its
# data grid member from 9592.
instance_ports() { # name
  local base="${http_port[$1]}"
  echo "HTTP_LISTENER_PORT=$base:HTTP_SSL_LISTENER_PORT=$((base + 1)):ASADMIN_LISTENER_PORT=$((base + 2))\
:IIOP_LISTENER_PORT=$((base + 3)):IIOP_SSL_LISTENER_PORT=$((base + 4)):IIOP_SSL_MUTUALAUTH_PORT=$((base + 5))\
:JMS_PROVIDER_PORT=$((base + 6)):JMX_SYSTEM_CONNECTOR_PORT=$((base + 7)):OSGI_SHELL_TELNET_PORT=$((base + 8))\
:JAVA_DEBUGGER_PORT=$((base + 9)):HZ_LISTENER_PORT=$((grid_start_port + ${grid_offset[$1]}))"
}

domain_up() {
  local name config
  domain_down
  if [ -d "$payara/glassfish/domains/$domain" ]; then
    "$payara/bin/asadmin" --interactive=false delete-domain "$domain" > /dev/null
  fi
  rm -rf "$payara/glassfish/nodes/localhost-$domain"
  "$payara/bin/asadmin" --interactive=false create-domain --nopassword=true --portbase "$das_portbase" "$domain" > /dev/null
  cp "$driver" "$payara/glassfish/domains/$domain/lib/"
  timeout 300 "$payara/bin/asadmin" --interactive=false start-domain \
    --prebootcommandfile="$root/config/preboot-commands.asadmin" "$domain" > /dev/null
  log "Domain $domain started (admin $das_admin)"

  # One asadmin session for all the configuration (each asadmin call starts a JVM).
  domain_commands > "$work/domain.asadmin"
  asadmin multimode --file "$work/domain.asadmin" > "$work/domain.asadmin.log"
  deploy
  log "Deployed to $group with availability (web sessions in the data grid)"
  asadmin start-deployment-group "$group" > /dev/null
  log "Deployment group $group started: ${instances[*]}"
}

# The domain's configuration: a data grid of its own (name and ports), the default data source on
# PostgreSQL, the MFA key, the group and its instances with their ports, their route for nginx, the DAS's
# listener settings (config/preboot-commands.asadmin), web session availability, and EJB timers in
# the data grid (an instance has no timer database of its own).
domain_commands() {
  local name config
  echo "set-hazelcast-configuration --clustername $domain --dasport $grid_das_port --startport $grid_start_port --dynamic=true"
  postgres pool-commands "$pg_port"
  # The MFA key (docs/OPERATING.md, "The MFA key"): one for the whole domain, so every instance holds the same;
  # a new one with each new domain, whose database is new too.
  echo "set-config-property --propertyName=activesessions.mfa.secret-key \
--propertyValue=$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n') --source=domain"
  echo "create-deployment-group $group"
  for name in "${instances[@]}"; do
    config="$name-config"
    echo "create-instance --node localhost-$domain --deploymentgroup $group --systemproperties $(instance_ports "$name") $name"
    echo "create-jvm-options --target $config -DjvmRoute=${name#instance-}"
    # The DAS's own settings (config/preboot-commands.asadmin), for this instance's configuration.
    sed -n "s/^set configs\.config\.server-config\./set configs.config.$config./p" "$root/config/preboot-commands.asadmin"
    echo "set configs.config.$config.availability-service.availability-enabled=true"
    echo "set configs.config.$config.availability-service.web-container-availability.availability-enabled=true"
    echo "set configs.config.$config.availability-service.web-container-availability.persistence-type=hazelcast"
    echo "set configs.config.$config.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid"
  done
}

deploy() {
  asadmin deploy --force=true --target "$group" --availabilityenabled=true --name active-sessions --contextroot / \
    "$ear" > /dev/null
}

domain_down() {
  if [ -d "$payara/glassfish/domains/$domain" ] \
    && "$payara/bin/asadmin" list-domains 2>/dev/null | grep -q "^$domain running"; then
    asadmin stop-deployment-group --kill=true "$group" > /dev/null 2>&1 || true
    "$payara/bin/asadmin" --interactive=false stop-domain --kill=true "$domain" > /dev/null || true
  fi
}

wait_for() { # url seconds
  local deadline=$((SECONDS + $2))
  until curl -fso /dev/null "$1"; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "No answer from $1 within $2 s" >&2
      return 1
    fi
    sleep 1
  done
}

# nginx -----------------------------------------------------------------------------------------------------------

lb_up() {
  lb_down
  mkdir -p "$work/nginx/logs" "$work/nginx/temp"
  sed -e "s|@LB_PORT@|$lb_port|g" -e "s|@A@|127.0.0.1:${http_port[instance-a]}|g" \
    -e "s|@B@|127.0.0.1:${http_port[instance-b]}|g" -e "s|@WORK@|$work/nginx|g" \
    "$root/config/cluster/nginx.conf" > "$work/nginx/nginx.conf"
  nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
  log "nginx on http://localhost:$lb_port"
}

lb_down() {
  if [ -f "$work/nginx/nginx.pid" ]; then
    nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -s stop 2>/dev/null || true
    rm -f "$work/nginx/nginx.pid"
  fi
}

# Commands ----------------------------------------------------------------------------------------------------------

up() {
  local name started=$SECONDS
  for need in "$ear" "$driver" "$payara/bin/asadmin"; do
    [ -e "$need" ] || { echo "Missing $need: build first (./mvnw -DskipTests package)" >&2; exit 1; }
  done
  command -v nginx > /dev/null && [ -x "$pg_bin/initdb" ] \
    || { echo "Needs Debian's nginx and postgresql (apt-get install nginx postgresql)" >&2; exit 1; }
  mkdir -p "$work"
  pg_up
  domain_up
  for name in "${instances[@]}"; do
    wait_for "http://localhost:${http_port[$name]}/login" "${CLUSTER_START_SECONDS:-180}"
  done
  lb_up
  wait_for "http://localhost:$lb_port/login" 30
  log "Up in $((SECONDS - started)) s: http://localhost:$lb_port (instances on ${http_port[instance-a]} and ${http_port[instance-b]})"
}

down() {
  lb_down
  domain_down
  pg_down
  log "Down"
}

command="${1:?usage: cluster.sh up|test|down|stop-instance NAME|start-instance NAME}"
case "$command" in
  up) up ;;
  down) down ;;
  test) "$root/scripts/cluster-test.sh" ;;
  deploy) deploy ;;
  stop-instance) asadmin stop-instance --kill=true "${2:?instance name}" > /dev/null ;;
  start-instance) asadmin start-instance "${2:?instance name}" > /dev/null ;;
  *) echo "unknown command: $command" >&2; exit 2 ;;
esac
