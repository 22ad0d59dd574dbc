// A payback of day 0 is no payback but a position never below zero: "nothing at stake", as a run's
// report and `minesim run` say it (report/headline-definitions.ts paidBackOn()). The batch index
// and `minesim batch`'s lines printed a median payback of day 0 as "0 d (2017-05-17)", a payback on
// the start day, and so did the back-test's own table ("day 0 (2017-05-17)").
import { describe, expect, it } from 'vitest';
import { textLines } from '../../src/cli/batch-output.js';
import { paybackMessages } from '../../src/messages/payback.js';
import { backtestTable } from '../../src/report/backtest-table.js';
import { actualCell } from '../../src/report/batch-cells.js';
import { indexTables } from '../../src/report/batch-tables.js';
import { paidBackOn } from '../../src/report/headline-definitions.js';
import type { RunSummary } from '../../src/stats/summary.js';
import type { BatchEntry } from '../../src/study/batch.js';
import { makeSummary } from '../fixtures/summary.js';

/** The fixture run with its median payback on day 0: most of its paths never below zero. */
function atDayZero(kind: RunSummary['kind']): RunSummary {
  const s = makeSummary({ kind });
  s.headline.paybackDays.quantiles.p5 = 0;
  s.headline.paybackDays.quantiles.p10 = 0;
  s.headline.paybackDays.quantiles.p25 = 0;
  s.headline.paybackDays.quantiles.p50 = 0;
  s.headline.nothingAtStake = { p: 0.6, se: 0.015 };
  return s;
}
const ENTRY: Extract<BatchEntry, { status: 'ok' }> = {
  status: 'ok',
  file: 'scenarios/free.yaml',
  folder: 'free',
  backtestFolder: 'free-backtest',
  run: atDayZero('monte-carlo'),
  backtest: atDayZero('backtest'),
  seconds: 1,
};
const START = '2017-05-17';

describe('a median payback of day 0 in the batch index', () => {
  it('paidBackOn() in a cell says nothing at stake, not a payback on the start day', () => {
    expect(paidBackOn(START, 0, undefined, null, 'cell')).toBe(paybackMessages.nothingAtStakeCell(START));
    expect(paidBackOn(START, 0, undefined, null, 'cell')).not.toMatch(/^0 d/);
    expect(paidBackOn(START, 212, undefined, null, 'cell')).toBe('212 d (2017-12-15)');
  });

  it('indexTables() and textLines() give the median and the back-test’s day 0 as nothing at stake', () => {
    const table = indexTables([ENTRY]).find((t) => t.title === 'Scenarios')!;
    const cell = table.rows[0][table.header.indexOf('Median payback')].text;
    expect(cell).toBe(paybackMessages.nothingAtStakeCell(START));
    expect(actualCell(ENTRY).text).toBe(paybackMessages.nothingAtStakeCell(START));
    const line = textLines([ENTRY])[0];
    expect(line).not.toContain('0 d (2017-05-17)');
    expect(line).toContain(paybackMessages.nothingAtStakeCell(START));
  });

  it('backtestTable() reads its day 0 as the run’s report does', () => {
    const row = backtestTable(atDayZero('backtest')).rows.find((r) => r[0] === 'Paid back on')!;
    expect(row[1]).toBe(paybackMessages.nothingAtStakeOne(START));
  });
});
