#!/usr/bin/env bash
# Renders and signs a contract-sized PDF N times (default 200) in Release after a warm-up and prints p50/p99 ms
# and size, with rendering alone as the floor in the same run; the last signed sample is checked with pdfsig.
# Usage: bench/pdf-contract.sh [N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-200}
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
mkdir -p "$root/bench/results"
sample="$root/bench/results/pdf-contract-sample.pdf"
dotnet build "$root/bench/pdf-contract/PdfContractBench.csproj" -c Release -nologo -v q >/dev/null
dotnet "$root/bench/pdf-contract/bin/Release/net10.0/PdfContractBench.dll" "$n" "$sample"
if command -v pdfsig >/dev/null; then
  if pdfsig "$sample" 2>&1 | grep -q "Signature is Valid"; then echo "pdfsig: Signature is Valid"; else echo "pdfsig: signature NOT valid" >&2; exit 1; fi
fi
