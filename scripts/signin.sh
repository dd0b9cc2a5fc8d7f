#!/usr/bin/env bash
# Signs in to a running portal through the dev provider's real login form, like a browser without
# JavaScript, and prints the portal's session cookie value.
#   scripts/signin.sh http://127.0.0.1:8080 rheine eltern.mueller 'Kita-2026!mueller'
set -euo pipefail
base=$1 slug=$2 user=$3 pass=$4
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
# The portal redirects to the provider, which shows its login form.
form_url=$(curl -fsS -c "$jar" -b "$jar" -L -o /dev/null -w '%{url_effective}' "$base/$slug/login")
# Posting the form redirects back through the provider to the portal's callback.
curl -sS -c "$jar" -b "$jar" -L -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=$pass" "$form_url"
sid=$(awk '$6 == "step_session" { print $7 }' "$jar" | tail -n1)
[ -n "$sid" ] || { echo "signin.sh: no portal session after signing in as $user" >&2; exit 1; }
echo "$sid"
