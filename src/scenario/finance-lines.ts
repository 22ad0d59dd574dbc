// The assumptions table's lines for financing and tax (scenario `finance`): each loan, each lease,
// each hedge, the tax rule. assumptions.ts adds them after the other lines.

import { addDays } from '../data/dates.js';
import { coinProtocol } from '../model/coins/index.js';
import { termMonths } from '../model/finance/term.js';
import type { InputLine } from './input-line.js';
import { loanCapexUsd, loanCohortIndexes, loanStart } from './loan-cohorts.js';
import type { Scenario } from './normalize.js';
import { formatGivenShare, formatQuantity } from './quantity-format.js';

const money = (usd: number) => formatQuantity(usd, 'money');
/** A term in whole months, as it is paid or settled: `1 month`, `24 months`. */
const months = (term: number) => {
  const n = termMonths(term);
  return `${n} month${n === 1 ? '' : 's'}`;
};
const share = formatGivenShare;

/**
 * A loan on cohorts bought on different days is drawn in full on the first (loan-cohorts.ts
 * loanStart), the later cohorts' share of it too: said where no `start` is given.
 */
function drawnBeforeLastPurchase(s: Scenario, names: readonly string[] | undefined): string {
  const days = loanCohortIndexes(s, names).map((c) =>
    s.fleet[c].purchased < s.start ? s.start : s.fleet[c].purchased,
  );
  const last = days.reduce((a, b) => (b > a ? b : a), s.start);
  const first = loanStart(s, undefined, names);
  return last > first ? `, drawn in full ${first}, before its last cohort is bought ${last}` : '';
}

/**
 * When a loan with no `start` is drawn, where it is not the scenario's start: on its cohorts' first
 * purchase (a loan on a cohort bought later is drawn then), said with the later purchases it precedes.
 */
function drawnOn(s: Scenario, names: readonly string[] | undefined): string {
  const before = drawnBeforeLastPurchase(s, names);
  if (before !== '') return before;
  const first = loanStart(s, undefined, names);
  return first > s.start ? `, drawn ${first}` : '';
}

export function financeLines(s: Scenario): InputLine[] {
  const f = s.finance;
  if (f === undefined) return [];
  const lines: InputLine[] = [];
  f.loans.forEach((loan, i) => {
    const principal = loan.principal ?? (loan.loanToValue ?? 0) * loanCapexUsd(s, loan.cohorts);
    const call = loan.marginCall;
    lines.push({
      label: `Loan: ${loan.name ?? `loan ${i + 1}`}`,
      value:
        `${money(principal)}${loan.loanToValue === undefined ? '' : ` (${share(loan.loanToValue)} of the capex${loan.cohorts ? ` of ${loan.cohorts.join(', ')}` : ''})`}` +
        ` at ${share(loan.rate)} a year over ${months(loan.term)}, ${loan.repayment}` +
        `${loan.fee > 0 ? `, fees ${share(loan.fee)}` : ''}${loan.start ? `, drawn ${loan.start}` : drawnOn(s, loan.cohorts)}` +
        `${loan.cohorts ? `, on ${loan.cohorts.join(', ')}` : ''}${loan.balloonAtHorizon ? ', balance repaid at the horizon' : ''}`,
      note: call
        ? `margin call above ${share(call.loanToValue)} of the collateral (resale value), tested ${call.testEvery === 1 ? 'daily' : `every ${Number(call.testEvery.toFixed(4))} days`}, restoring ${share(call.restoreTo ?? call.loanToValue)}; met from cash on hand, then coins held, then the owners' top-up up to ${money(call.topUp)}, else default`
        : 'no loan-to-value covenant',
      keys: [`finance.loans[${i}]`],
    });
  });
  f.leases.forEach((lease, i) => {
    lines.push({
      label: `Lease: ${lease.cohort}`,
      value: `${formatQuantity(lease.payment, 'money-per-time')} for ${months(lease.term)}, buyout ${money(lease.residual)}`,
      note: 'the lessor pays the capex; payments monthly in arrears',
      keys: [`finance.leases[${i}]`],
    });
  });
  const unit = coinProtocol(s.coin).hashpriceUnit;
  const ticker = coinProtocol(s.coin).ticker;
  f.hedges.forEach((hedge, i) => {
    const label = `Hedge: ${hedge.name ?? `hedge ${i + 1}`}`;
    const from = hedge.start ?? s.start;
    const keys = [`finance.hedges[${i}]`];
    if (hedge.type === 'hashprice-swap')
      lines.push({
        label,
        value: `hashprice swap: ${formatQuantity(hedge.hashrate, 'hashrate')} at ${Number((hedge.price * unit.hs).toPrecision(6))} ${unit.name} for ${months(hedge.term)} from ${from}`,
        note: "receives the fixed hashprice, pays the month's average; settled monthly, in the equity's flows",
        keys,
      });
    else if (hedge.type === 'price-swap')
      lines.push({
        label,
        value: `price swap: ${hedge.coins} ${ticker} a month at ${money(hedge.price)} for ${months(hedge.term)} from ${from}`,
        note: "receives the fixed price, pays the month's average; settled monthly, in the equity's flows",
        keys,
      });
    else
      lines.push({
        label,
        value: `${hedge.position} ${hedge.type}: ${hedge.coins} ${ticker} at a strike of ${money(hedge.strike)}, expiring ${hedge.expiry}; premium ${money(hedge.premium)} a coin on ${from}`,
        note: "cash-settled at expiry at that day's price, in the equity's flows",
        keys,
      });
  });
  const tax = f.tax;
  if (tax !== undefined) {
    const dep = tax.depreciation;
    lines.push({
      label: 'Income tax',
      value:
        `${share(tax.rate ?? 0)} of taxable profit; losses ${tax.lossCarryForward ? `carried forward, offsetting at most ${share(tax.lossOffsetLimit)} of a year's profit` : 'not carried forward'}` +
        `${tax.coinBasis ? '; coins taxed on their gain over their value when mined, when sold or at the horizon' : ''}`,
      // The first tax year is whole where the start is the day after a fiscal year's last.
      note: `tax years ending ${yearEndText(tax.yearEnd)}${addDays(s.start, -1).slice(5) === tax.yearEnd ? '' : ' (the first one partial)'}; paid on the last day of each`,
      keys: [
        'finance.tax.rate',
        'finance.tax.yearEnd',
        'finance.tax.lossCarryForward',
        'finance.tax.lossOffsetLimit',
        'finance.tax.coinBasis',
      ],
    });
    lines.push({
      label: 'Tax depreciation',
      value:
        dep === undefined
          ? 'none: the cost is set against the sale'
          : dep.method === 'bonus'
            ? `bonus: ${share(dep.bonus ?? 0)} in year one, the rest straight line over ${dep.lifeYears} years`
            : dep.method === 'declining-balance'
              ? `declining balance at ${dep.factor} / ${dep.lifeYears} a year, then straight line`
              : `straight line over ${dep.lifeYears} years`,
      note: 'from the tax year each cohort starts hashing',
      keys: ['finance.tax.depreciation'],
    });
  }
  return lines;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `12-31` -> `31 December`. */
function yearEndText(monthDay: string): string {
  return `${Number(monthDay.slice(3))} ${MONTHS[Number(monthDay.slice(0, 2)) - 1]}`;
}
