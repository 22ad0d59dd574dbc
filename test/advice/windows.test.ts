// Calibration windows the history holds in part: the window a refusal advises holds what it must.
import { describe, expect, it } from 'vitest';
import { asSet, problemsOf, problemWith, quoted, shipped } from './harness.js';

const HEDGE = shipped('hashprice-hedge-2024-05');
// A start 1,509 days past the shipped history (2025-11-14), with the start figures it then needs.
const LATE = [
  'start=2030-01-01',
  'network.height=930000',
  'network.difficulty=141.67 T',
  'price.start=78600 USD',
  'fees.model={ type: share-of-subsidy, share: 2 % }',
  'finance.hedges[1].expiry=2030-01-01',
  'finance.hedges[2].expiry=2030-01-01',
];

describe('the default models on a start past the history', () => {
  it('validateScenarioText() advises a window of 1538 days for a bootstrap named with a partial window, the least that holds 30 days of the history (it said 1491, which holds none); the default price is refused', async () => {
    const problems = await problemsOf(HEDGE, LATE);
    // The default price is refused this far past the history (it would carry the history's trend).
    const prices = problems.filter((p) => p.path.startsWith('price'));
    expect(prices.map((p) => p.message.slice(0, 60))).toEqual([
      'the scenario names no price model, and its start 2030-01-01 ',
    ]);
    const network = problemWith(problems, "minesim's default here (stochastic network");
    // The default network needs half its year past the history's end (183 days).
    expect(network.message).toContain('a window of 1,691 days holds only the 183 days to 2025-11-14');
    const named = await problemsOf(HEDGE, [...LATE, 'price.model={ type: bootstrap, partial: allowed }']);
    const price = problemWith(named, 'the calibration window 2026-01-01 to 2029-12-31');
    expect(price.message).toContain('a window of 1,538 days holds only the 30 days to 2025-11-14');
  });

  it('validateScenarioText() of those windows written alone advises each model in full, partial window allowed, and accepts both', async () => {
    const problems = await problemsOf(HEDGE, [
      ...LATE,
      'price.model.window=1538 days',
      'network.model.calibrate=1538 days',
    ]);
    const price = quoted(problemWith(problems, 'price.model: {').message, 'write');
    const network = quoted(problemWith(problems, 'network.model: {').message, 'write');
    expect(price).toBe('price.model: { type: bootstrap, window: 1538 days, partial: allowed }');
    expect(network).toBe('network.model: { type: stochastic, calibrate: 1538 days, partial: allowed }');
    expect(await problemsOf(HEDGE, [...LATE, asSet(price), asSet(network)])).toEqual([]);
  });

  it('validateScenarioText() of a start in 2099 advises a window the schema takes and that holds 30 days (26,740 days; the longest window was measured on too short a reach)', async () => {
    const problems = await problemsOf(HEDGE, [
      ...LATE.slice(1),
      'start=2099-01-01',
      'finance.hedges[1].expiry=2099-01-01',
      'finance.hedges[2].expiry=2099-01-01',
      'price.model={ type: bootstrap, partial: allowed }',
    ]);
    const price = problemWith(problems, 'a partial window must hold at least 30 days');
    expect(price.message).toContain('a window of 26,740 days holds only the 30 days to 2025-11-14');
    const written = [
      ...LATE.slice(1),
      'start=2099-01-01',
      'finance.hedges[1].expiry=2099-01-01',
      'finance.hedges[2].expiry=2099-01-01',
      'price.model={ type: bootstrap, window: 26740 days, partial: allowed }',
    ];
    expect((await problemsOf(HEDGE, written)).filter((p) => p.path.startsWith('price'))).toEqual([]);
  });
});

describe('the default models on a start before the history', () => {
  it('validateScenarioText() of a start on 2009-06-01 advises a start 442 days later, on 2010-08-17, whose windows hold 30 days (it said 30 days later, 2009-07-01, still before the history), and the default models run from it', async () => {
    const early = ['start=2009-06-01', 'finance.hedges=[]', 'claims=[]'];
    const problems = await problemsOf(HEDGE, early);
    for (const family of ['price.model', 'network.model']) {
      const problem = problems.find((p) => p.path === family);
      expect(problem?.message).toContain('start 442 days later (on 2010-08-17 or after)');
    }
    const later = await problemsOf(HEDGE, [...early, 'start=2010-08-17']);
    expect(later.filter((p) => p.path === 'price.model' || p.path === 'network.model')).toEqual([]);
  });
});

describe('an endogenous network on a start early in the history', () => {
  // A fleet the history's first network holds, and markets that need no window of their own.
  const EARLY = [
    'finance.hedges=[]',
    'claims=[]',
    'fleet[0]={ hashrate: 1 MH/s, power: 100 W, count: 1, unitPrice: 100 USD }',
    'price.model={ type: gbm, drift: 0, volatility: 50 % }',
    'fees.model={ type: per-block, amount: 0.1 }',
  ];

  it('validateScenarioText() of a start 379 days into the history offers no shorter or partial window, which its fit (a year of weeks after a year of lags) refuses again, and the later start it offers runs', async () => {
    const at = [...EARLY, 'start=2011-08-01', 'network.model={ type: endogenous }'];
    const problem = problemWith(await problemsOf(HEDGE, at), 'start 351 days later (on 2012-07-17 or after)');
    expect(problem.message).not.toContain('calibrate on a window of at most');
    expect(problem.message).not.toContain('partial: allowed');
    expect(await problemsOf(HEDGE, [...at, 'start=2012-07-17'])).toEqual([]);
  });

  it('validateScenarioText() of a partial window there gives the start whose window its fit runs on (2012-07-16, 729 days into the history: a year of weeks after the year of lags)', async () => {
    const at = [...EARLY, 'start=2011-08-01', 'network.model={ type: endogenous, partial: allowed }'];
    const problem = problemWith(await problemsOf(HEDGE, at), 'a partial window must hold at least 729 days');
    expect(problem.message).toContain('start 350 days later (on 2012-07-16 or after)');
    expect(await problemsOf(HEDGE, [...at, 'start=2012-07-16'])).toEqual([]);
  });

  it('validateScenarioText() of a start 471 days into the history offers no shorter window (its 106 days after the lags are under the year of weeks a fit reads), and the later start it offers runs', async () => {
    const at = [...EARLY, 'start=2011-11-01', 'network.model={ type: endogenous }'];
    const problem = problemWith(await problemsOf(HEDGE, at), 'start 259 days later (on 2012-07-17 or after)');
    expect(problem.message).not.toContain('calibrate on a window of at most');
    expect(await problemsOf(HEDGE, [...at, 'start=2012-07-17'])).toEqual([]);
  });
});

describe('a price mixture weighted by score on a start early in the history', () => {
  it('validateScenarioText() names the start from which each model runs as of its first scored start (it said "start later"), and takes the later of them', async () => {
    const at = [
      'finance.hedges=[]',
      'claims=[]',
      'fleet[0]={ hashrate: 1 GH/s, power: 100 W, count: 1, unitPrice: 100 USD }',
      'price.model={ type: mixture, weights: by-score, of: [{ model: { type: gbm, calibrate: 2 years } }, { model: { type: bootstrap, window: 1 year } }] }',
      'start=2013-01-01',
    ];
    const problems = await problemsOf(HEDGE, at);
    expect(problemWith(problems, 'this gbm model').message).toContain('start on 2014-07-08 or after');
    expect(problemWith(problems, 'this bootstrap model').message).toContain('start on 2013-07-13 or after');
    expect(await problemsOf(HEDGE, [...at, 'start=2014-07-08'])).toEqual([]);
    expect((await problemsOf(HEDGE, [...at, 'start=2014-07-07'])).length).toBeGreaterThan(0);
  });
});
