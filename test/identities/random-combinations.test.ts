// Random combinations of features (coin, start, horizon, treasury, operation, hosting basis and
// deposit, curtailment, costs, wear, delays, cohorts bought before the start or in stages, retired
// or stranded, a loan with or without a covenant tested daily, weekly or monthly, a lease, swaps and
// options, tax with its options, a replayed market cut at the history's end), each validated as
// `minesim run` validates it (those refused are skipped: the rules' refusals were read and are
// right), then every path checked by identityProblems (harness.ts), the back-test too where the
// start is in the history, and the Monte Carlo's outcomes against the traced paths'.
import { expect, it } from 'vitest';
import { stringify } from 'yaml';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { OUTCOMES } from '../../src/stats/outcomes.js';
import { type Draft, scenarioDraft } from '../fixtures/scenarios.js';
import { identityProblems, traceBacktest, tracePaths } from './harness.js';

// A seeded generator (an LCG) of the drafts: the same 30 scenarios every run; FUZZ_SEED and FUZZ_N
// (at most 2,000) draw others.
let seed = Number(process.env.FUZZ_SEED ?? 7);
const rnd = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
const chance = (p: number) => rnd() < p;

function draft(): Draft {
  const btc = chance(0.7);
  const d = btc ? scenarioDraft('s21-fleet-2026') : scenarioDraft('north-korea-2017-monero-cpu');
  d.claims = [];
  if (btc) {
    const start = pick(['2026-01-22', '2024-03-01', '2025-05-01']);
    d.start = start;
    if (start !== '2026-01-22') {
      d.network = { model: { type: 'growth', calibrate: '1 year' } };
      d.price = { model: { type: 'gbm', calibrate: '2 years' } };
    }
  }
  const months = pick([6, 9, 12, 18, 24]);
  d.horizon = `${months} months`;
  d.treasury = pick(['sell-daily', 'hold', 'sell-to-cover']);
  d.operation = pick(['always-on', 'shutdown-when-unprofitable']);
  d.money = {
    discountRate: `${pick([0, 5, 10, 15])} %`,
    salvage: { model: pick(['hashprice-linked', 'fixed', 'none']), fraction: '70 %' },
  };
  if (d.money.salvage.model === 'none') delete d.money.salvage.fraction;
  const base = d.fleet[0];
  base.name = 'A';
  base.count = btc ? 50 : 500;
  base.failureRate = pick(['0 %', '5 %', '25 %']);
  const cohorts = pick([1, 1, 2, 3]);
  for (let c = 1; c < cohorts; c++) {
    const c2 = { ...base, name: `C${c}`, count: btc ? 20 : 300 };
    const startDate = new Date(`${d.start ?? (btc ? '2026-01-22' : '2017-05-17')}T00:00:00Z`);
    startDate.setUTCDate(startDate.getUTCDate() + Math.floor(rnd() * months * 20));
    c2.purchased = startDate.toISOString().slice(0, 10);
    d.fleet.push(c2);
  }
  d.power.price = btc
    ? pick(['0.04 USD/kWh', '0.06 USD/kWh', '0.08 USD/kWh'])
    : pick(['0.05 USD/kWh', '0.15 USD/kWh']);
  const h = pick(['none', 'nameplate', 'metered', 'allin', 'share']);
  if (h === 'nameplate')
    d.power.hosting = {
      basis: 'per-kw',
      rate: '5 USD/kW/month',
      deposit: '2 months',
      term: '1 year',
      depositOnDefault: pick(['forfeited', 'refunded']),
    };
  if (h === 'metered')
    d.power.hosting = {
      basis: 'per-kw',
      rate: '5 USD/kW/month',
      on: 'metered',
      deposit: '1 month',
      term: '2 years',
    };
  if (h === 'allin') {
    d.power.price = '0 USD/kWh';
    d.power.hosting = { basis: 'all-in', rate: btc ? '0.065 USD/kWh' : '0.1 USD/kWh' };
  }
  if (h === 'share')
    d.power.hosting = {
      basis: 'revenue-share',
      share: '25 %',
      ...(chance(0.5) ? { waterfall: { after: '45 %' } } : {}),
    };
  if (chance(0.3)) base.degradation = '5 %';
  if (chance(0.3)) base.deploymentDelay = `${pick([0, 7, 30])} days`;
  if (chance(0.2)) {
    const x = new Date(`${d.start ?? (btc ? '2026-01-22' : '2017-05-17')}T00:00:00Z`);
    x.setUTCDate(x.getUTCDate() - 200);
    base.purchased = x.toISOString().slice(0, 10);
  }
  if (chance(0.25)) {
    const x = new Date(`${d.start ?? (btc ? '2026-01-22' : '2017-05-17')}T00:00:00Z`);
    x.setUTCDate(x.getUTCDate() + Math.floor(rnd() * months * 30));
    d.fleet[d.fleet.length - 1].retire = x.toISOString().slice(0, 10);
  }
  if (!btc && chance(0.3))
    d.fleet.push({
      model: 'Antminer X3',
      name: 'X3',
      count: 2,
      unitPrice: '3000 USD',
      purchased: '2018-01-10',
    });
  if (btc && d.start !== '2026-01-22' && chance(0.3)) d.price = { model: { type: 'historical' } };
  if (chance(0.3)) d.power.curtailment = { credit: '60 USD/MWh', budget: '5 hours' };
  if (chance(0.3)) d.costs = { ...(d.costs ?? {}), maintenance: '3 USD/month', fixed: '500 USD/month' };
  const finance: Draft = {};
  const covenant = chance(0.4);
  if (chance(0.6)) {
    finance.loans = [
      {
        loanToValue: `${pick([20, 30, 40])} %`,
        rate: '11 %',
        term: `${pick([3, 6, months])} months`,
        repayment: pick(['amortizing', 'bullet']),
        fee: '1 %',
        ...(chance(0.3) ? { balloonAtHorizon: true } : {}),
        ...(covenant
          ? {
              marginCall: {
                loanToValue: '80 %',
                restoreTo: '60 %',
                topUp: pick(['0 USD', '5000 USD']),
                testEvery: pick(['1 day', '1 week', '1 month']),
              },
            }
          : {}),
      },
    ];
  }
  if (!covenant && cohorts > 1 && chance(0.6)) {
    finance.leases = [
      {
        cohort: 'C1',
        payment: btc ? '3000 USD/month' : '500 USD/month',
        term: `${pick([1, 2, 3])} months`,
        residual: pick(['0 USD', '2000 USD']),
      },
    ];
  }
  if (chance(0.5)) {
    const hs: Draft[] = [];
    if (chance(0.5))
      hs.push({
        type: 'hashprice-swap',
        hashrate: btc ? '2 PH/s' : '50 kH/s',
        price: btc ? '45 USD/PH/day' : '3 USD/kH/day',
        term: `${pick([1, 3])} months`,
      });
    if (chance(0.5))
      hs.push({
        type: 'price-swap',
        coins: btc ? 0.2 : 20,
        price: btc ? '80000 USD' : '50 USD',
        term: '2 months',
      });
    if (chance(0.5))
      hs.push({
        type: pick(['put', 'call']),
        position: pick(['bought', 'sold']),
        coins: btc ? 1 : 50,
        strike: btc ? '70000 USD' : '40 USD',
        premium: btc ? '2000 USD' : '2 USD',
        expiry: (() => {
          const x = new Date(`${d.start ?? (btc ? '2026-01-22' : '2017-05-17')}T00:00:00Z`);
          x.setUTCDate(x.getUTCDate() + 100);
          return x.toISOString().slice(0, 10);
        })(),
      });
    if (hs.length > 0) finance.hedges = hs;
  }
  if (chance(0.7)) {
    finance.tax = {
      rate: `${pick([0, 21, 35])} %`,
      coinBasis: chance(0.5),
      ...(chance(0.8)
        ? {
            depreciation: pick([
              { method: 'straight-line', lifeYears: 3 },
              { method: 'bonus', bonus: '60 %', lifeYears: 5 },
              { method: 'declining-balance', lifeYears: 4 },
            ]),
          }
        : {}),
      ...(chance(0.4) ? { lossOffsetLimit: '80 %' } : {}),
      ...(chance(0.2) ? { lossCarryForward: false } : {}),
      yearEnd: pick(['12-31', '06-30', '03-31']),
    };
    if (finance.tax.lossCarryForward === false) delete finance.tax.lossOffsetLimit;
  }
  if (Object.keys(finance).length > 0) d.finance = finance;
  return d;
}

it('identityProblems() finds nothing on 30 scenarios of random combinations of features, nor the Monte Carlo a different outcome', async () => {
  const found: string[] = [];
  let ran = 0;
  let refused = 0;
  const reasons: Record<string, number> = {};
  for (let i = 0; i < Math.min(2000, Number(process.env.FUZZ_N ?? 30)); i++) {
    const d = draft();
    const text = stringify(d);
    const v = await validateScenarioText(text, 'fuzz.yaml');
    if (!v.ok) {
      refused++;
      const r = v.problems[0].path;
      if (process.env.SHOW)
        console.log('REFUSED', v.problems.map((p) => `${p.path}: ${p.message}`).join(' | '));
      reasons[r] = (reasons[r] ?? 0) + 1;
      continue;
    }
    ran++;
    const { plan, paths } = await tracePaths(v.scenario, 4);
    const { bad } = identityProblems(v.scenario, plan, paths);
    const run = await runMonteCarlo(v.scenario, {
      paths: 4,
      workers: 1,
      breakEvenPaths: 0,
      withBacktest: false,
    });
    for (const name of OUTCOMES) {
      if (name.startsWith('breakEven')) continue;
      const col = run.outcomes[name];
      for (let k = 0; k < col.length; k++) {
        const a = col[k];
        const b = paths[k].metrics[METRIC[name as keyof typeof METRIC]];
        if (!Object.is(a, b)) bad.push(`run vs trace ${name} path ${k}: ${a} vs ${b}`);
      }
    }
    const bt = d.start && d.start !== '2026-01-22' ? await traceBacktest(v.scenario) : null;
    const btBad = bt ? identityProblems(v.scenario, bt.plan, [bt.path]).bad : [];
    if (bad.length + btBad.length > 0) {
      found.push(
        `case ${i}:\n${text}\n${[...bad, ...btBad.map((b) => `back-test: ${b}`)].slice(0, 12).join('\n')}`,
      );
    }
  }
  if (process.env.SHOW) console.log('ran', ran, 'refused', refused, JSON.stringify(reasons));
  expect(found).toEqual([]);
  expect(ran).toBeGreaterThan(10);
}, 600000);
