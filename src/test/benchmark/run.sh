#!/usr/bin/env bash
# Benchmark of the client list (issue: 100,000 companies across 50 resellers), served by the jar as it
# ships, measured by wrk from a second process on loopback. Needs: the jar built (./mvnw -DskipTests
# package), psql and wrk (apt-get install postgresql-client wrk). Prints the latency percentiles.
set -euo pipefail
cd "$(dirname "$0")/../../.."
source src/test/benchmark/portal.sh
start_portal 18080 54329
OPERATOR=$(session operateur STAFF)
RESELLER=$(session revendeur1 RESELLER)

bench() { # name, cookie, path: latency of one user (1 connection), then throughput with 4
  echo "== $1: $3"
  expect_page "$2" "$3"
  wrk -t1 -c1 -d5s -H "Cookie: MYOPENIP_SESSION=$2" "$BASE$3" > /dev/null # warm-up
  echo -n "   1 connection:  "
  wrk -t1 -c1 -d20s -s src/test/benchmark/percentiles.lua -H "Cookie: MYOPENIP_SESSION=$2" "$BASE$3" | tail -1
  echo -n "   4 connections: "
  wrk -t2 -c4 -d10s -s src/test/benchmark/percentiles.lua -H "Cookie: MYOPENIP_SESSION=$2" "$BASE$3" | tail -1
}
bench "operator, prefix, page 1" "$OPERATOR" "/companies/clients?name=boul&sort=name&dir=asc"
bench "operator, prefix, page 500" "$OPERATOR" "/companies/clients?name=boul&sort=name&dir=asc&page=499"
bench "operator, prefix, sorted by date, page 500" "$OPERATOR" "/companies/clients?name=boul&sort=createdAt&dir=desc&page=499"
bench "reseller, prefix, page 1" "$RESELLER" "/companies/clients?name=boul&sort=name&dir=asc"
