// explore.html's payback row read a payback on day 0 as "0 days", of one outcome and as a median,
// where the report reads it as nothing at stake (a position never below zero: no payback).
import { describe, expect, it } from 'vitest';
import { HEADLINE_ROWS } from '../../src/explorer/headline-rows.js';
import { explorerView, rowText } from '../../src/explorer/view.js';
import { paybackMessages } from '../../src/messages/payback.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { makeSummary } from '../fixtures/summary.js';

function atDayZero(paths: number): RunSummary {
  const s = makeSummary();
  s.run.paths = paths;
  for (const k of ['p5', 'p10', 'p25', 'p50'] as const) s.headline.paybackDays.quantiles[k] = 0;
  s.headline.nothingAtStake = { p: 0.6, se: 0.015 };
  return s;
}
const row = HEADLINE_ROWS.find((r) => r.label === 'Payback, median')!;

describe('explore.html’s payback row on day 0', () => {
  it('rowText() says nothing at stake of the median', () => {
    const text = rowText(row, explorerView(atDayZero(1000)));
    expect(text.startsWith(paybackMessages.nothingAtStakeDays)).toBe(true);
    expect(text).not.toMatch(/^0 days/);
  });

  it('rowText() says nothing at stake of one path', () => {
    const text = rowText(row, explorerView(atDayZero(1)));
    expect(text.startsWith(paybackMessages.nothingAtStakeDays)).toBe(true);
  });
});
