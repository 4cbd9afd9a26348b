#!/usr/bin/env bash
# Benchmark of the client list (issue: 100,000 companies across 50 resellers), served by the jar as it
# ships, measured by wrk from a second process on loopback. Needs: the jar built (./mvnw -DskipTests
# package), psql and wrk (apt-get install postgresql-client wrk). Prints the latency percentiles.
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=$(ls target/myopenip-*.jar | head -1)
DATA=$(mktemp -d)
PGPORT=54329
APPPORT=18080
LOG="$DATA/app.log"

java -jar "$JAR" --spring.profiles.active=demo --server.port=$APPPORT \
  --myopenip.embedded-db.data-dir="$DATA/pg" --myopenip.embedded-db.port=$PGPORT \
  --logging.level.myopenip.request=WARN > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do grep -q "Started MyOpenIpApplication" "$LOG" && break; sleep 1; done
sleep 3 # demo data

psql -q -h 127.0.0.1 -p $PGPORT -U postgres -d myopenip -f src/test/benchmark/seed-companies.sql
# Vacuum once more when no transaction of the start-up is left, so that the visibility map is set
# (as autovacuum leaves it on a live database) and pages are read from the index alone.
sleep 2
psql -q -h 127.0.0.1 -p $PGPORT -U postgres -d myopenip -c "vacuum analyze company"

session() { # login as $1 through entry $2, print the session cookie
  local jar="$DATA/cookies-$1"
  local token
  token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$APPPORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=demo1234&entry=$2&_csrf=$token" "http://127.0.0.1:$APPPORT/login"
  awk '$6 == "MYOPENIP_SESSION" {print $7}' "$jar"
}
OPERATOR=$(session operateur STAFF)
RESELLER=$(session revendeur1 RESELLER)

bench() { # name, cookie, path: latency of one user (1 connection), then throughput with 4
  echo "== $1: $3"
  curl -s -o /dev/null -w "status %{http_code}, %{size_download} bytes\n" -H "Cookie: MYOPENIP_SESSION=$2" "http://127.0.0.1:$APPPORT$3"
  wrk -t1 -c1 -d5s -H "Cookie: MYOPENIP_SESSION=$2" "http://127.0.0.1:$APPPORT$3" > /dev/null # warm-up
  echo -n "   1 connection:  "
  wrk -t1 -c1 -d20s -s src/test/benchmark/percentiles.lua -H "Cookie: MYOPENIP_SESSION=$2" "http://127.0.0.1:$APPPORT$3" | tail -1
  echo -n "   4 connections: "
  wrk -t2 -c4 -d10s -s src/test/benchmark/percentiles.lua -H "Cookie: MYOPENIP_SESSION=$2" "http://127.0.0.1:$APPPORT$3" | tail -1
}
bench "operator, prefix, page 1" "$OPERATOR" "/companies/clients?name=boul&sort=name&dir=asc"
bench "operator, prefix, page 500" "$OPERATOR" "/companies/clients?name=boul&sort=name&dir=asc&page=499"
bench "operator, prefix, sorted by date, page 500" "$OPERATOR" "/companies/clients?name=boul&sort=createdAt&dir=desc&page=499"
bench "reseller, prefix, page 1" "$RESELLER" "/companies/clients?name=boul&sort=name&dir=asc"
