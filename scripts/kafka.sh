#!/usr/bin/env bash
# A local single-node Apache Kafka (KRaft, broker+controller in one process) for development,
# the quickstart and the integration tests.
#   scripts/kafka.sh fetch|start|stop|status|restart
# Settings (environment):
#   KAFKA_VERSION  (4.0.0)   org.apache.kafka:kafka_2.13 version resolved from Maven Central
#   KAFKA_PORT     (9092)    client port on 127.0.0.1; the controller uses KAFKA_PORT+1
#   KAFKA_HOME     (.kafka)  jars, config, data and log live here (git-ignored)
#   KAFKA_HEAP     (512m)
# Secured mode (used by the security integration test; see tests/integration/test_security.py):
#   KAFKA_SECURITY=sasl_ssl  SASL_SSL on KAFKA_PORT (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512) and
#                            SSL with required client certificates on KAFKA_PORT+2
#   KAFKA_TLS_DIR            holds server.pem (PKCS#8 key + certificate chain) and ca.crt (PEM)
#   KAFKA_ADMIN_PASSWORD     the broker's own PLAIN user "admin" (inter-broker)
#   KAFKA_USERS              "name:password,…": PLAIN users, and SCRAM users for both hashes
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KAFKA_VERSION="${KAFKA_VERSION:-4.0.0}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT=$((KAFKA_PORT + 1))
KAFKA_HOME="${KAFKA_HOME:-$ROOT/.kafka}"
KAFKA_HEAP="${KAFKA_HEAP:-512m}"
LIBS="$KAFKA_HOME/libs-$KAFKA_VERSION"
RUN="$KAFKA_HOME/run-$KAFKA_PORT"
PIDFILE="$RUN/broker.pid"
LOG="$RUN/broker.log"

fetch() {
  if [ -f "$LIBS/.complete" ]; then return 0; fi
  command -v mvn >/dev/null || { echo "kafka.sh: Maven (mvn) is needed to fetch the broker" >&2; exit 1; }
  echo "kafka.sh: resolving org.apache.kafka:kafka_2.13:$KAFKA_VERSION from Maven Central" >&2
  rm -rf "$LIBS"
  mvn -q -B -f "$ROOT/scripts/kafka/pom.xml" -Dkafka.version="$KAFKA_VERSION" \
      dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$LIBS" >&2
  touch "$LIBS/.complete"
}

classpath() { ls "$LIBS"/*.jar | tr '\n' ':'; }

running() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

port_open() { (echo > "/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

KAFKA_SECURITY="${KAFKA_SECURITY:-plaintext}"

listener_config() {
  if [ "$KAFKA_SECURITY" != sasl_ssl ]; then
    cat <<PROPS
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
PROPS
    return
  fi
  : "${KAFKA_TLS_DIR:?KAFKA_TLS_DIR is needed with KAFKA_SECURITY=sasl_ssl}"
  : "${KAFKA_ADMIN_PASSWORD:?KAFKA_ADMIN_PASSWORD is needed with KAFKA_SECURITY=sasl_ssl}"
  local plain_users="" pair
  IFS=',' read -ra pairs <<< "${KAFKA_USERS:-}"
  for pair in "${pairs[@]}"; do plain_users="$plain_users user_${pair%%:*}=\"${pair#*:}\""; done
  local ssl_port=$((KAFKA_PORT + 2))
  cat <<PROPS
listeners=SASL_SSL://127.0.0.1:$KAFKA_PORT,SSL://127.0.0.1:$ssl_port,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=SASL_SSL://127.0.0.1:$KAFKA_PORT,SSL://127.0.0.1:$ssl_port
listener.security.protocol.map=SASL_SSL:SASL_SSL,SSL:SSL,CONTROLLER:PLAINTEXT
inter.broker.listener.name=SASL_SSL
sasl.mechanism.inter.broker.protocol=PLAIN
sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256,SCRAM-SHA-512
listener.name.sasl_ssl.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="$KAFKA_ADMIN_PASSWORD" user_admin="$KAFKA_ADMIN_PASSWORD"$plain_users;
listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;
listener.name.ssl.ssl.client.auth=required
ssl.keystore.type=PEM
ssl.keystore.location=$KAFKA_TLS_DIR/server.pem
ssl.truststore.type=PEM
ssl.truststore.location=$KAFKA_TLS_DIR/ca.crt
PROPS
}

scram_arguments() {
  [ "$KAFKA_SECURITY" = sasl_ssl ] || return 0
  local pair hash
  IFS=',' read -ra pairs <<< "${KAFKA_USERS:-}"
  for pair in "${pairs[@]}"; do
    for hash in SCRAM-SHA-256 SCRAM-SHA-512; do
      printf '%s\n' "--add-scram" "$hash=[name=${pair%%:*},password=${pair#*:}]"
    done
  done
}

write_config() {
  mkdir -p "$RUN"
  umask 077  # the secured config holds passwords
  cat > "$RUN/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
controller.listener.names=CONTROLLER
$(listener_config)
log.dirs=$RUN/data
num.partitions=4
auto.create.topics.enable=true
offsets.topic.replication.factor=1
offsets.topic.num.partitions=4
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=4
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
message.max.bytes=16777216
replica.fetch.max.bytes=16777216
log.retention.hours=168
PROPS
}

start() {
  if running; then echo "kafka.sh: broker already running (pid $(cat "$PIDFILE")) on 127.0.0.1:$KAFKA_PORT"; return 0; fi
  if port_open "$KAFKA_PORT"; then echo "kafka.sh: port $KAFKA_PORT is taken by another process" >&2; exit 1; fi
  command -v java >/dev/null || { echo "kafka.sh: Java 17+ is needed" >&2; exit 1; }
  fetch
  write_config
  local cp; cp="$(classpath)"
  if [ ! -f "$RUN/data/meta.properties" ]; then
    local cluster; cluster="$(java -cp "$cp" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)"
    local scram=(); mapfile -t scram < <(scram_arguments)
    java -cp "$cp" kafka.tools.StorageTool format -t "$cluster" -c "$RUN/server.properties" "${scram[@]}" >"$RUN/format.log" 2>&1 \
      || { cat "$RUN/format.log" >&2; exit 1; }
  fi
  nohup java -Xms256m -Xmx"$KAFKA_HEAP" -XX:+UseG1GC -Djava.awt.headless=true \
      -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
      -Dorg.slf4j.simpleLogger.log.kafka.server.KafkaRaftServer=info \
      -cp "$cp" kafka.Kafka "$RUN/server.properties" >"$LOG" 2>&1 &
  echo $! > "$PIDFILE"
  for _ in $(seq 1 120); do
    if ! running; then echo "kafka.sh: broker exited during start; last log lines:" >&2; tail -20 "$LOG" >&2; exit 1; fi
    if port_open "$KAFKA_PORT" && grep -q "Kafka Server started" "$LOG"; then
      echo "kafka.sh: broker $KAFKA_VERSION up on 127.0.0.1:$KAFKA_PORT (pid $(cat "$PIDFILE"), data $RUN/data)"
      return 0
    fi
    sleep 0.5
  done
  echo "kafka.sh: broker did not accept connections within 60 s" >&2; tail -20 "$LOG" >&2; stop; exit 1
}

stop() {
  if ! running; then rm -f "$PIDFILE"; echo "kafka.sh: broker not running"; return 0; fi
  local pid; pid="$(cat "$PIDFILE")"
  kill -TERM "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then echo "kafka.sh: broker did not stop in 30 s, killing" >&2; kill -KILL "$pid"; fi
  rm -f "$PIDFILE"
  echo "kafka.sh: broker stopped"
}

status() {
  if running && port_open "$KAFKA_PORT"; then echo "kafka.sh: running (pid $(cat "$PIDFILE")) on 127.0.0.1:$KAFKA_PORT"; return 0; fi
  echo "kafka.sh: not running"; return 1
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  restart) stop; start ;;
  reset) stop; rm -rf "$RUN"; echo "kafka.sh: data removed" ;;
  *) echo "usage: $0 fetch|start|stop|status|restart|reset" >&2; exit 2 ;;
esac
