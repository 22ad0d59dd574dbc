// The commented starter scenario that `minesim init` writes.

/**
 * `historyEnd`: the last day of the Bitcoin history in use, said beside the start with what a start
 * more than 31 days past it must give (validation refuses it otherwise, naming each).
 */
export function starterScenario(name: string, schemaPath: string, historyEnd?: string): string {
  const pastHistory =
    historyEnd === undefined
      ? ''
      : `# The bitcoin history in use ends on ${historyEnd}. A start more than 31 days after it (today,
# say) gives what the history would: price.start, network.difficulty (or network.hashrate), a
# fees.model, and a price.model and network.model with their drift and volatility; minesim
# validate names each with a figure to start from. Or bring newer days: minesim data fetch.
`;
  return `# yaml-language-server: $schema=${schemaPath}
# A minesim scenario. Every field is described in docs/scenario-reference.md; values take units
# (13.5 TH/s, 1323 W, 0.05 USD/kWh, 2400 USD, 18 months, 5 %). Check it with: minesim validate <file>

name: ${name}
description: >
  What this investment is, and where each assumption comes from.
coin: bitcoin                # bitcoin or monero
start: 2021-01-01            # first simulated day (UTC)
${pastHistory}horizon: 3 years

fleet:
  - model: Antminer S19 Pro  # from the hardware catalog (data/asic-models.csv); hashrate/power may be overridden
    count: 10
    unitPrice: 2500 USD      # per unit, as paid to the seller
    importPremium: 10 %      # shipping, duties, middlemen
    deploymentDelay: 14 days # purchase to first hash
    failureRate: 5 %         # units lost per year
    degradation: 2 %         # hashrate lost per year
    uptime: 97 %

power:
  price: 0.06 USD/kWh        # or { schedule: [...] } or { expression: "0.05 + 0.02 * sin(2 * pi * t / 365)" }
  pue: 1.05                  # cooling overhead

costs:
  poolFee: 2 %
  maintenance: 5 USD/month   # per unit

# No price or network model named: minesim's default, the calibration study's choice (a mixture of
# the block bootstrap and the GARCH-t price weighted by their forecast scores, and a stochastic
# network calibrated on the year before the start; output/calibration/coverage.md). To name one:
# price:
#   model: { type: gbm, calibrate: 2 years }     # drift and volatility from the two years before the start
# network:
#   model: { type: growth, calibrate: 1 year }   # hashrate growth estimated from the year before the start

treasury: sell-daily         # sell-daily, hold or sell-to-cover
operation: always-on         # or shutdown-when-unprofitable

money:
  discountRate: 10 %

monteCarlo:
  paths: 10000
  seed: 1

claims:
  - payback <= 2 years       # "pays back within two years" (more likely than not)
`;
}
