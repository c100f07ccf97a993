#!/usr/bin/env bash
# The topology test: runs against what "scripts/cluster.sh up" started (docs/OPERATING.md, "Scale-out").
#  1. alice signs in through instance A (her laptop) and through instance B (her phone);
#  2. the phone, on B, lists the laptop's session;
#  3. the phone ends the laptop's session through B, while the laptop keeps sending requests to A:
#     no request that A receives after the end returned is served, and A's very next one is refused;
#     then the same after the EAR is deployed to the group again;
#  4. bob signs in through A and goes on through nginx (sticky to A); A stops; his next request
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

# 4. Failover through nginx.
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
