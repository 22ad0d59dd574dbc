// A claim on a payback time whose threshold is the first day the run does not simulate: with `>=`
// or `<`, `payback >= 1826 days` on a 1,826-day run (day 0 to day 1,825) holds on a path exactly
// when it has not paid back by day 1,825, which the run sees; with `>` or `<=` the same threshold
// needs day 1,826 (a path paying back on it is `<= 1826 days`), which the run does not see.
import { beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseClaim } from '../../src/scenario/claims.js';
import { loadUnits } from '../../src/scenario/mathjs-units.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { evaluateClaim, type PathOutcomes } from '../../src/stats/claims.js';
import { scenarioDraft, scenarioOf } from '../fixtures/scenarios.js';

function outcomes(paybackDay: number[]): PathOutcomes {
  const n = paybackDay.length;
  const zero = () => new Float64Array(n);
  return {
    paybackDay: Float64Array.from(paybackDay),
    netAtHorizonUsd: zero(),
    npvUsd: zero(),
    roiAtHorizon: zero(),
    irr: zero(),
    equityPaybackDay: zero(),
    equityNpvUsd: zero(),
    equityIrr: zero(),
    afterTaxNpvUsd: zero(),
    afterTaxIrr: zero(),
    marginCall: zero(),
    defaulted: zero(),
    hedgeNetUsd: zero(),
  };
}

const claim = (text: string) => {
  const c = parseClaim(text);
  if (!c.ok) throw new Error(c.message);
  return c.claim;
};

describe('a claim on a payback time at the first day past the run', () => {
  beforeAll(loadUnits);

  it('validateScenarioText() accepts `payback >= 1826 days` and `P(payback < 1826 days) < 0.5` on the flagship’s 1,826-day horizon, and still refuses `payback > 1826 days`', async () => {
    const draft = scenarioDraft();
    draft.claims = ['payback >= 1826 days', 'P(payback < 1826 days) < 0.5'];
    await scenarioOf(draft);
    draft.claims = ['payback > 1826 days'];
    const refused = await validateScenarioText(stringify(draft), 'test.yaml');
    expect(refused.ok).toBe(false);
  });

  it('evaluateClaim(`payback >= 501 days`) on a run cut after day 500 counts the paths not paid back by then as holding it', () => {
    // 300 paths paid back on day 100, 700 not by day 500 (the run's 501 days): each of the 700
    // pays back on day 501 or later, or never, so it holds `payback >= 501 days`: 700 of 1,000,
    // 0.7, Wilson [0.67088, 0.72759]; supported (> 0.5). Before, the 700 were taken as open: share
    // 0 over the 300 paid back, interval 0-0.7276, inconclusive.
    const o = outcomes(Array.from({ length: 1000 }, (_, k) => (k < 300 ? 100 : Number.NaN)));
    const seen = 501 * (1 - Number.EPSILON);
    const r = evaluateClaim(claim('payback >= 501 days'), o, false, false, seen);
    expect(r).toMatchObject({ share: 0.7, verdict: 'supported' });
    expect(r.paths).toBeUndefined();
    expect(r.low).toBeCloseTo(0.670876, 5);
    expect(r.high).toBeCloseTo(0.727594, 5);
    // `payback > 501 days` needs day 501: undecided, as before.
    const later = evaluateClaim(claim('payback > 501 days'), o, false, false, seen);
    expect(later).toMatchObject({ share: 0, paths: 300, verdict: 'inconclusive' });
  });
});

describe('the refusal of a claim on a payback time past the horizon', () => {
  beforeAll(loadUnits);

  it('validateScenarioText() of `payback >= 1827 days` on a 1,826-day horizon names day 1,826 and asks for 1,827 days', async () => {
    // `payback >= 1827 days` holds on a path not paid back by day 1,826: the run needs day 1,826,
    // a 1,827-day horizon. The message said "counts the paths paid back by day 1,827" and "lengthen
    // `horizon` to at least 1,828 days", where 1,827 days judge it.
    const draft = scenarioDraft();
    draft.claims = ['payback >= 1827 days'];
    const v = await validateScenarioText(stringify(draft), 'test.yaml');
    expect(v.ok).toBe(false);
    const message = v.ok ? '' : v.problems[0].message;
    expect(message).toContain('counts the paths paid back by day 1,826,');
    expect(message).toContain('at least 1,827 days');
    draft.horizon = '1827 days';
    await scenarioOf(draft);
  });
});
