// README redoes the loan case's default by hand ("the loan's annuity of 34,518 USD a month, the
// balance of 700,742 USD at 91.1 % of the collateral of 769,216 USD on 2022-01-09 against 89.4 % the
// day before, a call of 123,829 USD"). No test read those figures: they are checked here against
// the scenario's own terms (60 % of the committed capex at 12.8 % a year over 24 months, a call
// restoring 75 %) and each other, so that a change of the loan or of the capex shows in the page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8').replace(/\s*\n\s*/g, ' ');
const scenario = parseYaml(
  readFileSync(new URL('scenarios/top-of-market-2021-11-10-loan.yaml', root), 'utf8'),
);
const summary = JSON.parse(
  readFileSync(new URL('output/top-of-market-2021-11-10-loan/summary.json', root), 'utf8'),
);
const n = (text: string) => Number(text.replaceAll(',', ''));
const percent = (text: string) => Number(String(text).replace(/\s*%$/, '')) / 100;

describe("README's loan default by hand", () => {
  const m =
    /the loan's annuity of ([\d,]+) USD a month, the balance of ([\d,]+) USD at ([\d.]+) % of the collateral of ([\d,]+) USD on (\d{4}-\d\d-\d\d) against [\d.]+ % the day before, a call of ([\d,]+) USD/.exec(
      readme,
    );
  const loan = scenario.finance.loans[0];

  it('is quoted', () => {
    expect(m).not.toBeNull();
  });

  it("the annuity and the balance after its first payment are the scenario's loan on the committed capex", () => {
    const principal = percent(loan.loanToValue) * summary.scenario.capexUsd;
    const r = percent(loan.rate) / 12;
    const months = Number(String(loan.term).replace(/\s*months$/, ''));
    const annuity = (principal * r) / (1 - (1 + r) ** -months);
    expect(n(m![1])).toBe(Math.round(annuity));
    expect(n(m![2])).toBe(Math.round(principal * (1 + r) - annuity));
  });

  it('the loan-to-value is the balance over the collateral, and the call restores the covenant', () => {
    const balance = n(m![2]);
    const collateral = n(m![4]);
    expect(n(m![3])).toBe(Math.round((balance / collateral) * 1000) / 10);
    // A rounded balance and collateral leave the call within a dollar.
    const call = balance - percent(loan.marginCall.restoreTo) * collateral;
    expect(Math.abs(n(m![6]) - call)).toBeLessThanOrEqual(1);
    expect(m![5]).toBe(
      JSON.parse(
        readFileSync(new URL('output/top-of-market-2021-11-10-loan-backtest/summary.json', root), 'utf8'),
      ).actual.equity.defaultDate,
    );
  });
});
