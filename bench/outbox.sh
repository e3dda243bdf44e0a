#!/usr/bin/env bash
# Outbox benchmark (issue 4): generates N pushes (task + outbox message each), starts a worker process that drains them
# with several concurrent sweeps through the real WeChat client into the fake WeChat server (another process), kills
# the worker with SIGKILL once a third has been delivered, starts a new worker, and prints messages/s, sends received,
# delivered, lost, repeated sends dropped by client_msg_id, and the machine's load average.
# Starts a private MariaDB on loopback unless BENCH_MYSQL (a connection string with a Database) is given.
# BENCH_KILL=0 drains without the kill (steady throughput). Outbox__BatchSize / Outbox__SendParallelism tune the worker.
# The bench processes JIT fully optimised code at once (see OutboxBench.csproj); BENCH_TIERED=1 uses .NET's default
# tiered compilation instead.
# Usage: bench/outbox.sh [count=10000] [nodes=4]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-10000}
nodes=${2:-4}
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# shellcheck source=../scripts/servers.sh
. "$root/scripts/servers.sh"

work=$(mktemp -d /tmp/cellcrm-bench.XXXXXX)
mysql_pid=""
cleanup() {
  stop_servers
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${BENCH_MYSQL:-}" ]; then
  port=$(free_port 34500)
  start_mariadb "$port" --innodb-buffer-pool-size=256M
  create_bench_database
  BENCH_MYSQL="Server=127.0.0.1;Port=$port;Database=cellcrm_bench;User=bench;Password=bench;"
fi

export Database__Provider=MySql
export ConnectionStrings__CellCrm="$BENCH_MYSQL"
export Security__DataKey Security__LookupKey
Security__DataKey=$(head -c 32 /dev/urandom | base64 -w0)
Security__LookupKey=$(head -c 32 /dev/urandom | base64 -w0)
export Outbox__Lease=00:00:05   # a killed worker's claims run out quickly
bin="$root/bench/OutboxBench/bin/Release/net10.0/OutboxBench"
dotnet build -c Release -nologo -v q "$root/bench/OutboxBench" >/dev/null
[ "${BENCH_TIERED:-0}" = 1 ] && export DOTNET_TieredCompilation=1

wechat_port=$(free_port 34600)
wechat="http://127.0.0.1:$wechat_port"
"$bin" wechat "$wechat_port" >/dev/null 2>&1 & wechat_pid=$!
trap 'kill $wechat_pid 2>/dev/null; cleanup' EXIT
for _ in $(seq 1 50); do curl -sf "$wechat/fake/stats" >/dev/null 2>&1 && break; sleep 0.2; done
delivered() { curl -sf "$wechat/fake/stats" | sed -E 's/.*"delivered":([0-9]+).*/\1/'; }

"$bin" generate "$count"
echo "load before the drain: $(uptime | sed 's/.*load average/load average/')"
# CPU seconds each process spends on the drain: load-independent, unlike messages/s on shared cores.
hz=$(getconf CLK_TCK)
cpu() { [ -n "$1" ] && awk -v hz="$hz" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat" 2>/dev/null || echo 0; }
wechat_cpu0=$(cpu "$wechat_pid"); mysql_cpu0=$(cpu "$mysql_pid"); worker1_cpu=0

start=$(date +%s.%N)
if [ "${BENCH_KILL:-1}" = 0 ]; then
  "$bin" drain "$nodes" "$wechat" | tail -1 | tee "$work/drain2.log"
else
  "$bin" drain "$nodes" "$wechat" > "$work/drain1.log" 2>&1 & worker=$!
  while :; do
    d=$(delivered)
    [ "${d:-0}" -ge $((count / 3)) ] && break
    kill -0 "$worker" 2>/dev/null || break
    sleep 0.05
  done
  worker1_cpu=$(cpu "$worker")
  kill -9 "$worker" 2>/dev/null || true
  wait "$worker" 2>/dev/null || true
  killed=$(date +%s.%N)
  d=$(delivered)
  awk -v d="$d" -v s="$start" -v k="$killed" 'BEGIN { printf "worker killed (SIGKILL) after %d deliveries in %.1f s (%.0f messages/s, process start included); starting a new one\n", d, k - s, d / (k - s) }'
  "$bin" drain "$nodes" "$wechat" | tail -1 | tee "$work/drain2.log"
fi
end=$(date +%s.%N)
awk -v c="$count" -v s="$start" -v e="$end" 'BEGIN { printf "total %.1f s from the first worker'"'"'s start (kill, restart and lease wait included): %.0f messages/s\n", e - s, c / (e - s) }'
echo "load after the drain: $(uptime | sed 's/.*load average/load average/')"
worker2_cpu=$(sed -E 's/.*cpu ([0-9.]+) s.*/\1/' "$work/drain2.log")
awk -v c="$count" -v w1="$worker1_cpu" -v w2="$worker2_cpu" -v f0="$wechat_cpu0" -v f1="$(cpu "$wechat_pid")" \
    -v m0="$mysql_cpu0" -v m1="$(cpu "$mysql_pid")" 'BEGIN {
  w = w1 + w2; f = f1 - f0; m = m1 - m0; t = w + f + m
  printf "cpu: workers %.1f s, fake WeChat %.1f s, MariaDB %.1f s = %.2f ms per message (two idle cores: ~%.0f messages/s)\n", w, f, m, 1000 * t / c, 2 * c / t }'
"$bin" report "$count" "$wechat"
