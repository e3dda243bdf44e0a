# Shared by scripts/test.sh and bench/*.sh (sourced, not run): installing what is missing, free loopback ports, and
# private MariaDB and Redis servers whose files live in the caller's scratch folder $work.

# need_packages package...: installs them with apt-get (as root), or stops the script saying what is missing.
need_packages() {
  [ $# -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing packages: $* — install them (apt-get install $*) or run as root." >&2
    exit 1
  fi
  echo "==> apt-get install $*"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null \
    || { echo "apt-get install failed" >&2; exit 1; }
}

free_port() { # first port from $1 that nothing listens on
  local p=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done
  echo "$p"
}

sql() { mariadb --no-defaults --socket="$work/mysql.sock" -uroot "$@"; }

# start_mariadb port [mariadbd option...]: a fresh server on 127.0.0.1:port (root by socket only, see sql), with
# its pid in $mysql_pid; returns once it answers.
start_mariadb() {
  local port=$1 user
  shift
  user=$(id -un)
  mariadb-install-db --no-defaults --datadir="$work/mysql" --user="$user" --auth-root-authentication-method=socket \
    >"$work/mysql-install.log" 2>&1 || { cat "$work/mysql-install.log" >&2; exit 1; }
  mariadbd --no-defaults --datadir="$work/mysql" --socket="$work/mysql.sock" --port="$port" \
    --bind-address=127.0.0.1 --user="$user" --skip-log-bin --innodb-flush-log-at-trx-commit=2 \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --log-error="$work/mysql.err" "$@" &
  mysql_pid=$!
  for _ in $(seq 1 100); do
    sql -e "SELECT 1" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "MariaDB did not start:" >&2
  tail -20 "$work/mysql.err" >&2
  exit 1
}

# start_redis port: a fresh in-memory server on 127.0.0.1:port; returns once it answers.
start_redis() {
  redis-server --bind 127.0.0.1 --port "$1" --save '' --appendonly no --daemonize yes \
    --pidfile "$work/redis.pid" --dir "$work" --logfile "$work/redis.log"
  for _ in $(seq 1 50); do redis-cli -p "$1" ping >/dev/null 2>&1 && break; sleep 0.1; done
}

# stop_servers: for the caller's EXIT trap, before it removes $work.
stop_servers() {
  [ -n "${mysql_pid:-}" ] && kill "$mysql_pid" 2>/dev/null && wait "$mysql_pid" 2>/dev/null
  [ -f "$work/redis.pid" ] && kill "$(cat "$work/redis.pid")" 2>/dev/null
  return 0
}

# create_bench_database: database cellcrm_bench for user bench (password bench), as the bench programs expect.
create_bench_database() {
  sql -e "CREATE DATABASE cellcrm_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER 'bench'@'127.0.0.1' IDENTIFIED BY 'bench'; GRANT ALL ON cellcrm_bench.* TO 'bench'@'127.0.0.1';" \
    || { cat "$work/mysql.err" >&2; exit 1; }
}
