#!/usr/bin/env bash
# Runs every CellCrm test against real servers: it installs MariaDB and Redis from Debian's packages when
# missing (as root), starts private instances on free loopback ports, runs `dotnet test` on the solution,
# stops the servers and prints "N passed, N failed, N skipped" as its last line.
# Usage: scripts/test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Customers]
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# shellcheck source=servers.sh
. "$root/scripts/servers.sh"

need=()
command -v mariadbd >/dev/null || need+=(mariadb-server)
command -v redis-server >/dev/null || need+=(redis-server)
command -v npm >/dev/null || need+=(npm)
command -v chromium >/dev/null || need+=(chromium)
fc-list 2>/dev/null | grep -qi "noto sans cjk" || need+=(fonts-noto-cjk)
command -v pdfsig >/dev/null || need+=(poppler-utils)  # pdfsig, pdftotext, pdfimages for the PDF tests
need_packages "${need[@]}"

work=$(mktemp -d /tmp/cellcrm-test.XXXXXX)
mysql_port=$(free_port 33306)
redis_port=$(free_port 36379)
cleanup() {
  stop_servers
  rm -rf "$work"
}
trap cleanup EXIT

echo "==> MariaDB on 127.0.0.1:$mysql_port, Redis on 127.0.0.1:$redis_port"
start_mariadb "$mysql_port" --innodb-buffer-pool-size=256M --max-connections=500
sql -e "CREATE USER 'cellcrm'@'127.0.0.1' IDENTIFIED BY 'cellcrm-test'; GRANT ALL PRIVILEGES ON *.* TO 'cellcrm'@'127.0.0.1' WITH GRANT OPTION;" \
  || { cat "$work/mysql.err" >&2; exit 1; }
start_redis "$redis_port"

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
