// The scenario's cross-field rules: each refusal triggered, its advice applied as written, and the
// scenario then accepted. One row a message: the --set that triggers it, words of its advice, and
// the --set (or the --set left out) that follows the advice.
import { describe, expect, it } from 'vitest';
import { problemsOf, problemWith, shipped } from './harness.js';

interface Row {
  message: string;
  scenario: string;
  trigger: string[];
  advice: string;
  followed: string[];
}

const HEDGE = 'hashprice-hedge-2024-05';
const LOAN = 'top-of-market-2021-11-10-loan';
const CPU = 'north-korea-2017-monero-cpu';
const ALL_IN = 'power.hosting={ rate: 0.07 USD/kWh, basis: all-in }';

const ROWS: Row[] = [
  {
    message: 'contractMessages.allInWithTariff: set power.price to 0',
    scenario: HEDGE,
    trigger: [ALL_IN],
    advice: 'set power.price to 0 USD/kWh',
    followed: [ALL_IN, 'power.price=0 USD/kWh'],
  },
  {
    // It said "use `basis: per-kw`" alone: the all-in rate per kWh was then refused as a per-kW fee.
    message: 'contractMessages.allInWithTariff: basis per-kw with a fee per kW a month',
    scenario: HEDGE,
    trigger: [ALL_IN],
    advice: 'use `basis: per-kw` with a fee per kW a month (like `rate: 10 USD/kW/month`)',
    followed: ['power.hosting={ rate: 10 USD/kW/month, basis: per-kw }'],
  },
  {
    message: 'contractMessages.depositWithoutTerm',
    scenario: HEDGE,
    trigger: ['power.hosting={ rate: 10 USD/kW/month, basis: per-kw, deposit: 2 months }'],
    advice: 'give power.hosting.term (e.g. `3 years`)',
    followed: ['power.hosting={ rate: 10 USD/kW/month, basis: per-kw, deposit: 2 months, term: 3 years }'],
  },
  {
    message: 'financeMessages: a loan maturing after the horizon, balloonAtHorizon',
    scenario: LOAN,
    trigger: ['horizon=1 year'],
    advice: 'set `balloonAtHorizon: true`',
    followed: ['horizon=1 year', 'finance.loans[0].balloonAtHorizon=true'],
  },
  {
    message: 'financeMessages: a loan maturing after the horizon, a shorter term',
    scenario: LOAN,
    trigger: ['horizon=1 year'],
    advice: 'shorten the term to at most 12 months',
    followed: ['horizon=1 year', 'finance.loans[0].term=12 months'],
  },
  {
    message: 'financeMessages: a covenant tested less than once a term',
    scenario: LOAN,
    trigger: ['finance.loans[0].marginCall.testEvery=3 years'],
    advice: 'test it at least once a term',
    followed: ['finance.loans[0].marginCall.testEvery=24 months'],
  },
  {
    message: 'hedgeMessages: a swap past the horizon',
    scenario: HEDGE,
    trigger: [
      'horizon=6 months',
      'finance.hedges[1].expiry=2024-10-30',
      'finance.hedges[2].expiry=2024-10-30',
      'claims=[]',
    ],
    advice: 'shorten the term to at most 6 months',
    followed: [
      'horizon=6 months',
      'finance.hedges[1].expiry=2024-10-30',
      'finance.hedges[2].expiry=2024-10-30',
      'claims=[]',
      'finance.hedges[0].term=6 months',
    ],
  },
  {
    message: 'hedgeMessages: a hedge started before the scenario',
    scenario: HEDGE,
    trigger: ['finance.hedges[0].start=2024-04-01'],
    advice: 'or leave out `start`',
    followed: [],
  },
  {
    message: 'claimMessages: a payback time past the horizon',
    scenario: HEDGE,
    trigger: ['horizon=300 days', 'finance.hedges[0].term=9 months', 'finance.hedges[1].expiry=2024-12-31'],
    advice: 'lengthen `horizon` to at least 366 days',
    followed: ['horizon=366 days', 'finance.hedges[0].term=9 months'],
  },
  {
    message: 'schemaMessages.failureRateTooHigh: each of the three rates it gives',
    scenario: HEDGE,
    trigger: ['fleet[0].failureRate=100 %'],
    advice: 'at most 99.99999999999 % a year, 91.7 %/month or 7.8 %/day',
    followed: ['fleet[0].failureRate=91.7 %/month'],
  },
  {
    message: 'schemaMessages.ratingOutlived: retire the cohort by the change',
    scenario: CPU,
    trigger: ['horizon=3 years'],
    advice: 'retire the cohort by then (`retire: 2019-11-30`)',
    followed: ['horizon=3 years', 'fleet[0].retire=2019-11-30'],
  },
  {
    message: 'schemaMessages.ratingOutlived: its days after the change as a cohort of their own',
    scenario: CPU,
    trigger: ['horizon=3 years'],
    advice: 'give its days from 2019-11-30 as a cohort of their own with its `hashrate` on RandomX',
    followed: [
      'horizon=3 years',
      'fleet[0].retire=2019-11-30',
      'fleet[1]={name: desktops on RandomX, hashrate: 1500 H/s, power: 120 W, count: 1000, unitPrice: 0 USD, purchased: 2019-11-30}',
    ],
  },
];

describe('advice in the scenario rules, followed', () => {
  for (const row of ROWS)
    it(`validateScenarioText() accepts the scenario once ${row.message} is followed`, async () => {
      const text = shipped(row.scenario);
      problemWith(await problemsOf(text, row.trigger), row.advice);
      expect(await problemsOf(text, row.followed)).toEqual([]);
    });
});
