// The explorer's one-outcome "Margin call" row of a back-test reads what summary.json's
// actual.equity records of the calls on the history (the first's date, the calls met, the
// principal they repaid), as the report's financing table does, not a bare yes.
import { describe, expect, it } from 'vitest';
import { headlineRows } from '../../src/explorer/headline-rows.js';
import { explorerView, rowText } from '../../src/explorer/view.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

const books = (equity: Record<string, unknown> | undefined) => {
  const s = makeSummary({ run: { ...FIXTURE_SUMMARY.run, paths: 1 } });
  const headline = { ...s.headline, marginCall: { p: 1, se: 0 }, default: { p: 0, se: 0 } };
  const actual = equity === undefined ? undefined : { ...(s.actual ?? {}), equity };
  return explorerView({ ...s, headline, ...(actual === undefined ? {} : { actual }) } as typeof s);
};
const row = (v: ReturnType<typeof explorerView>) => {
  const r = headlineRows(v).find((x) => x.label === 'Margin call');
  return rowText(r!, v);
};

describe('the explorer’s margin call row on one outcome', () => {
  it('gives the first call’s date, the calls met and the principal they repaid', () => {
    const v = books({ firstMarginCallDate: '2022-05-12', marginCallsMet: 3, marginCallsUsd: 41_250.4 });
    expect(row(v)).toBe('yes (first on 2022-05-12; 3 calls met, repaying 41,250 USD of principal)');
  });
  it('says a first call was not met', () => {
    const v = books({ firstMarginCallDate: '2022-06-13', marginCallsMet: 0, marginCallsUsd: 0 });
    expect(row(v)).toBe('yes (first on 2022-06-13, not met)');
  });
  it('reads yes alone where the summary records no calls (an earlier build’s)', () => {
    expect(row(books(undefined))).toBe('yes');
  });
});
