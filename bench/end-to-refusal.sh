#!/usr/bin/env bash
# Item 4 of the benchmarks: from DELETE /api/v1/sessions/{id} returning to that session's next request
# being refused, over TRIALS trials. The phone ends the laptop's session through END-BASE; the laptop's
# next request goes to NEXT-BASE (the same server, or another instance of the group). Measured as the
# topology test measures it, with the same functions (scripts/console-client.sh, end_then_next).
#   bench/end-to-refusal.sh LABEL END-BASE NEXT-BASE TRIALS   prints one row of RESULTS.md's table
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/console-client.sh
. "$root/scripts/console-client.sh"
label="$1" end_base="$2" next_base="$3" trials="$4"
firefox="Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"
iphone="Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
jars="$(mktemp -d)"
trap 'rm -rf "$jars"' EXIT

sign_in "$end_base" "$jars/phone" alice@example.com alice-demo-password "$iphone"
token=$(csrf_token "$end_base" "$jars/phone" "$iphone")
refused=0
: > "$jars/times"
for _ in $(seq 1 "$trials"); do
  rm -f "$jars/laptop"
  sign_in "$next_base" "$jars/laptop" alice@example.com alice-demo-password "$firefox"
  laptop=$(current_id "$(sessions "$next_base" "$jars/laptop" "$firefox")")
  read -r end_code next_code took < <(end_then_next "$end_base" "$jars/phone" "$iphone" "$token" "$laptop" \
    "$next_base" "$jars/laptop" "$firefox")
  [ "$end_code" = 204 ] || { echo "the end answered $end_code" >&2; exit 1; }
  [ "$next_code" = 401 ] && refused=$((refused + 1))
  echo "$took" >> "$jars/times"
done
sort -n "$jars/times" | awk -v label="$label" -v trials="$trials" -v refused="$refused" \
  -v load="$(cut -d' ' -f1 /proc/loadavg)" '
  { t[NR] = $1 }
  END {
    median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "| %s | %d | %d of %d | %.1f ms | %.1f ms | %.1f ms | %s |\n", label, trials, refused, trials, median, t[1], t[NR], load
  }'
