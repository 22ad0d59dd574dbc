// Messages about claims (`payback > 1 year`). One function a message; see shown.ts.
import { DOUBLE_DIGITS, largeFigure } from './shown.js';

/**
 * A number as a message shows it: in thousands (without them where `grouped` is false) below 1e15,
 * from there in the exponent form every display writes (`3.6525e302`, not `3.6525e+302`), to the
 * 15 digits a double holds: a figure the message tells the analyst to write keeps its digits.
 */
function figure(n: number, grouped = true): string {
  return (
    largeFigure(n, DOUBLE_DIGITS) ??
    n.toLocaleString('en-US', { maximumFractionDigits: 10, useGrouping: grouped })
  );
}

export const claimMessages = {
  /**
   * `splitAtComma`: the text starts with a digit, as the rest of a claim cut at a thousands
   * separator in a YAML list in brackets does (`[npv > 1,000 USD]` is `npv > 1` and `000 USD`).
   */
  unparsable: (splitAtComma = false) =>
    (splitAtComma
      ? 'a claim starts with its event, not a number: in a list in brackets a comma ends a claim, so `[npv > 1,000 USD]` is two claims, `npv > 1` and `000 USD`; write the claims one a line (`- npv > 1,000 USD`) or the number without its comma; '
      : '') +
    'expected a claim like `payback > 2 years`, `P(payback <= 1 year) >= 0.9`, `P(npv > 0) >= 0.5` or `P(default) < 10 %` (metrics: payback, npv, net, roi, irr; with `finance`: equity payback, equity npv, equity irr, after-tax npv, after-tax irr, and the events margin call and default; comparisons: <, <=, >, >=, or ≤, ≥)',
  /**
   * A claim's number with a comma that groups no thousands (`got`: `1,5 y`): a decimal comma, or
   * digits grouped wrongly; `point`: it with a decimal point (null where it has several commas),
   * `bare`: without its commas (null where it is a 0 before a decimal comma, `0,5`).
   */
  commaInNumber: (got: string, point: string | null, bare: string | null) => {
    const pointed = point === null ? null : `\`${point}\` with a decimal point`;
    const unseparated = bare === null ? null : `\`${bare}\` without the comma${point === null ? 's' : ''}`;
    const advice = [pointed, unseparated].filter((a) => a !== null).join(', or ');
    return `a comma in a number separates thousands only, three digits after each (\`1,000\`): write ${advice} (got ${JSON.stringify(got)})`;
  },
  badProbability: (text: string) =>
    `the probability must be between 0 and 1, like 0.5 or 50 % (got ${JSON.stringify(text)})`,
  /** A bare probability of 1 or more: a percentage written without its `%`, or 1 as in 100 % or 1 %? */
  bareProbability: (text: string, value: number) =>
    `a bare number as a probability is a share of 1 (0.5 is 50 %), so ${text} ${
      value === 1 ? 'could be 100 % or 1 %' : 'reads as a percentage without its %'
    }: write it with %, like ${value === 1 ? `\`100 %\` or \`${text} %\`` : `\`${text} %\``} (got ${JSON.stringify(text)})`,
  badValue: (metric: string, detail: string) => `the ${metric} threshold: ${detail}`,
  probabilityValue: (detail: string) => `the probability: ${detail}`,
  /**
   * A bare ROI or IRR of 1 or more in size: `irr > 10` is 10 % as an analyst says it, 1,000 % as a
   * fraction. `written` is the number as written.
   */
  bareFraction: (metric: string, op: string, written: string) => {
    const name = metric.replaceAll('-', ' ').replace('after tax', 'after-tax');
    // No thousands separator: in a YAML list written in brackets a comma starts the next claim.
    const percent = figure(Number((Number(written.replaceAll(',', '')) * 100).toPrecision(12)), false);
    return `a bare ${written} could be ${written} % or ${percent} % (${written} as a fraction, where 0.1 is 10 %): write it with %, \`${name} ${op} ${written} %\` or \`${name} ${op} ${percent} %\` (got ${JSON.stringify(written)})`;
  },
  /** A bare payback time other than 0. */
  bareDuration: (written: string) =>
    `a bare ${written} could be days, months or years: write its unit, like \`${written} days\`, \`${written} months\` or \`${written} years\` (got ${JSON.stringify(written)})`,
  negativeDuration: (written: string) =>
    `a payback time is 0 or more, counted from the start (got ${JSON.stringify(written)})`,
  /** An IRR written a month or a day: compounded to a year or not, the reader cannot tell. */
  irrPerPeriod: (written: string) =>
    `an IRR is a rate a year, compounded: write it a year, like \`10 %\` or \`10 %/year\` (1 %/month is 12.68 % a year compounded, 12 % not) (got ${JSON.stringify(written)})`,
  /** `longest`: the longest horizon a scenario takes; a claim past it cannot be judged by any run. */
  beyondHorizon: (
    thresholdDays: number,
    horizonDays: number,
    lastDay = Math.floor(thresholdDays),
    longest?: { days: number; shown: string },
  ) => {
    // A time t counts the paths paid back by day `lastDay` (day 0 is the start), floor(t) with <= or
    // >, ceil(t) - 1 with < or >= (scenario/payback-horizon.ts paybackClaimDay): that day must be simulated.
    const t = figure(Number(thresholdDays.toFixed(2)));
    const advice =
      longest === undefined || lastDay + 1 <= longest.days
        ? `lengthen \`horizon\` to at least ${figure(lastDay + 1)} days, or claim a time within the horizon`
        : `no horizon reaches that day (a horizon is at most ${longest.shown}, ${figure(longest.days)} days): claim a time within the horizon`;
    return `the claim's payback time, ${t} ${t === '1' ? 'day' : 'days'}, counts the paths paid back by day ${figure(lastDay)}, past the ${figure(horizonDays)}-day horizon (day 0 to day ${figure(horizonDays - 1)}): a path not paid back by then may pay back before that time or after, so the run cannot judge it; ${advice}`;
  },
  irrBeyondSearch: () =>
    'an IRR claim must stay within the annual rates minesim searches, -99.99 % to 100,000,000 % (-0.9999 to 1e6): a path whose IRR lies beyond them is known only to be at or beyond the bound, so the run cannot tell which side of a threshold past it the path is, nor whether it reaches the bound itself (a path at -99.99 % may have no rate at all); claim a rate within them (at the bounds, `irr <= -99.99 %`, `irr > -99.99 %`, `irr >= 100000000 %` and `irr < 100000000 %` can be judged)',
  equityWithoutFinance: (metric: string) =>
    `\`${metric}\` is about the equity, after debt service, leases, hedges and tax, but the scenario has no \`finance\`: the equity is the project; claim the project's measure (without \`equity\`) or add loans, leases, hedges or tax under \`finance\``,
  hedgesWithoutHedges: () =>
    "`hedges net` is about the hedges' settlements, but the scenario has no `finance.hedges`: add the hedges to test, or leave out the claim",
  afterTaxWithoutTax: (metric: string) =>
    `\`${metric}\` is about the project after tax, but the scenario states no tax: add \`finance.tax\` (its rate and rule) or claim the measure before tax`,
  flagWithoutCovenant: (event: string) =>
    `a ${event} needs a loan with a covenant: add \`finance.loans\` with a \`marginCall\`, or drop the claim (no path of this scenario can have one)`,
  /** The Claims table's interval cell of a share the rule decides (report/claim-figures.ts): no Monte Carlo error. */
  byRuleInterval: 'decided by the rule',
  /** The share of a claim judged over no path (none of its paths has a value of the measure). */
  noPathShare: 'none (no path judged)',
};
