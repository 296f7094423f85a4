#!/usr/bin/env bash
# Runs the whole commitment tracker on this machine, no Docker needed: a local Kafka broker, the MongoDB-compatible
# store (durable H2 file), a mail catcher for the e-mail digests, the four services, and the sample answers. Ctrl-C stops everything it started.
#
#   ./run.sh           build what is missing, start, load the samples, print the URL and API keys, run until Ctrl-C
#   ./run.sh --fresh   the same, after wiping the data folder
#   ./run.sh --smoke   the same, then check through the gateway that the seed answer's commitments are listed,
#                      stop everything and exit 0, or 1 with the reason
#
# Settings (environment): TRACKER_DATA_DIR (default .data), TRACKER_API_KEYS (key:role,...; default: generated at
# first start and kept in the data folder), GATEWAY_PORT 8080, INGEST_PORT 8081, COMMITMENTS_PORT 8082,
# NOTIFY_PORT 8083, KAFKA_PORT 9092, KAFKA_CONTROLLER_PORT 9093, MONGODB_PORT 27017, SMTP_PORT 2525 (the mail
# catcher, which keeps every digest as a .eml file in the data folder's mail/), WEBHOOK_ALLOWED_HOSTS,
# PARLIAMENT_API_BASE_URL (when set, ingest-service polls that Written Questions API: PARLIAMENT_POLLING_ENABLED=true).
set -euo pipefail
cd "$(dirname "$0")"

smoke=false
fresh=false
for arg in "$@"; do
  case "$arg" in
    --smoke) smoke=true ;;
    --fresh) fresh=true ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

data=${TRACKER_DATA_DIR:-.data}
gateway_port=${GATEWAY_PORT:-8080}
ingest_port=${INGEST_PORT:-8081}
commitments_port=${COMMITMENTS_PORT:-8082}
notify_port=${NOTIFY_PORT:-8083}
kafka_port=${KAFKA_PORT:-9092}
kafka_controller_port=${KAFKA_CONTROLLER_PORT:-9093}
mongo_port=${MONGODB_PORT:-27017}
smtp_port=${SMTP_PORT:-2525}
version=0.1.0-SNAPSHOT

say() { printf '\033[1m%s\033[0m\n' "$*"; }
fail() { echo "run.sh: $*" >&2; exit 1; }

command -v java >/dev/null || fail "Java 17 or newer is needed (java is not on the PATH)"
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
[ "${java_major%%.*}" -ge 17 ] 2>/dev/null || fail "Java 17 or newer is needed (found $java_major)"
command -v curl >/dev/null || fail "curl is needed (apt-get install -y curl)"

jar() { echo "$1/target/$1-$version-exec.jar"; }
modules=(local-infrastructure ingest-service commitments-service notify-service gateway)
missing=false
for m in "${modules[@]}"; do [ -f "$(jar "$m")" ] || missing=true; done
if $missing; then
  say "Building the services (first run only; ./mvnw -DskipTests package)..."
  ./mvnw -B -q -DskipTests package -pl "$(IFS=,; echo "${modules[*]}")" -am
fi

$fresh && rm -rf "$data"
mkdir -p "$data/logs"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$gateway_port" "$ingest_port" "$commitments_port" "$notify_port" "$kafka_port" "$kafka_controller_port" "$mongo_port" "$smtp_port"; do
  port_free "$p" || fail "port $p is already in use (another ./run.sh? set the *_PORT variables to move)"
done

# API keys: TRACKER_API_KEYS if set, else the ones generated at first start.
keys_file="$data/api-keys"
if [ -z "${TRACKER_API_KEYS:-}" ]; then
  if [ ! -f "$keys_file" ]; then
    (umask 077; {
      for role in viewer editor admin; do
        printf '%s-%s:%s\n' "$role" "$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')" "$role"
      done
    } > "$keys_file")
  fi
  TRACKER_API_KEYS=$(paste -sd, "$keys_file")
fi
export TRACKER_API_KEYS
key_for() { tr ',' '\n' <<<"$TRACKER_API_KEYS" | awk -F: -v r="$1" '$2 == r { print $1; exit }'; }
viewer_key=$(key_for viewer); editor_key=$(key_for editor); admin_key=$(key_for admin)
[ -n "$editor_key" ] || fail "TRACKER_API_KEYS has no editor key; the samples cannot be loaded"

pids=()
stop_all() {
  trap - EXIT INT TERM
  if [ ${#pids[@]} -gt 0 ]; then
    say "Stopping..."
    # services first, then the store and the broker; SIGTERM lets the H2 file flush
    for (( i=${#pids[@]}-1; i>=0; i-- )); do kill "${pids[i]}" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -9 "$pid" 2>/dev/null || true
    done
  fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

start() { # name heap args...
  local name=$1 heap=$2; shift 2
  java "-Xmx$heap" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$@" >"$data/logs/$name.log" 2>&1 &
  pids+=($!)
}

wait_port() { # name port seconds
  for _ in $(seq 1 $(( $3 * 5 ))); do
    (exec 3<>"/dev/tcp/127.0.0.1/$2") 2>/dev/null && return 0
    sleep 0.2
  done
  fail "$1 did not open port $2 within $3 s (see $data/logs/$1.log)"
}

wait_healthy() { # name url seconds
  for _ in $(seq 1 $(( $3 * 2 ))); do
    curl -fsS -o /dev/null "$2" 2>/dev/null && return 0
    sleep 0.5
  done
  fail "$1 was not healthy within $3 s (see $data/logs/$1.log)"
}

say "Starting the Kafka broker, the MongoDB-compatible store and the mail catcher..."
start kafka 512m "$(jar local-infrastructure)" kafka "$data/kafka" "$kafka_port" "$kafka_controller_port"
start mongo 512m "$(jar local-infrastructure)" mongo "$data/mongo/tracker.mv" "$mongo_port"
start mail 128m "$(jar local-infrastructure)" mail "$data/mail" "$smtp_port"
wait_port kafka "$kafka_port" 60
wait_port mongo "$mongo_port" 60
wait_port mail "$smtp_port" 60

export KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$kafka_port" MONGODB_URI="mongodb://127.0.0.1:$mongo_port"
if [ -n "${PARLIAMENT_API_BASE_URL:-}" ]; then
  export PARLIAMENT_API_BASE_URL PARLIAMENT_POLLING_ENABLED="${PARLIAMENT_POLLING_ENABLED:-true}"
fi
export SMTP_HOST=127.0.0.1 SMTP_PORT="$smtp_port" TRACKER_PUBLIC_URL="http://localhost:$gateway_port"
export GATEWAY_PORT="$gateway_port" INGEST_PORT="$ingest_port" COMMITMENTS_PORT="$commitments_port" NOTIFY_PORT="$notify_port"
export INGEST_URL="http://127.0.0.1:$ingest_port" COMMITMENTS_URL="http://127.0.0.1:$commitments_port" \
  NOTIFY_URL="http://127.0.0.1:$notify_port"

say "Starting the services..."
start ingest-service 384m "$(jar ingest-service)"
start commitments-service 384m "$(jar commitments-service)"
start notify-service 384m "$(jar notify-service)"
start gateway 256m "$(jar gateway)"
wait_healthy ingest-service "http://127.0.0.1:$ingest_port/actuator/health" 180
wait_healthy commitments-service "http://127.0.0.1:$commitments_port/actuator/health" 180
wait_healthy notify-service "http://127.0.0.1:$notify_port/actuator/health" 180
wait_healthy gateway "http://127.0.0.1:$gateway_port/actuator/health" 180

base="http://127.0.0.1:$gateway_port"
say "Loading the sample answers through the gateway..."
loaded=0; failed=0
while IFS= read -r line; do
  status=$(curl -sS -o "$data/logs/last-load-response" -w '%{http_code}' -X POST "$base/api/answers" \
    -H "Authorization: Bearer $editor_key" -H 'Content-Type: application/json' --data-binary "$line") || status=000
  case "$status" in
    2??) loaded=$((loaded + 1)) ;;
    *) failed=$((failed + 1)); echo "  sample refused ($status): $(head -c 300 "$data/logs/last-load-response")" >&2 ;;
  esac
done < samples/answers.jsonl
echo "  $loaded answers accepted, $failed refused"

if $smoke; then
  say "Smoke check: the seed answer's commitments through the gateway..."
  unauthorized=$(curl -sS -o /dev/null -w '%{http_code}' "$base/api/commitments")
  [ "$unauthorized" = 401 ] || fail "smoke: GET /api/commitments without a key answered $unauthorized, not 401"
  wanted=("launch a consultation on electoral integrity" "implement a digital imprints regime for online election material")
  for _ in $(seq 1 120); do
    listing=$(curl -fsS "$base/api/commitments?department=Cabinet%20Office&size=100" -H "Authorization: Bearer $viewer_key" || true)
    found=0
    for action in "${wanted[@]}"; do grep -qF "\"action\":\"$action\"" <<<"$listing" && found=$((found + 1)); done
    if [ "$found" = "${#wanted[@]}" ]; then
      say "Smoke check passed: both seed commitments are listed through the gateway."
      exit 0
    fi
    sleep 0.5
  done
  fail "smoke: the seed answer's commitments were not listed within 60 s (last listing: ${listing:0:500})"
fi

cat <<EOF

The commitment tracker is running.
  Dashboard:    $base/   (sign in with one of the keys below)
  Gateway:      $base   (health: $base/actuator/health)
  API keys:     viewer $viewer_key
                editor $editor_key
                admin  $admin_key
  E-mail:       digests go to the local mail catcher, each kept as $data/mail/NNNNN.eml
  Data and logs: $data/ (kept between runs; ./run.sh --fresh wipes it)

Try:
  curl -H 'Authorization: Bearer $viewer_key' '$base/api/commitments?overdue=true&size=5'
  curl -X POST -H 'Authorization: Bearer $editor_key' -H 'Content-Type: application/json' \\
       --data-binary @- '$base/api/answers' <<<'{"house":"commons","uin":"1234","dateTabled":"2024-01-02","dateAnswered":"2024-01-09","answeringBody":"Cabinet Office","answerText":"We will publish the strategy in the spring of 2024."}'
  curl -X POST -H 'Authorization: Bearer $viewer_key' -H 'Content-Type: application/json' \\
       -d '{"email":"me@example.org","frequency":"daily"}' '$base/api/digests'   # then POST .../send-now

Press Ctrl-C to stop.
EOF
wait -n "${pids[@]}" || true
fail "a process stopped unexpectedly (see $data/logs/)"
