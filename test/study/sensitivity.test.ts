// Sensitivity studies on the flagship. The runs use a two-year horizon and 200 paths: small, but
// the claims below are exact (common random numbers make the tariff's effect monotone path by
// path), not statistical.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { schemaMessages } from '../../src/messages/schema.js';
import { sensitivityMessages } from '../../src/messages/sensitivity.js';
import { sweepMessages } from '../../src/messages/sweep.js';
import { formatInputValue } from '../../src/report/charts/tornado.js';
import { sensitivityJson, sensitivityLines } from '../../src/report/sensitivity-tables.js';
import { parseOverrides } from '../../src/scenario/overrides.js';
import type { Problem } from '../../src/scenario/problem.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import {
  DEFAULT_BY,
  runSensitivity,
  type SensitivityPlan,
  type SensitivityResult,
  sensitivityCutNote,
} from '../../src/study/sensitivity.js';
import { type InputSpec, parseInputs, scenarioValueAt } from '../../src/study/sensitivity-inputs.js';
import { planSensitivity } from '../../src/study/sensitivity-plan.js';
import type { SweepPointResult } from '../../src/study/sweep-result.js';

const FLAGSHIP = readFileSync(new URL('../../scenarios/north-korea-2017-s9.yaml', import.meta.url), 'utf8');
const SHORT = stringify({ ...parse(FLAGSHIP), horizon: '2 years' });
const FILE = 'north-korea-2017-s9.yaml';
const PATHS = 200;
const SEED = 2017;

function specs(...texts: string[]): InputSpec[] {
  const parsed = parseInputs(texts);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.specs;
}

async function plan(text: string, inputs: InputSpec[], sets: string[] = []): Promise<SensitivityPlan> {
  const overrides = parseOverrides(sets);
  if (!overrides.ok) throw new Error('bad test --set');
  const planned = await planSensitivity(text, FILE, { inputs, by: DEFAULT_BY, sets: overrides.overrides });
  if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
  return planned.plan;
}

async function refused(texts: string[]): Promise<Problem[]> {
  const planned = await planSensitivity(SHORT, FILE, { inputs: specs(...texts), by: DEFAULT_BY });
  if (planned.ok) throw new Error(`expected ${texts.join(' ')} to be refused`);
  return planned.problems;
}

const at = (path: string, message: string, file = '--input'): Problem => ({
  file,
  line: 0,
  col: 0,
  path,
  message,
});

describe('planSensitivity() default inputs', () => {
  it('planSensitivity() moves the flagship’s nine key inputs 20 % each way, calibrated ones around their calibration', async () => {
    const { inputs, skipped, points } = await plan(FLAGSHIP, []);
    expect(inputs.map((i) => [i.key, i.baseSource])).toEqual([
      ['power.price', 'scenario'],
      ['fleet[0].unitPrice', 'scenario'],
      ['fleet[0].importPremium', 'scenario'],
      ['fleet[0].failureRate', 'scenario'],
      ['fleet[0].uptime', 'scenario'],
      ['costs.poolFee', 'scenario'],
      ['price.model.drift', 'calibrated'],
      ['price.model.volatility', 'calibrated'],
      ['network.model.rate', 'calibrated'],
    ]);
    expect(skipped).toEqual([]);
    expect(points).toHaveLength(1 + 2 * inputs.length);
    const byKey = Object.fromEntries(inputs.map((i) => [i.key, [i.low, i.base, i.high]]));
    expect(byKey['power.price']).toEqual([0.08, 0.1, 0.12]);
    expect(byKey['fleet[0].unitPrice']).toEqual([1600, 2000, 2400]);
    // An uptime cannot pass 100 %: its high side stops there.
    expect(byKey['fleet[0].uptime']).toEqual([0.72, 0.9, 1]);
    for (const key of ['price.model.drift', 'price.model.volatility', 'network.model.rate']) {
      const [low, base, high] = byKey[key];
      expect(low).toBeCloseTo(0.8 * base, 10);
      expect(high).toBeCloseTo(1.2 * base, 10);
    }
  });

  it('planSensitivity() skips what the scenario cannot take and says why', async () => {
    const { inputs, skipped } = await plan(
      SHORT,
      [],
      [
        'power.price={ schedule: [{ from: 2017-01-01, price: 0.1 }] }',
        'price.model={ type: bootstrap }',
        'fleet[0].importPremium=0',
      ],
    );
    expect(skipped).toEqual([
      { key: 'power.price', reason: sensitivityMessages.notConstantTariff('a dated schedule') },
      { key: 'price.model', reason: sensitivityMessages.noPriceParameters('bootstrap') },
      {
        key: 'fleet[0].importPremium',
        reason: sensitivityMessages.zeroBase('fleet[0].importPremium', '±20 %'),
      },
    ]);
    expect(inputs.map((i) => i.key)).not.toContain('power.price');
  });
});

describe('runSensitivity() on the electricity price', () => {
  let result: SensitivityResult;
  beforeAll(async () => {
    result = await runSensitivity(await plan(SHORT, specs('power.price=0.05 USD/kWh..0.2 USD/kWh')), {
      paths: PATHS,
      seed: SEED,
    });
  });

  const payback = (p: SweepPointResult) => p.medianPaybackDays ?? Number.POSITIVE_INFINITY;

  it('runSensitivity(): a higher electricity price never improves any measure', () => {
    const [{ input, low, high }] = result.rows;
    expect([input.low, input.base, input.high]).toEqual([0.05, 0.1, 0.2]);
    const sides = [low, result.base, high];
    for (let i = 1; i < sides.length; i++) {
      expect(payback(sides[i])).toBeGreaterThanOrEqual(payback(sides[i - 1]));
      expect(sides[i].paybackWithin2y.p).toBeLessThanOrEqual(sides[i - 1].paybackWithin2y.p);
      expect(sides[i].medianNpvUsd!).toBeLessThanOrEqual(sides[i - 1].medianNpvUsd!);
    }
    // Not vacuous: the tariff moves every measure.
    expect(high.paybackWithin2y.p).toBeLessThan(low.paybackWithin2y.p);
    expect(high.medianNpvUsd!).toBeLessThan(low.medianNpvUsd!);
  });

  it('runSensitivity()’s base point equals runMonteCarlo() on the scenario exactly', async () => {
    const base = await validateScenarioText(SHORT, FILE);
    if (!base.ok) throw new Error('base scenario invalid');
    const h = (await runMonteCarlo(base.scenario, { paths: PATHS, seed: SEED })).summary.headline;
    expect(result.base).toMatchObject({
      paybackWithin1y: h.paybackWithin1y,
      paybackWithin2y: h.paybackWithin2y,
      noPayback: h.noPayback,
      medianPaybackDays: h.paybackDays.quantiles.p50,
      medianNpvUsd: h.npvUsd.quantiles.p50,
    });
  });

  it('runSensitivity()’s high side equals runMonteCarlo() on the scenario set to it (`minesim run --set power.price=0.2`)', async () => {
    const draft = parse(SHORT);
    const set = await validateScenarioText(
      stringify({ ...draft, power: { ...draft.power, price: '0.2 USD/kWh' } }),
      FILE,
    );
    if (!set.ok) throw new Error('set scenario invalid');
    const h = (await runMonteCarlo(set.scenario, { paths: PATHS, seed: SEED })).summary.headline;
    expect(result.rows[0].high).toMatchObject({
      paybackWithin1y: h.paybackWithin1y,
      paybackWithin2y: h.paybackWithin2y,
      noPayback: h.noPayback,
      medianPaybackDays: h.paybackDays.quantiles.p50,
      medianNpvUsd: h.npvUsd.quantiles.p50,
    });
  });
});

describe('--input errors', () => {
  it('parseInputs() names the --input argument of each bad range, every one at once', () => {
    const parsed = parseInputs(['power.price=abc..0.2', 'power.price=0.1..', 'costs.poolFee=2 %..2 %']);
    expect(parsed).toEqual({
      ok: false,
      problems: [
        at('power.price=abc..0.2', sweepMessages.notANumber('abc')),
        at('power.price=0.1..', sensitivityMessages.noRange()),
        at('costs.poolFee=2 %..2 %', sensitivityMessages.sameEnds()),
      ],
    });
  });

  it('parseInputs() refuses an input given twice', () => {
    expect(parseInputs(['power.price', 'power.price=0.05..0.2'])).toEqual({
      ok: false,
      problems: [at('power.price=0.05..0.2', sensitivityMessages.duplicateInput('power.price'))],
    });
  });

  it('planSensitivity() files a value the schema refuses under its --input, with the field', async () => {
    expect(await refused(['fleet[0].count=2.5..20'])).toEqual([
      at('fleet[0].count', `${schemaMessages.wholeNumber()} (got 2.5)`, '--input fleet[0].count=2.5..20'),
    ]);
  });

  it('planSensitivity() refuses an input with no number to move from', async () => {
    expect(await refused(['costs.fixed', 'fleet[0].retire=1..2'])).toEqual([
      at('costs.fixed', sensitivityMessages.zeroBase('costs.fixed', '±20 %')),
      at('fleet[0].retire=1..2', sensitivityMessages.noBase('fleet[0].retire', undefined)),
    ]);
  });
});

describe('planSensitivity() of an input whose bare number is in another unit than minesim holds', () => {
  // costs.fixed reads a bare number in USD/month (as its schema says) and is held in USD/day; a
  // lease's payment reads one in USD/month too, which its schema names as x-bare-unit.
  const doc = parse(SHORT);
  const FIXED = stringify({
    ...doc,
    costs: { ...doc.costs, fixed: '1000 USD/month' },
    finance: {
      leases: [
        { cohort: doc.fleet[0].name ?? doc.fleet[0].model, payment: '400 USD/month', term: '12 months' },
      ],
    },
  });

  it('planSensitivity() moves costs.fixed by --by in USD/month, 800 and 1,200 of them (it wrote 26.3 USD/day as 26.3 USD/month), and shows them so', async () => {
    const { inputs, points } = await plan(FIXED, specs('costs.fixed'));
    expect(inputs[0]).toMatchObject({ key: 'costs.fixed', unit: 'USD/month' });
    expect(inputs[0].low).toBeCloseTo(800, 9);
    expect(inputs[0].base).toBeCloseTo(1000, 9);
    expect(inputs[0].high).toBeCloseTo(1200, 9);
    // The variants hold it in USD/day: 800 and 1,200 USD a month of 30.4375 days.
    expect(points[1].scenario.costs.fixed).toBeCloseTo(800 / 30.4375, 9);
    expect(points[2].scenario.costs.fixed).toBeCloseTo(1200 / 30.4375, 9);
  });

  it('planSensitivity() moves a lease payment by --by in USD/month, the unit its schema now names for a bare number, 320 and 480 of them', async () => {
    // The schema names the unit of a quantity's bare number (x-bare-unit: USD/month for a lease's
    // payment), so --by moves 400 USD/month to 320 and 480 USD/month, held as 320 / 30.4375 and
    // 480 / 30.4375 USD/day. Before, the study refused it for want of that unit.
    const { inputs, points } = await plan(FIXED, specs('finance.leases[0].payment'));
    expect(inputs[0]).toMatchObject({ key: 'finance.leases[0].payment', unit: 'USD/month' });
    expect([inputs[0].low, inputs[0].base, inputs[0].high].map((v) => Number(v.toFixed(9)))).toEqual([
      320, 400, 480,
    ]);
    expect(scenarioValueAt(points[1].scenario, ['finance', 'leases', 0, 'payment'])).toBeCloseTo(
      320 / 30.4375,
      9,
    );
  });

  it('planSensitivity() refuses a hedge price moved by --by, whose schema takes no bare number, with the same message (it quoted the canonical 4e-14 the user never wrote)', async () => {
    const withHedge = stringify({
      ...doc,
      finance: {
        hedges: [{ type: 'hashprice-swap', hashrate: '10 PH/s', price: '50 USD/PH/day', term: '3 months' }],
      },
    });
    const planned = await planSensitivity(withHedge, FILE, {
      inputs: specs('finance.hedges[0].price'),
      by: DEFAULT_BY,
    });
    expect(planned.ok).toBe(false);
    if (planned.ok) return;
    expect(planned.problems).toEqual([
      at('finance.hedges[0].price', sensitivityMessages.byNeedsUnit('finance.hedges[0].price')),
    ]);
  });

  it('planSensitivity() shows costs.fixed=800 USD/month..1200 USD/month in USD/month and a lease payment of 0 USD/month..800 USD/month as written, not in USD/day unnamed', async () => {
    const { inputs } = await plan(
      FIXED,
      specs(
        'costs.fixed=800 USD/month..1200 USD/month',
        'finance.leases[0].payment=0 USD/month..800 USD/month',
      ),
    );
    expect(inputs[0]).toMatchObject({ key: 'costs.fixed', unit: 'USD/month' });
    expect([inputs[0].low, inputs[0].base, inputs[0].high].map((v) => Number(v.toFixed(9)))).toEqual([
      800, 1000, 1200,
    ]);
    expect(inputs[1]).toMatchObject({
      key: 'finance.leases[0].payment',
      unit: 'USD/month',
      low: 0,
      high: 800,
    });
    expect(inputs[1].base).toBeCloseTo(400, 9);
  });
});

describe('runSensitivity() of a replay cut at the end of the history', () => {
  // The flagship replaying the history from 2023-01-01 over its five years: every point stops on
  // 2025-11-14, where the history ends, after 1,049 days (365 + 366 + 318), as `minesim run` says
  // ("cut at 2025-11-14, the end of the history"). The study printed them as five-year figures with
  // no word.
  const REPLAY = stringify({
    ...parse(FLAGSHIP),
    start: '2023-01-01',
    price: { model: { type: 'historical' } },
  });
  let result: SensitivityResult;
  beforeAll(async () => {
    result = await runSensitivity(await plan(REPLAY, specs('power.price')), { paths: 20, seed: SEED });
  });

  it('runSensitivity() marks every point cut on 2025-11-14, and its lines and sensitivity.json say so', () => {
    expect([result.base, result.rows[0].low, result.rows[0].high].map((p) => p.cutAt)).toEqual([
      '2025-11-14',
      '2025-11-14',
      '2025-11-14',
    ]);
    expect(result.scenario.days).toBe(1049);
    const note = sensitivityMessages.cutNote('2025-11-14', null);
    expect(sensitivityCutNote(result)).toBe(note);
    expect(sensitivityLines(result)).toContain(note);
    const json = sensitivityJson(result);
    expect([json.base.cutAt, json.inputs[0].low.cutAt, json.inputs[0].high.cutAt]).toEqual([
      '2025-11-14',
      '2025-11-14',
      '2025-11-14',
    ]);
  });

  it('sensitivityCutNote() names the points cut when only some are, and says nothing when none is', () => {
    const whole = { ...result.base, cutAt: undefined };
    expect(sensitivityCutNote({ base: whole, rows: [{ ...result.rows[0], low: whole }] })).toBe(
      sensitivityMessages.cutNote('2025-11-14', 'power.price high'),
    );
    expect(
      sensitivityCutNote({ base: whole, rows: [{ ...result.rows[0], low: whole, high: whole }] }),
    ).toBeNull();
  });
});

describe('planSensitivity() of default inputs near the bounds of their fields', () => {
  it('planSensitivity() stops a pool fee of 45 % at the schema’s 50 % and an import premium of 900 % at its 1000 %, rather than refuse the study', async () => {
    // 45 % x 1.2 = 54 %, past the 50 % a pool fee may be; 900 % x 1.2 = 1080 %, past 1000 %. The
    // study was refused at an --input nobody wrote: `--input costs.poolFee=0.36..0.54 costs.poolFee:
    // must be at most 50 % (got 0.54)`. Now each stops at its bound, as an uptime stops at 100 %.
    const text = stringify({
      ...parse(SHORT),
      costs: { poolFee: '45 %' },
      fleet: [{ ...parse(SHORT).fleet[0], importPremium: '900 %' }],
    });
    const { inputs } = await plan(text, []);
    const of = (key: string) => inputs.find((i) => i.key === key)!;
    expect([of('costs.poolFee').low, of('costs.poolFee').high]).toEqual([0.36, 0.5]);
    expect([of('fleet[0].importPremium').low, of('fleet[0].importPremium').high]).toEqual([7.2, 10]);
  });

  it('planSensitivity() stops an uptime of 1.1 % at the schema’s least, 1 %, moved down 20 %', async () => {
    // 1.1 % x 0.8 = 0.88 %, below the 1 % an uptime must be at least.
    const text = stringify({ ...parse(SHORT), fleet: [{ ...parse(SHORT).fleet[0], uptime: '1.1 %' }] });
    const uptime = (await plan(text, [])).inputs.find((i) => i.key === 'fleet[0].uptime')!;
    expect(uptime.low).toBeCloseTo(0.01, 12);
    expect(uptime.high).toBeCloseTo(0.0132, 12);
  });
});

describe('runSensitivity() with the horizon among the inputs', () => {
  it('sensitivity.json says every point, the horizon’s included, shares the base’s market paths', async () => {
    // A run of another length draws the same shocks on the days it shares (Rng.fillNormals, GARCH-t
    // in day order: test/model/market/registry.test.ts), so the horizon's bars are its doing.
    const result = await runSensitivity(await plan(SHORT, specs('horizon=2 years..3 years')), {
      paths: 4,
      seed: SEED,
    });
    expect(sensitivityJson(result).run.commonRandomNumbers).toBe(true);
  });
});

describe('planSensitivity() of an input whose schema names its bare unit only as x-bare-unit', () => {
  it('planSensitivity() shows the horizon moved by --by in days, 1,169 and 1,753 of them from 1,461 (it showed them with no unit)', async () => {
    // 4 years = 1,461 days (4 x 365.25, rounded); 20 % either way: 1,168.8 and 1,753.2 days, which
    // the horizon reads as whole days, 1,169 and 1,753 (rounded); before, the study printed
    // "horizon 1,169 .. 1,753" and the tornado "horizon (1,461)" with no unit at all.
    const { inputs } = await plan(stringify({ ...parse(SHORT), horizon: '4 years' }), specs('horizon'));
    expect(inputs[0]).toMatchObject({ key: 'horizon', unit: 'days' });
    expect(formatInputValue(inputs[0], inputs[0].base)).toBe('1,461 days');
  });
});
