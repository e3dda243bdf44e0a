#!/usr/bin/env bash
# Runs both CellCrm apps on the embedded default: SQLite file, in-memory cache, sandboxes for WeChat, WeChat Pay,
# SMS and face verification, and seeded demo data. Everything it creates lives in .run/ (git-ignored).
# Usage: scripts/run.sh            (Ctrl-C stops both apps)
#        BACKOFFICE_PORT=5080 PORTAL_PORT=5090 scripts/run.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
run="$root/.run"
backoffice_port=${BACKOFFICE_PORT:-5080}
portal_port=${PORTAL_PORT:-5090}

for tool in dotnet npm; do
  command -v "$tool" >/dev/null || { echo "缺少 $tool：请先安装 .NET SDK 10 与 Node.js/npm" >&2; exit 1; }
done

mkdir -p "$run/keys" "$run/files" "$run/logs"
# Personal-data keys for this local installation only, made once and never committed.
if [ ! -f "$run/secrets.env" ]; then
  {
    echo "Security__DataKey=$(head -c 32 /dev/urandom | base64 -w0)"
    echo "Security__LookupKey=$(head -c 32 /dev/urandom | base64 -w0)"
  } > "$run/secrets.env"
  chmod 600 "$run/secrets.env"
fi
set -a
# shellcheck disable=SC1091
. "$run/secrets.env"
Database__Provider=Sqlite
ConnectionStrings__CellCrm="Data Source=$run/cellcrm.db"
DataProtection__KeysPath="$run/keys"
Files__Root="$run/files"
WeChatPay__SandboxPath="$run/wechatpay-sandbox"
Outbox__PortalBaseUrl="http://localhost:$portal_port"
ASPNETCORE_ENVIRONMENT=Development
DOTNET_NOLOGO=1
set +a

echo "==> 构建 (npm 前端依赖 + dotnet)…"
dotnet build "$root/CellCrm.sln" -nologo -v q -clp:ErrorsOnly
echo "==> 应用数据库迁移并写入演示数据…"
dotnet run --no-build --no-launch-profile --project "$root/CellCrm.BackOffice" -- migrate --demo >"$run/logs/migrate.log" 2>&1 \
  || { cat "$run/logs/migrate.log" >&2; exit 1; }

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

start() { # name project port
  dotnet run --no-build --no-launch-profile --project "$root/$2" --urls "http://localhost:$3" >"$run/logs/$1.log" 2>&1 &
  pids+=($!)
}
start backoffice CellCrm.BackOffice "$backoffice_port"
start portal CellCrm.Portal "$portal_port"

for port in "$backoffice_port" "$portal_port"; do
  for _ in $(seq 1 120); do
    curl -fs "http://localhost:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -fs "http://localhost:$port/healthz" >/dev/null 2>&1 || { echo "端口 $port 上的应用未能启动，日志见 $run/logs/" >&2; exit 1; }
done

cat <<MSG

CellCrm 已启动（嵌入式默认配置：SQLite、内存缓存、各外部服务为沙箱）
  管理后台 BackOffice:  http://localhost:$backoffice_port
  客户门户 Portal:      http://localhost:$portal_port   (手机视图；沙箱登录)

演示账号（密码均为 cellcrm2026）：
  admin 管理员 · advisor / advisor2 顾问 · leader 组长 · regional 区域经理 · division 分管领导
  service 客服 · expert 医学专家 · specialist 细胞健康专员 · healthmgr 健康管理师 · finance 财务 · warehouse 仓库

日志：$run/logs/   按 Ctrl-C 停止。
MSG
wait
