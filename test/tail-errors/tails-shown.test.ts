// The report's tables of quantile columns (Returns at the horizon, Break-evens, Project and equity:
// summary.md, report.html) printed their 5 %, 10 %, 90 % and 95 % columns bare, and the explorer
// its "Net at horizon, 5th/95th percentile" rows, though summary.json has every quantile's 95 %
// interval. The tables now say, under their note, how far the tails' intervals reach from their
// values at most (the cell named, its value and interval as summary.json has them), and which tail
// columns have no interval (too few paths); the explorer's tail rows carry their intervals.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { comparisonRows } from '../../src/explorer/compare.js';
import { headlineRows } from '../../src/explorer/headline-rows.js';
import { explorerView, rowText } from '../../src/explorer/view.js';
import { irrFormat } from '../../src/report/coverage.js';
import { type MeasureRow, TAIL_KEYS, tailReach, tailsNote } from '../../src/report/distribution-table.js';
import { formatInteger, formatPercent, formatQuantileInterval } from '../../src/report/format.js';
import { headlineTables } from '../../src/report/headline.js';
import { summaryMarkdown } from '../../src/report/markdown.js';
import type { Distribution, RunSummary } from '../../src/stats/summary.js';
import { loadScenario } from '../fixtures/scenarios.js';

const run = async (name: string, paths: number, breakEvenPaths = 0): Promise<RunSummary> => {
  const s = await loadScenario(name, (d) => {
    delete d.sweep;
  });
  return (await runMonteCarlo(s, { paths, workers: 1, breakEvenPaths, withBacktest: false })).summary;
};

/** The note's cell: "at <label>, <column>, <value>" and its interval, read back from the sentence. */
const named = /furthest at (.+), (\d+ %), (.+?):? \(?95 % interval (.+?)\)?; summary\.json/;

describe('the tail columns’ Monte Carlo error under the tables', () => {
  it('summaryMarkdown() of the loan scenario at 300 paths: each table names its widest tail interval, summary.json’s own', async () => {
    const s = await run('top-of-market-2021-11-10-loan', 300, 80);
    const md = summaryMarkdown(s);
    const tables = headlineTables(s).filter((t) => t.header.includes('95 %'));
    const titles = tables.map((t) => t.title);
    expect(titles).toEqual(
      expect.arrayContaining(['Returns at the horizon', 'Break-evens', 'Project and equity']),
    );
    const h = s.headline;
    // The Returns table's rows, as headline.ts gives them (label -> distribution).
    const returns: Record<string, Distribution> = {
      'Net position, no salvage (USD)': h.netAtHorizonUsd,
      'NPV, with salvage (USD)': h.npvUsd,
      'IRR, with salvage (% a year)': h.irr,
    };
    for (const t of tables) {
      // Before: no word of the tails' error in any table's note.
      expect(t.note).toContain('The tail columns (5 %, 10 %, 90 %, 95 %)');
      expect(md).toContain(t.note.slice(0, 60));
      const match = named.exec(t.note);
      expect(match, t.title).not.toBeNull();
      const [, label, column, value, interval] = match!;
      const key = ({ '5 %': 'p5', '10 %': 'p10', '90 %': 'p90', '95 %': 'p95' } as const)[column as '5 %'];
      expect(TAIL_KEYS).toContain(key);
      // The cell's value is the table's own cell.
      const tableRow = t.rows.find((r) => r[0] === label)!;
      expect(tableRow, label).toBeDefined();
      expect(tableRow[t.header.indexOf(column)]).toBe(value);
      if (t.title === 'Returns at the horizon' && label in returns) {
        const d = returns[label];
        const format = label.startsWith('IRR') ? irrFormat((v) => formatPercent(v)) : formatInteger;
        expect(interval).toBe(formatQuantileInterval(d, key, format));
        expect(d.intervals?.[key]).toBeTruthy();
      }
    }
    // The Returns table's widest reach, worked out from summary.json: no tail cell reaches further.
    const t = tables.find((x) => x.title === 'Returns at the horizon')!;
    const [, label, column] = named.exec(t.note)!;
    const key = ({ '5 %': 'p5', '10 %': 'p10', '90 %': 'p90', '95 %': 'p95' } as const)[column as '5 %'];
    const reaches = Object.values(returns).flatMap((d) => TAIL_KEYS.map((k) => tailReach(d, k) ?? 0));
    if (label in returns)
      expect(tailReach(returns[label], key)).toBe(Math.max(...reaches, tailReach(returns[label], key)!));
  });

  it('tailsNote() by hand: the reach is the larger side over the value, and the cell without an interval is said to have none', () => {
    const d = (p5: number, low: number, high: number): Distribution => ({
      mean: 0,
      quantiles: { p5, p10: p5, p25: 1, p50: 2, p75: 3, p90: 10, p95: 10 },
      intervals: {
        p5: { low, high },
        p10: { low, high },
        p25: null,
        p50: { low: 1.5, high: 2.5 },
        p75: null,
        p90: { low: 9, high: 12 },
        p95: null,
      },
    });
    const rows: MeasureRow[] = [
      { label: 'A', d: d(-4, -5, -3.5), format: (v) => String(v) },
      { label: 'B', d: d(0.5, 0.4, 0.55), format: (v) => String(v) },
    ];
    // A's 5 %: 1 from -4 (25 %); A's and B's 90 %: 2 from 10 (20 %); B's 5 %: 0.1 from 0.5 (20 %).
    expect(tailReach(rows[0].d, 'p5')).toBeCloseTo(0.25, 15);
    expect(tailReach(rows[1].d, 'p5')).toBeCloseTo(0.2, 15);
    const note = tailsNote(rows);
    expect(note).toContain(
      'reach up to ± 25 % from their values (furthest at A, 5 %, -4: 95 % interval -5 to -3.5)',
    );
    expect(note).toContain('The 95 % columns have no 95 % interval: too few paths for one');
    // An end past the horizon: unbounded, named without a share.
    const past: MeasureRow = {
      label: 'Payback',
      d: { ...d(700, 650, 0), intervals: { ...d(700, 650, 0).intervals!, p5: { low: 650, high: null } } },
      format: (v) => String(v),
    };
    expect(tailReach(past.d, 'p5')).toBe(Number.POSITIVE_INFINITY);
    expect(tailsNote([past])).toContain(
      'reach furthest from their values at Payback, 5 %, 700 (95 % interval 650 to past the horizon)',
    );
  });

  it('a run of one outcome has no tail note: its tables have one Value column', async () => {
    const s = await run('north-korea-2017-s9', 1);
    for (const t of headlineTables(s)) expect(t.note).not.toContain('tail columns');
  });
});

describe('the explorer’s 5th and 95th percentile rows', () => {
  it('rowText() of the flagship at 200 paths: each with summary.json’s interval of its quantile; a comparison says whether they overlap', async () => {
    const v = explorerView(await run('north-korea-2017-s9', 200));
    const net = v.headline.netAtHorizonUsd;
    for (const [label, key] of [
      ['Net at horizon, 5th percentile', 'p5'],
      ['Net at horizon, 95th percentile', 'p95'],
    ] as const) {
      const row = headlineRows(v).find((r) => r.label === label)!;
      expect(net.intervals?.[key]).toBeTruthy();
      // Before: 'Net at horizon, 5th percentile  -412,345 USD', bare.
      expect(
        rowText(row, v).endsWith(`(95 % interval: ${formatQuantileInterval(net, key, row.format)})`),
      ).toBe(true);
      const cmp = comparisonRows(v, v).find(([l]) => l === label)!;
      expect(cmp[3]).toContain('95 % intervals overlap');
    }
  });

  it('rowText() at 40 paths: the 5th percentile says it has too few paths for an interval (72 needed)', async () => {
    const v = explorerView(await run('north-korea-2017-s9', 40));
    const row = headlineRows(v).find((r) => r.label === 'Net at horizon, 5th percentile')!;
    expect(rowText(row, v)).toContain('(95 % interval: too few paths for one)');
  });
});
