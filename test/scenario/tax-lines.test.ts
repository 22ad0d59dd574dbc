// The assumptions table's income tax line says how the tax years fall. Its note said "(the first
// one partial)" whatever the start: a run from 2022-01-01 under calendar tax years (`yearEnd`
// 12-31) has a whole first tax year, 2022-01-01 to 2022-12-31, yet read as a part of one.
import { describe, expect, it } from 'vitest';
import { financeLines } from '../../src/scenario/finance-lines.js';
import { loadScenario } from '../fixtures/scenarios.js';

const taxNote = async (start: string, yearEnd?: string) => {
  const s = await loadScenario('top-of-market-2021-11-10-loan', (draft) => {
    draft.start = start;
    // Its bootstrap window ends the day before 2021-11-10: a fitted price model fits any start.
    draft.price.model = { type: 'gbm', calibrate: '1 year' };
    if (yearEnd !== undefined) draft.finance.tax.yearEnd = yearEnd;
  });
  return financeLines(s).find((l) => l.label === 'Income tax')?.note ?? '';
};

describe('financeLines() of income tax', () => {
  it('calls the first tax year partial only when the start is not the first day of a fiscal year', async () => {
    // 2021-11-10 under calendar years: the first tax year is 2021-11-10 to 2021-12-31, 52 days.
    expect(await taxNote('2021-11-10')).toContain('(the first one partial)');
    // 2022-01-01: the day after 2021-12-31, a whole calendar year first.
    expect(await taxNote('2022-01-01')).not.toContain('partial');
    // Years ending 30 June: 2021-07-01 opens a whole fiscal year, 2021-06-30 is its predecessor's last day.
    expect(await taxNote('2021-07-01', '06-30')).not.toContain('partial');
    expect(await taxNote('2021-06-30', '06-30')).toContain('(the first one partial)');
  });
});
