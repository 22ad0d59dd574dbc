// A sweep point of one outcome (one path, or paths all the same) gives its shares alone, exact, in
// its tooltip and tables (point-figures.ts shareCell). Its chart still drew the Wilson band of a
// share over `paths` paths around it: at a share of 1 over one path, a band from 0.21 to 1, and the
// caption "Band: 95 % Monte Carlo interval" for a chart of exact points.
import { describe, expect, it } from 'vitest';
import { sweepCharts } from '../../src/report/charts/sweep.js';
import { riskRows, sweepBooksCharts } from '../../src/report/charts/sweep-books.js';
import type { SweepResult } from '../../src/study/sweep-result.js';
import { makeBooksSweep, makeSweep } from '../fixtures/sweep.js';

/** The sweep with its points of one outcome where `one(i)` says so, over `paths` paths. */
function oneOutcome(sweep: SweepResult, one: (i: number) => boolean, paths = 1): SweepResult {
  return {
    ...sweep,
    paths,
    points: sweep.points.map((p, i) =>
      one(i)
        ? {
            ...p,
            oneOutcome: true as const,
            paybackWithin2y: { p: p.paybackWithin2y.p > 0.5 ? 1 : 0, se: 0 },
          }
        : p,
    ),
  };
}

type Spec = {
  title: { subtitle: string[] };
  datasets: { points: { p: number; low: number; high: number }[] };
};
const pChart = (sweep: SweepResult) => sweepCharts(sweep)[0].spec as unknown as Spec;

describe('a sweep chart’s band at points of one outcome', () => {
  it('draws no band at a point of one outcome, and its caption says there is none', () => {
    const sweep = oneOutcome(makeSweep('power.price=0.05,0.10,0.20'), () => true);
    const spec = pChart(sweep);
    for (const row of spec.datasets.points) {
      expect(row.low).toBe(row.p);
      expect(row.high).toBe(row.p);
    }
    const caption = spec.title.subtitle.join(' ');
    expect(caption).toContain('No band: each point one outcome, exact; dashed: 0.5.');
    expect(caption).not.toContain('Band: 95 %');
  });

  it('keeps the band of the points with an interval, and says where there is none', () => {
    const sweep = oneOutcome(makeSweep('power.price=0.05,0.10,0.20'), (i) => i === 0, 1000);
    const rows = pChart(sweep).datasets.points;
    expect(rows[0].low).toBe(rows[0].p);
    expect(rows[1].low).toBeLessThan(rows[1].p);
    expect(rows[1].high).toBeGreaterThan(rows[1].p);
    expect(pChart(sweep).title.subtitle.join(' ')).toContain(
      'Band: 95 % Monte Carlo interval (none at a point of one outcome, exact); dashed: 0.5.',
    );
    // Without points of one outcome, the caption as before.
    expect(pChart(makeSweep('power.price=0.05,0.10,0.20')).title.subtitle.join(' ')).toContain(
      'Band: 95 % Monte Carlo interval; dashed: 0.5.',
    );
  });

  it('the books’ risks likewise: P(margin call) and P(default) of one outcome have no band', () => {
    const books = makeBooksSweep({ covenant: true, tax: true }, 'finance.loans[0].rate=0.05,0.1,0.2');
    const sweep: SweepResult = {
      ...books,
      paths: 1,
      points: books.points.map((p) => ({
        ...p,
        oneOutcome: true as const,
        books: { ...p.books!, marginCall: { p: 1, se: 0 }, default: { p: 0, se: 0 } },
      })),
    };
    for (const row of riskRows(sweep)) {
      expect(row.low).toBe(row.p);
      expect(row.high).toBe(row.p);
    }
    const risk = sweepBooksCharts(sweep).find((c) => JSON.stringify(c.spec).includes('margin call'));
    expect(JSON.stringify(risk?.spec)).toContain('No band: each point one outcome, exact.');
  });
});
