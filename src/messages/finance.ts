// Messages of the financing and tax rules (scenario/finance-rules.ts). One function a message.

import { DOUBLE_DIGITS, exponentForm, largeFigure } from './shown.js';

/** A fraction as the percentage a user wrote, without a double's noise: 0.57 is `57 %`, not `57.00000000000001 %`. */
const percent = (fraction: number) => `${Number((fraction * 100).toPrecision(12))} %`;

/** A duration in days as a message shows it (at most two decimals). */
const inDays = (days: number) => `${Number(days.toFixed(2))} days`;

/** The term to give for a contract to end within the horizon: `months` at most, when one fits. */
export const shortenTo = (months: number) =>
  months >= 1 ? `shorten the term to at most ${months} month${months === 1 ? '' : 's'}` : undefined;

/**
 * What to change, besides the horizon, for a contract to end within it: shorten its term when a
 * month fits, else start it earlier (`earlier`, the advice; undefined when it starts on the
 * scenario's first day, before which there is nothing).
 */
export const termChange = (months: number, earlier: string | undefined) => shortenTo(months) ?? earlier;

/** A margin call's default would stop the leased cohort too, which the lender has no claim on. */
const withoutMarginCall =
  " and leave out `marginCall` (its default would end the leased cohort's flows too, which the lender has no claim on)";

/**
 * Cohort names as a YAML flow sequence a scenario can take as written: a name YAML would read
 * otherwise (a comma, a colon, a bracket, a leading quote or sign) is quoted.
 */
const cohortList = (names: readonly string[]) =>
  `[${names.map((n) => (/^[A-Za-z0-9_][A-Za-z0-9 _.()/+-]*$/.test(n) && !/ $/.test(n) ? n : JSON.stringify(n))).join(', ')}]`;

export const financeMessages = {
  /** A loan's key for a grace period (interest only, or nothing, for its first months), which minesim has not. */
  noGracePeriod: (key: string) =>
    `unknown key ${JSON.stringify(key)}: minesim's loans have no grace period; a loan pays from its first month, interest and principal (\`repayment: amortizing\`) or interest alone with the principal at maturity (\`repayment: bullet\`); leave it out, or compare the two`,
  principalOrShare: () => 'a loan needs `principal` or `loanToValue` (a share of its cohorts’ capex)',
  principalAndShare: () => 'give `principal` or `loanToValue`, not both',
  unknownCohort: (name: string, names: readonly string[]) =>
    `no cohort is named ${JSON.stringify(name)}; the cohorts are ${names.map((n) => JSON.stringify(n)).join(', ')}`,
  nothingBorrowed: () => 'the loan lends nothing: its cohorts cost nothing, or its principal is 0 USD',
  startAfterHorizon: () => 'the loan is drawn after the end of the horizon',
  startBeforeScenario: (start: string) => `the loan is drawn before the scenario starts (${start})`,
  /** `startsLater`: drawn after the scenario's first day, so it could be drawn earlier. */
  maturesAfterHorizon: (maturity: string, end: string, longest: number, startsLater = true) =>
    `the loan matures on ${maturity}, after the horizon ends (${end}): set \`balloonAtHorizon: true\` to repay the balance left at the horizon, ${termChange(longest, startsLater ? 'draw it earlier' : undefined)?.concat(', ') ?? ''}or lengthen the horizon`,
  /**
   * `others`: the cohorts outside the loan's; `leased`: whether one of them is leased; `otherLoan`:
   * one of them pledged to another loan (its cohort and index), so the whole fleet is not this loan's to pledge.
   */
  marginCallOnPartOfFleet: (
    pledged: readonly string[],
    others: readonly string[],
    leased: boolean,
    otherLoan?: { cohort: string; loan: number },
  ) =>
    `a margin call the owners cannot meet is a default, which in minesim ends the whole operation's flows (the lender takes the machines, the equity keeps its cash and coins); this loan is secured on ${pledged.map((n) => JSON.stringify(n)).join(', ')} only, so a default would also stop ${others.map((n) => JSON.stringify(n)).join(', ')}, which the lender has no claim on: ${leased ? 'a leased cohort cannot be pledged, so ' : otherLoan !== undefined ? `${JSON.stringify(otherLoan.cohort)} is pledged to \`finance.loans[${otherLoan.loan}]\` (a cohort secures one loan), so ` : 'secure the loan on the whole fleet (leave out `cohorts`), or '}leave out \`marginCall\``,
  collateralWorthless: () =>
    'a margin call needs collateral with a value: `money.salvage.model` is `none`, so the machines would be worth nothing to the lender',
  restoreAboveCovenant: (restore: number, covenant: number) =>
    `\`restoreTo\` (${percent(restore)}) must not exceed the covenant's \`loanToValue\` (${percent(covenant)})`,
  testedLessThanOnceATerm: (everyDays: number, termDays: number) =>
    `\`testEvery\` (${inDays(everyDays)}) is longer than the loan's \`term\` (${inDays(termDays)}): the covenant would be tested only on the drawdown day; test it at least once a term, or leave out \`marginCall\``,
  leasedTwice: (name: string) => `the cohort ${JSON.stringify(name)} is leased twice`,
  /** `marginCall`: the loan has one, which a loan beside a lease cannot (marginCallOnPartOfFleet). */
  leasedAndBorrowed: (name: string, marginCall = false) =>
    `the cohort ${JSON.stringify(name)} is leased, so it is not the operation's to pledge: leave it out of the loan's \`cohorts\`${marginCall ? withoutMarginCall : ''}`,
  /**
   * A loan without `cohorts` (the whole fleet) beside a lease: `others` are the cohorts it could be
   * on; `marginCall` as leasedAndBorrowed's.
   */
  leasedInWholeFleet: (name: string, others: readonly string[], marginCall = false) =>
    `the loan has no \`cohorts\`, so it is on the whole fleet, and the cohort ${JSON.stringify(name)} is leased, so it is not the operation's to pledge: ${others.length > 0 ? `give the loan's \`cohorts\` without it (\`cohorts: ${cohortList(others)}\`)${marginCall ? withoutMarginCall : ''}` : 'every cohort is leased, so the loan has nothing to be on: leave it out'}`,
  /** `startsLater`: the cohort is bought after the scenario's first day, so it could be bought earlier. */
  leaseAfterHorizon: (end: string, horizon: string, longest: number, startsLater = true) =>
    `the lease ends on ${end}, after the horizon (${horizon}): its remaining payments and buyout would be left out; ${termChange(longest, startsLater ? 'buy the cohort earlier' : undefined)?.concat(' or ') ?? ''}lengthen the horizon`,
  taxWithoutRate: () => 'a tax rule needs `rate` (the income tax rate, e.g. `21 %`)',
  bonusWithoutShare: () => 'the `bonus` method needs `bonus`, the share expensed in year one (e.g. `100 %`)',
  bonusWithOtherMethod: (method: string) =>
    `\`bonus\` applies to the \`bonus\` method only, not to \`${method}\``,
  cohortNamesNotUnique: (name: string) =>
    `two cohorts are named ${JSON.stringify(name)}: loans and leases name cohorts, so give each a distinct \`name\``,
  startBeforePurchase: (start: string, bought: string) =>
    `the loan is drawn on ${start}, before its machines are bought (${bought}): an ASIC-backed loan is secured on machines the operation owns; draw it on or after the purchase (leave out \`start\` to draw it on the purchase day)`,
  startAfterMachinesGone: (start: string, gone: string) =>
    `the loan is drawn on ${start}, when its machines are already gone (retired or stranded by ${gone}): there is nothing to secure it on`,
  leaseOutlivesCohort: (end: string, life: string, sold: boolean) =>
    `the lease runs to ${end}, after its cohort's machines are ${sold ? 'retired' : 'stranded by a change of proof of work'} (${life}): a lease cannot be longer than the machines' life; shorten the term or move \`retire\``,
  pledgedTwiceInLoan: (name: string) =>
    `the cohort ${JSON.stringify(name)} is named twice in the loan's \`cohorts\``,
  pledgedToTwoLoans: (name: string, other: number) =>
    `the cohort ${JSON.stringify(name)} is already pledged to \`finance.loans[${other}]\`: each loan's covenant would count the same machines as its collateral; give each loan its own cohorts`,
  collateralGoneBeforeMaturity: (gone: string, maturity: string) =>
    `the loan's machines are gone (retired or stranded) by ${gone}, before it matures on ${maturity}: its covenant would find no collateral and call the whole balance; shorten the term, move \`retire\`, or drop \`marginCall\``,
  breachedAtDrawdown: (
    date: string,
    principal: number,
    collateral: number,
    covenant: number,
    share: number | undefined,
    capex: number,
  ) => {
    const pct = (v: number) => `${Number((v * 100).toFixed(2))} %`;
    // What to give is rounded to its safe side, to the hundredth of a percent or the dollar: a
    // share or an amount at most down, a covenant at least up (rounded to the nearest, 22.82 % of
    // the capex lent more than the covenant's 29 % allowed, and was refused again). A figure is
    // then checked as the rule checks it, the principal against covenant x collateral in doubles,
    // and moved a hundredth further while that would refuse it: at 23.44 % of 2,000 USD against
    // 29.3 % of 1,600 USD the two sides are one number in decimals, and the doubles refuse it.
    const limitUsd = covenant * collateral;
    const hundredths = (v: number) => `${Number((v / 100).toFixed(2))} %`;
    const shareDown = (v: number) => {
      let k = Math.floor(v * 1e4 + 1e-7);
      while (k > 0 && (k / 1e4) * capex > limitUsd) k--;
      return hundredths(k);
    };
    const covenantUp = (v: number) => {
      let k = Math.ceil(v * 1e4 - 1e-7);
      while (principal > (k / 1e4) * collateral) k++;
      return hundredths(k);
    };
    // From 1e15 to the 15 digits a double holds, in exponent form (shown.ts largeFigure); an amount
    // at most rounded down to them, so that it stays at most.
    const usd = (v: number) =>
      `${largeFigure(Math.round(v), DOUBLE_DIGITS) ?? Math.round(v).toLocaleString('en-US')} USD`;
    const usdDown = (v: number) => {
      const whole = Math.floor(v);
      if (largeFigure(whole, DOUBLE_DIGITS) === undefined) return `${whole.toLocaleString('en-US')} USD`;
      const step = 10 ** (Math.floor(Math.log10(whole)) - (DOUBLE_DIGITS - 1));
      let down = Number(whole.toPrecision(DOUBLE_DIGITS));
      if (down > whole) down = Number((down - step).toPrecision(DOUBLE_DIGITS));
      return `${exponentForm(down, DOUBLE_DIGITS)} USD`;
    };
    const head = `the loan starts in breach of its own covenant: on its drawdown day (${date}) it lends ${usd(principal)} against machines worth at most ${usd(collateral)} to the lender (their salvage value, \`money.salvage\`)`;
    const tail =
      'the margin call, and a default if it cannot be met, would come on the day the loan is drawn';
    if (!(collateral > 0))
      return `${head}, which no covenant can allow; ${tail}. Value the machines above 0 (\`money.salvage.fraction\`), or leave out \`marginCall\``;
    const ltv = principal / collateral;
    const most =
      share === undefined ? '' : ` (\`loanToValue\` at most ${shareDown((share * limitUsd) / principal)})`;
    const raise = ltv <= 1 ? `, raise \`marginCall.loanToValue\` to at least ${covenantUp(ltv)}` : '';
    // The loan-to-value with the digits that show it above the covenant (29.0004 %, not 29 %).
    let digits = 2;
    while (digits < 12 && Number((ltv * 100).toFixed(digits)) <= Number((covenant * 100).toFixed(digits)))
      digits++;
    const above = `${Number((ltv * 100).toFixed(digits))} %`;
    return `${head}, a loan-to-value of ${above}, above the covenant's ${pct(covenant)}; ${tail}. Borrow at most ${usdDown(limitUsd)}${most}${raise}, or value the machines higher (\`money.salvage.fraction\`)`;
  },
  limitWithoutCarryForward: () =>
    '`lossOffsetLimit` limits the losses carried forward, but `lossCarryForward` is false: carry losses forward, or leave out the limit',
} as const;
