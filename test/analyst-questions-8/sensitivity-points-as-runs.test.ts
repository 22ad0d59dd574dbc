// An analyst's question: are a sensitivity study's figures those of the runs it stands for? The
// flagship's ten S9s (2017-05-17, GBM price and hashrate growth calibrated on the history before
// the start), two years, half the capex borrowed for a year at 12 % and profit taxed at 21 %.
// `minesim sensitivity` moves the calibrated price drift and network growth, the unit price and
// the loan's rate one at a time (±20 %); each low and high point is
// then run again as a separate `minesim run` with `--set key=value` (the value sensitivity.json
// gives), the same seed and paths. Every figure the study reports for a point (the shares paid back
// within 1 and 2 years, the share not paid back, the median payback and NPV with their 95 %
// intervals, P(margin call), P(default), the equity's median NPV and IRR, the after-tax NPV) is the
// point's run's, exactly; each input's width is the spread of its low, base and high; and the
// table ranks the inputs by their width on P(payback <= 2 years), ties in the order given. A
// calibrated value moved by `--set` replaces the calibration (the run's own figures show it), so
// an analyst can reproduce any bar of the tornado.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/stats/summary.js';
import { cli, useScratchFolder } from '../analyst-questions-2/hand.js';

const { outDir, scenarioFile } = useScratchFolder(); // the scenarios below draw no charts of their own accord

const file = scenarioFile(
  's9-sensitivity',
  `name: s9-sensitivity
start: 2017-05-17
horizon: 2 years
fleet:
  - { model: Antminer S9, count: 10, unitPrice: 2000 USD, importPremium: 30 %, setupCost: 1000 USD, failureRate: 8 %, uptime: 90 % }
power: { price: 0.10 USD/kWh }
costs: { poolFee: 2 % }
network: { model: { type: growth, calibrate: 1 year } }
fees: { model: { type: share-of-subsidy, calibrate: 90 days } }
price: { model: { type: gbm, calibrate: 2 years } }
money: { discountRate: 10 %, salvage: { model: hashprice-linked, fraction: 80 % } }
finance:
  loans:
    - { loanToValue: 50 %, rate: 12 %, term: 12 months, repayment: amortizing }
  tax: { rate: 21 %, depreciation: { method: straight-line, lifeYears: 3 } }
outputs: { charts: [] }
`,
);
const INPUTS = ['price.model.drift', 'network.model.rate', 'fleet[0].unitPrice', 'finance.loans[0].rate'];
const RUN = ['--paths', '30', '--seed', '808'];

interface Share {
  p: number;
  se: number;
}
interface Point {
  paybackWithin1y: Share;
  paybackWithin2y: Share;
  noPayback: Share;
  medianPaybackDays: number | null;
  medianNpvUsd: number;
  medianPaybackDaysInterval: { low: number | null; high: number | null };
  medianNpvUsdInterval: { low: number; high: number };
  books: {
    marginCall: Share | null;
    default: Share | null;
    medianEquityNpvUsd: number;
    medianEquityIrr: number | null;
    medianAfterTaxNpvUsd: number;
    medianEquityNpvUsdInterval: unknown;
    medianEquityIrrInterval: unknown;
    medianAfterTaxNpvUsdInterval: unknown;
  };
}
interface Input {
  key: string;
  values: { low: number; base: number; high: number };
  low: Point;
  high: Point;
  width: { medianPaybackDays: number; paybackWithin2y: number; medianNpvUsd: number };
}

/** The figures a point of the study gives, read off a run's summary.json as the study names them. */
function asPoint(s: RunSummary): Point {
  const h = s.headline;
  return {
    paybackWithin1y: h.paybackWithin1y!,
    paybackWithin2y: h.paybackWithin2y!,
    noPayback: h.noPayback,
    medianPaybackDays: h.paybackDays.quantiles.p50,
    medianNpvUsd: h.npvUsd.quantiles.p50!,
    medianPaybackDaysInterval: h.paybackDays.intervals!.p50!,
    medianNpvUsdInterval: h.npvUsd.intervals!.p50 as { low: number; high: number },
    books: {
      marginCall: h.marginCall ?? null,
      default: h.default ?? null,
      medianEquityNpvUsd: h.equityNpvUsd!.quantiles.p50!,
      medianEquityIrr: h.equityIrr!.quantiles.p50,
      medianAfterTaxNpvUsd: h.afterTaxNpvUsd!.quantiles.p50!,
      medianEquityNpvUsdInterval: h.equityNpvUsd!.intervals!.p50,
      medianEquityIrrInterval: h.equityIrr!.intervals!.p50,
      medianAfterTaxNpvUsdInterval: h.afterTaxNpvUsd!.intervals!.p50,
    },
  };
}

async function run(name: string, ...sets: string[]): Promise<RunSummary> {
  const out = join(outDir, `s9-sensitivity-${name}`);
  const shown = await cli('run', file, ...RUN, ...sets.flatMap((s) => ['--set', s]), '--out', out);
  if (shown.code !== 0) throw new Error(shown.stderr);
  return JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as RunSummary;
}

describe('a sensitivity study’s points run again one by one', { timeout: 120_000 }, () => {
  it('minesim sensitivity: every figure of every point is the figure of `minesim run --set key=value` on the same seed and paths', async () => {
    const out = join(outDir, 's9-sensitivity-study');
    const shown = await cli(
      'sensitivity',
      file,
      ...RUN,
      ...INPUTS.flatMap((i) => ['--input', i]),
      '--out',
      out,
    );
    expect(shown.stderr).toBe('');
    expect(shown.code).toBe(0);
    const study = JSON.parse(readFileSync(join(out, 'sensitivity.json'), 'utf8')) as {
      base: Point;
      inputs: Input[];
      run: { paths: number; seed: number; commonRandomNumbers: boolean };
    };
    expect(study.run).toMatchObject({ paths: 30, seed: 808, commonRandomNumbers: true });

    const base = await run('base');
    expect(study.base).toMatchObject(asPoint(base));
    // The base's calibrated drift and growth, as the study moves them: ±20 %.
    const drift = study.inputs.find((i) => i.key === 'price.model.drift')!.values;
    expect(drift.low / drift.base).toBeCloseTo(0.8, 9);
    expect(drift.high / drift.base).toBeCloseTo(1.2, 9);

    expect(study.inputs.map((i) => i.key).sort()).toEqual([...INPUTS].sort());
    for (const input of study.inputs) {
      for (const side of ['low', 'high'] as const) {
        const point = await run(
          `${input.key}-${side}`.replace(/[^a-z0-9-]/gi, ''),
          `${input.key}=${input.values[side]}`,
        );
        expect({ key: input.key, side, ...input[side] }).toMatchObject({
          key: input.key,
          side,
          ...asPoint(point),
        });
      }
      // Each width is the spread of the low, the base and the high (a bar need not be monotone).
      const spread = (f: (p: Point) => number | null) => {
        const v = [input.low, study.base, input.high].map(f) as number[];
        return Math.max(...v) - Math.min(...v);
      };
      expect(input.width.paybackWithin2y).toBeCloseTo(
        spread((p) => p.paybackWithin2y.p),
        12,
      );
      expect(input.width.medianNpvUsd).toBeCloseTo(
        spread((p) => p.medianNpvUsd),
        6,
      );
    }
    // The loan's rate moves only the books: the project's figures are the base's.
    for (const key of ['finance.loans[0].rate']) {
      const input = study.inputs.find((i) => i.key === key)!;
      expect(input.low.medianNpvUsd).toBe(study.base.medianNpvUsd);
      expect(input.high.paybackWithin2y).toEqual(study.base.paybackWithin2y);
      expect(input.low.books.medianEquityNpvUsd).not.toBe(input.high.books.medianEquityNpvUsd);
    }
    // The terminal's table ranks the inputs by their width on P(payback <= 2 years), ties in the
    // order given (sensitivity.json keeps that order).
    expect(study.inputs.map((i) => i.key)).toEqual(INPUTS);
    const ranked = [...study.inputs].sort((a, b) => b.width.paybackWithin2y - a.width.paybackWithin2y);
    const rows = shown.stdout
      .split('\n')
      .map((line) => line.trim().split(/ +/)[0])
      .filter((word) => INPUTS.includes(word.replace(/\*$/, '')));
    expect(rows).toEqual(ranked.map((i) => i.key));
  });
});
