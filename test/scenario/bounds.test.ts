// The bounds that keep every output finite (schema/limits.ts, market-range.ts, rules.ts) and the
// messages that name them, asserted against the messages module.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { cliMessages } from '../../src/messages/cli.js';
import { coverageMessages as cm } from '../../src/messages/coverage.js';
import { expressionMessages as em } from '../../src/messages/expressions.js';
import { overrideMessages as om } from '../../src/messages/overrides.js';
import { schemaMessages as m } from '../../src/messages/schema.js';
import { historyValues } from '../../src/scenario/history-values.js';
import { networkLogRange, priceLogRange } from '../../src/scenario/market-range.js';
import { type Override, parseOverrides } from '../../src/scenario/overrides.js';
import type { Problem } from '../../src/scenario/problem.js';
import { FIRST_DATE, LAST_DATE } from '../../src/scenario/schema/date.js';
import { LIMITS } from '../../src/scenario/schema/limits.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { runCommand, simulate } from '../hostile/in-process.js';

const BASE = readFileSync(new URL('../hostile/base.yaml', import.meta.url), 'utf8');

function overrides(...texts: string[]): Override[] {
  const parsed = parseOverrides(texts);
  if (!parsed.ok) throw new Error(`test overrides do not parse: ${JSON.stringify(parsed.problems)}`);
  return parsed.overrides;
}

async function problems(text: string, ...sets: string[]): Promise<Problem[]> {
  const v = await validateScenarioText(text, 'case.yaml', overrides(...sets));
  return v.ok ? [] : v.problems;
}

/** The base scenario with one line replaced, for values --set cannot write (YAML's .inf and .nan). */
const edited = (from: string, to: string) => {
  expect(BASE).toContain(from);
  return BASE.replace(from, to);
};

describe('validateScenarioText() refuses the numbers that made non-finite outputs', () => {
  it.each([
    ['fleet[0].unitPrice=1.7e308', 'fleet[0].unitPrice', m.atMost(LIMITS.shownMoney)],
    ['price.model.drift=100000 %', 'price.model.drift', m.atMost(LIMITS.shownDrift)],
    [
      'price.model={ type: jump-diffusion, drift: 0.4, volatility: 0.8, jumpsPerYear: 5, jumpMean: 1000000 %, jumpVolatility: 0.1 }',
      'price.model.jumpMean',
      m.atMost('100 %'),
    ],
    ['network.difficulty=1e-300', 'network.difficulty', m.numberAtLeast(1, true)],
    [
      'network.model={ type: growth, rate: 1000000 %, per: epoch }',
      'network.model.rate',
      m.atMost('10,000 %'),
    ],
    ['price.model={ type: gbm, calibrate: 1e300 years }', 'price.model.calibrate', m.atMost('100 years')],
    ['fleet[0].deploymentDelay=1e300 years', 'fleet[0].deploymentDelay', m.atMost('100 years')],
    ['fees.model.amount=1e308', 'fees.model.amount', m.numberAtMost(LIMITS.feesPerBlockCoins, true)],
    ['costs.fixed=1e308 USD/month', 'costs.fixed', m.atMost(LIMITS.shownFixed)],
  ])('validateScenarioText() with --set %s refuses %s: %s', async (set, path, message) => {
    const found = await problems(BASE, set);
    expect(found.map((p) => p.path)).toEqual([path]);
    expect(found[0].message.startsWith(message)).toBe(true);
  });

  it("validateScenarioText() refuses an expression tariff above a constant tariff's bound on some day, naming the day", async () => {
    const found = await problems(BASE, 'power.price={ expression: "0.05 * 1.1^t" }');
    const day56 = 0.05 * 1.1 ** 56;
    expect(found).toHaveLength(1);
    expect(found[0].path).toBe('power.price.expression');
    expect(found[0].message).toContain(m.tariffTooHigh(56, '2017-07-12', day56, LIMITS.shownTariff));
  });

  it('validateScenarioText() accepts an expression tariff at the bound', async () => {
    expect(await problems(BASE, 'power.price={ expression: "t > 300 ? 10 : 0.05" }')).toEqual([]);
  });

  it('validateScenarioText() refuses a drift that compounds past the market range over the horizon, and says what to change', async () => {
    const found = await problems(BASE, 'horizon=100 years', 'price.model.drift=300 %');
    expect(found.map((p) => p.path)).toEqual(['price.model']);
    expect(found[0].message).toMatch(
      /^over the 100-year horizon this model could move the price by a factor of about 1e\d+ /,
    );
    expect(found[0].message).toContain('shorten the horizon or lower the drift, volatility or jumps');
  });

  it('validateScenarioText() refuses an endogenous network that orders machines until its hashrate overflows after its lag, and says what to change', async () => {
    // Fuzz case 27977: a frontier of 1e-20 J/H at 10 USD/kWh stands e^764 above an entry margin
    // of 5e-324; with a 1-day lag the margins before the start bound nothing, and the hashrate
    // reached Infinity on day 7. (5e-324, a subnormal, is now refused as it is read: the case
    // takes 1e-307, about the smallest normal number, instead: a factor of 1e479, not 1e500.)
    const model =
      'network.model={ type: endogenous, powerPrice: 10 USD/kWh, efficiency: 1e-20 J/H, efficiencyGain: 90 %, lag: 1 day, entryRate: 10000 %, entryMargin: 1e-307, shutdownMargin: 1000000, shutdown: 1, volatility: 1000 % }';
    const found = await problems(BASE, model);
    expect(found.map((p) => p.path)).toEqual(['network.model']);
    expect(found[0].message).toBe(
      m.marketRange('network hashrate', 479 * Math.LN10, LIMITS.marketRangeLog, 365 / 365.25, 6),
    );
    // Entering at 10 % a year, the same network grows by e^84 at most over the year: it runs, and
    // its summary meets its schema.
    const v = await validateScenarioText(BASE, 'case.yaml', overrides(model, 'network.model.entryRate=10 %'));
    expect(v.ok).toBe(true);
    expect((await simulate(v)).exit).toBe(0);
  });

  it('priceLogRange() counts the drift over the horizon and six standard deviations of the random part', async () => {
    const v = await validateScenarioText(
      BASE,
      'case.yaml',
      overrides('horizon=4 years', 'price.model.drift=50 %'),
    );
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    const years = v.scenario.days / 365.25;
    expect(priceLogRange(v.scenario)).toBeCloseTo(0.5 * years + 6 * 0.8 * Math.sqrt(years), 10);
  });

  it('networkLogRange() of a price-coupled network counts the fee spikes it follows: elasticity x ln(multiplier)', async () => {
    // The network follows price x (subsidy + fees) per block; a spike of x1000 raises revenue per
    // block by up to ln 1000 = 6.908, so with elasticity 10 its equilibrium by up to 69.08 in log
    // hashrate more than without spikes (a factor of 1e30 the 1e100 bound did not count).
    const range = async (...sets: string[]) => {
      const v = await validateScenarioText(
        edited('model: { type: growth, rate: 50 % }', 'model: { type: price-coupled, elasticity: 10 }'),
        'case.yaml',
        overrides(...sets),
      );
      if (!v.ok) throw new Error(JSON.stringify(v.problems));
      return networkLogRange(v.scenario);
    };
    const calm = await range();
    const spiky = await range('fees.model.spikes.perYear=4', 'fees.model.spikes.multiplier=1000');
    expect(spiky - calm).toBeCloseTo(10 * Math.log(1000), 9);
  });

  it('validateScenarioText() accepts the extremes of a real scenario: 1e9 USD a coin, 10 million units, 1000 % volatility', async () => {
    expect(
      // Units of 100 GH/s, so the 10 million fit in the 4 EH/s network.
      await problems(
        BASE,
        'price.start=1e9 USD',
        'fleet[0].count=10000000',
        'fleet[0].hashrate=100 GH/s',
        'price.model.volatility=1000 %',
      ),
    ).toEqual([]);
  });

  it('validateScenarioText() refuses sample paths whose tables would pass the output limit, and names how many fit', async () => {
    const found = await problems(
      BASE,
      'horizon=100 years',
      'outputs.samplePaths=1000',
      'price.model.volatility=30 %',
    );
    expect(found).toHaveLength(1);
    expect(found[0].path).toBe('outputs.samplePaths');
    const weeks = Math.ceil(36525 / 7) + 1;
    const points = 1000 * weeks;
    expect(found[0].message).toContain(
      m.samplePathsTooLarge(
        1000,
        points,
        LIMITS.samplePoints,
        Math.round((points * LIMITS.bytesPerSamplePoint) / 1e6),
        Math.floor(LIMITS.samplePoints / weeks),
      ),
    );
  });

  it('validateScenarioText() refuses an explicit bootstrap window outside the history or of fewer than 30 days', async () => {
    const outside = await problems(BASE, 'price.model={ type: bootstrap, from: 2009-01-01, to: 2009-02-01 }');
    const { firstDate, lastDate } = loadHistory('bitcoin');
    expect(
      outside[0].message.startsWith(
        cm.dateOutsideHistory('2009-01-01', 'bitcoin', firstDate, lastDate, 'price.model.from'),
      ),
    ).toBe(true);
    const reversed = await problems(
      BASE,
      'price.model={ type: bootstrap, from: 2016-01-02, to: 2016-01-01 }',
    );
    // `from` the day after `to`: the window is not 0 days long, its dates are the wrong way round.
    expect(reversed.map((p) => [p.path, p.message])).toEqual([
      ['price.model.to', `${m.windowReversed('2016-01-02', '2016-01-01', 30)} (got "2016-01-01")`],
    ]);
    expect(reversed[0].message).not.toContain('holds 0 days');
    // Two days, one return: resampled every day, it compounded to a price of billions of USD.
    const two = await problems(BASE, 'price.model={ type: bootstrap, from: 2016-01-01, to: 2016-01-02 }');
    expect(two.map((p) => [p.path, p.message])).toEqual([
      ['price.model.to', `${m.windowTooShort(2, 30)} (got "2016-01-02")`],
    ]);
    expect(
      await problems(
        BASE,
        'price.model={ type: bootstrap, from: 2016-01-01, to: 2016-01-30, blockLength: 29 days }',
      ),
    ).toEqual([]);
  });

  it('validateScenarioText() refuses a bootstrap window of fewer than 30 days counted back from the start', async () => {
    const found = await problems(BASE, 'price.model={ type: bootstrap, window: 2 days }');
    expect(found.map((p) => [p.path, p.message])).toEqual([
      ['price.model.window', expect.stringContaining(m.atLeast('30 days'))],
    ]);
    expect(
      await problems(BASE, 'price.model={ type: bootstrap, window: 30 days, blockLength: 29 days }'),
    ).toEqual([]);
  });

  it('validateScenarioText() refuses a bootstrap block longer than its window', async () => {
    const found = await problems(
      BASE,
      'price.model={ type: bootstrap, window: 60 days, blockLength: 90 days }',
    );
    expect(found.map((p) => [p.path, p.message])).toEqual([
      ['price.model.blockLength', `${m.blockLongerThanWindow(60, 59)} (got "90 days")`],
    ]);
  });
});

describe('historyValues()', () => {
  it("historyValues() refuses a start price from the history outside the scenario's bounds (an imported day of 1e300 USD)", async () => {
    const v = await validateScenarioText(BASE, 'case.yaml', overrides('price.model={ type: fixed }'));
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    const history = loadHistory('bitcoin');
    const priceUsd = Float64Array.from(history.priceUsd);
    const i = history.indexOf('2017-05-17');
    priceUsd[i] = 1e300;
    const out: { path: (string | number)[]; message: string }[] = [];
    historyValues({ ...v.scenario, price: { ...v.scenario.price, start: undefined } }, out, {
      ...history,
      priceUsd,
    });
    expect(out).toEqual([
      {
        path: ['price'],
        message: m.historyOutOfBounds(
          'price',
          '2017-05-17',
          1e300,
          `${LIMITS.shownMinCoinPrice} to ${LIMITS.shownMoney}`,
        ),
      },
    ]);
    const fine: typeof out = [];
    historyValues({ ...v.scenario, price: { ...v.scenario.price, start: undefined } }, fine, history);
    expect(fine).toEqual([]);
  });
});

describe('messages for weak cases name the reason', () => {
  it.each([
    ['fleet[0].count', '    count: 10', '    count: .inf', 'Infinity'],
    ['fleet[0].unitPrice', '    unitPrice: 2400 USD', '    unitPrice: .nan', 'NaN'],
    ['price.start', '  start: 1800 USD', '  start: -.inf', '-Infinity'],
    ['power.pue', '  price: 0.05 USD/kWh', '  price: 0.05 USD/kWh\n  pue: .inf', 'Infinity'],
  ])(
    'validateScenarioText() says %s is not a finite number for YAML .inf and .nan',
    async (path, from, to, got) => {
      const found = await problems(edited(from, to));
      expect(found.map((p) => [p.path, p.message])).toEqual([[path, `${m.notFinite()} (got ${got})`]]);
    },
  );

  it('validateScenarioText() says a whitespace-only expression is empty', async () => {
    const found = await problems(BASE, 'power.price={ expression: "   " }');
    expect(found.map((p) => p.message)).toEqual([`${em.empty()} (got "   ")`]);
  });

  it('validateScenarioText() names the allowed range for a start date out of it', async () => {
    const found = await problems(BASE, 'start=1990-01-01');
    expect(found.map((p) => p.message)).toEqual([
      `${m.dateOutOfRange(FIRST_DATE, LAST_DATE)} (got "1990-01-01")`,
    ]);
  });

  it("validateScenarioText() names the schema's maximum count for 1e300, not the safe-integer one", async () => {
    const found = await problems(BASE, 'fleet[0].count=1e300');
    expect(found.map((p) => p.message)).toEqual([`${m.numberAtMost(10_000_000, true)} (got 1e300)`]);
  });

  it('minesim hashprice --date 2017-02-30 says the date is invalid, not that there is no history', async () => {
    const outcome = await runCommand(['hashprice', '--date', '2017-02-30']);
    expect(outcome.exit).toBe(2);
    expect(outcome.output).toContain(cliMessages.badDate('2017-02-30'));
  });

  it('minesim run --paths 1e300 is a usage error naming the bound, not a crash', async () => {
    const outcome = await runCommand(['run', 'no-such.yaml', '--paths', '1e300']);
    expect(outcome.exit).toBe(2);
    expect(outcome.output).toContain(cliMessages.badPaths('1e300', LIMITS.paths));
  });

  it('parseOverrides() refuses an index past 9999', () => {
    const parsed = parseOverrides(['fleet[100000].count=1']);
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.message)).toEqual([
      om.indexTooLarge('100000', 9999),
    ]);
  });
});
