// Messages of the financing and tax rules (scenario/finance-rules.ts). One function a message.

export const financeMessages = {
  principalOrShare: () => 'a loan needs `principal` or `loanToValue` (a share of its cohorts’ capex)',
  principalAndShare: () => 'give `principal` or `loanToValue`, not both',
  unknownCohort: (name: string, names: readonly string[]) =>
    `no cohort is named ${JSON.stringify(name)}; the cohorts are ${names.map((n) => JSON.stringify(n)).join(', ')}`,
  nothingBorrowed: () => 'the loan lends nothing: its cohorts cost nothing, or its principal is 0 USD',
  startAfterHorizon: () => 'the loan is drawn after the end of the horizon',
  startBeforeScenario: (start: string) => `the loan is drawn before the scenario starts (${start})`,
  maturesAfterHorizon: (maturity: string, end: string) =>
    `the loan matures on ${maturity}, after the horizon ends (${end}): set \`balloonAtHorizon: true\` to repay the balance left at the horizon, shorten the term, or lengthen the horizon`,
  collateralWorthless: () =>
    'a margin call needs collateral with a value: `money.salvage.model` is `none`, so the machines would be worth nothing to the lender',
  restoreAboveCovenant: (restore: number, covenant: number) =>
    `\`restoreTo\` (${restore * 100} %) must not exceed the covenant's \`loanToValue\` (${covenant * 100} %)`,
  leasedTwice: (name: string) => `the cohort ${JSON.stringify(name)} is leased twice`,
  leasedAndBorrowed: (name: string) =>
    `the cohort ${JSON.stringify(name)} is leased, so it is not the operation's to pledge: leave it out of the loan's \`cohorts\``,
  leaseAfterHorizon: (end: string, horizon: string) =>
    `the lease ends on ${end}, after the horizon (${horizon}): its remaining payments and buyout would be left out; shorten the term or lengthen the horizon`,
  taxWithoutRate: () => 'a tax rule needs `rate` (the income tax rate, e.g. `21 %`)',
  bonusWithoutShare: () => 'the `bonus` method needs `bonus`, the share expensed in year one (e.g. `100 %`)',
  bonusWithOtherMethod: (method: string) =>
    `\`bonus\` applies to the \`bonus\` method only, not to \`${method}\``,
  coinBasisSellToCover: () =>
    '`coinBasis` follows the coins held under `treasury: hold` (or none, under `sell-daily`); under `sell-to-cover` the coins sold each day are not traced to their basis',
  cohortNamesNotUnique: (name: string) =>
    `two cohorts are named ${JSON.stringify(name)}: loans and leases name cohorts, so give each a distinct \`name\``,
} as const;
