#!/usr/bin/env bash
# Cost of the list pages beside the home page and a client's page, served by the jar as it ships:
# for each page, wrk from a second process on loopback (16 connections, after a warm-up), the
# throughput, the latency percentiles, and the CPU each request took in the JVM and in PostgreSQL
# (from /proc, so all the portal's threads and all of PostgreSQL's processes are counted). Every
# page is first checked to answer 200 to the logged-in user (a failed login would time redirects).
# Needs: the jar built (./mvnw -DskipTests package), psql and wrk. Usage: src/test/benchmark/lists.sh
# (ONLY='Mes devis|PDF' src/test/benchmark/lists.sh for some pages; ORDERS=1 seeds 1,000,000 OCs and
# measures their pages too)
set -euo pipefail
cd "$(dirname "$0")/../../.."
SECONDS_MEASURED=${SECONDS_MEASURED:-15}
source src/test/benchmark/portal.sh
start_portal 18081 54331
OPERATOR=$(session operateur STAFF)
RESELLER=$(session revendeur1 RESELLER)
CLIENT=$(sql "select min(id) from company where name like 'Boul%' and referent_id = (select id from company where name = 'Alpha Télécom')")
PDF_QUOTE=$(sql "select id from quote where comment = 'Devis de 50 lignes du banc d''essai'")

ticks() { # CPU ticks (1/100 s) of the JVM, then of PostgreSQL (the postmaster and its children)
  local jvm pg=0 p
  jvm=$(awk '{print $14 + $15}' /proc/$APP/stat)
  for p in $PG $(pgrep -P "$PG"); do
    [ -r /proc/$p/stat ] && pg=$((pg + $(awk '{print $14 + $15}' /proc/$p/stat)))
  done
  echo "$jvm $pg"
}

printf "| page | req/s (16 conn.) | p50 / p95 / p99 (1 conn.) | JVM CPU / req | PostgreSQL CPU / req |\n| --- | --- | --- | --- | --- |\n"
PAGES=(
  "home page (operator)|$OPERATOR|/"
  "client page (reseller)|$RESELLER|/companies/$CLIENT"
  "clients, operator, prefix, page 1|$OPERATOR|/companies/clients?name=boul&sort=name&dir=asc"
  "clients, operator, prefix, page 500|$OPERATOR|/companies/clients?name=boul&sort=name&dir=asc&page=499"
  "clients, reseller, prefix, page 1|$RESELLER|/companies/clients?name=boul&sort=name&dir=asc"
  "clients, reseller, page 80|$RESELLER|/companies/clients?sort=name&dir=asc&page=79"
  "prospects, operator, page 1|$OPERATOR|/companies/prospects"
  "contacts, operator, page 1|$OPERATOR|/companies/contacts"
  "Mes devis, operator, page 1 (200,000)|$OPERATOR|/quotes"
  "Mes devis, operator, client prefix|$OPERATOR|/quotes?client=boul"
  "Mes devis, reseller, page 1 (4,000)|$RESELLER|/quotes"
  "Mes devis, reseller, step 4, page 20|$RESELLER|/quotes?step=4&page=19"
  "Mes devis, operator, client prefix, by client name|$OPERATOR|/quotes?client=boul&sort=client&dir=asc"
  "quote of 50 lines, its page (reseller)|$RESELLER|/quotes/$PDF_QUOTE"
  "quote of 50 lines, its PDF (reseller)|$RESELLER|/quotes/$PDF_QUOTE/pdf"
)
if [ "${ORDERS:-0}" = 1 ]; then
  ADV=$(session adv STAFF)
  OC=$(sql "select id from contracted_offer where number = 'OC150943'")
  ALPHA=$(sql "select id from company where name = 'Alpha Télécom'")
  LAST=$(( ($(sql "select count(*) from contracted_offer where owner_id = (select id from company where name = 'Alpha Télécom') and state = 'DELIVERED' and client_sort like 'boul%'") + 24) / 25 ))
  PAGES+=(
    "OCs, operator, client prefix + état, by delivery date, page 1|$OPERATOR|/contracted-offers?client=boul&state=DELIVERED&sort=deliveredOn&dir=asc"
    "OCs, operator, client prefix + état, by delivery date, page 500|$OPERATOR|/contracted-offers?client=boul&state=DELIVERED&sort=deliveredOn&dir=asc&page=499"
    "OCs, reseller, client prefix + état, by delivery date, page 1|$RESELLER|/contracted-offers?client=boul&state=DELIVERED&sort=deliveredOn&dir=asc"
    "OCs, reseller, client prefix + état, by delivery date, last page ($LAST)|$RESELLER|/contracted-offers?client=boul&state=DELIVERED&sort=deliveredOn&dir=asc&page=$((LAST - 1))"
    "OCs, operator, page 1 (newest first)|$OPERATOR|/contracted-offers"
    "OC page, Détails (reseller)|$RESELLER|/contracted-offers/$OC"
    "OC page, Périmètre (reseller)|$RESELLER|/contracted-offers/$OC/scope"
    "order desk's queue (adv)|$ADV|/orders"
    "order desk's queue by due date (adv)|$ADV|/orders?sort=due&dir=asc"
    "order desk's late orders (adv)|$ADV|/orders?delay=LATE"
    "Tableau de bord, order desk (adv)|$ADV|/dashboard"
    "Tableau de bord, operator, every reseller|$OPERATOR|/dashboard"
    "Tableau de bord, operator, one reseller|$OPERATOR|/dashboard?reseller=$ALPHA"
    "Tableau de bord, operator, the order desk's part|$OPERATOR|/dashboard?view=desk"
    "Tableau de bord, reseller (its 5,000 OCs)|$RESELLER|/dashboard"
  )
fi
# ONLY=regex measures the pages whose name matches it (and the home page, the yardstick)
if [ -n "${ONLY:-}" ]; then
  KEPT=()
  for page in "${PAGES[@]}"; do
    if [[ "${page%%|*}" =~ ${ONLY} || "${page%%|*}" == "home page (operator)" ]]; then KEPT+=("$page"); fi
  done
  PAGES=("${KEPT[@]}")
fi
# Every page answers 200 to its user, then every page is warmed up before any is measured (the JIT
# compiles what they share)
for page in "${PAGES[@]}"; do IFS='|' read -r _ cookie path <<< "$page"; expect_page "$cookie" "$path"; done
for page in "${PAGES[@]}"; do
  IFS='|' read -r _ cookie path <<< "$page"
  wrk -t2 -c16 -d10s -H "Cookie: MYOPENIP_SESSION=$cookie" "$BASE$path" > /dev/null
done

bench() { # name, cookie, path
  local before after out requests rate latency
  before=$(ticks)
  out=$(wrk -t2 -c16 -d${SECONDS_MEASURED}s -H "Cookie: MYOPENIP_SESSION=$2" "$BASE$3")
  after=$(ticks)
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  rate=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  latency=$(wrk -t1 -c1 -d10s -s src/test/benchmark/percentiles.lua -H "Cookie: MYOPENIP_SESSION=$2" "$BASE$3" | tail -1)
  read -r jvm0 pg0 <<< "$before"
  read -r jvm1 pg1 <<< "$after"
  printf "| %s | %s | %s | %.1f ms | %.1f ms |\n" "$1" "$rate" "$latency" \
    "$(echo "($jvm1 - $jvm0) * 10 / $requests" | bc -l)" "$(echo "($pg1 - $pg0) * 10 / $requests" | bc -l)"
}
for page in "${PAGES[@]}"; do IFS='|' read -r name cookie path <<< "$page"; bench "$name" "$cookie" "$path"; done
