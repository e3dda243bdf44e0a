#!/usr/bin/env bash
# Runs every CellCrm test against real servers: it installs MariaDB and Redis from Debian's packages when
# missing (as root), starts private instances on free loopback ports, runs `dotnet test` on the solution,
# stops the servers and prints "N passed, N failed, N skipped" as its last line.
# Usage: scripts/test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Customers]
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

need=()
command -v mariadbd >/dev/null || need+=(mariadb-server)
command -v redis-server >/dev/null || need+=(redis-server)
command -v npm >/dev/null || need+=(npm)
command -v chromium >/dev/null || need+=(chromium)
fc-list 2>/dev/null | grep -qi "noto sans cjk" || need+=(fonts-noto-cjk)
command -v pdfsig >/dev/null || need+=(poppler-utils)  # pdfsig, pdftotext, pdfimages for the PDF tests
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing packages: ${need[*]} — install them (apt-get install ${need[*]}) or run as root." >&2
    exit 1
  fi
  echo "==> apt-get install ${need[*]}"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null \
    || { echo "apt-get install failed" >&2; exit 1; }
fi

work=$(mktemp -d /tmp/cellcrm-test.XXXXXX)
free_port() { # first port from $1 that nothing listens on
  local p=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}
mysql_port=$(free_port 33306)
redis_port=$(free_port 36379)
mysql_pid=""
cleanup() {
  [ -n "$mysql_pid" ] && kill "$mysql_pid" 2>/dev/null && wait "$mysql_pid" 2>/dev/null
  [ -f "$work/redis.pid" ] && kill "$(cat "$work/redis.pid")" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

echo "==> MariaDB on 127.0.0.1:$mysql_port, Redis on 127.0.0.1:$redis_port"
user=$(id -un)
mariadb-install-db --no-defaults --datadir="$work/mysql" --user="$user" --auth-root-authentication-method=socket \
  >"$work/mysql-install.log" 2>&1 || { cat "$work/mysql-install.log" >&2; exit 1; }
mariadbd --no-defaults --datadir="$work/mysql" --socket="$work/mysql.sock" --port="$mysql_port" \
  --bind-address=127.0.0.1 --user="$user" --skip-log-bin --innodb-flush-log-at-trx-commit=2 \
  --innodb-buffer-pool-size=256M --max-connections=500 --character-set-server=utf8mb4 \
  --collation-server=utf8mb4_unicode_ci --log-error="$work/mysql.err" &
mysql_pid=$!
for _ in $(seq 1 100); do
  mariadb --no-defaults --socket="$work/mysql.sock" -uroot -e "SELECT 1" >/dev/null 2>&1 && break
  sleep 0.2
done
mariadb --no-defaults --socket="$work/mysql.sock" -uroot -e \
  "CREATE USER 'cellcrm'@'127.0.0.1' IDENTIFIED BY 'cellcrm-test'; GRANT ALL PRIVILEGES ON *.* TO 'cellcrm'@'127.0.0.1' WITH GRANT OPTION;" \
  || { cat "$work/mysql.err" >&2; exit 1; }
redis-server --bind 127.0.0.1 --port "$redis_port" --save '' --appendonly no --daemonize yes \
  --pidfile "$work/redis.pid" --dir "$work" --logfile "$work/redis.log"
for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done

export CELLCRM_TEST_MYSQL="Server=127.0.0.1;Port=$mysql_port;User=cellcrm;Password=cellcrm-test;"
export CELLCRM_TEST_REDIS="127.0.0.1:$redis_port"

echo "==> dotnet test"
dotnet test "$root/CellCrm.sln" --logger "trx" --results-directory "$work/trx" -nologo "$@"
status=$?

passed=0; failed=0; skipped=0
for trx in "$work"/trx/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  total=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* timeout="\([0-9]*\)".*/\1/p' <<<"$counters")
  a=$(sed -n 's/.* aborted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0} + ${a:-0}))
  skipped=$((skipped + ${total:-0} - ${p:-0} - ${f:-0} - ${e:-0} - ${t:-0} - ${a:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1  # a build error or a crashed test host: no test may count as green
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
