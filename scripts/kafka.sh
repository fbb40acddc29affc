#!/usr/bin/env bash
# A local single-node Apache Kafka (KRaft, broker+controller in one process) for development,
# the quickstart and the integration tests.
#   scripts/kafka.sh fetch|start|stop|status|restart
# Settings (environment):
#   KAFKA_VERSION  (4.0.0)   org.apache.kafka:kafka_2.13 version resolved from Maven Central
#   KAFKA_PORT     (9092)    client port on 127.0.0.1; the controller uses KAFKA_PORT+1
#   KAFKA_HOME     (.kafka)  jars, config, data and log live here (git-ignored)
#   KAFKA_HEAP     (512m)
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

write_config() {
  mkdir -p "$RUN"
  cat > "$RUN/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
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
    java -cp "$cp" kafka.tools.StorageTool format -t "$cluster" -c "$RUN/server.properties" >"$RUN/format.log" 2>&1 \
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
