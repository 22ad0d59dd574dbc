// Accounting identities on every path of scenarios that combine features (Monero with a covenanted
// loan and coin-basis tax under hold; failures with margin calls; sell-to-cover with a lease, hedges
// and curtailment; two cohorts, one leased and one financed, under a revenue share and the shutdown
// rule; a retire with a bullet loan and a sold call; a stranded cohort beside a leased one; back-tests
// cut at the history's end with loans, leases, hedges and tax). Each path is run through the kernel
// with its daily trace and the books' flows (harness.ts), and checked (identityProblems): the flows
// add up to the net position plus the salvage at the horizon; the NPVs and IRRs are those of the
// flows (an IRR a root of them); each day's cash and coins change by its revenue less its costs;
// the totals are the trace's; the project's tax worked out by hand from the trace, year by year;
// tax never negative and never below the rate x the whole horizon's income; the equity = the
// project + loans - interest + hedges + leases - tax; the paybacks found again from the positions;
// and the Monte Carlo's own outcomes for the same paths the same to the bit.
import { expect, it } from 'vitest';
import { METRIC } from '../../src/engine/kernel/metrics.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { OUTCOMES } from '../../src/stats/outcomes.js';
import { type Draft, loadScenario } from '../fixtures/scenarios.js';
import { identityProblems, traceBacktest, tracePaths } from './harness.js';

const N = 12;

const grid: Record<string, [string, (d: Draft) => void]> = {
  moneroLoanTaxCoinBasisHold: [
    'north-korea-2017-monero-cpu',
    (d) => {
      d.horizon = '1 year';
      d.claims = [];
      d.treasury = 'hold';
      d.money.salvage = { model: 'hashprice-linked', fraction: '80 %' };
      d.finance = {
        loans: [
          {
            loanToValue: '60 %',
            rate: '12 %',
            term: '12 months',
            fee: '1 %',
            marginCall: { loanToValue: '90 %', restoreTo: '70 %', topUp: '1000 USD' },
          },
        ],
        tax: {
          rate: '21 %',
          coinBasis: true,
          depreciation: { method: 'straight-line', lifeYears: 3 },
          lossOffsetLimit: '80 %',
        },
      };
    },
  ],
  s9HoldMarginFailures: [
    'north-korea-2017-s9-hold',
    (d) => {
      d.horizon = '2 years';
      d.fleet[0].failureRate = '30 %';
      d.finance = {
        loans: [
          {
            loanToValue: '40 %',
            rate: '10 %',
            term: '18 months',
            marginCall: { loanToValue: '85 %', restoreTo: '70 %' },
          },
        ],
        tax: { rate: '25 %', coinBasis: true, depreciation: { method: 'declining-balance', lifeYears: 4 } },
      };
    },
  ],
  s21SellToCoverLeaseHedgeCurtail: [
    's21-fleet-2026',
    (d) => {
      d.horizon = '1 year';
      d.claims = [];
      d.treasury = 'sell-to-cover';
      d.fleet[0].name = 'S21';
      d.power.curtailment = { credit: '60 USD/MWh', budget: '10 hours' };
      d.finance = {
        leases: [{ cohort: 'S21', payment: '80000 USD/month', term: '12 months', residual: '300000 USD' }],
        hedges: [
          { type: 'hashprice-swap', hashrate: '50 PH/s', price: '40 USD/PH/day', term: '6 months' },
          { type: 'put', coins: 5, strike: '70000 USD', premium: '3000 USD', expiry: '2026-10-01' },
        ],
        tax: {
          rate: '21 %',
          coinBasis: true,
          depreciation: { method: 'bonus', bonus: '100 %', lifeYears: 5 },
        },
      };
    },
  ],
  twoCohortsLeaseLoanShutdownShare: [
    's21-fleet-2026',
    (d) => {
      d.horizon = '2 years';
      d.treasury = 'hold';
      d.fleet[0].name = 'A';
      d.fleet[0].count = 100;
      d.fleet.push({ ...d.fleet[0], name: 'B', count: 50, purchased: '2026-06-01' });
      d.power.hosting = { basis: 'revenue-share', share: '20 %', waterfall: { after: '40 %' } };
      d.power.price = '0.06 USD/kWh';
      d.finance = {
        loans: [{ cohorts: ['A'], loanToValue: '50 %', rate: '10 %', term: '12 months' }],
        leases: [{ cohort: 'B', payment: '10000 USD/month', term: '12 months', residual: '50000 USD' }],
        tax: { rate: '21 %', depreciation: { method: 'straight-line', lifeYears: 3 }, yearEnd: '06-30' },
      };
    },
  ],
  sellToCoverCovenantCoinBasis: [
    's21-fleet-2026',
    (d) => {
      d.horizon = '2 years';
      d.claims = [];
      d.treasury = 'sell-to-cover';
      d.fleet[0].failureRate = '20 %';
      d.finance = {
        loans: [
          {
            loanToValue: '35 %',
            rate: '12 %',
            term: '18 months',
            marginCall: { loanToValue: '80 %', restoreTo: '60 %', topUp: '20000 USD' },
          },
        ],
        hedges: [{ type: 'price-swap', coins: 1, price: '80000 USD', term: '12 months' }],
        tax: {
          rate: '30 %',
          coinBasis: true,
          depreciation: { method: 'straight-line', lifeYears: 2 },
          lossOffsetLimit: '50 %',
        },
      };
    },
  ],
  retireMidLoanTaxHold: [
    'north-korea-2017-s9-july-stop',
    (d) => {
      d.claims = [];
      d.treasury = 'hold';
      d.fleet.push({ ...d.fleet[0], name: 'late', retire: undefined, purchased: '2017-09-01' });
      d.fleet[0].name = 'early';
      d.finance = {
        loans: [
          { cohorts: ['late'], principal: '10000 USD', rate: '9 %', term: '12 months', repayment: 'bullet' },
        ],
        hedges: [
          {
            type: 'call',
            position: 'sold',
            coins: 2,
            strike: '5000 USD',
            premium: '300 USD',
            expiry: '2018-01-15',
          },
        ],
        tax: {
          rate: '20 %',
          coinBasis: true,
          depreciation: { method: 'straight-line', lifeYears: 3 },
          yearEnd: '03-31',
        },
      };
    },
  ],
  x3BrickTaxLeaseSwap: [
    'cryptonight-asic-2018-x3',
    (d) => {
      d.claims = [];
      d.horizon = '1 year';
      d.fleet[0].name = 'X3';
      d.fleet.push({ model: 'Intel Core i7-2600K', name: 'cpu', count: 200, unitPrice: '50 USD' });
      d.finance = {
        leases: [{ cohort: 'cpu', payment: '300 USD/month', term: '6 months', residual: '1000 USD' }],
        hedges: [{ type: 'hashprice-swap', hashrate: '1000 kH/s', price: '2 USD/kH/day', term: '1 month' }],
        tax: { rate: '25 %', depreciation: { method: 'bonus', bonus: '50 %', lifeYears: 3 } },
      };
    },
  ],
  leanEverything: [
    's21-fleet-2026',
    (d) => {
      d.horizon = '2 years';
      d.claims = [];
      d.fleet[0].failureRate = '15 %';
      d.fleet[0].uptime = '90 %';
      d.costs.maintenance = '5 USD/month';
      d.costs.fixed = '3000 USD/month';
      d.power.price = '0.07 USD/kWh';
      d.power.hosting = {
        basis: 'per-kw',
        rate: '4 USD/kW/month',
        on: 'metered',
        deposit: '3 months',
        term: '1 year',
      };
      d.power.curtailment = { credit: '80 USD/MWh', budget: '20 hours' };
      d.finance = {
        loans: [
          {
            loanToValue: '30 %',
            rate: '11 %',
            term: '20 months',
            marginCall: { loanToValue: '80 %', topUp: '50000 USD' },
          },
        ],
        hedges: [
          {
            type: 'call',
            position: 'sold',
            coins: 3,
            strike: '100000 USD',
            premium: '4000 USD',
            expiry: '2027-01-05',
          },
        ],
        tax: {
          rate: '21 %',
          depreciation: { method: 'declining-balance', lifeYears: 5 },
          lossOffsetLimit: '80 %',
          yearEnd: '09-30',
        },
      };
    },
  ],
  moneroSellDailyHedges: [
    'north-korea-2017-monero-cpu',
    (d) => {
      d.claims = [];
      d.operation = 'shutdown-when-unprofitable';
      d.power.price = '0.30 USD/kWh';
      d.finance = {
        loans: [{ principal: '20000 USD', rate: '15 %', term: '12 months', repayment: 'bullet' }],
        hedges: [
          { type: 'hashprice-swap', hashrate: '100 kH/s', price: '3 USD/kH/day', term: '6 months' },
          { type: 'price-swap', coins: 20, price: '40 USD', term: '3 months', start: '2017-09-01' },
        ],
        tax: { rate: '30 %', depreciation: { method: 'straight-line', lifeYears: 1 } },
      };
    },
  ],
  zeroTaxHoldTwoCohorts: [
    'north-korea-2017-s9-hold',
    (d) => {
      d.horizon = '2 years';
      d.claims = [];
      d.fleet.push({ ...d.fleet[0], name: 'later', purchased: '2017-10-01' });
      d.fleet[0].name = 'first';
      d.finance = {
        tax: { rate: '0 %', coinBasis: true, depreciation: { method: 'straight-line', lifeYears: 2 } },
      };
    },
  ],
  boughtBeforeStartLeasedLoanLater: [
    's21-fleet-2026',
    (d) => {
      d.horizon = '2 years';
      d.claims = [];
      d.treasury = 'hold';
      d.fleet[0].name = 'old';
      d.fleet[0].count = 100;
      d.fleet[0].purchased = '2025-06-01';
      d.fleet[0].deploymentDelay = '0 days';
      d.fleet.push({
        ...d.fleet[0],
        name: 'new',
        count: 100,
        purchased: undefined,
        deploymentDelay: '14 days',
      });
      d.finance = {
        loans: [
          {
            cohorts: ['new'],
            loanToValue: '60 %',
            rate: '9 %',
            term: '30 months',
            start: '2026-04-01',
            balloonAtHorizon: true,
          },
        ],
        leases: [{ cohort: 'old', payment: '15000 USD/month', term: '18 months', residual: '20000 USD' }],
        hedges: [
          { type: 'price-swap', coins: 0.3, price: '85000 USD', term: '9 months', start: '2026-05-10' },
        ],
        tax: {
          rate: '25 %',
          coinBasis: true,
          depreciation: { method: 'bonus', bonus: '60 %', lifeYears: 4 },
          lossCarryForward: false,
        },
      };
    },
  ],
  historicalReplayCut: [
    'top-of-market-2021-11-10-loan',
    (d) => {
      d.start = '2024-06-01';
      d.horizon = '2 years';
      d.treasury = 'hold';
      d.price = { model: { type: 'historical' } };
      d.finance.hedges = [
        { type: 'put', coins: 2, strike: '60000 USD', premium: '1000 USD', expiry: '2025-09-01' },
      ];
      d.finance.loans[0].loanToValue = '30 %';
      d.finance.loans[0].term = '24 months';
      d.finance.tax.coinBasis = true;
    },
  ],
  defaultsAcrossHalvingHedgesDeposit: [
    'top-of-market-2021-11-10-loan',
    (d) => {
      d.start = '2023-11-10';
      d.horizon = '2 years';
      d.price = { model: { type: 'gbm', calibrate: '2 years' } };
      d.money.salvage.fraction = '60 %';
      d.power.hosting = { basis: 'per-kw', rate: '6 USD/kW/month', deposit: '3 months', term: '2 years' };
      d.finance.loans[0].loanToValue = '40 %';
      d.finance.loans[0].marginCall.topUp = '20000 USD';
      d.finance.hedges = [
        { type: 'hashprice-swap', hashrate: '5 PH/s', price: '90 USD/PH/day', term: '18 months' },
        {
          type: 'call',
          position: 'sold',
          coins: 3,
          strike: '60000 USD',
          premium: '3000 USD',
          expiry: '2025-03-01',
        },
      ];
      d.finance.tax.yearEnd = '06-30';
    },
  ],
  defaultsDepositRefunded: [
    'top-of-market-2021-11-10-loan',
    (d) => {
      d.horizon = '2 years';
      d.power.hosting = {
        basis: 'all-in',
        rate: '0.06 USD/kWh',
        deposit: '2 months',
        term: '3 years',
        depositOnDefault: 'refunded',
      };
      d.power.price = '0 USD/kWh';
      d.finance.hedges = [
        { type: 'put', coins: 5, strike: '40000 USD', premium: '2000 USD', expiry: '2023-06-30' },
      ];
      d.finance.tax.depreciation = { method: 'straight-line', lifeYears: 3 };
    },
  ],
  leanRetireCovenantTax: [
    'north-korea-2017-s9-july-stop',
    (d) => {
      d.claims = [];
      d.horizon = '1 year';
      d.operation = 'shutdown-when-unprofitable';
      d.power.price = { expression: '0.10 + 0.04 * sin(2 * pi * dayOfYear / 7)' };
      d.finance = {
        loans: [
          { principal: '8000 USD', rate: '20 %', term: '1 month', marginCall: { loanToValue: '95 %' } },
        ],
        hedges: [{ type: 'price-swap', coins: 1, price: '2500 USD', term: '2 months' }],
        tax: { rate: '30 %', depreciation: { method: 'declining-balance', lifeYears: 3, factor: 1.5 } },
      };
    },
  ],
  x3LeasedBeforeItsFork: [
    'cryptonight-asic-2018-x3',
    (d) => {
      d.claims = [];
      d.horizon = '1 year';
      d.fleet[0].name = 'X3';
      d.treasury = 'hold';
      d.fleet.push({ model: 'Intel Core i7-2600K', name: 'cpu', count: 2000, unitPrice: '60 USD' });
      d.finance = {
        leases: [{ cohort: 'X3', payment: '15000 USD/month', term: '1 month', residual: '5000 USD' }],
        tax: { rate: '25 %', coinBasis: true, depreciation: { method: 'straight-line', lifeYears: 2 } },
      };
    },
  ],
  x3StrandedUnderCovenant: [
    'cryptonight-asic-2018-x3',
    (d) => {
      d.claims = [];
      d.horizon = '1 year';
      d.fleet[0].name = 'X3';
      d.fleet.push({ model: 'Intel Core i7-2600K', name: 'cpu', count: 2000, unitPrice: '60 USD' });
      d.finance = {
        loans: [
          {
            principal: '30000 USD',
            rate: '12 %',
            term: '6 months',
            marginCall: { loanToValue: '90 %', topUp: '5000 USD' },
          },
        ],
        hedges: [{ type: 'hashprice-swap', hashrate: '200 kH/s', price: '4 USD/kH/day', term: '3 months' }],
        tax: { rate: '25 %', depreciation: { method: 'straight-line', lifeYears: 2 } },
      };
    },
  ],
  weeklyCovenantBulletBalloonHold: [
    'top-of-market-2021-11-10-loan',
    (d) => {
      d.horizon = '18 months';
      d.treasury = 'hold';
      d.finance.loans[0].repayment = 'bullet';
      d.finance.loans[0].term = '24 months';
      d.finance.loans[0].balloonAtHorizon = true;
      d.finance.loans[0].loanToValue = '45 %';
      d.finance.loans[0].marginCall = {
        loanToValue: '85 %',
        restoreTo: '60 %',
        topUp: '100000 USD',
        testEvery: '1 week',
      };
      d.finance.tax.coinBasis = true;
      d.finance.tax.yearEnd = '03-31';
    },
  ],
  zeroDiscountEverything: [
    'top-of-market-2021-11-10-loan',
    (d) => {
      d.horizon = '2 years';
      d.money.discountRate = '0 %';
      d.treasury = 'sell-to-cover';
      d.finance.hedges = [{ type: 'price-swap', coins: 2, price: '50000 USD', term: '10 months' }];
      d.finance.tax.coinBasis = true;
    },
  ],
  horizonEndsOnTaxYearEnd: [
    'top-of-market-2021-11-10-loan',
    (d) => {
      d.start = '2024-07-01';
      d.horizon = '365 days';
      d.price = { model: { type: 'gbm', calibrate: '2 years' } };
      d.treasury = 'hold';
      d.finance.loans[0].loanToValue = '30 %';
      d.finance.loans[0].term = '12 months';
      d.finance.tax.yearEnd = '06-30';
      d.finance.tax.coinBasis = true;
      d.finance.tax.depreciation = { method: 'straight-line', lifeYears: 2 };
    },
  ],
  startsDayAfterTaxYearEnd: [
    'top-of-market-2021-11-10-loan',
    (d) => {
      d.start = '2024-01-01';
      d.horizon = '400 days';
      d.price = { model: { type: 'gbm', calibrate: '2 years' } };
      d.finance.loans[0].loanToValue = '30 %';
      d.finance.loans[0].term = '13 months';
      d.finance.tax.depreciation = { method: 'declining-balance', lifeYears: 2 };
    },
  ],
  shippedHedgeScenario: ['hashprice-hedge-2024-05', () => {}],
  replayCutToOneDay: [
    'top-of-market-2021-11-10-loan',
    (d) => {
      d.start = '2025-11-14';
      d.horizon = '1 year';
      d.treasury = 'hold';
      d.fleet[0].deploymentDelay = '0 days';
      d.price = { model: { type: 'historical' } };
      d.finance.loans[0].loanToValue = '30 %';
      d.finance.loans[0].term = '12 months';
      d.finance.hedges = [
        { type: 'put', coins: 1, strike: '90000 USD', premium: '3000 USD', expiry: '2026-06-30' },
      ];
      d.finance.tax.coinBasis = true;
    },
  ],
  replayCutBeforeALaterCohort: [
    's21-fleet-2026',
    (d) => {
      d.start = '2025-06-01';
      d.horizon = '1 year';
      d.claims = [];
      d.network = { model: { type: 'growth', calibrate: '1 year' } };
      d.price = { model: { type: 'historical' } };
      d.treasury = 'hold';
      d.fleet[0].name = 'A';
      d.fleet[0].count = 100;
      d.fleet.push({ ...d.fleet[0], name: 'B', count: 50, purchased: '2025-12-15' });
      d.finance = {
        loans: [{ cohorts: ['B'], loanToValue: '50 %', rate: '10 %', term: '5 months' }],
        leases: [{ cohort: 'A', payment: '20000 USD/month', term: '10 months', residual: '10000 USD' }],
        tax: { rate: '21 %', coinBasis: true, depreciation: { method: 'straight-line', lifeYears: 3 } },
      };
    },
  ],
  loanTaxFlagship: [
    'top-of-market-2021-11-10-loan',
    (d) => {
      d.horizon = '2 years';
    },
  ],
  loanTaxHoldDeposit: [
    'top-of-market-2021-11-10-loan',
    (d) => {
      d.horizon = '2 years';
      d.treasury = 'hold';
      d.power.hosting = {
        basis: 'per-kw',
        rate: '5 USD/kW/month',
        deposit: '2 months',
        term: '1 year',
        depositOnDefault: 'refunded',
      };
      d.finance.tax.coinBasis = true;
    },
  ],
  taxOnlySellDaily: [
    'north-korea-2017-s9',
    (d) => {
      d.horizon = '2 years';
      d.finance = { tax: { rate: '0 %' } };
    },
  ],
};

for (const [name, [base, edit]] of Object.entries(grid)) {
  it(name, async () => {
    const s = await loadScenario(base, edit);
    const { plan, paths } = await tracePaths(s, N);
    const { bad, checks, defaultsByHand } = identityProblems(s, plan, paths);
    const run = await runMonteCarlo(s, { paths: N, workers: 1, breakEvenPaths: 0, withBacktest: false });
    for (const name of OUTCOMES) {
      if (name.startsWith('breakEven')) continue;
      const col = run.outcomes[name];
      if (col.length === 0) continue;
      for (let k = 0; k < N; k++) {
        const a = col[k];
        const b = paths[k].metrics[METRIC[name as keyof typeof METRIC]];
        if (!Object.is(a, b) && !(Number.isNaN(a) && Number.isNaN(b)))
          bad.push(`run vs trace ${name} path ${k}: ${a} vs ${b}`);
      }
    }
    const full = (await tracePaths(s, N, s.monteCarlo.seed, true)).paths;
    for (const p of paths) {
      const q = full[p.k];
      p.metrics.forEach((v, i) => {
        const w = q.metrics[i];
        const close = Object.is(v, w) || Math.abs(v - w) <= 1e-9 * Math.max(1, Math.abs(v));
        if (!close) bad.push(`every day in full: metric ${i} path ${p.k}: ${v} vs ${w}`);
      });
      if (p.equity !== null && q.equity !== null)
        for (let d = 0; d < plan.days; d++)
          if (Math.abs(p.equity[d] - q.equity[d]) > 1e-9 * Math.max(1, Math.abs(p.equity[d])))
            bad.push(`every day in full: equity day ${d} path ${p.k}: ${p.equity[d]} vs ${q.equity[d]}`);
    }
    const def = paths.filter((p) => p.metrics[METRIC.defaulted] === 1).length;
    const mc = paths.filter((p) => p.metrics[METRIC.marginCall] === 1).length;
    console.log(
      name,
      `checks ${checks} defaults by hand ${defaultsByHand} days ${plan.days} defaults ${def} calls ${mc}`,
      bad.length,
      `\n${bad.slice(0, 25).join('\n')}`,
    );
    expect(bad).toEqual([]);
  }, 120000);
}

const cuts: Record<string, [string, (d: Draft) => void]> = {
  cutLoanCovenantHoldTaxHedges: [
    'top-of-market-2021-11-10-loan',
    (d) => {
      d.start = '2025-01-15';
      d.horizon = '2 years';
      d.price.model = { type: 'gbm', calibrate: '2 years' };
      d.treasury = 'hold';
      d.finance.loans[0].term = '18 months';
      d.finance.loans[0].loanToValue = '40 %';
      d.finance.loans[0].balloonAtHorizon = false;
      d.finance.hedges = [
        { type: 'hashprice-swap', hashrate: '2 PH/s', price: '50 USD/PH/day', term: '12 months' },
        { type: 'put', coins: 1, strike: '90000 USD', premium: '2000 USD', expiry: '2026-06-30' },
      ];
      d.finance.tax.coinBasis = true;
    },
  ],
  cutLeaseLoanSellToCover: [
    's21-fleet-2026',
    (d) => {
      d.start = '2025-03-01';
      d.horizon = '2 years';
      d.claims = [];
      d.network = { model: { type: 'growth', calibrate: '1 year' } };
      d.price = { model: { type: 'gbm', calibrate: '2 years' } };
      d.treasury = 'sell-to-cover';
      d.fleet[0].name = 'A';
      d.fleet[0].count = 100;
      d.fleet.push({ ...d.fleet[0], name: 'B', count: 50, purchased: '2025-06-01' });
      d.power.hosting = { basis: 'per-kw', rate: '5 USD/kW/month', deposit: '2 months', term: '3 years' };
      d.finance = {
        loans: [{ cohorts: ['A'], loanToValue: '50 %', rate: '10 %', term: '18 months', fee: '2 %' }],
        leases: [{ cohort: 'B', payment: '20000 USD/month', term: '18 months', residual: '50000 USD' }],
        hedges: [
          { type: 'price-swap', coins: 0.5, price: '100000 USD', term: '12 months', start: '2025-03-01' },
        ],
        tax: { rate: '21 %', coinBasis: true, depreciation: { method: 'straight-line', lifeYears: 3 } },
      };
    },
  ],
  cutSellDailyLeaseTax: [
    's21-fleet-2026',
    (d) => {
      d.start = '2025-03-01';
      d.horizon = '2 years';
      d.claims = [];
      d.network = { model: { type: 'growth', calibrate: '1 year' } };
      d.price = { model: { type: 'gbm', calibrate: '2 years' } };
      d.fleet[0].name = 'A';
      d.power.hosting = {
        basis: 'per-kw',
        rate: '5 USD/kW/month',
        on: 'metered',
        deposit: '2 months',
        term: '3 years',
      };
      d.power.curtailment = { credit: '50 USD/MWh', budget: '15 hours' };
      d.finance = {
        leases: [{ cohort: 'A', payment: '50000 USD/month', term: '24 months', residual: '100000 USD' }],
        tax: { rate: '21 %', depreciation: { method: 'straight-line', lifeYears: 3 } },
      };
    },
  ],
};
for (const [name, [base, edit]] of Object.entries(cuts)) {
  it(`backtest ${name}`, async () => {
    const s = await loadScenario(base, edit);
    const { plan, path, cut } = await traceBacktest(s);
    const { bad, checks } = identityProblems(s, plan, [path]);
    console.log(
      name,
      `cut ${cut} days ${plan.days} checks ${checks} call ${path.metrics[METRIC.marginCall]} default ${path.metrics[METRIC.defaulted]}`,
      bad.length,
      `\n${bad.slice(0, 25).join('\n')}`,
    );
    expect(bad).toEqual([]);
  }, 120000);
}
