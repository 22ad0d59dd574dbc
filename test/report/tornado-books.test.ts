// The equity's NPV tornado (charts/tornado-books.ts) of a made-up sensitivity study: drawn only
// with books, its bars the equity's median NPV of each side, its rows ranked by their effect on it.
import { createHash } from 'node:crypto';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { tornadoCharts, tornadoRows } from '../../src/report/charts/tornado.js';
import { equityView, tornadoBooksCharts } from '../../src/report/charts/tornado-books.js';
import { renderChart } from '../../src/report/render.js';
import { sensitivityCsv } from '../../src/report/sensitivity-tables.js';
import type { SensitivityInput, SensitivityResult } from '../../src/study/sensitivity.js';
import { MEASURES } from '../../src/study/sensitivity-measures.js';
import type { SweepPointResult } from '../../src/study/sweep-result.js';

/** A point whose project NPV is `npv` and whose equity's is `equity`. */
function point(npv: number, equity: number): SweepPointResult {
  const e = (x: number) => ({ p: x, se: 0.01 });
  return {
    values: [],
    days: 1826,
    paybackWithin1y: e(0.3),
    paybackWithin2y: e(0.6),
    noPayback: e(0.1),
    medianPaybackDays: 500,
    medianNpvUsd: npv,
    claims: [],
    books: {
      marginCall: e(0.4),
      default: e(0.2),
      equityNoPayback: e(0.15),
      medianEquityNpvUsd: equity,
      medianEquityIrr: 0.2,
      medianEquityIrrBound: null,
      medianAfterTaxNpvUsd: npv * 0.8,
      medianHedgeNetUsd: null,
    },
  };
}

function input(key: string, unit: string | null, low: number, base: number, high: number): SensitivityInput {
  return { key, path: key.split('.'), argument: null, unit, baseSource: 'scenario', base, low, high };
}

/** The loan's rate moves only the equity; the tariff moves both, the project more. */
const RESULT: SensitivityResult = {
  scenario: { name: 'test', start: '2021-11-10', days: 1096 },
  paths: 1000,
  seed: 1,
  by: 0.2,
  base: point(100_000, 40_000),
  rows: [
    {
      input: input('power.price', 'USD/kWh', 0.04, 0.05, 0.06),
      low: point(130_000, 55_000),
      high: point(70_000, 25_000),
    },
    {
      input: input('finance.loans[0].rate', 'fraction', 0.08, 0.128, 0.16),
      low: point(100_000, 80_000),
      high: point(100_000, 10_000),
    },
  ],
  skipped: [],
};

const NPV = MEASURES.find((m) => m.id === 'medianNpvUsd')!;

function warnings(spec: Parameters<typeof compile>[0]): string[] {
  const found: string[] = [];
  const collect = (...args: readonly unknown[]) => {
    found.push(args.map(String).join(' '));
    return logger;
  };
  const logger = {
    level: () => logger,
    warn: collect,
    error: collect,
    info: () => logger,
    debug: () => logger,
  };
  compile(spec, { logger });
  return found;
}

/** The study of a scenario without `finance`: no point has a books key. */
function withoutBooks(result: SensitivityResult): SensitivityResult {
  const plain = ({ books: _, ...p }: SweepPointResult): SweepPointResult => p;
  return {
    ...result,
    base: plain(result.base),
    rows: result.rows.map((r) => ({ ...r, low: plain(r.low), high: plain(r.high) })),
  };
}

describe('tornadoBooksCharts()', () => {
  it('tornadoBooksCharts() draws nothing for a study without books, and the project’s tornadoes are those drawn before it existed', () => {
    const noBooks = withoutBooks(RESULT);
    expect(tornadoBooksCharts(noBooks)).toEqual([]);
    // The SHA-256 of the three tornadoes' entries as minesim drew them before the books' tornado,
    // since with the scenario's name in each title and a description naming it (forScenario()), and
    // with the note saying its points draw the same random numbers (not "the same market paths"),
    // and since with the USD axes' labels by the rule for figures from 1e15 (labelExpr).
    const drawn = createHash('sha256')
      .update(JSON.stringify(tornadoCharts(noBooks)))
      .digest('hex');
    expect(drawn).toBe('759932f6fc41e930d9a4dda8e6c3814bf7b9042da420ed3dc4860afe63e6881c');
  });

  it('tornadoBooksCharts() draws the equity’s median NPV as its own chart, beside the project’s three', () => {
    const [chart] = tornadoBooksCharts(RESULT);
    expect(chart.name).toBe('tornado-equity-npv');
    expect(tornadoCharts(RESULT).map((c) => c.name)).not.toContain(chart.name);
    expect(warnings(chart.spec)).toEqual([]);
    const spec = chart.spec as unknown as {
      title: { text: string };
      layer: { encoding?: { x?: { title?: string } } }[];
    };
    expect(spec.title.text).toBe('What moves the equity’s median NPV — test');
    expect(spec.layer.find((l) => l.encoding?.x?.title)?.encoding?.x?.title).toBe('Median equity NPV (USD)');
  });

  it('tornadoBooksCharts() bars are the equity’s median NPV of each side, as sensitivity.csv gives it, widest effect first', () => {
    const [chart] = tornadoBooksCharts(RESULT);
    const bars = (chart.spec as unknown as { datasets: { bars: ReturnType<typeof tornadoRows> } }).datasets
      .bars;
    expect(bars).toEqual(tornadoRows(equityView(RESULT), NPV));
    const csv = sensitivityCsv(RESULT)
      .trim()
      .split('\n')
      .filter((line) => line.includes(',median_equity_npv_usd,') && !line.includes(',base,'));
    for (const line of csv) {
      const [key, side, , , value] = line.split(',');
      const bar = bars.find((b) => b.input.startsWith(`${key} `) && b.side === side)!;
      expect(bar.result).toBe(Number(value));
    }
    // The loan's rate, which leaves the project's NPV where it is, moves the equity's most.
    expect(bars[0].input).toMatch(/^finance\.loans\[0\]\.rate /);
    expect(bars.every((b) => b.base === 40_000)).toBe(true);
  });

  it('tornadoBooksCharts() renders to an SVG without a vega warning', async () => {
    const found: string[] = [];
    const { svg } = await renderChart(tornadoBooksCharts(RESULT)[0].spec, {
      onWarning: (m) => found.push(m),
    });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(found).toEqual([]);
  });
});
