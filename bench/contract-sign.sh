#!/usr/bin/env bash
# Generates a contract from the contract template and signs it (handwriting, seal, PAdES) N times (default 200) in
# Release after a warm-up; prints p50/p99 ms and size, with rendering the unsigned document as the floor in the same
# run; the last signed sample is checked with pdfsig. Usage: bench/contract-sign.sh [N]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-200}
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
mkdir -p "$root/bench/results"
sample="$root/bench/results/contract-sign-sample.pdf"
dotnet build "$root/bench/contract-sign/ContractSignBench.csproj" -c Release -nologo -v q >/dev/null
dotnet "$root/bench/contract-sign/bin/Release/net10.0/ContractSignBench.dll" "$n" "$sample"
if command -v pdfsig >/dev/null; then
  if pdfsig "$sample" 2>&1 | grep -q "Signature is Valid"; then echo "pdfsig: Signature is Valid"; else echo "pdfsig: signature NOT valid" >&2; exit 1; fi
fi
