#!/usr/bin/env bash
# Regenerates everything committed under output/: every scenario's Monte Carlo run (with its
# back-test drawn over the fan) and back-test folder, the flagship's tariff x price sweep, and the
# walk-forward calibration study. Deterministic: the same code gives the same files.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build --silent
for f in scenarios/*.yaml; do
  echo "== $f"
  node bin/minesim.mjs run "$f" | tail -n +1
  node bin/minesim.mjs backtest "$f" > /dev/null
done
echo "== sweep"
node bin/minesim.mjs sweep scenarios/north-korea-2017-s9.yaml --paths 2000
echo "== calibration"
node bin/minesim.mjs calibrate
