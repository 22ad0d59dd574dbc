// Messages of hosting contracts and curtailment credits: the rules that span their fields.
// One function a message; see shown.ts.

export const contractMessages = {
  /** `power.hosting` written as an energy price (`0.07 USD/kWh`): the all-in contract it means. */
  hostingPerKwh: (written: string) =>
    `a rate per kWh that pays for power and hosting together is the all-in contract: write \`power.hosting: { basis: all-in, rate: ${written} }\` with \`power.price: 0 USD/kWh\` (or a fee per kW a month, like \`10 USD/kW/month\`, beside the tariff)`,
  allInWithTariff: () =>
    'an all-in hosting rate already pays for the power: set power.price to 0 USD/kWh, or use `basis: per-kw` with a fee per kW a month (like `rate: 10 USD/kW/month`) to pay the two apart',
  depositWithoutTerm: () =>
    'a deposit is refunded when the contract ends: give power.hosting.term (e.g. `3 years`)',
  depositOnDefaultWithoutDeposit: () =>
    'depositOnDefault says what becomes of a deposit on a default, and this contract has none: give power.hosting.deposit (e.g. `2 months`), or leave depositOnDefault out',
  depositOnDefaultOnRevenueShare: () =>
    'a revenue share takes no deposit, so depositOnDefault has nothing to say: leave it out',
  depositOnRevenueShare: () =>
    'a revenue share has no fixed fee to count months of: a deposit in months of fees needs `basis: per-kw` or `all-in`',
  waterfallWithoutCapex: () =>
    'a waterfall changes the split once the capex is recovered, and this fleet costs nothing: give power.hosting.waterfall.capex (USD)',
  minimumUptimeMetered: () =>
    'a metered fee already follows the power drawn, so there is nothing to credit: minimumUptime applies to `on: nameplate` only',
  curtailmentBeyondUptime: (cohort: string, budgetShare: string, uptime: string, most: string) =>
    `the curtailment budget is ${budgetShare} of the time, and it is downtime: ${cohort} has uptime ${uptime}; set its uptime to at most ${most} or lower the budget`,
};
