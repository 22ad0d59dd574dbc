// The rules of a scenario's financing and tax that span fields: which cohorts a loan or lease
// names, loans that outlive the horizon, covenants without collateral, tax without a rate. Each
// adds positioned problems (rules.ts runs them with the others).
//
// The cohorts a loan names and their values are read in loan-cohorts.ts; the rule on claims about
// the books' measures is in claim-finance-rules.ts.

import { addDays, daysBetween } from '../data/dates.js';
import { financeMessages as m } from '../messages/finance.js';
import { DAYS_PER_MONTH } from '../model/finance/loan.js';
import { dueDay, endsWithin, longestTermWithin, termMonths } from '../model/finance/term.js';
import {
  cohortEnd,
  collateralCeilingUsd,
  loanCapexUsd,
  loanCohortIndexes,
  loanStart,
} from './loan-cohorts.js';
import type { RuleProblem, Scenario } from './normalize.js';

/** A cohort of `others` pledged to a loan other than loan `i`, and that loan's index. */
function otherLoanOf(
  loans: readonly { cohorts?: readonly string[] }[],
  i: number,
  others: readonly string[],
): { cohort: string; loan: number } | undefined {
  for (let j = 0; j < loans.length; j++) {
    if (j === i) continue;
    const cohort = others.find((name) => loans[j].cohorts === undefined || loans[j].cohorts!.includes(name));
    if (cohort !== undefined) return { cohort, loan: j };
  }
  return undefined;
}

export function financeRules(s: Scenario, out: RuleProblem[]): void {
  const f = s.finance;
  if (f === undefined) return;
  const names = s.fleet.map((c) => c.name);
  const named = f.loans.some((l) => l.cohorts !== undefined) || f.leases.length > 0;
  if (named) {
    const seen = new Set<string>();
    for (const name of names) {
      if (seen.has(name)) out.push({ path: ['fleet'], message: m.cohortNamesNotUnique(name) });
      seen.add(name);
    }
  }
  const leased = new Set<string>();
  f.leases.forEach((lease, i) => {
    const at = ['finance', 'leases', i];
    if (!names.includes(lease.cohort))
      out.push({ path: [...at, 'cohort'], message: m.unknownCohort(lease.cohort, names) });
    else if (leased.has(lease.cohort))
      out.push({ path: [...at, 'cohort'], message: m.leasedTwice(lease.cohort) });
    leased.add(lease.cohort);
    const c = s.fleet.findIndex((cohort) => cohort.name === lease.cohort);
    if (c < 0) return;
    const cohort = s.fleet[c];
    const startDay = Math.max(0, daysBetween(s.start, cohort.purchased));
    const months = termMonths(lease.term);
    const end = addDays(s.start, dueDay(startDay, months, s.days));
    const life = cohortEnd(s, c);
    if (life !== undefined && daysBetween(life.date, end) > 0)
      out.push({ path: [...at, 'term'], message: m.leaseOutlivesCohort(end, life.date, life.sold) });
    else if (!endsWithin(startDay, months, s.days))
      out.push({
        path: [...at, 'term'],
        message: m.leaseAfterHorizon(end, s.end, longestTermWithin(startDay, s.days), startDay > 0),
      });
  });
  const pledged = new Map<number, number>();
  f.loans.forEach((loan, i) => {
    const at = ['finance', 'loans', i];
    // Whether the loan's margin call, once its leased cohorts are left out, would still stop one of
    // them (one held after the drawdown of the loan on the rest), so it must go too.
    const unleased = (loan.cohorts ?? names).filter((name) => !leased.has(name));
    const unleasedStart = loanStart(s, loan.start, unleased);
    const callStopsLeased =
      loan.marginCall !== undefined &&
      names.some((name, c) => {
        if (!leased.has(name)) return false;
        const end = cohortEnd(s, c);
        return end === undefined || daysBetween(end.date, unleasedStart) < 0;
      });
    loan.cohorts?.forEach((name, j) => {
      if (!names.includes(name))
        out.push({ path: [...at, 'cohorts', j], message: m.unknownCohort(name, names) });
      else if (leased.has(name))
        out.push({
          path: [...at, 'cohorts', j],
          message: m.leasedAndBorrowed(name, callStopsLeased),
        });
      else if (loan.cohorts!.indexOf(name) < j)
        out.push({ path: [...at, 'cohorts', j], message: m.pledgedTwiceInLoan(name) });
    });
    // A cohort pledged to two loans: each covenant would count the same machines as its collateral.
    for (const c of loanCohortIndexes(s, loan.cohorts)) {
      const name = s.fleet[c].name;
      const other = pledged.get(c);
      if (other !== undefined && other !== i && !leased.has(name)) {
        out.push({
          path: loan.cohorts === undefined ? at : [...at, 'cohorts'],
          message: m.pledgedToTwoLoans(name, other),
        });
        break;
      }
      pledged.set(c, i);
    }
    if (loan.cohorts === undefined && leased.size > 0)
      out.push({
        path: [...at],
        message: m.leasedInWholeFleet(
          [...leased][0],
          names.filter((name) => !leased.has(name)),
          callStopsLeased,
        ),
        key: true,
      });
    if (loan.principal === undefined && loan.loanToValue === undefined)
      out.push({ path: at, message: m.principalOrShare(), key: true });
    else if (loan.principal !== undefined && loan.loanToValue !== undefined)
      out.push({ path: [...at, 'loanToValue'], message: m.principalAndShare() });
    else {
      const principal = loan.principal ?? (loan.loanToValue ?? 0) * loanCapexUsd(s, loan.cohorts);
      if (!(principal > 0))
        out.push({
          path: [...at, loan.principal === undefined ? 'loanToValue' : 'principal'],
          message: m.nothingBorrowed(),
        });
    }
    const start = loanStart(s, loan.start, loan.cohorts);
    const indexes = loanCohortIndexes(s, loan.cohorts);
    // The first purchase of its machines (before the start: bought at the start) and the last day
    // one of them is still held.
    const bought = indexes
      .map((c) => (s.fleet[c].purchased < s.start ? s.start : s.fleet[c].purchased))
      .reduce<string | undefined>((a, b) => (a === undefined || b < a ? b : a), undefined);
    const ends = indexes.map((c) => cohortEnd(s, c));
    const lastHeld = ends.some((e) => e === undefined)
      ? undefined
      : ends.reduce<string | undefined>((a, e) => (a === undefined || e!.date > a ? e!.date : a), undefined);
    if (daysBetween(s.end, start) > 0) out.push({ path: [...at, 'start'], message: m.startAfterHorizon() });
    else if (daysBetween(start, s.start) > 0)
      out.push({ path: [...at, 'start'], message: m.startBeforeScenario(s.start) });
    else if (bought !== undefined && daysBetween(bought, start) < 0)
      out.push({ path: [...at, 'start'], message: m.startBeforePurchase(start, bought) });
    else if (lastHeld !== undefined && daysBetween(lastHeld, start) >= 0)
      out.push({ path: [...at, 'start'], message: m.startAfterMachinesGone(start, lastHeld) });
    // Its last payment: the horizon's last day when it falls due where the horizon ends.
    const startDay = daysBetween(s.start, start);
    const months = termMonths(loan.term);
    const maturity = addDays(s.start, dueDay(startDay, months, s.days));
    if (!loan.balloonAtHorizon && !endsWithin(startDay, months, s.days))
      out.push({
        path: [...at, 'term'],
        message: m.maturesAfterHorizon(maturity, s.end, longestTermWithin(startDay, s.days), startDay > 0),
      });
    const call = loan.marginCall;
    if (
      call !== undefined &&
      lastHeld !== undefined &&
      daysBetween(lastHeld, maturity) > 0 &&
      daysBetween(lastHeld, start) < 0
    )
      out.push({ path: [...at, 'marginCall'], message: m.collateralGoneBeforeMaturity(lastHeld, maturity) });
    if (call !== undefined && loan.cohorts !== undefined) {
      // A default stops every flow of the equity (books.ts), which is right only when the lender
      // takes every machine: a loan on part of the fleet would take the rest down with it. A cohort
      // gone by the drawdown (retired or stranded) has no flow left for a default to stop: a default
      // comes on the drawdown day at the earliest, and keeps that day's flows.
      const others = names.filter((name, c) => {
        if (loan.cohorts!.includes(name)) return false;
        const end = cohortEnd(s, c);
        return end === undefined || daysBetween(end.date, start) < 0;
      });
      if (others.length > 0)
        out.push({
          path: [...at, 'marginCall'],
          message: m.marginCallOnPartOfFleet(
            loan.cohorts,
            others,
            others.some((name) => leased.has(name)),
            otherLoanOf(f.loans, i, others),
          ),
        });
    }
    if (call !== undefined) {
      if (s.money.salvage.model === 'none')
        out.push({ path: [...at, 'marginCall'], message: m.collateralWorthless() });
      else if (loan.principal !== undefined || loan.loanToValue !== undefined) {
        // Breached on the drawdown day whatever the path: the call (and, without the cash to
        // meet it, the default) would come on the day the loan is drawn.
        const capex = loanCapexUsd(s, loan.cohorts);
        const principal = loan.principal ?? (loan.loanToValue ?? 0) * capex;
        const day = daysBetween(s.start, start);
        const collateral = collateralCeilingUsd(s, indexes, day);
        if (day >= 0 && day < s.days - 1 && principal > call.loanToValue * collateral)
          out.push({
            path: [...at, loan.principal === undefined ? 'loanToValue' : 'principal'],
            message: m.breachedAtDrawdown(
              start,
              principal,
              collateral,
              call.loanToValue,
              loan.principal === undefined ? loan.loanToValue : undefined,
              capex,
            ),
          });
      }
      if (call.restoreTo !== undefined && call.restoreTo > call.loanToValue)
        out.push({
          path: [...at, 'marginCall', 'restoreTo'],
          message: m.restoreAboveCovenant(call.restoreTo, call.loanToValue),
        });
      // The term as the months it is (`30 days` is a month, 30.4375 days), so a monthly test fits it.
      if (call.testEvery > months * DAYS_PER_MONTH)
        out.push({
          path: [...at, 'marginCall', 'testEvery'],
          message: m.testedLessThanOnceATerm(call.testEvery, months * DAYS_PER_MONTH),
        });
    }
  });
  const tax = f.tax;
  if (tax !== undefined) {
    if (tax.rate === undefined)
      out.push({ path: ['finance', 'tax'], message: m.taxWithoutRate(), key: true });
    const dep = tax.depreciation;
    if (dep?.method === 'bonus' && dep.bonus === undefined)
      out.push({ path: ['finance', 'tax', 'depreciation'], message: m.bonusWithoutShare(), key: true });
    if (dep !== undefined && dep.method !== 'bonus' && dep.bonus !== undefined)
      out.push({
        path: ['finance', 'tax', 'depreciation', 'bonus'],
        message: m.bonusWithOtherMethod(dep.method),
      });
    if (!tax.lossCarryForward && tax.lossOffsetLimit < 1)
      out.push({ path: ['finance', 'tax', 'lossOffsetLimit'], message: m.limitWithoutCarryForward() });
  }
}
