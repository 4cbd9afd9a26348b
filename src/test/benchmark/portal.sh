# Sourced by the benchmarks: starts the jar as it ships on a fresh embedded database with the demo
# data, seeds it with 100,000 companies over 50 resellers (seed-companies.sql), 200,000 quotes
# (seed-quotes.sql) and, with ORDERS=1, 1,000,000 OCs and 5,000,000 product sheets over 200 resellers
# (seed-orders.sql, some minutes), and logs users in; SEEDS=0 keeps the demo data alone.
# Sets APP (the JVM's pid), PG (the postmaster's pid), BASE (the portal's URL) and DATA (a temporary
# folder, removed on exit). Needs the jar built (./mvnw -DskipTests package), psql, curl and wrk.
# KEEP=/some/folder keeps the database there instead: seeded on the first run, reused as it is by the
# next ones (a change measured again without the 20 minutes of seeding).

start_portal() { # app port, database port
  local jar
  jar=$(ls target/myopenip-*.jar | head -1)
  local reused=0
  if [ -n "${KEEP:-}" ]; then
    DATA=$KEEP
    mkdir -p "$DATA"
    [ -f "$DATA/seeded" ] && reused=1
  else
    DATA=$(mktemp -d)
  fi
  PGPORT=$2
  BASE="http://127.0.0.1:$1"
  java -Xmx512m -jar "$jar" --spring.profiles.active=demo --server.port="$1" \
    --myopenip.embedded-db.data-dir="$DATA/pg" --myopenip.embedded-db.port="$PGPORT" \
    --logging.level.myopenip.request=WARN > "$DATA/app.log" 2>&1 &
  APP=$!
  if [ -n "${KEEP:-}" ]; then
    trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
  else
    trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
  fi
  for _ in $(seq 1 180); do grep -q "Started MyOpenIpApplication" "$DATA/app.log" && break; sleep 1; done
  sleep 3 # demo data
  if [ "$reused" = 1 ]; then
    PG=$(head -1 "$DATA/pg/postmaster.pid")
    return
  fi
  if [ "${SEEDS:-1}" = 1 ]; then
    psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d myopenip -f src/test/benchmark/seed-companies.sql
    psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d myopenip -f src/test/benchmark/seed-quotes.sql
  fi
  if [ "${ORDERS:-0}" = 1 ]; then
    psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres -d myopenip -f src/test/benchmark/seed-orders.sql
  fi
  # Vacuum once more when no transaction of the start-up is left, so that the visibility map is set
  # (as autovacuum leaves it on a live database) and pages are read from the index alone.
  sleep 2
  psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d myopenip -c "vacuum analyze company, quote, contracted_offer, customer_order, contracted_sheet"
  touch "$DATA/seeded"
  PG=$(head -1 "$DATA/pg/postmaster.pid")
}

session() { # login as $1 through entry $2, print the session cookie
  local jar="$DATA/cookies-$1"
  local token
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=demo1234&entry=$2&_csrf=$token" "$BASE/login"
  awk '$6 == "MYOPENIP_SESSION" {print $7}' "$jar"
}

expect_page() { # cookie, path: fails unless the logged-in user gets the page itself (a failed login
  # would have the benchmark time redirects to the login page)
  local status
  status=$(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: MYOPENIP_SESSION=$1" "$BASE$2")
  if [ "$status" != 200 ]; then echo "$2 answered $status, not 200: is the login working?" >&2; exit 1; fi
}

sql() {
  psql -At -h 127.0.0.1 -p "$PGPORT" -U postgres -d myopenip -c "$1"
}
