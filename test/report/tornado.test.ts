// Tornado charts and tables of a made-up sensitivity study: no engine run, values chosen so that
// each measure ranks the inputs differently and one side has no median payback.
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { tornadoCharts, tornadoRows } from '../../src/report/charts/tornado.js';
import { sensitivityCsv, sensitivityJson } from '../../src/report/sensitivity-tables.js';
import type { SensitivityInput, SensitivityResult } from '../../src/study/sensitivity.js';
import { effectWidth, MEASURES } from '../../src/study/sensitivity-measures.js';
import type { SweepPointResult } from '../../src/study/sweep-result.js';

function point(p: number, median: number | null, npv: number, days = 1826): SweepPointResult {
  const e = (x: number) => ({ p: x, se: Math.sqrt((x * (1 - x)) / 1000) });
  return {
    values: [],
    days,
    paybackWithin1y: e(p / 2),
    paybackWithin2y: e(p),
    noPayback: e(1 - p),
    medianPaybackDays: median,
    medianNpvUsd: npv,
    claims: [],
  };
}

function input(key: string, unit: string | null, low: number, base: number, high: number): SensitivityInput {
  return { key, path: key.split('.'), argument: null, unit, baseSource: 'scenario', base, low, high };
}

const RESULT: SensitivityResult = {
  scenario: { name: 'test', start: '2017-05-17', days: 1826 },
  paths: 1000,
  seed: 1,
  by: 0.2,
  base: point(0.6, 500, 10_000),
  rows: [
    {
      input: input('costs.poolFee', 'fraction', 0.016, 0.02, 0.024),
      low: point(0.61, 495, 10_500),
      high: point(0.59, 505, 9_500),
    },
    {
      input: input('power.price', 'USD/kWh', 0.08, 0.1, 0.12),
      low: point(0.7, 420, 14_000),
      high: point(0.45, null, 6_000),
    },
    {
      input: input('fleet[0].unitPrice', 'USD', 1600, 2000, 2400),
      low: point(0.8, 380, 12_000),
      high: point(0.5, 560, 8_000),
    },
  ],
  skipped: [],
};

/** Compiles with vega-lite and returns every warning the compiler logged. */
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

describe('tornadoCharts()', () => {
  const charts = tornadoCharts(RESULT);

  it('tornadoCharts() draws one chart per measure', () => {
    expect(charts.map((c) => c.name)).toEqual([
      'tornado-median-payback',
      'tornado-payback-2y',
      'tornado-npv',
    ]);
  });

  it.each(charts.map((c) => [c.name, c] as const))(
    '%s compiles with vega-lite without warnings',
    (_, chart) => {
      expect(warnings(chart.spec)).toEqual([]);
    },
  );

  it('tornadoRows() sorts the inputs by the width of their effect, widest first, for each measure', () => {
    for (const measure of MEASURES) {
      const order = [...new Set(tornadoRows(RESULT, measure).map((r) => r.input.split(' ')[0]))];
      const widths = order.map((key) =>
        effectWidth(RESULT, RESULT.rows.find((r) => r.input.key === key)!, measure.id),
      );
      expect(widths).toEqual([...widths].sort((a, b) => b - a));
    }
    expect(tornadoRows(RESULT, MEASURES[1]).map((r) => r.input.split(' ')[0])).toEqual([
      'fleet[0].unitPrice',
      'fleet[0].unitPrice',
      'power.price',
      'power.price',
      'costs.poolFee',
      'costs.poolFee',
    ]);
  });

  it('tornadoCharts() orders the rows of the chart as tornadoRows() does', () => {
    const spec = charts[2].spec as unknown as { layer: { encoding?: { y?: { sort?: string[] } } }[] };
    const sort = spec.layer.find((l) => l.encoding?.y?.sort)?.encoding?.y?.sort;
    expect(sort).toEqual([...new Set(tornadoRows(RESULT, MEASURES[2]).map((r) => r.input))]);
  });

  it('tornadoRows() draws a missing median payback at the horizon and labels it', () => {
    const bar = tornadoRows(RESULT, MEASURES[0]).find(
      (r) => r.input.startsWith('power.price') && r.side === 'high',
    );
    expect(bar).toMatchObject({ result: 1826, inputValue: '0.12 USD/kWh (none)', resultLabel: 'none' });
  });

  it('tornadoCharts() says of a missing median payback that over half the paths do not pay back within the horizon, not that they never do', () => {
    // It said 'more than half the paths never pay back': a payback after the horizon is not ruled out.
    const text = JSON.stringify(charts[0].spec);
    expect(text).toContain('more than half the paths do not pay back within the horizon');
    expect(text).not.toMatch(/never pay/);
  });
});

describe('tornado notes', () => {
  it('tornadoCharts() of a study of one path a point says "1 path" (it read "1 paths")', () => {
    const text = JSON.stringify(tornadoCharts({ ...RESULT, paths: 1 })[0].spec);
    expect(text).toContain('unless a range was given), 1 path, seed 1');
    expect(text).not.toContain('1 paths');
    expect(JSON.stringify(tornadoCharts(RESULT)[0].spec)).toContain('1,000 paths, seed 1');
  });
});

describe('tornado of a study over the horizon', () => {
  it('tornadoRows() draws a missing median payback at the point’s own horizon (1,461 d), not at the longest run’s (2,191 d)', () => {
    // horizon ±20 % of 1,826 days: 1,461 and 2,191. At 1,461 days over half the paths have not
    // paid back, so the median is at least 1,461 days; it was drawn at 2,191, the study's longest
    // run, 730 days beyond what the run can say, and ranked the horizon's effect as 2,191 - 500.
    const study: SensitivityResult = {
      ...RESULT,
      scenario: { ...RESULT.scenario, days: 2191 },
      rows: [
        {
          input: input('horizon', 'days', 1461, 1826, 2191),
          low: point(0.45, null, 6_000, 1461),
          high: point(0.7, 1900, 14_000, 2191),
        },
      ],
    };
    const low = tornadoRows(study, MEASURES[0]).find((r) => r.side === 'low');
    expect(low).toMatchObject({ result: 1461, resultLabel: 'none' });
    expect(low?.inputValue).toBe('1,461 days (none within its 1,461 days)');
    expect(effectWidth(study, study.rows[0], 'medianPaybackDays')).toBe(1900 - 500);
  });
});

describe('sensitivity tables', () => {
  it('sensitivityCsv() is tidy: a row per input, side and measure, each naming its input value’s unit', () => {
    const lines = sensitivityCsv(RESULT).trim().split('\n');
    expect(lines[0]).toBe('input,side,value,measure,result,value_unit,result_se,result_low,result_high');
    expect(lines).toHaveLength(1 + 3 * 3 * 3);
    // A share's standard error; the fixture's medians have no interval (empty).
    expect(lines.slice(13, 16)).toEqual([
      'power.price,base,0.1,median_payback_days,500,USD/kWh,,,',
      `power.price,base,0.1,p_payback_2y,0.6,USD/kWh,${Math.sqrt((0.6 * 0.4) / 1000)},,`,
      'power.price,base,0.1,median_npv_usd,10000,USD/kWh,,,',
    ]);
    expect(lines[16]).toBe('power.price,high,0.12,median_payback_days,,USD/kWh,,,');
  });

  it('sensitivityJson() gives each input its values and widths', () => {
    const json = sensitivityJson(RESULT);
    expect(json.inputs[1]).toMatchObject({
      key: 'power.price',
      values: { low: 0.08, base: 0.1, high: 0.12 },
      width: { medianPaybackDays: 1826 - 420, paybackWithin2y: 0.7 - 0.45, medianNpvUsd: 8_000 },
    });
  });
});

describe('tornado labels', () => {
  it('tornadoRows() labels both values on the longer bar when both move the result the same way', () => {
    const sameSide: SensitivityResult = {
      ...RESULT,
      rows: [
        {
          input: input('fleet[0].failureRate', 'fraction', 0.064, 0.08, 0.096),
          low: point(0.62, 490, 10_200),
          high: point(0.65, 480, 10_900),
        },
      ],
    };
    const [long, short] = tornadoRows(sameSide, MEASURES[1]);
    expect(long.side).toBe('high');
    expect(long.label).toBe('low 6.4 %, high 9.6 %');
    expect(short.label).toBe('');
    const opposite = tornadoRows(RESULT, MEASURES[1]).filter((r) => r.input.startsWith('fleet[0].unitPrice'));
    expect(opposite.map((r) => r.label).sort()).toEqual(['1,600 USD', '2,400 USD']);
  });
});
