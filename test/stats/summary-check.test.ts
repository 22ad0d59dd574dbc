// The gate before a summary is written: a non-finite number anywhere is an internal error, and an
// overflowing metric reaches that gate instead of turning into null on the way.
import { describe, expect, it, vi } from 'vitest';
import { EXIT_INTERNAL, reportError } from '../../src/cli/exit.js';
import { cliMessages } from '../../src/messages/cli.js';
import { distribution } from '../../src/stats/quantiles.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { checkSummary, SummaryCheckError } from '../../src/stats/summary-check.js';
import { makeSummary } from '../fixtures/summary.js';

const copy = (): RunSummary => makeSummary();

describe('checkSummary()', () => {
  it('checkSummary() passes a summary that meets its schema', () => {
    const summary = copy();
    expect(checkSummary(summary)).toBe(summary);
  });

  it.each([
    [
      'an infinite NPV median',
      (s: RunSummary) => (s.headline.npvUsd.quantiles.p50 = Number.POSITIVE_INFINITY),
    ],
    ['a NaN band value', (s: RunSummary) => (s.timeline.netUsd.p5[3] = Number.NaN)],
    ['an infinite capex', (s: RunSummary) => (s.scenario.capexUsd = Number.POSITIVE_INFINITY)],
    ['a NaN probability', (s: RunSummary) => (s.headline.paybackWithin1y!.p = Number.NaN)],
    ['a null where a number belongs', (s: RunSummary) => ((s.timeline.priceUsd.p50 as unknown[])[0] = null)],
  ])('checkSummary() throws SummaryCheckError on %s', (_what, spoil) => {
    const summary = copy();
    spoil(summary);
    expect(() => checkSummary(summary)).toThrow(SummaryCheckError);
    expect(() => checkSummary(summary)).toThrow(/^internal: the summary fails its schema in 1 place \(/);
  });
});

describe('reportError()', () => {
  it('reportError() ends a run whose summary failed its check as an internal error (exit 1), with the stack', () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const summary = makeSummary();
      summary.headline.npvUsd.mean = Number.NaN;
      let error: unknown;
      try {
        checkSummary(summary);
      } catch (e) {
        error = e;
      }
      expect(reportError(error)).toBe(EXIT_INTERNAL);
    } finally {
      spy.mockRestore();
    }
    expect(written.join('')).toContain('SummaryCheckError: internal: the summary fails its schema');
    expect(written.join('')).toContain(cliMessages.internal());
  });
});

describe('distribution()', () => {
  it('distribution() passes an overflow through as Infinity and the mean as NaN, for the summary check to stop', () => {
    const d = distribution(Float64Array.from([1, 2, Number.POSITIVE_INFINITY]));
    expect(d.quantiles.p95).toBe(Number.POSITIVE_INFINITY);
    expect(d.mean).toBeNaN();
  });

  it('distribution() still reports a payback that never comes (NaN read as Infinity) as null', () => {
    const d = distribution(Float64Array.from([100, 100, 100, Number.NaN]), Number.POSITIVE_INFINITY);
    expect(d.quantiles.p95).toBeNull();
    expect(d.mean).toBeNull();
    expect(d.quantiles.p5).toBe(100);
  });

  it('distribution() of values all undefined (NaN) is null throughout', () => {
    const d = distribution(Float64Array.from([Number.NaN, Number.NaN]));
    expect(d.mean).toBeNull();
    expect(d.quantiles.p50).toBeNull();
  });
});
