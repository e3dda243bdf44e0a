#!/usr/bin/env bash
# Outbox benchmark, first part: generates N pushes (task + outbox message each) and drains them with several
# concurrent sweeps into a local HTTP sink standing in for WeChat; prints messages/s and delivered/lost/duplicated.
# Starts a private MariaDB on loopback unless BENCH_MYSQL (a connection string with a Database) is given.
# Still to come: kill the worker mid-run, restart it, and count again.
# Usage: bench/outbox.sh [count=10000] [nodes=4]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
count=${1:-10000}
nodes=${2:-4}
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

work=$(mktemp -d /tmp/cellcrm-bench.XXXXXX)
mysql_pid=""
cleanup() {
  [ -n "$mysql_pid" ] && kill "$mysql_pid" 2>/dev/null && wait "$mysql_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${BENCH_MYSQL:-}" ]; then
  port=34500
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  user=$(id -un)
  mariadb-install-db --no-defaults --datadir="$work/mysql" --user="$user" --auth-root-authentication-method=socket >"$work/install.log" 2>&1
  mariadbd --no-defaults --datadir="$work/mysql" --socket="$work/mysql.sock" --port="$port" --bind-address=127.0.0.1 \
    --user="$user" --skip-log-bin --innodb-flush-log-at-trx-commit=2 --innodb-buffer-pool-size=256M \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --log-error="$work/mysql.err" &
  mysql_pid=$!
  for _ in $(seq 1 100); do
    mariadb --no-defaults --socket="$work/mysql.sock" -uroot -e "SELECT 1" >/dev/null 2>&1 && break
    sleep 0.2
  done
  mariadb --no-defaults --socket="$work/mysql.sock" -uroot -e \
    "CREATE DATABASE cellcrm_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; CREATE USER 'bench'@'127.0.0.1' IDENTIFIED BY 'bench'; GRANT ALL ON cellcrm_bench.* TO 'bench'@'127.0.0.1';"
  BENCH_MYSQL="Server=127.0.0.1;Port=$port;Database=cellcrm_bench;User=bench;Password=bench;"
fi

export Database__Provider=MySql
export ConnectionStrings__CellCrm="$BENCH_MYSQL"
export Security__DataKey Security__LookupKey
Security__DataKey=$(head -c 32 /dev/urandom | base64 -w0)
Security__LookupKey=$(head -c 32 /dev/urandom | base64 -w0)
dotnet run -c Release --project "$root/bench/OutboxBench" -- "$count" "$nodes"
