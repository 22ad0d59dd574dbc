import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { runBacktest } from '../../src/engine/backtest/backtest.js';
import { backtestSummary } from '../../src/engine/backtest/backtest-summary.js';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket } from '../../src/engine/compile/market-plan.js';
import { coverageMessages } from '../../src/messages/coverage.js';
import {
  DEFAULT_MODEL_LABEL,
  DEFAULT_NETWORK_LABEL,
  DEFAULT_NETWORK_MODEL,
  DEFAULT_PRICE_LABEL,
  DEFAULT_PRICE_MODEL,
  DEFAULT_STUDY_MODEL,
  defaultedFamilies,
  EARLY_MODEL_LABEL,
  EARLY_PRICE_MODEL,
  EARLY_STUDY_MODEL,
} from '../../src/model/market/defaults.js';
import { inputLines } from '../../src/scenario/assumptions.js';
import type { Scenario } from '../../src/scenario/normalize.js';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { DEFAULT_BY } from '../../src/study/sensitivity.js';
import { planSensitivity } from '../../src/study/sensitivity-plan.js';
import { STUDY_MODELS } from '../../src/study/study-models.js';
import { buildSweepGrid } from '../../src/study/sweep-grid.js';
import { parseVaries } from '../../src/study/vary.js';
import { type Draft, FLAGSHIP, scenarioDraft, scenarioOf } from '../fixtures/scenarios.js';

/** The flagship without its market models, edited by `edit`. */
function withoutModels(edit: (d: Draft) => void = () => {}): Draft {
  const draft = scenarioDraft(FLAGSHIP);
  delete draft.price;
  delete draft.network;
  edit(draft);
  return draft;
}

/** One machine of 1 TH/s: small enough for the network of 2012, when no S9 existed. */
const earlyFleet = (d: Draft, start: string) => {
  d.start = start;
  d.fleet[0].count = 1;
  d.fleet[0].hashrate = '1 TH/s';
};

/** The default models' line of a Monte Carlo run's table (a back-test, run null, has none). */
const defaultLine = (s: Scenario) =>
  inputLines(s, s.days, { paths: 4, seed: s.monteCarlo.seed, antithetic: false }).market.find(
    (l) => l.label === 'Default market models',
  );

describe('default market models', () => {
  it('DEFAULT_STUDY_MODEL and EARLY_STUDY_MODEL name tested models of the study, with the defaults as written', () => {
    const model = STUDY_MODELS.find((m) => m.id === DEFAULT_STUDY_MODEL);
    expect(model).toBeDefined();
    expect(model!.label).toBe(DEFAULT_MODEL_LABEL);
    // The study's mixture is the default's, word for word.
    expect(model!.price).toEqual(DEFAULT_PRICE_MODEL);
    expect({ ...model!.network, partial: 'allowed' }).toEqual({ ...DEFAULT_NETWORK_MODEL });
    const early = STUDY_MODELS.find((m) => m.id === EARLY_STUDY_MODEL);
    expect(early!.label).toBe(EARLY_MODEL_LABEL);
    expect(early!.price.type).toBe(EARLY_PRICE_MODEL.type);
    expect({ ...early!.network, partial: 'allowed' }).toEqual({ ...DEFAULT_NETWORK_MODEL });
  });

  it('defaultedFamilies() lists the families whose model the written scenario leaves out', () => {
    expect(defaultedFamilies({})).toEqual(['price', 'network']);
    expect(defaultedFamilies({ price: { start: '1 USD' }, network: { model: { type: 'growth' } } })).toEqual([
      'price',
    ]);
    expect(defaultedFamilies({ price: { model: { type: 'fixed' } }, network: { model: {} } })).toEqual([]);
  });

  it('a scenario naming no model on 2017-05-17 runs the price mixture weighted by score and the stochastic network, and says so', async () => {
    const s = await scenarioOf(withoutModels());
    expect(s.price.model.type).toBe('mixture');
    expect(s.price.model).toMatchObject({ weights: 'by-score' });
    expect(s.network.model.type).toBe(DEFAULT_NETWORK_MODEL.type);
    expect(s.defaultModels).toEqual(['price', 'network']);
    expect(s.earlyPrice).toBeUndefined();
    const inputs = await loadCompileInputs(s);
    const market = compileMarket(s, compilePlan(s, inputs), inputs);
    // Never a fixed price: the default forecast moves.
    expect(market.price.type).not.toBe('fixed');
    expect(defaultLine(s)?.value).toBe(`price and network: minesim's default (${DEFAULT_MODEL_LABEL})`);
  });

  it('a start too early to score the mixture (2012-06-01) runs the bootstrap, and names the first start the mixture runs on', async () => {
    const s = await scenarioOf(withoutModels((d) => earlyFleet(d, '2012-06-01')));
    expect(s.price.model.type).toBe('bootstrap');
    // The shipped history begins 2010-07-18: the mixture's first scored start lies 180 days
    // before the start and its GARCH-t needs 181 days before that (with 2 years of origins).
    expect(s.earlyPrice).toEqual({ reason: 'early', from: '2013-01-14' });
    expect(defaultLine(s)?.value).toContain(EARLY_MODEL_LABEL);
    expect(defaultLine(s)?.note).toContain('it runs from 2013-01-14');
    // And on that day, and not the day before, the mixture runs.
    const on = await scenarioOf(withoutModels((d) => earlyFleet(d, '2013-01-14')));
    expect(on.price.model.type).toBe('mixture');
    const before = await scenarioOf(withoutModels((d) => earlyFleet(d, '2013-01-13')));
    expect(before.price.model.type).toBe('bootstrap');
  });

  it('beside a network mixture weighted by score (which a scored price cannot drive) the price is the bootstrap, said as the price alone', async () => {
    const s = await scenarioOf(
      withoutModels((d) => {
        d.network = {
          model: {
            type: 'mixture',
            weights: 'by-score',
            of: [
              { model: { type: 'stochastic', calibrate: '1 year' } },
              { model: { type: 'growth', calibrate: '1 year' } },
            ],
          },
        };
      }),
    );
    expect(s.price.model.type).toBe('bootstrap');
    expect(s.earlyPrice).toEqual({ reason: 'scored-network' });
    expect(defaultLine(s)?.value).toBe(
      "price: minesim's default where the price mixture cannot run (bootstrap price)",
    );
  });

  it('a scenario naming its price model but no network model is told the network default alone', async () => {
    const s = await scenarioOf(
      withoutModels((d) => {
        d.price = { model: { type: 'gbm', calibrate: '2 years' } };
      }),
    );
    expect(s.price.model.type).toBe('gbm');
    expect(defaultLine(s)?.value).toBe(`network: minesim's default (${DEFAULT_NETWORK_LABEL})`);
    const priceOnly = await scenarioOf(
      withoutModels((d) => {
        d.network = { model: { type: 'growth', calibrate: '1 year' } };
      }),
    );
    expect(defaultLine(priceOnly)?.value).toBe(`price: minesim's default (${DEFAULT_PRICE_LABEL})`);
  });

  it('a scenario that names its models keeps them, with no default line', async () => {
    const s = await scenarioOf(scenarioDraft(FLAGSHIP));
    expect(s.defaultModels).toBeUndefined();
    expect(s.earlyPrice).toBeUndefined();
  });

  it('a mixture weighted by score on a start before the history is refused: it has no past to score on (it read the last 2 years of the history, its future)', async () => {
    // Before: a start on 2009-06-01 (the history begins 2010-07-18) with every start figure given
    // and two uncalibrated GBMs ran, with weights 38.7 % / 61.3 % scored on 2023-2025 prices.
    const draft = withoutModels((d) => {
      earlyFleet(d, '2009-06-01');
      d.price = {
        start: '1 USD',
        model: {
          type: 'mixture',
          weights: 'by-score',
          of: [
            { model: { type: 'gbm', drift: '10 %', volatility: '80 %' } },
            { model: { type: 'gbm', drift: '50 %', volatility: '50 %' } },
          ],
        },
      };
      d.network = { difficulty: 1000000, height: 10000, model: { type: 'growth', rate: '10 %' } };
      d.fees = { model: { type: 'per-block', amount: 0 } };
    });
    const v = await validateScenarioText(stringify(draft), 'test.yaml');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems.map((p) => [p.path, p.message])).toContainEqual([
      'price.model.weights',
      expect.stringContaining(coverageMessages.scoreNeedsHistory('2009-06-01', '2010-07-18', 730, 180)),
    ]);
  });

  it("planSensitivity() of a scenario naming no model moves the default network's drift on the default network model", async () => {
    // Before: the variants set `network.model.drift` alone, a network model without a type, and
    // the plan was refused with "network.model.type: is required" at the file's first line, a
    // field the scenario never wrote; the default network (stochastic, calibrated on 1 year) has
    // the drift +107 % a year on 2017-05-17, moved 20 % each way.
    const draft = withoutModels((d) => {
      d.horizon = '2 years';
    });
    const planned = await planSensitivity(stringify(draft), 'test.yaml', { inputs: [], by: DEFAULT_BY });
    expect(planned.ok ? [] : planned.problems).toEqual([]);
    if (!planned.ok) return;
    const drift = planned.plan.inputs.find((i) => i.key === 'network.model.drift');
    expect(drift).toBeDefined();
    const variants = planned.plan.points.slice(1);
    const moved = variants.filter((p) => {
      const n = p.scenario.network.model;
      return n.type === 'stochastic' && n.drift !== undefined;
    });
    expect(moved).toHaveLength(2);
    for (const p of moved) {
      // The base's default network, the drift alone given.
      expect({ ...p.scenario.network.model, drift: undefined }).toEqual({
        ...planned.plan.base.network.model,
        drift: undefined,
      });
      // The price stays the base's default.
      expect(p.scenario.price.model).toEqual(planned.plan.base.price.model);
    }
  });

  it('validateScenarioText() files a price model begun by --set on a scenario naming none under that --set, not the file', async () => {
    // Before: `--set price.model.window=2 years` on a scenario with no price model was refused as
    // "test.yaml:1:1 price.model.type: is required", a field of a file that writes no price model.
    const parsed = parseOverrides(['price.model.window=2 years']);
    if (!parsed.ok) throw new Error('the override does not parse');
    const v = await validateScenarioText(stringify(withoutModels()), 'test.yaml', parsed.overrides);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems.map((p) => [p.file, p.line, p.path])).toEqual([
      ['--set price.model.window=2 years', 0, 'price.model.type'],
    ]);
  });

  it('a start too far past the history for the GARCH-t (2027-08-01, figures given) is refused, naming the trend the default would carry', async () => {
    // The shipped Bitcoin history ends 2025-11-14. The mixture's GARCH-t calibrates on the 2 years
    // before the start, of which the history holds 107 days; the bootstrap then ran on the 4 years
    // to 2025-11-14, 625 days before the start, carrying their trend. More than 31 days past the
    // history the default price is refused (test/start-today/default-price-refused.test.ts).
    const draft = withoutModels((d) => {
      d.start = '2027-08-01';
      d.price = { start: '90000 USD' };
      d.network = {
        difficulty: '160T',
        height: 1_000_000,
        model: { type: 'stochastic', drift: '50 %', volatility: '30 %' },
      };
      d.fees = { model: { type: 'share-of-subsidy', share: '2 %' } };
    });
    const v = await validateScenarioText(stringify(draft), 'test.yaml');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems.map((p) => p.path)).toEqual(['price.model']);
    expect(v.problems[0].message).toContain('625 days after the bitcoin history ends (2025-11-14)');
  });

  it('validateScenarioText() of a start where the default network does not calibrate (2031-01-01) says the default cannot run, not a field of it', async () => {
    // The history ends 2025-11-14: the bootstrap's 4 years before 2031-01-01 and the stochastic
    // network's 1 year hold none of it. Before: refused as "price.model.window: ..." and
    // "network.model.calibrate: ... give `network.model.drift` and `network.model.volatility`",
    // fields the scenario never wrote (and those two alone make a model without a type).
    const draft = withoutModels((d) => {
      d.start = '2031-01-01';
      d.price = { start: '90000 USD' };
      d.network = { difficulty: '160T', height: 1_200_000 };
      d.fees = { model: { type: 'share-of-subsidy', share: '2 %' } };
    });
    const v = await validateScenarioText(stringify(draft), 'test.yaml');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    // The default price is refused there too (more than 31 days past the history).
    expect(v.problems.map((p) => p.path).sort()).toEqual(['network.model', 'price.model']);
    const network = v.problems.find((p) => p.path === 'network.model')!;
    expect(network.message).toContain('names no network model');
    expect(network.message).toContain(DEFAULT_NETWORK_LABEL);
  });

  it('backtestSummary() of a scenario naming no model states the market it replayed, not the default models it did not run', async () => {
    // Before: the back-test's table said "Market: actual daily price, difficulty, blocks and fees"
    // and then "Default market models: price and network: minesim's default (bootstrap/GARCH-t
    // price mixture by score + stochastic network)", models no back-test runs.
    const s = await scenarioOf(withoutModels());
    const labels = backtestSummary(s, runBacktest(s, await loadCompileInputs(s))).scenario.assumptions.map(
      (a) => a.label,
    );
    expect(labels).toContain('Market');
    expect(labels).not.toContain('Default market models');
  });

  it('buildSweepGrid() over network.model.drift of a scenario naming no model sweeps the default network with that drift', async () => {
    // Before: each point set `network.model.drift` alone, a network model without a type, refused
    // as "network.model.type: is required", where `minesim sensitivity` and the explorer move the
    // same input on the default network (the stochastic, calibrated on 1 year).
    const varied = parseVaries(['network.model.drift=0.5..1.5:3']);
    if (!varied.ok) throw new Error('the axis does not parse');
    const built = await buildSweepGrid(stringify(withoutModels()), 'test.yaml', varied.axes);
    expect(built.ok ? [] : built.problems).toEqual([]);
    if (!built.ok) return;
    const base = await scenarioOf(withoutModels());
    expect(built.grid.points.map((p) => p.scenario.network.model)).toEqual(
      [0.5, 1, 1.5].map((drift) => ({ ...base.network.model, drift })),
    );
  });

  it("buildSweepGrid() over the default network's drift files a value out of range under its --vary, not the default model written out", async () => {
    // Before: "--set network.model={"type":"stochastic",...} network.model.drift: must be at most
    // 1000 % (got 2000)", an override the user never gave.
    const varied = parseVaries(['network.model.drift=0.5..20:2']);
    if (!varied.ok) throw new Error('the axis does not parse');
    const built = await buildSweepGrid(stringify(withoutModels()), 'test.yaml', varied.axes);
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.problems.map((p) => [p.file, p.path])).toEqual([
      ['--vary network.model.drift=0.5..20:2', 'network.model.drift'],
    ]);
  });
});
