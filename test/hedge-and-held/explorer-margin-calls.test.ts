// The explorer's rows of the margin calls on the history: explore.html is of a Monte Carlo run, whose
// summary.json actual.equity records the back-test's calls (the first's date, the calls met, the
// principal they repaid). They read in a row of the history's own, as the report's "Back-test
// (actual history)" row gives them, not after a one-path run's own "Margin call" answer.
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
const row = (v: ReturnType<typeof explorerView>, label: string) => {
  const r = headlineRows(v).find((x) => x.label === label);
  return r === undefined ? undefined : rowText(r, v);
};
const ON_HISTORY = 'Margin call on the actual history (back-test)';
const history = { marginCall: true, defaultDate: null };

describe('the explorer’s margin call rows on one outcome', () => {
  it('gives the history’s first call’s date, the calls met and the principal they repaid', () => {
    const v = books({
      ...history,
      firstMarginCallDate: '2022-05-12',
      marginCallsMet: 3,
      marginCallsUsd: 41_250.4,
    });
    expect(row(v, ON_HISTORY)).toBe(
      'yes (first on 2022-05-12; 3 calls met, repaying 41,250 USD of principal)',
    );
    expect(row(v, 'Margin call')).toBe('yes');
  });
  it('says a first call was not met', () => {
    const v = books({ ...history, firstMarginCallDate: '2022-06-13', marginCallsMet: 0, marginCallsUsd: 0 });
    expect(row(v, ON_HISTORY)).toBe('yes (first on 2022-06-13, not met)');
  });
  it('reads the path’s yes alone, and no row of the history, where the summary records no back-test', () => {
    expect(row(books(undefined), 'Margin call')).toBe('yes');
    expect(row(books(undefined), ON_HISTORY)).toBeUndefined();
  });
});
