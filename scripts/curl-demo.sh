#!/usr/bin/env bash
# Two curl sign-ins as one demo user, each with its own cookie jar; the first logs the second out.
# Needs the product running (bin/run). Usage: scripts/curl-demo.sh [BASE_URL] [EMAIL] [PASSWORD]
set -euo pipefail
base="${1:-http://localhost:8080}"
email="${2:-alice@example.com}"
password="${3:-alice-demo-password}"
jars="$(mktemp -d)"
trap 'rm -rf "$jars"' EXIT

sign_in() { # jar user-agent
  local token
  token=$(curl -sf -c "$1" -b "$1" "$base/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p')
  curl -sf -o /dev/null -c "$1" -b "$1" -A "$2" --data-urlencode "csrf=$token" \
    --data-urlencode "email=$email" --data-urlencode "password=$password" "$base/sign-in"
}
current_id() { # jar
  curl -sf -b "$1" "$base/api/v1/sessions" | grep -o '"current":true,[^}]*"id":"[^"]*"' | sed 's/.*"id":"\([^"]*\)"/\1/'
}
status_of_page() { # jar
  curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$1" "$base/activesession"
}

sign_in "$jars/laptop" "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"
sign_in "$jars/phone" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
echo "Sessions of $email, as the laptop sees them:"
curl -sf -b "$jars/laptop" "$base/api/v1/sessions"; echo
phone=$(current_id "$jars/phone")
token=$(curl -sf -D - -o /dev/null -b "$jars/laptop" "$base/api/v1/sessions" | tr -d '\r' | sed -n 's/^X-CSRF-Token: //Ip')
echo "The laptop logs the phone's session ($phone) out: HTTP $(curl -s -o /dev/null -w '%{http_code}' \
  -X DELETE -H "X-CSRF-Token: $token" -b "$jars/laptop" "$base/api/v1/sessions/$phone")"
echo "The phone's next request:  $(status_of_page "$jars/phone")"
echo "The laptop's next request: $(status_of_page "$jars/laptop")"
