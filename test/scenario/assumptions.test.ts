// The assumptions table states every input of a scenario: each leaf of the normalized scenario
// (every value a run reads, defaults included) has a line in the summary's table, or is one of the
// few keys the report shows elsewhere (SHOWN_ELSEWHERE). A new schema field fails this test until
// it gets a line.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { inputLines, SHOWN_ELSEWHERE, whereStated } from '../../src/scenario/assumptions.js';
import { formatTariff } from '../../src/scenario/cost-lines.js';
import { scenarioNames, scenarioOf, scenarioText } from '../fixtures/scenarios.js';

/** Every leaf of a value as `fleet[0].unitPriceUsd`-style paths. */
function leafPaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) =>
      v === undefined ? [] : leafPaths(v, path === '' ? k : `${path}.${k}`),
    );
  return [path];
}

// Every optional input a scenario can give, in two files (some exclude each other).
const EVERYTHING_BITCOIN = `
name: every-input-bitcoin
start: 2019-03-01
horizon: 400 days
fleet:
  - model: Antminer S9
    name: old
    count: 3
    unitPrice: 400 USD
    importPremium: 5 %
    setupCost: 100 USD
    purchased: 2019-02-20
    deploymentDelay: 12 days
    failureRate: 4 %
    degradation: 2 %
    uptime: 95 %
    retire: 2019-12-31
  - hashrate: 20 TH/s
    power: 1500 W
    hardwareClass: sha256
    count: 2
    unitPrice: 1000 USD
power:
  price: { schedule: [{ from: 2019-03-01, price: 0.05 USD/kWh }, { from: 2019-09-01, price: 0.07 USD/kWh }] }
  pue: 1.15
  hosting: 4 USD/kW/month
costs: { poolFee: 1.5 %, maintenance: 2 USD/month, fixed: 300 USD/month }
network:
  difficulty: 6.2T
  model: { type: price-coupled, elasticity: 0.8, lag: 90 days, efficiencyGain: 15 %, volatility: 10 % }
  powChanges: [{ date: 2019-10-01, name: imagined fork, strands: [] }]
fees: { model: { type: per-block, amount: 0.2, spikes: { perYear: 2, multiplier: 3, duration: 5 days } } }
price:
  start: 3900 USD
  model: { type: jump-diffusion, drift: 10 %, volatility: 70 %, jumpsPerYear: 3, jumpMean: -5 %, jumpVolatility: 10 % }
operation: shutdown-when-unprofitable
treasury: sell-to-cover
money: { discountRate: 8 %, salvage: { model: fixed, fraction: 30 % } }
monteCarlo: { paths: 50, seed: abc, antithetic: true }
claims: [payback > 1 year]
outputs: { samplePaths: 3 }
sweep: { vary: [power.price=0.03..0.09:3] }
`;

const EVERYTHING_MONERO = `
name: every-input-monero
coin: monero
start: 2018-06-01
horizon: 1 year
fleet:
  - hashrate: 4.1 kH/s
    power: 100 W
    count: 4
    unitPrice: 300 USD
power: { price: { expression: '0.05 + 0.01 * sin(2 * pi * t / 365)' } }
network:
  height: 1590000
  hashrate: 500 MH/s
  model: { type: stochastic, drift: 50 %, volatility: 40 %, meanReversion: 20 %, priceCorrelation: 0.3 }
fees: { model: { type: share-of-subsidy, share: 1 % } }
price: { model: { type: bootstrap, from: 2016-01-01, to: 2018-05-31, blockLength: 20 days } }
treasury: hold
money: { salvage: { model: none } }
`;

const shipped = scenarioNames().map((name) => [`scenarios/${name}.yaml`, scenarioText(name)] as const);
const cases = [
  ...shipped,
  ['every-input-bitcoin.yaml', EVERYTHING_BITCOIN] as const,
  ['every-input-monero.yaml', EVERYTHING_MONERO] as const,
];

describe('the assumptions table', () => {
  it.each(cases)(
    'runMonteCarlo() on %s puts every input of the normalized scenario in summary.scenario.assumptions',
    async (file, text) => {
      const s = await scenarioOf(text, file);
      const { summary } = await runMonteCarlo(s, { paths: 4, workers: 1, withBacktest: false });
      const labels = new Set(summary.scenario.assumptions.map((a) => a.label));
      const { before, market, after } = inputLines(s, summary.scenario.days, summary.run);
      const lines = [...before, ...market, ...after];
      const missing = leafPaths(s).filter((path) => {
        const where = whereStated(path, lines);
        return where === null || ('line' in where && !labels.has(where.line));
      });
      expect(missing).toEqual([]);
    },
  );

  it('whereStated() names only top-level keys that the report shows outside the table', () => {
    expect(Object.keys(SHOWN_ELSEWHERE).sort()).toEqual(
      ['claims', 'coin', 'description', 'name', 'outputs', 'sweep'].sort(),
    );
    expect(whereStated('fleet[1].uptime', [])).toBeNull();
    expect(whereStated('coin', [])).toEqual({ elsewhere: SHOWN_ELSEWHERE.coin });
    expect(whereStated('price.model.drift', [])).toEqual({ line: 'Price model' });
    expect(whereStated('fees.model.spikes.perYear', [])).toEqual({ line: 'Fee spikes' });
  });

  it('runMonteCarlo() writes the flagship’s tariff, PUE, premium, uptime, treasury and salvage, before the charts’ inputs', async () => {
    const s = await scenarioOf(shipped.find(([f]) => f.endsWith('north-korea-2017-s9.yaml'))![1], 'flagship');
    const { summary } = await runMonteCarlo(s, { paths: 4, workers: 1, withBacktest: false });
    const value = (label: string) => summary.scenario.assumptions.find((a) => a.label === label)?.value;
    expect(value('Electricity price')).toBe('0.1 USD/kWh');
    expect(value('PUE')).toBe('1.1');
    expect(value('Import premium')).toBe('30 %');
    expect(value('Uptime')).toBe('90 %');
    expect(value('Pool fee')).toBe('2 %');
    expect(value('Treasury')).toMatch(/sold each day/);
    expect(value('Discount rate')).toBe('10 % a year');
    expect(value('Salvage')).toMatch(/^80 % of the unit price/);
    expect(value('Monte Carlo')).toBe('4 paths, seed 2017');
    const labels = summary.scenario.assumptions.map((a) => a.label);
    expect(labels.indexOf('Machines')).toBe(0);
    expect(labels.indexOf('Price model')).toBeGreaterThan(labels.indexOf('Fixed costs'));
    expect(labels.indexOf('Treasury')).toBeGreaterThan(labels.indexOf('Fees'));
  });

  it('formatTariff() shows a long schedule by its first six entries and its last', () => {
    const schedule = Array.from({ length: 10 }, (_, i) => ({ from: `2020-0${i}-01`, price: i / 100 }));
    const text = formatTariff({ schedule });
    expect(text).toContain('0.05 USD/kWh from 2020-05-01; … 3 more …; 0.09 USD/kWh from 2020-09-01');
    expect(formatTariff({ expression: '0.05' })).toBe('expression in USD/kWh: 0.05');
  });
});
