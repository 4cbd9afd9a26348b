#!/usr/bin/env bash
# Soak: the jar as it ships, on a fresh embedded database with the demo data (and the benchmark's
# 100,000 companies and 200,000 quotes), under a mixed workload of the five demo users (two resellers,
# the operator, the order desk, the admin: their lists, pages, dashboards, and a reseller saving a
# prospect every twentieth request) for SOAK_MINUTES (30) minutes, 8 connections. Each minute: the
# requests served, the 95th percentile, the errors, then the heap after a full GC, the connection
# pool (active / total), PostgreSQL's connections, the JVM's file descriptors and threads. The first
# minute against the last says whether anything grows. Needs the jar built, psql, curl, wrk and jcmd.
# Usage: src/test/benchmark/soak.sh (SOAK_MINUTES=2 for a quick look)
set -euo pipefail
cd "$(dirname "$0")/../../.."
MINUTES=${SOAK_MINUTES:-30}
source src/test/benchmark/portal.sh
start_portal 18082 54332

cookies() { # the Cookie header of a user's jar: its session and its CSRF token
  awk '$6 == "MYOPENIP_SESSION" || $6 == "XSRF-TOKEN" {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}' "$DATA/cookies-$1"
}
REQUESTS="$DATA/requests.tsv"
: > "$REQUESTS"
declare -A ENTRY=([revendeur1]=RESELLER [revendeur2]=RESELLER [operateur]=STAFF [adv]=STAFF [admin]=STAFF)
for user in revendeur1 revendeur2 operateur adv admin; do
  cookie=$(session "$user" "${ENTRY[$user]}")
  expect_page "$cookie" /
done
CLIENT=$(sql "select min(id) from company where name like 'Boul%' and referent_id = (select id from company where name = 'Alpha Télécom')")
TOKEN=$(curl -s -b "$DATA/cookies-revendeur1" "$BASE/companies/prospects/new" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
add() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$(cookies "$3")" "${4:-}" >> "$REQUESTS"; }
add GET / revendeur1
add GET /companies/clients revendeur1
add GET "/companies/$CLIENT" revendeur1
add GET /quotes revendeur1
add GET /contracted-offers revendeur1
add GET /dashboard revendeur1
add GET /orders revendeur2
add GET "/companies/clients?name=boul&sort=name&dir=asc" revendeur2
add GET /quotes?step=4 revendeur2
add POST /companies/prospects/new revendeur1 "action=draft&name=Prospect+du+soak+COUNTER&_csrf=$TOKEN"
add GET / operateur
add GET "/companies/clients?name=boul" operateur
add GET /quotes operateur
add GET /dashboard operateur
add GET /catalogue/offers operateur
add GET /orders adv
add GET "/orders?delay=LATE" adv
add GET /dashboard adv
add GET /admin/accounts admin
add GET /admin/security-events admin
# every line answers its user (a post: its redirect), before anything is measured
while IFS=$'\t' read -r method path cookie body; do
  if [ "$method" = GET ]; then
    status=$(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: $cookie" "$BASE$path")
    [ "$status" = 200 ] || { echo "$path answered $status" >&2; exit 1; }
  else
    status=$(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: $cookie" -d "${body//COUNTER/0}" "$BASE$path")
    [ "$status" = 302 ] || { echo "POST $path answered $status" >&2; exit 1; }
  fi
done < "$REQUESTS"
export SOAK_REQUESTS="$REQUESTS"
OPERATOR_COOKIE=$(cookies operateur)

metric() { # a series of the portal's metrics, summed
  curl -s -H "Cookie: $OPERATOR_COOKIE" "$BASE/actuator/prometheus" | awk -v name="$1" '$1 ~ "^"name"({|$)" {s += $2} END {printf "%d", s}'
}
printf "| minute | requests | req/s | p95 | errors | heap after GC | pool active / total | PostgreSQL connections | file descriptors | threads |\n"
printf "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
for minute in $(seq 1 "$MINUTES"); do
  read -r requests p95 errors < <(wrk -t2 -c8 -d60s -s src/test/benchmark/mixed.lua "$BASE/" | tail -1)
  jcmd "$APP" GC.run > /dev/null
  heap=$(jcmd "$APP" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
  active=$(metric hikaricp_connections_active)
  total=$(metric hikaricp_connections)
  pg=$(sql "select count(*) from pg_stat_activity where datname = 'myopenip'")
  fds=$(ls "/proc/$APP/fd" | wc -l)
  threads=$(awk '/^Threads/ {print $2}' "/proc/$APP/status")
  printf "| %d | %d | %d | %s ms | %d | %d MB | %d / %d | %d | %d | %d |\n" "$minute" "$requests" \
    $((requests / 60)) "$p95" "$errors" $((heap / 1024)) "$active" "$total" "$pg" "$fds" "$threads"
done
echo "prospects saved: $(sql "select count(*) from company where name like 'Prospect du soak %'")"
