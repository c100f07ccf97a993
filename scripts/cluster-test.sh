#!/usr/bin/env bash
# The topology test: runs against what "scripts/cluster.sh up" started (docs/OPERATING.md, "Scale-out").
#  1. alice signs in through instance A (her laptop) and through instance B (her phone);
#  2. the phone, on B, lists the laptop's session;
#  3. the phone ends the laptop's session through B, while the laptop keeps sending requests to A:
#     no request that A receives after the end returned is served, and A's very next one is refused;
#     then the same after the EAR is deployed to the group again;
#  4. the idle time-out is changed on the group (scripts/cluster.sh property): a session signed in
#     afterwards through A, and one through B, get the new time-out, each within Payara's config cache
#     time (the test signs in through both just before the change, so it measures the longest wait);
#  5. a rolling upgrade to a new EAR (the build's, its stylesheet changed) while four clients signed in
#     through nginx keep sending requests: every request is answered 200 (none 5xx, none refused), the
#     same four sessions are signed in afterwards, and both instances serve the new EAR;
#  6. bob signs in through A and goes on through nginx (sticky to A); A stops; his next request
#     through nginx succeeds on B, on the same session, and his account still has one session.
# Prints the figures, then "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
a="http://localhost:9510"
b="http://localhost:9520"
lb="http://localhost:9590"
firefox="Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"
iphone="Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
jars="$(mktemp -d)"
trap 'rm -rf "$jars"' EXIT
passed=0
failed=0
declare -A before_change=()
# shellcheck source=console-client.sh
. "$root/scripts/console-client.sh"

check() { # description, then the test as a command
  local description="$1"
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "  ok    $description"
  else
    failed=$((failed + 1))
    echo "  FAIL  $description"
  fi
}
echo "Topology test: instance A $a, instance B $b, nginx $lb"

# 1-2. Signed in on both instances; B lists what A signed in.
sign_in "$a" "$jars/laptop" alice@example.com alice-demo-password "$firefox"
sign_in "$b" "$jars/phone" alice@example.com alice-demo-password "$iphone"
laptop=$(current_id "$(sessions "$a" "$jars/laptop" "$firefox")")
phone_view=$(sessions "$b" "$jars/phone" "$iphone")
check "the session signed in through A is listed through B" grep -q "\"id\":\"$laptop\"" <<< "$phone_view"

# 3. The laptop hammers A (each line: when the request was sent, its status) while B ends it.
: > "$jars/hammer"
(
  deadline=$(($(now_ms) + 15000))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    sent=$(now_ms)
    code=$(status "$a" "$jars/laptop" "$firefox")
    echo "$sent $code" >> "$jars/hammer"
    [ "$code" = 200 ] || break
  done
) &
hammer=$!
sleep 1
token=$(csrf_token "$b" "$jars/phone" "$iphone")
read -r end_code next_code took < <(end_then_next "$b" "$jars/phone" "$iphone" "$token" "$laptop" \
  "$a" "$jars/laptop" "$firefox")
ended=$(($(now_ms) - ${took%.*}))
wait "$hammer"
check "B ends the laptop's session (HTTP $end_code)" test "$end_code" = 204
check "A's very next request is refused (HTTP $next_code)" test "$next_code" = 401
served_after=$(awk -v t="$ended" '$1 >= t && $2 == 200' "$jars/hammer" | wc -l)
served_before=$(awk -v t="$ended" '$1 < t && $2 == 200' "$jars/hammer" | wc -l)
check "no request A received after the end returned was served ($served_after of them)" test "$served_after" = 0
check "the laptop's requests were served on A until the end ($served_before of them)" test "$served_before" -gt 0
echo "  figure: end returned by B -> refusal received from A: $took ms"

# 3b. The same after the EAR is deployed again to the group: a redeployment keeps each instance's
#     grid member, and the old deployment's leaving must not make B forget that A is there.
"$root/scripts/cluster.sh" deploy
rm -f "$jars/laptop" "$jars/phone"
sign_in "$a" "$jars/laptop" alice@example.com alice-demo-password "$firefox"
sign_in "$b" "$jars/phone" alice@example.com alice-demo-password "$iphone"
laptop=$(current_id "$(sessions "$a" "$jars/laptop" "$firefox")")
token=$(csrf_token "$b" "$jars/phone" "$iphone")
read -r end_code next_code took < <(end_then_next "$b" "$jars/phone" "$iphone" "$token" "$laptop" \
  "$a" "$jars/laptop" "$firefox")
check "after a redeployment, B ends the laptop's session (HTTP $end_code)" test "$end_code" = 204
check "and A's very next request is refused (HTTP $next_code)" test "$next_code" = 401
echo "  figure: after a redeployment, end returned by B -> refusal received from A: $took ms"

# 4. A setting changed on the group reaches both instances. A session's idle time-out is read as it
#    signs in: a sign-in through each instance first (so each has just read, and cached, the old value),
#    then the change, then a sign-in through each instance every 3 s until its session has the new time-out,
#    as its row on the sessions page shows ("Expires in").
expires_in() { # base jar user-agent: "Expires in" of this device's row on the sessions page
  curl -s -b "$2" -A "$3" "$1/activesession" | tr '\n' ' ' | grep -o 'this-device".*' \
    | grep -o 'class="expires">[^<]*' | head -1 | sed 's/.*>//'
}
declare -A applied_after=()
for base in "$a" "$b"; do
  rm -f "$jars/setting"
  sign_in "$base" "$jars/setting" admin@example.com admin-demo-password "$firefox"
  before_change[$base]="$(expires_in "$base" "$jars/setting" "$firefox")"
done
changing=$(now_ms)
"$root/scripts/cluster.sh" property activesessions.session.idle-timeout-seconds 630
changed=$(now_ms)
while [ "${#applied_after[@]}" -lt 2 ] && [ $(($(now_ms) - changed)) -lt 150000 ]; do
  for base in "$a" "$b"; do
    [ -z "${applied_after[$base]:-}" ] || continue
    rm -f "$jars/setting"
    sign_in "$base" "$jars/setting" admin@example.com admin-demo-password "$firefox"
    if [ "$(expires_in "$base" "$jars/setting" "$firefox")" = "10 minutes" ]; then
      applied_after[$base]=$(($(now_ms) - changed))
    fi
  done
  sleep 3
done
default_time_out() { [[ "${before_change[$a]}" =~ ^(29|30)\ minutes$ && "${before_change[$b]}" =~ ^(29|30)\ minutes$ ]]; }
check "before the change, sessions signed in through A and B expire in 30 minutes (${before_change[$a]}, ${before_change[$b]})" \
  default_time_out
check "a session signed in through A after the change expires in 10 minutes (after ${applied_after[$a]:-no} ms)" \
  test -n "${applied_after[$a]:-}"
check "a session signed in through B after the change expires in 10 minutes (after ${applied_after[$b]:-no} ms)" \
  test -n "${applied_after[$b]:-}"
echo "  figure: set-config-property on the group took $((changed - changing)) ms; the new idle time-out applied" \
  "$(awk -v v="${applied_after[$a]:-0}" 'BEGIN { printf "%.0f", v / 1000 }') s after it on A," \
  "$(awk -v v="${applied_after[$b]:-0}" 'BEGIN { printf "%.0f", v / 1000 }') s on B (a sign-in through each every 3 s)"

# 5. A rolling upgrade while clients work through nginx. The new EAR is the build's with one file changed:
#    its stylesheet ends with a mark, which tells which EAR an instance serves.
mark="/* rolling upgrade $(date +%s) */"
mkdir -p "$jars/ear/war/resources/css"
cp "$root/session-ear/target/active-sessions.ear" "$jars/ear/active-sessions.ear"
(
  cd "$jars/ear" && unzip -q active-sessions.ear session-web.war \
    && unzip -q -d war session-web.war resources/css/console.css \
    && echo "$mark" >> war/resources/css/console.css \
    && (cd war && zip -q ../session-web.war resources/css/console.css) \
    && zip -q active-sessions.ear session-web.war
)
declare -A client_agent=([alice-laptop]="$firefox" [alice-phone]="$iphone" [bob]="$firefox" [admin]="$firefox")
declare -A client_account=([alice-laptop]=alice [alice-phone]=alice [bob]=bob [admin]=admin)
declare -A client_before=()
for client in "${!client_agent[@]}"; do
  account="${client_account[$client]}"
  sign_in "$lb" "$jars/client-$client" "$account@example.com" "$account-demo-password" "${client_agent[$client]}"
  client_before[$client]=$(current_id "$(sessions "$lb" "$jars/client-$client" "${client_agent[$client]}")")
done
# Each client: a request every 0.25 s through nginx, three API calls then a page; each line: status, instance.
client_loop() { # client
  local jar="$jars/client-$1" agent="${client_agent[$1]}" n=0 path
  while [ ! -e "$jars/stop" ]; do
    path=/api/v1/sessions
    [ $((n % 4)) != 3 ] || path=/activesession
    curl -s -o /dev/null --max-time 30 -c "$jar" -b "$jar" -A "$agent" -w '%{http_code} %header{x-upstream}\n' \
      "$lb$path" >> "$jars/load-$1"
    n=$((n + 1))
    sleep 0.25
  done
}
rm -f "$jars/stop"
loops=()
for client in "${!client_agent[@]}"; do
  client_loop "$client" &
  loops+=($!)
done
sleep 2
upgrading=$SECONDS
"$root/scripts/cluster.sh" rolling-upgrade "$jars/ear/active-sessions.ear"
upgraded=$?
upgrade_seconds=$((SECONDS - upgrading))
sleep 2
touch "$jars/stop"
wait "${loops[@]}"
cat "$jars"/load-* > "$jars/load"
total=$(wc -l < "$jars/load")
by_status=$(awk '{ print $1 }' "$jars/load" | sort | uniq -c | awk '{ printf "%s%s: %s", sep, $2, $1; sep = ", " }')
errors=$(awk '$1 ~ /^5/' "$jars/load" | wc -l)
refused=$(awk '$1 == 401' "$jars/load" | wc -l)
others=$(awk '$1 != 200' "$jars/load" | wc -l)
check "the rolling upgrade completed (exit $upgraded, $upgrade_seconds s)" test "$upgraded" = 0
check "no request was answered 5xx during it ($errors of $total)" test "$errors" = 0
check "no request was refused during it ($refused answered 401)" test "$refused" = 0
check "every request was answered 200 ($by_status)" test "$others" = 0 -a "$total" -gt 0
echo "  figure: $total requests by 4 clients through nginx in ${upgrade_seconds} s of rolling upgrade; by instance:" \
  "$(awk '{ $1 = ""; print }' "$jars/load" | sort | uniq -c | awk '{ c = $1; $1 = ""; printf "%s%s:%s", sep, $0, c; sep = "," }')"
lost=0
for client in "${!client_agent[@]}"; do
  after=$(sessions "$lb" "$jars/client-$client" "${client_agent[$client]}")
  # A client that never signed in has no id before: lost too, so that two empty ids never pass as one session.
  [ -n "${client_before[$client]}" ] && [ "$(current_id "$after")" = "${client_before[$client]}" ] || lost=$((lost + 1))
done
check "the four sessions are signed in afterwards, each with its public id (${client_before[*]}), none lost ($lost)" \
  test "$lost" = 0
check "instance A serves the new EAR" grep -qF "$mark" <<< "$(curl -s "$a/resources/css/console.css")"
check "instance B serves the new EAR" grep -qF "$mark" <<< "$(curl -s "$b/resources/css/console.css")"

# 6. Failover through nginx.
sign_in "$a" "$jars/bob" bob@example.com bob-demo-password "$firefox"
before=$(sessions "$lb" "$jars/bob" "$firefox")
bob=$(current_id "$before")
upstream=$(curl -s -o /dev/null -D - -b "$jars/bob" -A "$firefox" "$lb/api/v1/sessions" | tr -d '\r' \
  | sed -n 's/^X-Upstream: //Ip')
check "nginx keeps bob's session on A ($upstream)" test "$upstream" = "127.0.0.1:9510"
stopping=$(now_ms)
"$root/scripts/cluster.sh" stop-instance instance-a
stopped=$(now_ms)
echo "  figure: instance A stopped in $((stopped - stopping)) ms"
headers=$(curl -s -D - -o "$jars/after" -c "$jars/bob" -b "$jars/bob" -A "$firefox" "$lb/api/v1/sessions" | tr -d '\r')
answered=$(now_ms)
after=$(cat "$jars/after")
check "bob's next request through nginx succeeds ($(head -1 <<< "$headers"))" grep -q ' 200' <<< "$(head -1 <<< "$headers")"
check "it was served by B ($(sed -n 's/^X-Upstream: //Ip' <<< "$headers"))" grep -qi 'X-Upstream: .*127.0.0.1:9520$' <<< "$headers"
check "on the same session ($bob)" test "$(current_id "$after")" = "$bob"
check "bob still has $(count_sessions "$before") session(s), not one more ($(count_sessions "$after"))" \
  test "$(count_sessions "$after")" = "$(count_sessions "$before")"
echo "  figure: first request after the stop, answered by B in $((answered - stopped)) ms"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
