#!/usr/bin/env bash
# Mes services with a service of 5,000 licences (seed-services.sql), served by the jar as it ships: the
# filtered "Utilisateurs" list at one connection (p50 / p95 / p99, wrk on loopback) and at 16 connections,
# then "Dissocier vos numéros" on 500 licences in one action, three times (curl's total time of the POST,
# which answers once the transaction is committed). Needs: the jar built (./mvnw -DskipTests package),
# psql, curl and wrk. Usage: src/test/benchmark/services.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
SEEDS=0
source src/test/benchmark/portal.sh
start_portal 18082 54332
psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d myopenip -f src/test/benchmark/seed-services.sql
RESELLER=$(session revendeur1 RESELLER)
SERVICE=$(sql "select s.id from telephony_service s join contracted_offer o on o.id = s.contracted_offer_id where o.number = 'OC138637'")
echo "service $SERVICE: $(sql "select count(*) from licence where service_id = $SERVICE") licences"

printf "| page | req/s (16 conn.) | p50 / p95 / p99 (1 conn.) |\n| --- | --- | --- |\n"
PAGES=(
  "Utilisateurs, page 1 (5,000 licences)|/services/$SERVICE"
  "Utilisateurs, Licence \"fax\" + État Actif + Superviseur Oui|/services/$SERVICE?licence=fax&state=ACTIVE&supervisor=true"
  "Utilisateurs, SDA \"02700012\" (a prefix of 10 numbers)|/services/$SERVICE?sda=02700012"
  "Utilisateurs, by user, page 100|/services/$SERVICE?sort=user&dir=asc&page=99"
  "Utilisateurs, 500 a page|/services/$SERVICE?size=500"
  "Paramétrage / Monitoring|/services"
)
for page in "${PAGES[@]}"; do IFS='|' read -r _ path <<< "$page"; expect_page "$RESELLER" "$path"; done
for page in "${PAGES[@]}"; do
  IFS='|' read -r _ path <<< "$page"
  wrk -t2 -c16 -d10s -H "Cookie: MYOPENIP_SESSION=$RESELLER" "$BASE$path" > /dev/null
done
for page in "${PAGES[@]}"; do
  IFS='|' read -r name path <<< "$page"
  rate=$(wrk -t2 -c16 -d10s -H "Cookie: MYOPENIP_SESSION=$RESELLER" "$BASE$path" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  latency=$(wrk -t1 -c1 -d10s -s src/test/benchmark/percentiles.lua -H "Cookie: MYOPENIP_SESSION=$RESELLER" "$BASE$path" | tail -1)
  printf "| %s | %s | %s |\n" "$name" "$rate" "$latency"
done

TOKEN=$(curl -s -H "Cookie: MYOPENIP_SESSION=$RESELLER" "$BASE/services/$SERVICE" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
for round in 0 1 2; do
  BODY="$DATA/dissociate-$round"
  sql "select id from licence where service_id = $SERVICE and sheet_number like 'FPC8%' order by id offset $((round * 500)) limit 500" \
    | awk -v token="$TOKEN" 'BEGIN { printf "_csrf=%s", token } { printf "&keep%%5B%s%%5D=%s", $1, (NR % 2 ? "true" : "false") }' > "$BODY"
  out=$(curl -s -o /dev/null -w "%{http_code} %{redirect_url} %{time_total}" -H "Cookie: MYOPENIP_SESSION=$RESELLER" \
    -H "Content-Type: application/x-www-form-urlencoded" --data-binary "@$BODY" "$BASE/services/$SERVICE/dissociation")
  read -r status redirect seconds <<< "$out"
  case "$redirect" in */numbers) ;; *) echo "dissociation answered $status $redirect: not done" >&2; exit 1 ;; esac
  echo "dissociating 500 numbers (round $((round + 1))): ${seconds} s"
done
echo "numbers now: $(sql "select state || ' ' || count(*) from phone_number where client_id = (select client_id from telephony_service where id = $SERVICE) group by state order by state" | tr '\n' ' ')"
