// A single path's books worked out by hand, for the tests beside it: one 100 TH/s, 2 kW machine
// bought for 2,000 USD on the start day (2026-01-22), mining 5e-5 BTC a day (a hashprice of 50
// USD/PH/s/day at 100,000 USD, the network flat, no fees) at 0.05 USD/kWh (2.4 USD of power a
// day), selling its coins daily, over 731 days. The price is 100,000 USD x exp(drift x d / 365.25)
// on day d (a GBM without volatility). Each figure here follows the terms as README.md's
// "Financing and tax" and docs/scenario-reference.md state them, not minesim's code.

export const DAYS = 731;
export const MONTH_DAYS = 365.25 / 12;

/** The scenario of the machine: `extra` (YAML) added, the price falling or rising at `drift` a year. */
export function scenario(
  extra: string,
  drift = 0,
  salvage = 'salvage: { model: hashprice-linked, fraction: 80 % }',
): string {
  const model = drift === 0 ? '{ type: fixed }' : `{ type: gbm, drift: ${drift * 100} %, volatility: 0 % }`;
  return `
name: books-by-hand
start: 2026-01-22
horizon: 2 years
fleet:
  - { name: m, hashrate: 100 TH/s, power: 2000 W, count: 1, unitPrice: 2000 USD }
power: { price: 0.05 USD/kWh }
network: { hashprice: 50 USD/PH/day, height: 933408, model: { type: growth, rate: 0 % } }
fees: { model: { type: share-of-subsidy, share: 0 % } }
price: { start: 100000 USD, model: ${model} }
money: { discountRate: 10 %, ${salvage} }
${extra}
`;
}

/** NPV at 10 % a year of flows a day apart, the first on day 0. */
export function npvOf(flows: readonly number[], rate = 0.1): number {
  return flows.reduce((sum, f, d) => sum + f * (1 + rate) ** (-d / 365.25), 0);
}

export interface LoanTerms {
  principal: number;
  /** Monthly rate (the nominal rate / 12). */
  monthly: number;
  months: number;
  bullet?: boolean;
  /** Fee as a share of the principal, paid at drawdown. */
  fee?: number;
  startDay?: number;
  /** The covenant: called above `ltv` of the collateral, restored to `restore`, `topUp` from the owners. */
  ltv?: number;
  restore?: number;
  topUp?: number;
  /** Days between tests (1: daily; 30.4375: monthly). */
  testEvery?: number;
}

/** A hosting fee a day, and a deposit paid on day 0 and refunded on `refundDay`. */
export interface HostingTerms {
  perDay: number;
  deposit: number;
  refundDay: number;
}

export interface TaxTerms {
  rate: number;
  /** The tax years' last days (the last the horizon's). */
  yearEnds: readonly number[];
  /** The machine's depreciation in each tax year (default none: its 2,000 USD basis kept). */
  depreciation?: readonly number[];
  /** Whether losses are carried forward (default true). */
  carry?: boolean;
}

export interface Call {
  day: number;
  call: number;
  /** Cash on hand the call found: the operation's cash since the start, after debt service and tax. */
  cash: number;
  fromCash: number;
  fromTopUp: number;
}

export interface HandBooks {
  /** The equity's flows, day by day (the horizon's value in the last). */
  equity: number[];
  calls: Call[];
  /** The day of the default, -1 for none. */
  defaultDay: number;
  /** Cash on hand at the end of each day. */
  cash: number[];
}

/** The price on day d. */
export function priceOn(drift: number, d: number): number {
  return 100_000 * Math.exp((drift * d) / 365.25);
}

/** The machine's resale value on day d: 80 % of 2,000 USD x the week's mean price to the day over the first day's. */
export function collateralOn(drift: number, d: number): number {
  let sum = 0;
  let n = 0;
  for (let i = Math.max(0, d - 6); i <= d; i++) {
    sum += priceOn(drift, i);
    n++;
  }
  return 1600 * Math.min(1, sum / n / 100_000);
}

/** A test day of a covenant tested every `every` days from `start`: start + round(k x every). */
function testDay(start: number, every: number, d: number): boolean {
  if (d < start) return false;
  if (every === 1) return true;
  const k = Math.round((d - start) / every);
  return start + Math.round(k * every) === d;
}

/**
 * The equity's books of the machine with `loan` (and `tax`, no depreciation: the 2,000 USD come
 * back as a loss at the horizon, or against the debt on a default), by hand.
 */
export function handBooks(
  drift: number,
  loan: LoanTerms,
  tax?: TaxTerms,
  hosting?: HostingTerms,
  /** A hedge's premium paid on day 0 (an option that expires worthless), USD. */
  premium = 0,
): HandBooks {
  const start = loan.startDay ?? 0;
  const fee = (loan.fee ?? 0) * loan.principal;
  // The payments within the horizon (a balloon's later ones are left to it; one due the day after
  // the last is paid on it, a whole month's).
  const payDays = Array.from({ length: loan.months }, (_, k) => start + Math.round((k + 1) * MONTH_DAYS))
    .map((d) => (d === DAYS ? DAYS - 1 : d))
    .filter((d) => d < DAYS);
  const equity: number[] = [];
  const calls: Call[] = [];
  const cashSeries: number[] = [];
  let balance = 0;
  // Interest accrued on principal a call repaid since the last payment, due with the next.
  let accrued = 0;
  let paid = 0;
  let cash = 0;
  let topUp = loan.topUp ?? 0;
  let defaultDay = -1;
  let year = 0;
  let income = 0;
  let pool = 0;
  let basis = 2000;
  const taxOn = (base: number): number => {
    if (tax === undefined) return 0;
    if (base <= 0) {
      if (tax.carry !== false) pool -= base;
      return 0;
    }
    const used = Math.min(pool, base);
    pool -= used;
    return tax.rate * (base - used);
  };
  for (let d = 0; d < DAYS; d++) {
    if (defaultDay >= 0) {
      equity.push(0);
      cashSeries.push(cash);
      continue;
    }
    const operating = 5e-5 * priceOn(drift, d) - 2.4 - (hosting?.perDay ?? 0);
    // The deposit is lent to the site: cash out and back, not taxed.
    const deposit =
      hosting === undefined ? 0 : d === 0 ? -hosting.deposit : d === hosting.refundDay ? hosting.deposit : 0;
    let flow = operating + deposit - (d === 0 ? 2000 : 0);
    cash += operating + deposit;
    income += operating;
    if (d === 0 && premium !== 0) {
      flow -= premium;
      cash -= premium;
      income -= premium;
    }
    if (d === start) {
      balance = loan.principal;
      flow += loan.principal - fee;
      income -= fee;
    }
    if (paid < payDays.length && payDays[paid] === d) {
      const left = loan.months - paid;
      // The annuity of the balance over the months left repays principal beyond the month's
      // interest on it; the interest accrued on what calls repaid comes on top.
      let principal = 0;
      if (left === 1) principal = balance;
      else if (!loan.bullet)
        principal =
          (loan.monthly === 0
            ? balance / left
            : (balance * loan.monthly) / (1 - (1 + loan.monthly) ** -left)) -
          balance * loan.monthly;
      const interest = balance * loan.monthly + accrued;
      accrued = 0;
      flow -= interest + principal;
      cash -= interest + principal;
      income -= interest;
      balance -= principal;
      paid++;
    }
    if (loan.ltv !== undefined && d < DAYS - 1 && balance > 0 && testDay(start, loan.testEvery ?? 1, d)) {
      const collateral = collateralOn(drift, d);
      if (balance > loan.ltv * collateral) {
        const call = balance - (loan.restore ?? loan.ltv) * collateral;
        const fromCash = Math.min(call, Math.max(0, cash));
        const need = call - fromCash;
        if (need <= topUp) {
          calls.push({ day: d, call, cash, fromCash, fromTopUp: need });
          // The called principal was owed from the last payment (or the drawdown) to the end of
          // today: its interest for those days, the month's rate pro rata over 30.4375 days.
          const since = paid === 0 ? start : payDays[paid - 1];
          accrued += (call * loan.monthly * (d + 1 - since)) / MONTH_DAYS;
          topUp -= need;
          cash -= call;
          flow -= call;
          balance -= call;
        } else {
          calls.push({ day: d, call, cash, fromCash: 0, fromTopUp: 0 });
          defaultDay = d;
        }
      }
    }
    if (d === DAYS - 1 && defaultDay < 0 && (balance > 0 || accrued > 0)) {
      // A balance left at the horizon (balloonAtHorizon) owes the interest since the last payment,
      // the last day included, and what calls repaid since owe theirs.
      const since = paid === 0 ? start : payDays[paid - 1];
      const owed = (balance * loan.monthly * (d + 1 - since)) / MONTH_DAYS + accrued;
      accrued = 0;
      flow -= owed;
      cash -= owed;
      income -= owed;
    }
    if (tax !== undefined && (d === tax.yearEnds[year] || d === defaultDay)) {
      // The year's depreciation, a whole year's even when a default closes it early.
      const depreciation = Math.min(basis, tax.depreciation?.[year] ?? 0);
      basis -= depreciation;
      let base = income - depreciation;
      // The lender takes the machine for the debt: the balance less its basis left is a gain or a
      // loss; at the horizon the machine is valued at its resale.
      if (d === defaultDay) base += balance - basis;
      else if (d === DAYS - 1) base += collateralOn(drift, d) - basis;
      const due = taxOn(base);
      flow -= due;
      cash -= due;
      income = 0;
      if (d === tax.yearEnds[year]) year++;
    }
    if (d === DAYS - 1 && defaultDay < 0) flow += collateralOn(drift, d) - balance;
    equity.push(flow);
    cashSeries.push(cash);
  }
  return { equity, calls, defaultDay, cash: cashSeries };
}
