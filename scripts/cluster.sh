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
#   scripts/cluster.sh deploy           deploys the EAR again (after a build), to both instances at once
#   scripts/cluster.sh rolling-upgrade [EAR]  deploys a new EAR (the build's unless given) one instance at a time,
#                                       each drained at nginx first, while the other serves (docs/OPERATING.md)
#   scripts/cluster.sh property NAME VALUE    sets a setting (MicroProfile Config) for every instance of the group
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
app=active-sessions
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
# Runs a command, showing what it printed only if it failed (asadmin warns of every instance it could not reach).
quietly() {
  local out
  out="$("$@" 2>&1)" || { echo "$out" >&2; return 1; }
}

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
  # a new one with each new domain, whose database is new too. Set before the instances exist, so each has it
  # from its first start; a setting changed later needs the group as target (property below).
  echo "set-config-property --propertyName=activesessions.mfa.secret-key \
--propertyValue=$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n') --source=domain"
  echo "create-deployment-group $group"
  for name in "${instances[@]}"; do
    config="$name-config"
    echo "create-instance --node localhost-$domain --deploymentgroup $group --systemproperties $(instance_ports "$name") $name"
    echo "create-jvm-options --target $config -DjvmRoute=${name#instance-}"
    # 1 GB of heap, as scripts/payara.sh gives its domains (docs/OPERATING.md, "Heap"): with Payara's 512 MB an
    # instance ran out of memory in its second redeployment, as the user-agent parser loaded again.
    echo "delete-jvm-options --target $config -Xmx512m"
    echo "create-jvm-options --target $config -Xmx1g"
    # The DAS's own settings (config/preboot-commands.asadmin), for this instance's configuration.
    sed -n "s/^set configs\.config\.server-config\./set configs.config.$config./p" "$root/config/preboot-commands.asadmin"
    echo "set configs.config.$config.availability-service.availability-enabled=true"
    echo "set configs.config.$config.availability-service.web-container-availability.availability-enabled=true"
    echo "set configs.config.$config.availability-service.web-container-availability.persistence-type=hazelcast"
    echo "set configs.config.$config.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid"
  done
}

# The build's EAR, to every instance of the group at once, under the name the group has: active-sessions, or
# after a rolling upgrade the version it installed.
deploy() {
  local name target="$ear"
  name="$(deployed_name)"
  name="${name:-$app}"
  if [ "$name" != "$app" ]; then
    target="$(versioned_ear "$ear" "${name#"$app":}")"
  fi
  asadmin deploy --force=true --target "$group" --availabilityenabled=true --name "$name" --contextroot / \
    "$target" > /dev/null
}

# The application's name on the group: active-sessions, or active-sessions:VERSION after a rolling upgrade.
deployed_name() {
  asadmin list-applications "$group" | awk -v app="$app" '$1 == app || index($1, app ":") == 1 { print $1 }'
}

# A copy of the EAR that Payara deploys as VERSION of the application (GlassFish application versioning): its
# glassfish-application.xml names the version. The name itself cannot carry it: the EAR's application.xml
# names the application, and Payara takes that over --name.
versioned_ear() { # ear version: prints the copy's path
  local dir="$work/versions/$2"
  if unzip -l "$1" META-INF/glassfish-application.xml > /dev/null 2>&1; then
    echo "$1 has a META-INF/glassfish-application.xml already: not overwritten" >&2
    return 1
  fi
  rm -rf "$dir"
  mkdir -p "$dir/META-INF"
  cp "$1" "$dir/$app.ear"
  cat > "$dir/META-INF/glassfish-application.xml" <<XML
<!DOCTYPE glassfish-application PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Java EE Application 6.0//EN" "http://glassfish.org/dtds/glassfish-application_6_0-1.dtd">
<glassfish-application>
  <version-identifier>$2</version-identifier>
</glassfish-application>
XML
  (cd "$dir" && zip -q "$app.ear" META-INF/glassfish-application.xml)
  echo "$dir/$app.ear"
}

# The new EAR as a new version of the application, one instance at a time: nginx stops sending it requests and
# its users go to the other instance, which takes their sessions from the data grid (and rewrites their
# cookie's route to itself); once nginx's requests to it have finished, the instance stops, its reference to
# the old version goes, the new version is enabled on it, and it starts again; when it answers, nginx sends it
# requests again. Then the other instance, and the old version is undeployed.
# An instance is restarted rather than switched while running: it then loads the new version alone (at its
# start Payara loads even a disabled version, hence the reference removed rather than disabled).
rolling_upgrade() { # [ear]
  local new_ear="${1:-$ear}" old version new name started=$SECONDS step
  [ -f "$new_ear" ] || { echo "No EAR at $new_ear" >&2; exit 1; }
  old="$(deployed_name)"
  if [ -z "$old" ] || [ "$(wc -w <<< "$old")" != 1 ]; then
    echo "Expected one version of $app on $group, found: ${old:-none} (undeploy the others first)" >&2
    exit 1
  fi
  version="$(date -u +%Y%m%d%H%M%S)"
  new="$app:$version"
  asadmin deploy --enabled=false --target "$group" --availabilityenabled=true --contextroot / \
    "$(versioned_ear "$new_ear" "$version")" > /dev/null
  # Enabled at the group's level too: an instance loads a version only if its group enables it as well.
  asadmin set "deployment-groups.deployment-group.$group.application-ref.$new.enabled=true" > /dev/null
  log "Deployed $new to $group, not yet enabled on any instance ($old serves)"
  for name in "${instances[@]}"; do
    step=$SECONDS
    lb_drain "$name"
    asadmin stop-instance "$name" > /dev/null
    # The instance is stopped: these change the DAS's configuration, which the instance reads as it starts.
    quietly asadmin delete-application-ref --target "$name" "$old"
    quietly asadmin enable --target "$name" "$new"
    asadmin start-instance "$name" > /dev/null
    wait_for "http://localhost:${http_port[$name]}/login" "${CLUSTER_START_SECONDS:-180}"
    lb_drain
    log "$name runs $new: out of nginx for $((SECONDS - step)) s"
  done
  asadmin undeploy --target "$group" "$old" > /dev/null
  log "Rolling upgrade from $old to $new in $((SECONDS - started)) s"
}

# A setting (MicroProfile Config, in the domain's config source) for every instance. With the group as target
# the DAS passes the command on to each running instance, which updates its own copy of the domain's
# configuration; a stopped instance copies the DAS's as it starts. Without a target only the DAS's copy
# changes, and no instance sees the setting until it restarts. Applies within Payara's config cache time
# (60 s by default).
property() { # name value
  asadmin set-config-property --propertyName="$1" --propertyValue="$2" --source=domain --target="$group" > /dev/null
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

# nginx's configuration; the instance named (if any) is marked down: nginx sends it nothing, and its users
# to the other instance.
lb_config() { # [drained instance]
  local a="127.0.0.1:${http_port[instance-a]}" b="127.0.0.1:${http_port[instance-b]}"
  if [ "${1:-}" = instance-a ]; then a="$a down"; fi
  if [ "${1:-}" = instance-b ]; then b="$b down"; fi
  sed -e "s|@LB_PORT@|$lb_port|g" -e "s|@A@|$a|g" -e "s|@B@|$b|g" -e "s|@WORK@|$work/nginx|g" \
    "$root/config/cluster/nginx.conf" > "$work/nginx/nginx.conf"
}

lb_up() {
  lb_down
  mkdir -p "$work/nginx/logs" "$work/nginx/temp"
  lb_config
  nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
  log "nginx on http://localhost:$lb_port"
}

# Takes the instance named out of nginx (none named: puts every instance back), and returns once the
# requests nginx had under way have been answered: a reload starts workers on the new configuration and
# lets the old ones finish their requests, then exit.
lb_drain() { # [instance]
  local master workers pid deadline=$((SECONDS + 60))
  lb_config "${1:-}"
  nginx -t -q -p "$work/nginx" -c "$work/nginx/nginx.conf"
  master="$(cat "$work/nginx/nginx.pid")"
  workers="$(ps -o pid= --ppid "$master")"
  nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -s reload 2> /dev/null
  for pid in $workers; do
    while kill -0 "$pid" 2> /dev/null; do
      if [ "$SECONDS" -ge "$deadline" ]; then
        echo "nginx's worker $pid still has requests under way after 60 s" >&2
        return 1
      fi
      sleep 0.1
    done
  done
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

command="${1:?usage: cluster.sh up|test|down|deploy|rolling-upgrade [EAR]|property NAME VALUE|stop-instance NAME|start-instance NAME}"
case "$command" in
  up) up ;;
  down) down ;;
  test) "$root/scripts/cluster-test.sh" ;;
  deploy) deploy ;;
  rolling-upgrade) rolling_upgrade "${2:-}" ;;
  property) property "${2:?setting name}" "${3?setting value}" ;;
  stop-instance) asadmin stop-instance --kill=true "${2:?instance name}" > /dev/null ;;
  start-instance) asadmin start-instance "${2:?instance name}" > /dev/null ;;
  *) echo "unknown command: $command" >&2; exit 2 ;;
esac
