# Shell functions that use the product as curl with a cookie jar does, for the scripts that drive a
# running server: scripts/cluster-test.sh (the topology test) and bench/end-to-refusal.sh (item 4 of
# the benchmarks). Source it; it defines functions only.

now_ms() { date +%s%3N; }

sign_in() { # base jar email password user-agent
  local token
  token=$(curl -sf -c "$2" -b "$2" -A "$5" "$1/login" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p')
  curl -sf -o /dev/null -c "$2" -b "$2" -A "$5" --data-urlencode "csrf=$token" \
    --data-urlencode "email=$3" --data-urlencode "password=$4" "$1/sign-in"
}
sessions() { # base jar user-agent: the caller's active sessions as JSON
  curl -sf -c "$2" -b "$2" -A "$3" "$1/api/v1/sessions"
}
current_id() { # json
  grep -o '"current":true,[^}]*"id":"[^"]*"' <<< "$1" | sed 's/.*"id":"\([^"]*\)"/\1/'
}
count_sessions() { # json
  grep -o '"id":"[^"]*"' <<< "$1" | wc -l
}
csrf_token() { # base jar user-agent
  curl -sf -D - -o /dev/null -b "$2" -A "$3" "$1/api/v1/sessions" | tr -d '\r' | sed -n 's/^X-CSRF-Token: //Ip'
}
status() { # base jar user-agent: the HTTP status of an API request
  curl -s -o /dev/null -w '%{http_code}' -b "$2" -A "$3" "$1/api/v1/sessions"
}

# Ends a session through one server, then sends that session's next request to another server (or the
# same). Prints the end's status, the next request's status, and the milliseconds from the end having
# returned to the next answer having arrived. Two curl processes, each with its own cookie jar: in one
# process (curl --next) the transfers share one cookie store, cookies ignore the port, and the phone's
# session cookie went out with the laptop's request (a 200 that looked like a missed revocation).
end_then_next() { # end-base end-jar end-user-agent csrf-token public-id next-base next-jar next-user-agent
  local end_code next_code ended refused
  end_code=$(curl -s -o /dev/null -w '%{http_code}' -X DELETE -H "X-CSRF-Token: $4" -b "$2" -A "$3" \
    "$1/api/v1/sessions/$5")
  ended=$(date +%s%N)
  next_code=$(curl -s -o /dev/null -w '%{http_code}' -b "$7" -A "$8" "$6/api/v1/sessions")
  refused=$(date +%s%N)
  awk -v e="$end_code" -v n="$next_code" -v t="$((refused - ended))" 'BEGIN { printf "%s %s %.1f\n", e, n, t / 1e6 }'
}
