#!/usr/bin/env bash
# Notify-storm benchmark (issue 7): ORDERS payment links with paid orders in the payment sandbox; every order's
# TRANSACTION.SUCCESS notify (signed and encrypted as WeChat Pay sends it) is delivered COPIES times at once to the
# portal's /payments/notify, CONCURRENCY requests in flight. Prints notifies/s, p50/p99, the answers, the count of
# double credits (targets: >= 500 notifies/s, 0 double credits) and the ratio to a same-run floor: the same
# anonymous POST with its body read and one indexed read (/bench/notify-floor, mapped only with Bench:Enabled).
# Starts a private MariaDB and Redis on loopback and the portal (Release) with the payment sandbox shared through a
# folder. Usage: bench/payment-notify.sh [orders=200] [copies=5] [concurrency=32]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
orders=${1:-200}
copies=${2:-5}
concurrency=${3:-32}
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# shellcheck source=../scripts/servers.sh
. "$root/scripts/servers.sh"

work=$(mktemp -d /tmp/cellcrm-bench.XXXXXX)
results="$root/bench/results/$(date -u +%Y%m%d-%H%M%S)-notify"   # git-ignored: the profile's SQL log, the portal's log
mkdir -p "$results"
mysql_pid=""
portal_pid=""
cleanup() {
  [ -n "$portal_pid" ] && kill "$portal_pid" 2>/dev/null && wait "$portal_pid" 2>/dev/null
  stop_servers
  [ -f "$work/portal.log" ] && cp "$work/portal.log" "$results/"
  rm -rf "$work"
}
trap cleanup EXIT

echo "load before: $(uptime)"
mysql_port=$(free_port 34700)
start_mariadb "$mysql_port" --innodb-buffer-pool-size=256M --max-connections=500
create_bench_database
redis_port=$(free_port 46479)
start_redis "$redis_port"

export Database__Provider=MySql
export ConnectionStrings__CellCrm="Server=127.0.0.1;Port=$mysql_port;Database=cellcrm_bench;User=bench;Password=bench;Maximum Pool Size=200;"
export ConnectionStrings__Redis="127.0.0.1:$redis_port"
export Security__DataKey Security__LookupKey
Security__DataKey=$(head -c 32 /dev/urandom | base64 -w0)
Security__LookupKey=$(head -c 32 /dev/urandom | base64 -w0)
export WeChatPay__SandboxPath="$work/paysandbox"   # the portal and the seeder share the sandbox's keys and orders
export Files__Root="$work/files"

echo "==> dotnet build -c Release"
dotnet build "$root/CellCrm.Portal/CellCrm.Portal.csproj" -c Release -nologo -v q -clp:ErrorsOnly
dotnet build "$root/bench/PaymentNotifyBench" -c Release -nologo -v q -clp:ErrorsOnly
bench="$root/bench/PaymentNotifyBench/bin/Release/net10.0/PaymentNotifyBench"
"$bench" seed "$orders" "$work/notifies.json"

portal_port=$(free_port 35090)
(cd "$root/CellCrm.Portal" && Bench__Enabled=true ASPNETCORE_URLS="http://127.0.0.1:$portal_port" ASPNETCORE_ENVIRONMENT=Production \
  Logging__LogLevel__Default=Warning exec dotnet "$root/CellCrm.Portal/bin/Release/net10.0/CellCrm.Portal.dll") >"$work/portal.log" 2>&1 &
portal_pid=$!
base="http://127.0.0.1:$portal_port"
for _ in $(seq 1 150); do curl -sf "$base/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
curl -sf "$base/healthz" >/dev/null || { echo "portal did not start:" >&2; tail -20 "$work/portal.log" >&2; exit 1; }

echo "==> where a notify's time goes (in-process, one at a time, 20 more orders)"
sql -e "SET GLOBAL log_output = 'FILE', general_log_file = '$results/profile-queries.log', general_log = 1"
"$bench" profile "$work/notifies.json.profile"
sql -e "SET GLOBAL general_log = 0"
echo "==> warm-up (floor twice, 20 orders' notifies)"
"$bench" storm "$work/notifies.json" "$base/bench/notify-floor" "$copies" "$concurrency" >/dev/null
"$bench" storm "$work/notifies.json" "$base/bench/notify-floor" "$copies" "$concurrency" >/dev/null
"$bench" storm "$work/notifies.json.warm" "$base/payments/notify" "$copies" "$concurrency" >/dev/null
echo "load at start: $(uptime)"
echo "==> floor  (POST $base/bench/notify-floor)"
floor=$("$bench" storm "$work/notifies.json" "$base/bench/notify-floor" "$copies" "$concurrency"); echo "$floor"
echo "==> notify (POST $base/payments/notify)"
notify=$("$bench" storm "$work/notifies.json" "$base/payments/notify" "$copies" "$concurrency"); echo "$notify"
echo "load at end: $(uptime)"
rate() { sed -E 's/.*: ([0-9]+) notifies\/s.*/\1/' <<<"$1"; }
awk -v n="$(rate "$notify")" -v f="$(rate "$floor")" 'BEGIN { printf "notify rate = %.0f%% of the floor (%d vs %d /s)\n", 100 * n / f, n, f }'
"$bench" report "$orders"
if grep -q "Payment notify refused\|could not be recorded" "$work/portal.log"; then
  echo "portal log (refused or failed notifies):"; grep "Payment notify refused\|could not be recorded" "$work/portal.log" | head -5
fi
