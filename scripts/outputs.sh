#!/usr/bin/env bash
# Regenerates everything committed under output/: every scenario's Monte Carlo run (with its
# back-test drawn over the fan) and, where the shipped history covers its start, its back-test
# folder; the flagship's tariff x price sweep, the loan case's rate sweep, the scenarios re-run
# under the default market models (output/default-models.csv), and the walk-forward calibration study.
# Deterministic: the same code gives the same files. Every command names output/ with --out: left
# to themselves, minesim commands write to runs/, so that no run replaces these committed results.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build --silent
# The shipped history alone: days a developer has imported must not reach the committed results.
MINESIM_DATA=$(mktemp -d)
export MINESIM_DATA
trap 'rm -rf "$MINESIM_DATA"' EXIT
for f in scenarios/*.yaml; do
  name=$(basename "$f" .yaml)
  echo "== $f"
  # The live explorer (explore.html, about 1 MB) is committed for the flagship, which the README
  # links; any other scenario's is one `minesim run` away.
  explorer=--no-explorer
  [ "$name" = north-korea-2017-s9 ] && explorer=
  node bin/minesim.mjs run "$f" --out "output/$name" $explorer
  # 0: the history covers the start; 10: it does not; anything else stops the script.
  covered=0
  node scripts/has-history.mjs "$f" || covered=$?
  if [ "$covered" = 0 ]; then
    node bin/minesim.mjs backtest "$f" --out "output/$name-backtest" > /dev/null
  elif [ "$covered" = 10 ]; then
    echo "   no back-test: the shipped history does not cover the start"
  else
    echo "scripts/has-history.mjs failed on $f (exit $covered)" >&2
    exit 1
  fi
done
echo "== sweep"
node bin/minesim.mjs sweep scenarios/north-korea-2017-s9.yaml --paths 2000 --out output/north-korea-2017-s9-sweep
# The loan case's rate swept: the books' charts (the equity's NPV, P(margin call) and P(default)).
node bin/minesim.mjs sweep scenarios/top-of-market-2021-11-10-loan.yaml --vary "finance.loans[0].rate=4 %..20 %:5" --paths 2000 --out output/top-of-market-2021-11-10-loan-sweep
echo "== default models"
# The README's table of each scenario under the default market models (its models removed).
node scripts/default-models.mjs
echo "== calibration"
node bin/minesim.mjs calibrate --out output/calibration
