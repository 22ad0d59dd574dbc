import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadHistory } from '../../src/data/history.js';
import { claimMessages } from '../../src/messages/claims.js';
import { contractMessages } from '../../src/messages/contracts.js';
import { coverageMessages as c } from '../../src/messages/coverage.js';
import { documentMessages } from '../../src/messages/documents.js';
import { expressionMessages } from '../../src/messages/expressions.js';
import { schemaMessages as m } from '../../src/messages/schema.js';
import { shown } from '../../src/messages/shown.js';
import { unitMessages as u } from '../../src/messages/units.js';
import { NETWORK_MODELS } from '../../src/model/market/network/registry.js';
import { PRICE_MODELS } from '../../src/model/market/price/registry.js';
import { DAILY_VARIABLES, EXPRESSION_FUNCTIONS } from '../../src/scenario/expression.js';
import type { Scenario } from '../../src/scenario/normalize.js';
import { CHARTS } from '../../src/scenario/schema/scenario.js';
import { starterScenario } from '../../src/scenario/template.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

// A small valid Bitcoin scenario whose market needs no history (explicit start price and
// parameters), so each case changes exactly what it is about.
// biome-ignore lint/suspicious/noExplicitAny: cases edit free-form YAML data
type Draft = Record<string, any>;

function baseScenario(): Draft {
  return {
    name: 'base',
    start: '2019-01-01',
    horizon: '2 years',
    fleet: [{ model: 'Antminer S9', count: 10, unitPrice: '300 USD' }],
    power: { price: '0.05 USD/kWh' },
    network: { model: { type: 'growth', rate: '50 %' } },
    fees: { model: { type: 'per-block', amount: 0.2 } },
    price: { start: '3800 USD', model: { type: 'gbm', drift: '20 %', volatility: '80 %' } },
  };
}

function render(edit: (s: Draft) => void): string {
  const s = baseScenario();
  edit(s);
  return stringify(s);
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; col: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${JSON.stringify(needle)} is not in the case's YAML:\n${text}`);
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, col: lines[lines.length - 1].length + 1 };
}

/** A problem message as the schema stage prints it: the message, then the value written. */
const got = (message: string, value: unknown) => `${message} (got ${shown(value)})`;

const history = loadHistory('bitcoin');
/** The message for a Bitcoin start `days` after the history that lacks `keys`. */
const pastHistory = (
  start: string,
  days: number,
  limit: number,
  keys: string,
  example: string | null,
  exampleFrom?: string,
) => c.startPastHistory('bitcoin', start, history.lastDate, days, limit, keys, example, exampleFrom);
/** The network hashrate of the history on a day, H/s; an Antminer S9's rated hashrate. */
const networkOn = (date: string) => history.hashrateHs[history.indexOf(date)];
/** The network a run starts from on `date`: the mean of the 7 days to it (model/chain-state.ts). */
const startNetwork = (date: string) => {
  const i = history.indexOf(date);
  let sum = 0;
  for (let j = i - 6; j <= i; j++) sum += history.hashrateHs[j];
  return sum / 7;
};
const S9_HS = 13.5e12;
/** The least network hashrate of the history from `from` to the day before `to`, H/s. */
const lowestNetwork = (from: string, to: string) =>
  Math.min(...history.hashrateHs.subarray(history.indexOf(from), history.indexOf(to)));
// The registries' types, in their order (the schema lists them so).
const PRICE_TYPES = PRICE_MODELS.map((m) => m.type);
const NETWORK_TYPES = NETWORK_MODELS.map((m) => m.type);
const FEE_TYPES = ['share-of-subsidy', 'per-block', 'historical'];
const EXPRESSION_NAMES = [...DAILY_VARIABLES, 'pi', 'e', 'tau'];

interface Expected {
  path: string;
  message: string | RegExp;
  /** Text whose first occurrence in the file is where the problem must point. */
  at?: string;
}

interface InvalidCase {
  what: string;
  edit?: (s: Draft) => void;
  /** Raw YAML instead of an edit of the base scenario. */
  text?: string;
  expect: Expected | Expected[];
}

const invalid: InvalidCase[] = [
  // --- top level
  { what: 'a missing name', edit: (s) => delete s.name, expect: { path: 'name', message: m.required() } },
  { what: 'a missing start', edit: (s) => delete s.start, expect: { path: 'start', message: m.required() } },
  { what: 'a missing fleet', edit: (s) => delete s.fleet, expect: { path: 'fleet', message: m.required() } },
  {
    what: 'an empty name',
    edit: (s) => {
      s.name = '';
    },
    expect: { path: 'name', message: got(m.tooFew(1, 'characters'), '') },
  },
  {
    what: 'an unknown key with a suggestion',
    edit: (s) => {
      s.horizn = '1 year';
    },
    expect: { path: 'horizn', message: m.unknownKey('horizn', 'horizon'), at: 'horizn:' },
  },
  {
    what: 'a misspelt coin with a suggestion',
    edit: (s) => {
      s.coin = 'bitcoinn';
    },
    expect: {
      path: 'coin',
      message: got(m.oneOf(['bitcoin', 'monero'], 'bitcoin'), 'bitcoinn'),
      at: 'bitcoinn',
    },
  },
  {
    what: 'a day that does not exist',
    edit: (s) => {
      s.start = '2019-02-30';
    },
    expect: { path: 'start', message: got(m.badDate('2019-02-30'), '2019-02-30'), at: '2019-02-30' },
  },
  {
    what: 'a date not written YYYY-MM-DD',
    edit: (s) => {
      s.start = '2017-5-17';
    },
    expect: { path: 'start', message: got(m.badDate(), '2017-5-17') },
  },
  {
    what: 'a horizon given as a power',
    edit: (s) => {
      s.horizon = '5 W';
    },
    expect: {
      path: 'horizon',
      message: u.wattNotWeek('a duration', '18 months', '5 W', '5', 'W'),
      at: '5 W',
    },
  },
  {
    what: 'a horizon of 0 days',
    edit: (s) => {
      s.horizon = '0 days';
    },
    expect: { path: 'horizon', message: got(m.atLeast('1 day'), '0 days') },
  },
  {
    what: 'a horizon over 100 years',
    edit: (s) => {
      s.horizon = '200 years';
    },
    expect: { path: 'horizon', message: got(m.atMost('100 years'), '200 years') },
  },
  // --- fleet
  {
    what: 'an empty fleet',
    edit: (s) => {
      s.fleet = [];
    },
    expect: { path: 'fleet', message: m.tooFew(1, 'entries'), at: '[]' },
  },
  {
    what: 'a fleet that is not a list',
    edit: (s) => {
      s.fleet = 'S9';
    },
    expect: { path: 'fleet', message: got(m.expectedType('a list'), 'S9') },
  },
  {
    what: 'an unknown hardware model with suggestions',
    edit: (s) => {
      s.fleet[0].model = 'Antminer S99';
    },
    expect: {
      path: 'fleet[0].model',
      message: got(m.unknownModel(['Antminer S9', 'Antminer S9j', 'Antminer S19']), 'Antminer S99'),
      at: 'Antminer S99',
    },
  },
  {
    what: 'a Monero machine of the catalog mining Bitcoin (its hashes are not SHA-256)',
    edit: (s) => {
      s.fleet[0].model = 'Antminer X3';
    },
    expect: {
      path: 'fleet[0].model',
      message: got(m.wrongAlgorithm('Antminer X3', 'cryptonight', 'Bitcoin', ['sha256']), 'Antminer X3'),
      at: 'Antminer X3',
    },
  },
  {
    what: 'a Bitcoin machine of the catalog mining Monero',
    edit: (s) => {
      s.coin = 'monero';
      s.start = '2019-01-01';
      s.fleet[0].model = 'Antminer S9';
      s.price.start = '50 USD';
      s.fees.model.amount = 0.01;
    },
    expect: {
      path: 'fleet[0].model',
      message: got(
        m.wrongAlgorithm('Antminer S9', 'sha256', 'Monero', [
          'cryptonight',
          'cryptonight-v7',
          'cryptonight-v8',
          'cryptonight-r',
          'randomx',
        ]),
        'Antminer S9',
      ),
      at: 'Antminer S9',
    },
  },
  {
    what: 'a CPU rated on CryptoNight mining Monero after RandomX replaced it (the catalog has no RandomX rate of it)',
    edit: (s) => {
      s.coin = 'monero';
      s.start = '2020-01-01';
      s.fleet[0].model = 'Intel Core i7-2600K';
      s.price.start = '45 USD';
      s.fees.model.amount = 0.01;
    },
    expect: {
      path: 'fleet[0].model',
      message: got(
        m.replacedAlgorithm('Intel Core i7-2600K', 'cryptonight', 'Monero', 'randomx', '2019-11-30'),
        'Intel Core i7-2600K',
      ),
      at: 'Intel Core i7-2600K',
    },
  },
  {
    what: 'a CPU rated on CryptoNight bought before RandomX and still running after it (2019-06-01 for 2 years: it hashed at its CryptoNight rate on RandomX)',
    edit: (s) => {
      s.coin = 'monero';
      s.start = '2019-06-01';
      s.fleet[0].model = 'Intel Core i7-2600K';
      s.price.start = '90 USD';
      s.fees.model.amount = 0.01;
    },
    expect: {
      path: 'fleet[0].model',
      message: got(
        m.ratingOutlived('Intel Core i7-2600K', 'cryptonight', 'Monero', 'RandomX', '2019-11-30'),
        'Intel Core i7-2600K',
      ),
      at: 'Intel Core i7-2600K',
    },
  },
  {
    what: 'a fleet hashing more than the whole network on the start day (the run starts from 41.2 EH/s on 2019-01-01, the mean of its week); the count advised holds on every day the back-test replays, the chain’s own hashes of its days (their least, from the day’s blocks)',
    edit: (s) => {
      s.fleet[0].count = 10_000_000;
    },
    expect: {
      path: 'fleet[0].count',
      message: got(
        m.fleetAboveNetwork(
          10_000_000 * S9_HS,
          startNetwork('2019-01-01'),
          '2019-01-01',
          m.fleetAboveNetworkFix(
            0,
            Math.floor(
              Math.min(startNetwork('2019-01-01'), lowestNetwork('2019-01-01', '2021-01-01')) / S9_HS,
            ),
            // No start network to state: the back-test replays the day's chain, below the fleet too.
            false,
          ),
        ),
        10_000_000,
      ),
      at: '10000000',
    },
  },
  {
    what: 'a Monero fleet hashing more than the chain mined on a day its back-test replays (2019-03-10, the CN-R fork: 131 blocks)',
    // 350,000 rigs at 700 H/s hash 245 MH/s from 2019-03-01, a quarter of the 912 MH/s that the
    // day's difficulty over 120 s gives, and the growth network stays above it. The back-test
    // replays the history: on 2019-03-10 the chain found 131 blocks at a mean difficulty of
    // 9.5295e10, so its hashes, 131 x 9.5295e10 / 86,400 = 144.5 MH/s, are fewer than the fleet's
    // alone; the back-test paid 86,400 x 245e6 / 9.5295e10 = 222 blocks, 681 XMR, when the chain
    // issued 400 XMR that day. The lowest day from then on is that one: at most 206,409 rigs.
    edit: (s) => {
      s.coin = 'monero';
      s.start = '2019-03-01';
      s.fleet = [{ hashrate: '700 H/s', power: '100 W', count: 350_000, unitPrice: '300 USD' }];
      s.price.start = '50 USD';
      s.fees.model.amount = 0.01;
    },
    expect: {
      path: 'fleet[0].count',
      message: got(
        m.fleetAboveChain(
          245e6,
          (131 * 95_294_870_793) / 86_400,
          '2019-03-10',
          131,
          m.fleetAboveNetworkFix(0, 206_409, false),
        ),
        350_000,
      ),
    },
  },
  {
    what: 'a Bitcoin fleet hashing more than the chain did on a day its back-test replays (2013-01-11: 117 blocks)',
    // 20 TH/s from 2013-01-01, under the start week's 23.7 TH/s, and the growth network stays above
    // it. The back-test replays the history: on 2013-01-11 the chain found 117 blocks, 18.9 TH/s by
    // the history's count from them, fewer than the fleet's alone; the back-test paid the fleet
    // more coins than the chain issued on 7 of its first 60 days (3,139 BTC on 2013-01-17, where
    // the chain's 111 blocks issued 2,775). The lowest day from then on, 17.9 TH/s, holds no rig.
    edit: (s) => {
      s.start = '2013-01-01';
      s.horizon = '60 days';
      s.fleet = [{ hashrate: '20 TH/s', power: '20000 W', count: 1, unitPrice: '100000 USD' }];
      s.network = { model: { type: 'growth', rate: '500 %' } };
      s.price = { model: { type: 'fixed' } };
      delete s.fees;
    },
    expect: {
      path: 'fleet[0].count',
      message: got(
        m.fleetAboveChain(
          20e12,
          networkOn('2013-01-11'),
          '2013-01-11',
          117,
          // The one cohort alone: a machine of less hashrate is the way out.
          m.fleetAboveNetworkFix(0, 0, false, null, true),
        ),
        1,
      ),
    },
  },
  {
    what: 'a Monero network fitted on a window across RandomX (2019-11-30), where a hash changed meaning',
    // The year before 2020-02-10 holds 294 days of CryptoNight hashes (about 300 MH/s after the
    // CN-R fork) and 72 of RandomX hashes (720-1,310 MH/s: a CPU does about 9 times as many
    // RandomX hashes as CryptoNight-R ones). The log-linear fit read the change of unit as growth:
    // +109.8 % a year. The fork day mixes both; the 71 days after it are the longest window of
    // one kind of hash.
    edit: (s) => {
      s.coin = 'monero';
      s.start = '2020-02-10';
      s.fleet = [{ model: 'AMD Ryzen 7 1700', count: 10, unitPrice: '300 USD' }];
      s.network.model = { type: 'growth', calibrate: '1 year' };
      s.price.start = '87 USD';
      s.fees.model.amount = 0.01;
    },
    expect: {
      path: 'network.model.calibrate',
      message: got(
        c.windowAcrossAlgorithm(
          '2019-02-10',
          '2020-02-09',
          'Monero',
          'RandomX',
          '2019-11-30',
          'cryptonight-r',
          'randomx',
          71,
          '`network.model.rate`',
          // A fitted growth reads at least 180 days (growth.ts): none fits after the change.
          180,
          '2020-05-29',
        ),
        '1 year',
      ),
    },
  },
  {
    what: "a Monero X3 fleet whose powChanges leave out the protocol's v7 fork (2018-04-06), which stranded it",
    // Ten X3s from 2018-02-15 for a year with `powChanges: []`: the back-test ("the actual
    // history") had them mining Monero after the fork at 220 kH/s each, on a network that had
    // fallen to 157 MH/s: paid back on 2018-04-16, +610,574 USD at the horizon, when in fact they
    // mined nothing from 2018-04-06 (-30,139 USD).
    edit: (s) => {
      s.coin = 'monero';
      s.start = '2018-02-15';
      s.horizon = '1 year';
      s.fleet = [{ model: 'Antminer X3', count: 10, unitPrice: '12000 USD' }];
      s.network.powChanges = [];
      s.price.start = '298 USD';
      s.fees.model.amount = 0.01;
    },
    expect: {
      path: 'network.powChanges',
      message: m.protocolStrandingLeftOut('Monero', 'CryptoNight v7', '2018-04-06', 'cryptonight-asic', 0),
    },
  },
  {
    what: "a Monero X3 fleet whose powChanges move the protocol's v7 fork later than it happened",
    edit: (s) => {
      s.coin = 'monero';
      s.start = '2018-02-15';
      s.horizon = '1 year';
      s.fleet = [{ model: 'Antminer X3', count: 10, unitPrice: '12000 USD' }];
      s.network.powChanges = [{ date: '2018-06-01', name: 'late v7', strands: ['cryptonight-asic'] }];
      s.price.start = '298 USD';
      s.fees.model.amount = 0.01;
    },
    expect: {
      path: 'network.powChanges',
      message: m.protocolStrandingLeftOut('Monero', 'CryptoNight v7', '2018-04-06', 'cryptonight-asic', 0),
    },
  },
  {
    what: 'a fleet hashing more than the start network the scenario states',
    edit: (s) => {
      s.fleet[0].count = 100_000;
      s.network.hashrate = '1 EH/s';
    },
    expect: {
      path: 'fleet[0].count',
      message: got(
        m.fleetAboveNetwork(100_000 * S9_HS, 1e18, '2019-01-01', m.fleetAboveNetworkFix(0, 74_074, true)),
        100_000,
      ),
    },
  },
  {
    what: 'two cohorts, each within the network, hashing more than it together',
    edit: (s) => {
      s.network.hashrate = '1 EH/s';
      s.fleet = [
        { hashrate: '1 PH/s', power: '30 MW', count: 600, unitPrice: '300 USD' },
        { hashrate: '1 PH/s', power: '30 MW', count: 600, unitPrice: '300 USD' },
      ];
    },
    expect: {
      path: 'fleet',
      message: m.fleetAboveNetwork(1.2e18, 1e18, '2019-01-01', m.fleetAboveNetworkFix(null, 0, true)),
    },
  },
  {
    what: 'a cohort deployed later hashing more than the replayed network that day',
    edit: (s) => {
      s.network.model = { type: 'historical' };
      s.fleet.push({ model: 'Antminer S9', count: 4_000_000, unitPrice: '300 USD', purchased: '2019-04-11' });
    },
    expect: {
      path: 'fleet[1].count',
      message: got(
        m.fleetAboveNetwork(
          4_000_010 * S9_HS,
          networkOn('2019-04-11'),
          '2019-04-11',
          // The count that holds on every replayed day the cohort runs, not only the first.
          m.fleetAboveNetworkFix(
            1,
            Math.floor((lowestNetwork('2019-04-11', '2021-01-01') - 10 * S9_HS) / S9_HS),
            false,
          ),
        ),
        4_000_000,
      ),
    },
  },
  {
    // 41.2 EH/s on 2019-01-01 (the week's mean) falling 99 % a year is 41.2e18 x 0.01^(d / 365.25):
    // below the fleet's 10 x 13.5 TH/s from day 1,002 (2021-09-29), where the run paid the fleet
    // more coins than every block (over 5 years, 1.87e9 BTC mined by 100 S9).
    what: 'a fleet hashing more than the network a growth model shrinks to, on the first day it does',
    edit: (s) => {
      s.horizon = '5 years';
      s.network.model = { type: 'growth', rate: '-99 %' };
    },
    expect: {
      path: 'fleet[0].count',
      message: got(
        m.fleetAboveNetwork(
          10 * S9_HS,
          Math.exp(Math.log(startNetwork('2019-01-01')) + (Math.log(0.01) / 365.25) * 1002),
          '2021-09-29',
          // Past that day it falls on, to 416 MH/s on the last: not even one S9 holds. The growth
          // model's rate is named beside the fleet (the message named the count alone): the least
          // that keeps 135 TH/s on the last day, -92 % a year.
          m.fleetAboveNetworkFix(0, 0, false, '-92 %', true),
        ),
        10,
      ),
    },
  },
  {
    what: 'a cohort with neither model nor hashrate and power',
    edit: (s) => {
      delete s.fleet[0].model;
    },
    expect: { path: 'fleet[0]', message: m.needsHashrateAndPower(), at: 'count: 10' },
  },
  {
    what: 'a custom cohort with a hashrate but no power',
    edit: (s) => {
      s.fleet[0] = { hashrate: '14 TH/s', count: 1, unitPrice: 100 };
    },
    expect: { path: 'fleet[0]', message: m.needsHashrateAndPower() },
  },
  {
    what: 'a power given as a hashrate',
    edit: (s) => {
      s.fleet[0].power = '13 TH/s';
    },
    expect: {
      path: 'fleet[0].power',
      message: u.expected('a power', '1323 W', '13 TH/s', 'a hashrate'),
      at: '13 TH/s',
    },
  },
  {
    what: 'a hashrate given as a power',
    edit: (s) => {
      s.fleet[0].hashrate = '1323 W';
    },
    expect: {
      path: 'fleet[0].hashrate',
      message: u.expected('a hashrate', '13.5 TH/s', '1323 W', 'a power'),
    },
  },
  {
    what: 'a hashrate in a unit minesim does not know',
    edit: (s) => {
      s.fleet[0].hashrate = '13 foo/s';
    },
    expect: {
      path: 'fleet[0].hashrate',
      message: u.unknownUnit('a hashrate', '13.5 TH/s', '13 foo/s', 'foo'),
    },
  },
  {
    what: 'a count of 0',
    edit: (s) => {
      s.fleet[0].count = 0;
    },
    expect: { path: 'fleet[0].count', message: got(m.numberAtLeast(1, true), 0) },
  },
  {
    what: 'a count of 1.5',
    edit: (s) => {
      s.fleet[0].count = 1.5;
    },
    expect: { path: 'fleet[0].count', message: got(m.wholeNumber(), 1.5), at: '1.5' },
  },
  {
    what: 'a count written as text',
    edit: (s) => {
      s.fleet[0].count = '10';
    },
    expect: { path: 'fleet[0].count', message: got(m.expectedType('a number'), '10') },
  },
  {
    what: 'a negative unit price',
    edit: (s) => {
      s.fleet[0].unitPrice = '-5 USD';
    },
    expect: { path: 'fleet[0].unitPrice', message: got(m.atLeast('0 USD'), '-5 USD') },
  },
  {
    what: 'a unit price in USD/kWh',
    edit: (s) => {
      s.fleet[0].unitPrice = '0.05 USD/kWh';
    },
    expect: {
      path: 'fleet[0].unitPrice',
      message: u.expected('an amount of money', '2000 USD', '0.05 USD/kWh', 'an energy price'),
    },
  },
  {
    what: 'a negative import premium',
    edit: (s) => {
      s.fleet[0].importPremium = '-10 %';
    },
    expect: { path: 'fleet[0].importPremium', message: got(m.atLeast('0 %'), '-10 %') },
  },
  {
    what: 'a failure rate of 150 %',
    edit: (s) => {
      s.fleet[0].failureRate = '150 %';
    },
    expect: { path: 'fleet[0].failureRate', message: got(m.atMost('100 %'), '150 %'), at: '150 %' },
  },
  {
    what: 'an uptime of 0',
    edit: (s) => {
      s.fleet[0].uptime = 0;
    },
    expect: { path: 'fleet[0].uptime', message: got(m.atLeast('1 %'), 0) },
  },
  {
    what: 'a negative deployment delay',
    edit: (s) => {
      s.fleet[0].deploymentDelay = '-3 days';
    },
    expect: { path: 'fleet[0].deploymentDelay', message: got(m.atLeast('0 days'), '-3 days') },
  },
  {
    // 1 month is 30.4375 days: it was run as 30 days (Math.round) without a word, and 2.5 days
    // as 3; a cohort hashes from the start of a day, so the delay must be whole days.
    what: 'a deployment delay of 1 month (30.4375 days, not whole days)',
    edit: (s) => {
      s.fleet[0].deploymentDelay = '1 month';
    },
    expect: { path: 'fleet[0].deploymentDelay', message: got(m.notWholeDays(30.4375, 30, 31), '1 month') },
  },
  {
    what: 'a deployment delay of 2.5 days',
    edit: (s) => {
      s.fleet[0].deploymentDelay = '2.5 days';
    },
    expect: { path: 'fleet[0].deploymentDelay', message: got(m.notWholeDays(2.5, 2, 3), '2.5 days') },
  },
  {
    what: 'a deployment delay of half a day (0 days or 1 day)',
    edit: (s) => {
      s.fleet[0].deploymentDelay = '12 hours';
    },
    expect: {
      path: 'fleet[0].deploymentDelay',
      message: got(
        'a cohort starts hashing at the start of a day, so its delay is whole days, and this is 0.5 days, which minesim does not round: give `0 days` or `1 day`',
        '12 hours',
      ),
    },
  },
  {
    what: 'a cohort retired before it is deployed',
    edit: (s) => {
      Object.assign(s.fleet[0], { purchased: '2019-03-01', retire: '2019-02-01' });
    },
    expect: { path: 'fleet[0].retire', message: got(m.beforeDeploy(), '2019-02-01'), at: '2019-02-01' },
  },
  {
    // Bought 2018-12-01 and retired 2018-12-20, before the 2019-01-01 start: the run paid its
    // capex (10 x 300 USD) on day 0 and sold it the same day (1,500 USD at 50 %), a loss of
    // 1,500 USD over days it never ran in. Retired on the start day, the same.
    what: 'a cohort bought before the start and retired before it',
    edit: (s) => {
      Object.assign(s.fleet[0], { purchased: '2018-12-01', retire: '2018-12-20' });
    },
    expect: {
      path: 'fleet[0].retire',
      message: got(m.retiredByStart('2019-01-01'), '2018-12-20'),
      at: '2018-12-20',
    },
  },
  {
    what: 'a cohort bought before the start and retired on the start day',
    edit: (s) => {
      Object.assign(s.fleet[0], { purchased: '2018-12-01', retire: '2019-01-01' });
    },
    expect: { path: 'fleet[0].retire', message: got(m.retiredByStart('2019-01-01'), '2019-01-01') },
  },
  {
    // Monero's CryptoNight v7 fork on 2018-04-06 strands cryptonight-asic hardware. A cohort of
    // such machines bought on a 2019-01-01 start passed validation, and the run paid its capex
    // (10 x 1,000 USD) and never let it hash: 0 XMR mined, ROI -100 %, and the calculator's
    // view said the change fell "on 2019-01-01 (day 0)".
    what: 'a cohort whose hardware class a proof-of-work change stranded before it hashes',
    edit: (s) => {
      s.coin = 'monero';
      s.fleet = [
        {
          hashrate: '220 kH/s',
          power: '550 W',
          hardwareClass: 'cryptonight-asic',
          count: 10,
          unitPrice: '1000 USD',
        },
      ];
      s.fees = { model: { type: 'per-block', amount: 0.01 } };
      s.price = { start: '50 USD', model: { type: 'gbm', drift: '0 %', volatility: '80 %' } };
    },
    expect: {
      path: 'fleet[0].hardwareClass',
      message: got(
        m.strandedBeforeHashing('cryptonight-asic', 'CryptoNight v7', '2018-04-06', '2019-01-01'),
        'cryptonight-asic',
      ),
      at: 'cryptonight-asic',
    },
  },
  {
    // The X3 on a 2020-01-01 start: rated on CryptoNight while Monero mines RandomX, and stranded
    // by the v7 fork long before. It drew both problems at fleet[0].model, the first asking for a
    // RandomX hashrate that would not have made a stranded machine hash.
    what: 'a catalog machine stranded before it hashes, on an algorithm since replaced: the stranding alone',
    edit: (s) => {
      s.coin = 'monero';
      s.start = '2020-01-01';
      s.fleet = [{ model: 'Antminer X3', count: 10, unitPrice: '1000 USD' }];
      s.fees = { model: { type: 'per-block', amount: 0.01 } };
      s.price = { start: '50 USD', model: { type: 'gbm', drift: '0 %', volatility: '80 %' } };
    },
    expect: [
      {
        path: 'fleet[0].model',
        message: got(
          m.strandedBeforeHashing('cryptonight-asic', 'CryptoNight v7', '2018-04-06', '2020-01-01'),
          'Antminer X3',
        ),
      },
    ],
  },
  {
    // A class no catalog row, no proof-of-work change and no documented class has: a typo. An
    // X3-like cohort (220 kH/s, 550 W) of class CryptoNight-ASIC from 2018-03-01 over 60 days
    // was not stranded by the v7 fork of 2018-04-06 (strands names cryptonight-asic) and
    // mined 672.7 XMR in a back-test, against 295.4 XMR as cryptonight-asic.
    what: 'a hardware class that nothing knows (a typo of cryptonight-asic)',
    edit: (s) => {
      s.coin = 'monero';
      s.start = '2018-03-01';
      s.fleet = [
        {
          hashrate: '220 kH/s',
          power: '550 W',
          hardwareClass: 'CryptoNight-ASIC',
          count: 10,
          unitPrice: '1000 USD',
        },
      ];
      s.fees = { model: { type: 'per-block', amount: 0.01 } };
      s.price = { start: '200 USD', model: { type: 'gbm', drift: '0 %', volatility: '80 %' } };
    },
    expect: {
      path: 'fleet[0].hardwareClass',
      message: got(
        m.unknownHardwareClass(['sha256', 'cryptonight-asic', 'cpu', 'gpu'], 'cryptonight-asic'),
        'CryptoNight-ASIC',
      ),
      at: 'CryptoNight-ASIC',
    },
  },
  {
    what: 'a proof-of-work change that strands a class nothing has (a typo)',
    edit: (s) => {
      s.network.powChanges = [{ date: '2019-06-01', strands: ['sha_256'] }];
    },
    expect: {
      path: 'network.powChanges[0].strands[0]',
      message: got(m.unknownHardwareClass(['sha256', 'cryptonight-asic', 'cpu', 'gpu'], 'sha256'), 'sha_256'),
    },
  },
  {
    what: 'a cohort retired on the day its deployment delay ends',
    edit: (s) => {
      Object.assign(s.fleet[0], { deploymentDelay: '10 days', retire: '2019-01-11' });
    },
    expect: { path: 'fleet[0].retire', message: got(m.beforeDeploy(), '2019-01-11') },
  },
  {
    // It names the horizon's last day and what to give; before: 'the purchase is after the end of the horizon'.
    what: 'a purchase after the horizon',
    edit: (s) => {
      s.fleet[0].purchased = '2025-01-01';
    },
    expect: { path: 'fleet[0].purchased', message: got(m.purchaseAfterHorizon('2020-12-31'), '2025-01-01') },
  },
  {
    // Run, it held no machine: payback on day 0, a break-even tariff of 0 USD/kWh, no coin.
    what: 'a replay of the history whose every cohort is bought after the history ends',
    edit: (s) => {
      Object.assign(s, { start: '2025-06-01', horizon: '1 year' });
      s.fleet[0].purchased = '2026-01-01';
      s.price = { model: { type: 'historical' } };
    },
    expect: { path: 'fleet[0].purchased', message: got(m.boughtAfterCut('2025-11-14'), '2026-01-01') },
  },
  {
    what: 'an unknown cohort key with a suggestion',
    edit: (s) => {
      s.fleet[0].cuont = 3;
    },
    expect: { path: 'fleet[0].cuont', message: m.unknownKey('cuont', 'count'), at: 'cuont' },
  },
  // --- power
  {
    what: 'a missing power section',
    edit: (s) => delete s.power,
    expect: { path: 'power', message: m.required() },
  },
  {
    what: 'a negative tariff',
    edit: (s) => {
      s.power.price = '-0.05 USD/kWh';
    },
    expect: { path: 'power.price', message: got(m.atLeast('0 USD/kWh'), '-0.05 USD/kWh') },
  },
  {
    what: 'a tariff given as a power',
    edit: (s) => {
      s.power.price = '50 W';
    },
    expect: {
      path: 'power.price',
      message: u.expected('an energy price', '0.05 USD/kWh', '50 W', 'a power'),
      at: '50 W',
    },
  },
  {
    what: 'a tariff given as a capacity charge',
    edit: (s) => {
      s.power.price = '10 USD/kW/month';
    },
    expect: {
      path: 'power.price',
      message: u.expected('an energy price', '0.05 USD/kWh', '10 USD/kW/month', 'a cost per power and time'),
    },
  },
  {
    what: 'a schedule out of date order',
    edit: (s) => {
      s.power.price = {
        schedule: [
          { from: '2019-01-01', price: 0.05 },
          { from: '2020-01-01', price: 0.06 },
          { from: '2019-06-01', price: 0.07 },
        ],
      };
    },
    expect: {
      path: 'power.price.schedule[2].from',
      message: got(m.scheduleUnsorted(), '2019-06-01'),
      at: '2019-06-01',
    },
  },
  {
    // It read "schedule entries must be in date order", for entries that were.
    what: 'two schedule entries on one day',
    edit: (s) => {
      s.power.price = {
        schedule: [
          { from: '2019-01-01', price: 0.05 },
          { from: '2020-01-01', price: 0.06 },
          { from: '2020-01-01', price: 0.07 },
        ],
      };
    },
    expect: {
      path: 'power.price.schedule[2].from',
      message: got(m.scheduleSameDay('2020-01-01', 1), '2020-01-01'),
    },
  },
  {
    what: 'a schedule that starts after the start',
    edit: (s) => {
      s.power.price = { schedule: [{ from: '2019-02-01', price: 0.05 }] };
    },
    expect: {
      path: 'power.price.schedule[0].from',
      message: got(m.scheduleStartsLate('2019-01-01'), '2019-02-01'),
    },
  },
  {
    what: 'an expression that calls import()',
    edit: (s) => {
      s.power.price = { expression: 'import({})' };
    },
    expect: {
      path: 'power.price.expression',
      message: got(expressionMessages.unknownFunction('import', EXPRESSION_FUNCTIONS), 'import({})'),
      at: 'import(',
    },
  },
  {
    what: 'an expression that defines a function',
    edit: (s) => {
      s.power.price = { expression: 'f(x)=x' };
    },
    expect: {
      path: 'power.price.expression',
      message: expressionMessages.refused('a function definition', 'f(x) = x'),
    },
  },
  {
    what: 'an expression with a unit in it',
    edit: (s) => {
      s.power.price = { expression: '0.05 kWh' };
    },
    expect: {
      path: 'power.price.expression',
      message: got(expressionMessages.unknownName('kWh', EXPRESSION_NAMES, true), '0.05 kWh'),
    },
  },
  {
    what: 'an expression that goes negative on day 3',
    edit: (s) => {
      s.power.price = { expression: '2 - t' };
    },
    expect: { path: 'power.price.expression', message: got(m.negativeTariff(3, '2019-01-04', -1), '2 - t') },
  },
  {
    // It printed the day's price as the doubles came out: -0.000010000000000000006.
    what: 'an expression that goes just below zero',
    edit: (s) => {
      s.power.price = { expression: '0.00005 - t * 0.00001' };
    },
    expect: {
      path: 'power.price.expression',
      message: got(
        'the expression gives a negative electricity price on day t = 6 (2019-01-07): -0.00001 USD/kWh',
        '0.00005 - t * 0.00001',
      ),
    },
  },
  {
    what: 'an expression that divides by zero on day 10',
    edit: (s) => {
      s.power.price = { expression: '1 / (t - 10)' };
    },
    expect: {
      path: 'power.price.expression',
      message: got(
        expressionMessages.onDay(10, '2019-01-11', expressionMessages.notFinite('Infinity')),
        '1 / (t - 10)',
      ),
      at: '1 / (t - 10)',
    },
  },
  {
    what: 'an expression that takes a square root of a negative number on day 11',
    edit: (s) => {
      s.power.price = { expression: 'sqrt(10 - t)' };
    },
    expect: {
      path: 'power.price.expression',
      message: got(
        expressionMessages.onDay(11, '2019-01-12', expressionMessages.notFinite('NaN')),
        'sqrt(10 - t)',
      ),
    },
  },
  {
    what: 'a PUE of 0.5',
    edit: (s) => {
      s.power.pue = 0.5;
    },
    expect: { path: 'power.pue', message: got(m.numberAtLeast(1, true), 0.5), at: '0.5' },
  },
  {
    what: 'a hosting fee given as an energy price',
    edit: (s) => {
      s.power.hosting = '10 USD/kWh';
    },
    expect: {
      path: 'power.hosting',
      message: `${u.expected('a cost per power and time', '10 USD/kW/month', '10 USD/kWh', 'an energy price')}; ${contractMessages.hostingPerKwh('10 USD/kWh')}`,
    },
  },
  // --- costs
  {
    what: 'a pool fee of 80 %',
    edit: (s) => {
      s.costs = { poolFee: '80 %' };
    },
    expect: { path: 'costs.poolFee', message: got(m.atMost('50 %'), '80 %') },
  },
  {
    what: 'maintenance given as a power',
    edit: (s) => {
      s.costs = { maintenance: '5 W' };
    },
    expect: {
      path: 'costs.maintenance',
      message: u.expected('an amount of money per time', '2000 USD/month', '5 W', 'a power'),
    },
  },
  // --- network
  {
    what: 'an unknown network model type with a suggestion',
    edit: (s) => {
      s.network.model = { type: 'stochastc' };
    },
    expect: {
      path: 'network.model.type',
      message: got(m.oneOf(NETWORK_TYPES, 'stochastic'), 'stochastc'),
      at: 'stochastc',
    },
  },
  {
    what: 'a growth model without rate or calibrate',
    edit: (s) => {
      s.network.model = { type: 'growth' };
    },
    expect: { path: 'network.model', message: m.needsParameter('rate', 'growth') },
  },
  {
    what: 'a stochastic network model without drift, volatility or calibrate',
    edit: (s) => {
      s.network.model = { type: 'stochastic' };
    },
    expect: [
      { path: 'network.model', message: m.needsParameter('drift', 'stochastic') },
      { path: 'network.model', message: m.needsParameter('volatility', 'stochastic') },
    ],
  },
  {
    what: 'a network hashrate without its unit',
    edit: (s) => {
      s.network.hashrate = 50000000;
    },
    expect: { path: 'network.hashrate', message: u.needsUnit('a hashrate', '13.5 TH/s', 50000000) },
  },
  {
    what: 'a calibration longer than the history before the start',
    edit: (s) => {
      s.network.model = { type: 'growth', calibrate: '20 years' };
    },
    expect: {
      path: 'network.model.calibrate',
      // The window lies within the history's end: newer data cannot fill it (the message said
      // "bring newer data"), and no later start can (the history is shorter than 20 years).
      message: got(
        c.windowBeforeHistory(
          '1999-01-01',
          '2018-12-31',
          3089,
          7305,
          'bitcoin',
          history.firstDate,
          history.lastDate,
          '`network.model.rate`',
          'network.model.partial: allowed',
          null,
        ),
        '20 years',
      ),
      at: '20 years',
    },
  },
  {
    what: 'a proof-of-work change without a date',
    edit: (s) => {
      s.network.powChanges = [{ strands: [] }];
    },
    expect: { path: 'network.powChanges[0].date', message: m.required() },
  },
  // --- fees
  {
    what: 'an unknown fee model type with a suggestion',
    edit: (s) => {
      s.fees.model = { type: 'per-blok' };
    },
    expect: { path: 'fees.model.type', message: got(m.oneOf(FEE_TYPES, 'per-block'), 'per-blok') },
  },
  {
    what: 'a negative fee amount',
    edit: (s) => {
      s.fees.model.amount = -1;
    },
    expect: { path: 'fees.model.amount', message: got(m.numberAtLeast(0, true), -1) },
  },
  {
    what: 'a fee spike multiplier of 0.5',
    edit: (s) => {
      s.fees.model.spikes = { perYear: 2, multiplier: 0.5 };
    },
    expect: { path: 'fees.model.spikes.multiplier', message: got(m.numberAtLeast(1, true), 0.5), at: '0.5' },
  },
  {
    what: 'a share-of-subsidy model without share or calibrate',
    edit: (s) => {
      s.fees.model = { type: 'share-of-subsidy' };
    },
    expect: { path: 'fees.model', message: m.needsParameter('share', 'share-of-subsidy') },
  },
  // --- price
  {
    what: 'a gbm model without drift, volatility or calibrate',
    edit: (s) => {
      s.price.model = { type: 'gbm' };
    },
    expect: [
      { path: 'price.model', message: m.needsParameter('drift', 'gbm'), at: 'type: gbm' },
      { path: 'price.model', message: m.needsParameter('volatility', 'gbm') },
    ],
  },
  {
    what: 'a jump-diffusion model without volatility',
    edit: (s) => {
      s.price.model = {
        type: 'jump-diffusion',
        drift: 0.1,
        jumpsPerYear: 2,
        jumpMean: -0.1,
        jumpVolatility: 0.1,
      };
    },
    expect: { path: 'price.model', message: m.needsParameter('volatility', 'jump-diffusion') },
  },
  {
    what: 'a jump-diffusion model without its jumps',
    edit: (s) => {
      s.price.model = { type: 'jump-diffusion', drift: 0.1, volatility: 0.5, jumpMean: -0.1 };
    },
    expect: [
      { path: 'price.model', message: m.needsParameter('jumpsPerYear', 'jump-diffusion') },
      { path: 'price.model', message: m.needsParameter('jumpVolatility', 'jump-diffusion') },
    ],
  },
  {
    what: 'a price model without a type',
    edit: (s) => {
      s.price.model = { drift: 0.1 };
    },
    expect: {
      path: 'price.model.type',
      message: `${m.required()}: ${m.oneOf(PRICE_TYPES)}; ${m.typeInFull('price.model', ['gbm', 'jump-diffusion', 'garch-t'], ', drift: 0.1, calibrate: 1 year')}`,
    },
  },
  {
    // A refusal of the default fee model says to give `fees.model.share`: written alone, it was
    // refused again for want of a type, without saying which ("is required: expected one of ...").
    what: 'a fee model with only the share the default fee model’s refusal names',
    edit: (s) => {
      s.fees = { model: { share: '2 %' } };
    },
    expect: {
      path: 'fees.model.type',
      message: `${m.required()}: ${m.oneOf(['share-of-subsidy', 'per-block', 'historical'])}; write \`fees.model: { type: share-of-subsidy, share: 2 % }\``,
    },
  },
  {
    // The same refusal's other way out, `fees.model.partial: allowed`, written alone.
    what: 'a fee model with only the partial window the default fee model’s refusal names',
    edit: (s) => {
      s.fees = { model: { partial: 'allowed' } };
    },
    expect: {
      path: 'fees.model.type',
      message: `${m.required()}: ${m.oneOf(FEE_TYPES)}; write \`fees.model: { type: share-of-subsidy, partial: allowed, calibrate: 1 year }\``,
    },
  },
  {
    what: 'a bootstrap window with only `from`',
    edit: (s) => {
      s.price.model = { type: 'bootstrap', from: '2017-01-01' };
    },
    expect: { path: 'price.model', message: m.bothWindowEnds() },
  },
  {
    what: 'a bootstrap window that ends after the start',
    edit: (s) => {
      s.price.model = { type: 'bootstrap', from: '2017-01-01', to: '2019-06-01' };
    },
    expect: { path: 'price.model.to', message: got(m.windowAfterStart(), '2019-06-01'), at: '2019-06-01' },
  },
  {
    what: 'a negative start price',
    edit: (s) => {
      s.price.start = '-5 USD';
    },
    expect: { path: 'price.start', message: got(m.atLeast('0.000001 USD'), '-5 USD') },
  },
  // --- history coverage
  {
    what: 'a start more than 31 days after the history while the price and network default to it',
    edit: (s) => {
      s.start = '2026-03-01';
      delete s.price.start;
    },
    expect: [
      {
        path: 'network.difficulty',
        message: pastHistory(
          '2026-03-01',
          107,
          31,
          '`network.difficulty`, `network.hashrate` or `network.hashprice` (with `price.start`)',
          'network.difficulty: 141.67 T',
        ),
      },
      {
        path: 'price.start',
        message: pastHistory('2026-03-01', 107, 31, '`price.start`', 'price.start: 78600 USD'),
      },
    ],
  },
  {
    what: 'a start more than 400 days after the history without a height',
    edit: (s) => {
      s.start = '2030-01-01';
      Object.assign(s.network, { difficulty: '141.67 T' });
    },
    expect: {
      path: 'network.height',
      // The history's last height carried at 144 blocks a day: 923,663 + 1,508 x 144.
      message: pastHistory(
        '2030-01-01',
        1509,
        400,
        '`network.height`',
        'network.height: 1140815',
        c.heightExampleFrom(923_663, history.lastDate, 144),
      ),
    },
  },
  {
    what: 'a start after the history with a block height below the one the history ended at (923,663 at the end of 2025-11-14)',
    edit: (s) => {
      s.start = '2026-01-22';
      Object.assign(s.network, { difficulty: '141.67 T', height: 900000 });
    },
    expect: {
      path: 'network.height',
      message: got(c.heightBelowHistory('bitcoin', '2026-01-22', 923663, history.lastDate, true), 900000),
      at: '900000',
    },
  },
  {
    what: 'a start before the shipped history while the network defaults to it',
    edit: (s) => {
      s.start = '2009-06-01';
    },
    expect: [
      {
        path: 'network.height',
        message: c.startBeforeHistory(
          'bitcoin',
          '2009-06-01',
          history.firstDate,
          history.lastDate,
          '`network.height`',
          'network.height: 68785',
        ),
      },
      {
        path: 'network.difficulty',
        message: c.startBeforeHistory(
          'bitcoin',
          '2009-06-01',
          history.firstDate,
          history.lastDate,
          '`network.difficulty`, `network.hashrate` or `network.hashprice` (with `price.start`)',
          'network.difficulty: 181.543',
        ),
      },
    ],
  },
  {
    what: 'a start more than 31 days after the history while the fees default to it',
    edit: (s) => {
      s.start = '2026-03-01';
      delete s.fees;
      Object.assign(s.network, { hashrate: '1 ZH/s' });
    },
    expect: {
      path: 'fees.model.share',
      message: pastHistory(
        '2026-03-01',
        107,
        31,
        "`fees.model: { type: share-of-subsidy, share: 0.75 % }` (the share the history's last 90 days paid, to 2025-11-14; give today's) (or `fees.model: { type: per-block, amount: ... }`)",
        null,
      ),
    },
  },
  {
    what: 'a gbm calibration window past the history',
    edit: (s) => {
      s.start = '2025-12-01';
      s.price.model = { type: 'gbm', calibrate: '2 years' };
    },
    expect: {
      path: 'price.model.calibrate',
      message: got(
        c.windowNotCovered(
          '2023-12-01',
          '2025-11-30',
          715,
          731,
          'bitcoin',
          history.firstDate,
          history.lastDate,
          '`price.model.drift` and `price.model.volatility`',
          'price.model.partial: allowed',
        ),
        '2 years',
      ),
    },
  },
  {
    // The history begins 2010-07-18 and an import adds only newer days: the message advised
    // "bring newer data with `minesim data import <file>` or `minesim data fetch`", which cannot
    // fill a window that lies before the history. The window 2010-02-28 to 2010-08-31 misses the
    // 140 days 2010-02-28 to 2010-07-17, so a start 140 days later, 2011-01-19, would be covered.
    what: 'a gbm calibration window that begins before the history',
    edit: (s) => {
      s.start = '2010-09-01';
      s.price.model = { type: 'gbm', calibrate: '185 days' };
      // A fleet the 2010 chain (4.87 GH/s on the day) holds.
      s.fleet[0] = { hashrate: '100 MH/s', power: '50 W', count: 1, unitPrice: '300 USD' };
    },
    expect: {
      path: 'price.model.calibrate',
      message: got(
        'the calibration window 2010-02-28 to 2010-08-31 has 45 of its 185 days in the bitcoin history ' +
          `(2010-07-18 to ${history.lastDate}), which holds no day before 2010-07-18 (an import adds only newer ` +
          'days); start 140 days later (on 2011-01-19 or after), calibrate on a window of at most 45 days, give ' +
          '`price.model.drift` and `price.model.volatility` instead of calibrating, or accept the shorter window with ' +
          '`price.model.partial: allowed`',
        '185 days',
      ),
    },
  },
  {
    // A start 14 days into the history: a partial window holds those 14 days at most, and the
    // refusal offered only the given parameters; a start 16 days later (2010-08-17) holds 30.
    what: 'a partial window too short for a start just after the history begins',
    edit: (s) => {
      s.start = '2010-08-01';
      s.price.model = { type: 'gbm', calibrate: '90 days', partial: 'allowed' };
      s.fleet[0] = { hashrate: '100 MH/s', power: '50 W', count: 1, unitPrice: '300 USD' };
    },
    expect: {
      path: 'price.model.calibrate',
      message: got(
        `the calibration window 2010-05-03 to 2010-07-31 has only 14 days in the bitcoin history (2010-07-18 to ${history.lastDate}), ` +
          'and a partial window must hold at least 30 days of it; no window this start can calibrate on holds more ' +
          'than 14: start 16 days later (on 2010-08-17 or after), or give `price.model.drift` and ' +
          '`price.model.volatility` instead of calibrating',
        '90 days',
      ),
    },
  },
  {
    what: 'a partial window shorter than 30 days even when allowed',
    edit: (s) => {
      s.start = '2025-12-01';
      s.network.model = { type: 'stochastic', calibrate: '40 days', partial: 'allowed' };
    },
    expect: {
      path: 'network.model.calibrate',
      message: got(
        // 24 of 40 days covered, 16 past the history's end: a window of 40 + 30 - 24 = 46 days
        // holds 30 of them.
        c.partialTooShort(
          '2025-10-22',
          '2025-11-30',
          24,
          30,
          'bitcoin',
          history.firstDate,
          history.lastDate,
          '`network.model.drift` and `network.model.volatility`',
          46,
          history.days,
          null,
          // and the 56 days that hold the 40 this window asks for, to 2025-11-14, 17 days before
          // the start (the least window reads only the 30 days before the history's end)
          { days: 56, held: 40, daysBefore: 17, partialKey: 'network.model.partial: allowed' },
        ),
        '40 days',
      ),
    },
  },
  ...(
    [
      ['price', { type: 'gbm', calibrate: '2 days' }],
      ['price', { type: 'jump-diffusion', calibrate: '1 day' }],
      ['network', { type: 'growth', calibrate: '1 day' }],
      ['network', { type: 'stochastic', calibrate: '29 days' }],
    ] as const
  ).map(
    ([family, model]): InvalidCase => ({
      what: `a ${model.type} model calibrated on ${model.calibrate} (its drift and volatility fell back to 0)`,
      edit: (s) => {
        s[family].model = { ...model };
      },
      expect: { path: `${family}.model.calibrate`, message: got(m.atLeast('30 days'), model.calibrate) },
    }),
  ),
  {
    what: 'a hashprice and a difficulty together',
    edit: (s) => {
      Object.assign(s.network, { hashprice: '34.8 USD/PH/day', difficulty: '141.67 T' });
    },
    expect: { path: 'network.hashprice', message: got(c.hashpriceAndDifficulty(), '34.8 USD/PH/day') },
  },
  {
    what: 'a historical price replay past the history',
    edit: (s) => {
      s.start = '2025-12-01';
      s.price.model = { type: 'historical' };
    },
    expect: {
      path: 'price.model.type',
      message: got(
        c.replayOutsideHistory('bitcoin', '2025-12-01', history.firstDate, history.lastDate),
        'historical',
      ),
    },
  },
  {
    // Before the history no import helps (an import adds only newer days): the message advised
    // "bring newer data"; it now names the history's first day.
    what: 'a historical price replay before the history',
    edit: (s) => {
      s.start = '2010-01-01';
      s.price.model = { type: 'historical' };
      delete s.price.start;
      s.fleet[0] = { hashrate: '100 MH/s', power: '50 W', count: 1, unitPrice: '300 USD' };
      Object.assign(s.network, { height: 30000, difficulty: '1.2 k' });
    },
    expect: [
      {
        path: 'price.start',
        message: c.startBeforeHistory(
          'bitcoin',
          '2010-01-01',
          history.firstDate,
          history.lastDate,
          '`price.start`',
          'price.start: 0.08584 USD',
        ),
      },
      {
        path: 'price.model.type',
        message: got(
          `a historical replay needs the history on the start date 2010-01-01, and the bitcoin history covers 2010-07-18 to ${history.lastDate}; choose another model, or a start on 2010-07-18 or after (an import adds only newer days)`,
          'historical',
        ),
      },
    ],
  },
  {
    what: 'a hashprice without its unit',
    edit: (s) => {
      s.network.hashprice = 34.8;
    },
    expect: { path: 'network.hashprice', message: u.needsUnit('a hashprice', '34.8 USD/PH/day', 34.8) },
  },
  // --- operation, treasury, Monte Carlo
  {
    what: 'a misspelt operation with a suggestion',
    edit: (s) => {
      s.operation = 'always-onn';
    },
    expect: {
      path: 'operation',
      message: got(m.oneOf(['always-on', 'shutdown-when-unprofitable'], 'always-on'), 'always-onn'),
    },
  },
  {
    what: 'a misspelt treasury with a suggestion',
    edit: (s) => {
      s.treasury = 'sel-daily';
    },
    expect: {
      path: 'treasury',
      message: got(m.treasuryPolicy(['sell-daily', 'hold', 'sell-to-cover'], 'sell-daily'), 'sel-daily'),
      at: 'sel-daily',
    },
  },
  {
    what: 'a Monte Carlo run of 0 paths',
    edit: (s) => {
      s.monteCarlo = { paths: 0 };
    },
    expect: { path: 'monteCarlo.paths', message: got(m.numberAtLeast(1, true), 0) },
  },
  {
    what: 'a fractional seed',
    edit: (s) => {
      s.monteCarlo = { seed: 1.5 };
    },
    expect: { path: 'monteCarlo.seed', message: got(m.quantityOrObject('integer or string'), 1.5) },
  },
  {
    what: 'an unknown Monte Carlo key with a suggestion',
    edit: (s) => {
      s.monteCarlo = { path: 5 };
    },
    expect: { path: 'monteCarlo.path', message: m.unknownKey('path', 'paths') },
  },
  // --- hedges
  {
    what: 'an unknown key of a put with a suggestion from the options’ keys',
    edit: (s) => {
      s.finance = {
        hedges: [
          {
            type: 'put',
            coins: 1,
            strike: '3000 USD',
            premium: '100 USD',
            expiry: '2019-06-30',
            positon: 'sold',
          },
        ],
      };
    },
    expect: {
      path: 'finance.hedges[0].positon',
      message: m.unknownKey('positon', 'position'),
      at: 'positon',
    },
  },
  {
    what: 'a swap’s key on a call, not suggested as itself',
    edit: (s) => {
      s.finance = {
        hedges: [
          {
            type: 'call',
            coins: 1,
            strike: '3000 USD',
            premium: '100 USD',
            expiry: '2019-06-30',
            term: '3 months',
          },
        ],
      };
    },
    expect: { path: 'finance.hedges[0].term', message: m.unknownKey('term'), at: 'term' },
  },
  // --- claims and outputs
  {
    what: 'an unparsable claim',
    edit: (s) => {
      s.claims = ['it pays back'];
    },
    expect: {
      path: 'claims[0]',
      message: got(claimMessages.unparsable(), 'it pays back'),
      at: 'it pays back',
    },
  },
  {
    what: 'a claim with a bare probability of 1.5 (a percentage without its %)',
    edit: (s) => {
      s.claims = ['payback > 1 year', 'P(payback < 1 year) >= 1.5'];
    },
    expect: { path: 'claims[1]', message: claimMessages.bareProbability('1.5', 1.5), at: 'P(payback' },
  },
  {
    what: 'a claim whose threshold has the wrong unit',
    edit: (s) => {
      s.claims = ['payback > 5 USD'];
    },
    expect: {
      path: 'claims[0]',
      message: claimMessages.badValue(
        'payback',
        u.expected('a duration', '18 months', '5 USD', 'an amount of money'),
      ),
    },
  },
  {
    what: 'a claim on a payback time past the horizon (paths cut short cannot judge it)',
    edit: (s) => {
      s.horizon = '6 months';
      s.claims = ['P(payback <= 3 months) >= 0.5', 'payback > 1 year'];
    },
    expect: {
      path: 'claims[1]',
      message: got(claimMessages.beyondHorizon(365.25, 183), 'payback > 1 year'),
      at: 'payback > 1 year',
    },
  },
  {
    // A path's IRR beyond the rates searched is carried at the bound (1e6 a year): against 1e7 it
    // counted as below, whatever its true rate (`irr > 1e7` was refuted at share 0 on a fleet
    // whose every path returned its money within days).
    what: 'a claim on an IRR beyond the rates searched (a censored IRR is only known to be beyond the bound)',
    edit: (s) => {
      s.claims = ['irr >= 100000000 %', 'irr > 1e9 %'];
    },
    expect: {
      path: 'claims[1]',
      message: got(claimMessages.irrBeyondSearch(), 'irr > 1e9 %'),
      at: 'irr > 1e9 %',
    },
  },
  {
    what: 'a claim that an IRR is below the floor of the rates searched',
    edit: (s) => {
      s.claims = ['irr < -0.9999'];
    },
    expect: {
      path: 'claims[0]',
      message: got(claimMessages.irrBeyondSearch(), 'irr < -0.9999'),
      at: 'irr < -0.9999',
    },
  },
  {
    // A path at the floor has a rate below -99.99 % or none (it lost more than it put in): it
    // counted as holding `irr >= -99.99 %`, as a path at the ceiling held `irr <= 100000000 %`.
    what: 'a claim that an IRR is at least the floor of the rates searched',
    edit: (s) => {
      s.claims = ['irr >= -99.99 %'];
    },
    expect: {
      path: 'claims[0]',
      message: got(claimMessages.irrBeyondSearch(), 'irr >= -99.99 %'),
      at: 'irr >= -99.99 %',
    },
  },
  {
    what: 'a claim that an IRR is at most the ceiling of the rates searched',
    edit: (s) => {
      s.claims = ['irr <= 100000000 %'];
    },
    expect: {
      path: 'claims[0]',
      message: got(claimMessages.irrBeyondSearch(), 'irr <= 100000000 %'),
      at: 'irr <= 100000000 %',
    },
  },
  {
    // 1 year counts the paths paid back by day 365; a 1-year horizon runs day 0 to day 364, so a
    // path paying back on day 365 counted as later than a year (the claim was accepted and judged).
    what: 'a claim on a payback time of the horizon’s own words (1 year: day 365, past a 365-day horizon)',
    edit: (s) => {
      s.horizon = '1 year';
      s.claims = ['payback > 1 year'];
    },
    expect: {
      path: 'claims[0]',
      message: got(claimMessages.beyondHorizon(365.25, 365), 'payback > 1 year'),
      at: 'payback > 1 year',
    },
  },
  {
    what: 'an unknown chart with a suggestion',
    edit: (s) => {
      s.outputs = { charts: ['fan', 'fann'] };
    },
    expect: { path: 'outputs.charts[1]', message: got(m.oneOf(CHARTS, 'fan'), 'fann'), at: 'fann' },
  },
  // --- raw text
  {
    what: 'a tab used as indentation',
    text: 'name: tabs\nfleet:\n\t- model: Antminer S9\n',
    expect: { path: '', message: /^YAML syntax error: .*[Tt]ab/, at: '\t' },
  },
  {
    // The rest of the file is checked too: every problem at once (it lacks its fleet and power).
    what: 'a key given twice, with the file’s other problems',
    text: 'name: twice\nstart: 2019-01-01\nname: again\n',
    expect: [
      { path: 'name', message: documentMessages.duplicateKey('name'), at: 'name: again' },
      { path: 'fleet', message: 'is required' },
      { path: 'power', message: 'is required' },
    ],
  },
  {
    what: 'a list instead of a mapping',
    text: '- name: list\n',
    expect: { path: '', message: documentMessages.notMapping('a list') },
  },
];

describe('validateScenarioText() refuses invalid scenarios', () => {
  it.each(invalid.map((c) => [c.what, c] as const))('validateScenarioText() reports %s', async (_, c) => {
    const text = c.text ?? render(c.edit ?? (() => {}));
    const v = await validateScenarioText(text, 'case.yaml');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const expected = Array.isArray(c.expect) ? c.expect : [c.expect];
    expect(v.problems).toHaveLength(expected.length);
    for (const e of expected) {
      const p = v.problems.find(
        (q) =>
          q.path === e.path &&
          (typeof e.message === 'string' ? q.message === e.message : e.message.test(q.message)),
      );
      expect(p, `no problem at ${e.path} with ${e.message}; got ${JSON.stringify(v.problems)}`).toBeDefined();
      expect(p?.file).toBe('case.yaml');
      if (e.at !== undefined) expect({ line: p?.line, col: p?.col }).toEqual(positionOf(text, e.at));
    }
  });

  it('has at least 45 invalid cases', () => {
    expect(invalid.length).toBeGreaterThanOrEqual(45);
  });

  it('validateScenarioText() reports five problems in one file at once, sorted by line', async () => {
    // The keys are in the reverse of the schema's order, so the problems are found bottom-up.
    const text = [
      'outputs:',
      '  charts: [fann]',
      'monteCarlo:',
      '  paths: 0',
      'power:',
      '  price: 50 W',
      'fleet:',
      '  - model: Antminer S99',
      '    count: 10',
      '    unitPrice: 300 USD',
      'start: 2019-02-30',
      'name: five',
      '',
    ].join('\n');
    const v = await validateScenarioText(text, 'case.yaml');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems.map((p) => [p.line, p.col, p.path])).toEqual([
      [2, 12, 'outputs.charts[0]'],
      [4, 10, 'monteCarlo.paths'],
      [6, 10, 'power.price'],
      [8, 12, 'fleet[0].model'],
      [11, 8, 'start'],
    ]);
  });

  // Guards a fixed bug: validate.ts:78 maps the rule problems without sorting them, so they come in rule order
  // (price before network) rather than file order; issuesToProblems sorts schema problems.
  it('validateScenarioText() sorts the problems found by cross-field rules by line', async () => {
    const v = await validateScenarioText(
      render((s) => {
        s.start = '2030-01-01';
        delete s.price.start;
      }),
      'case.yaml',
    );
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const lines = v.problems.map((p) => p.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  // Guards a fixed bug: issues.ts:63 (invalid_union) has no `value === undefined` branch for unions that are not
  // discriminated, so a missing quantity or tariff reads "expected another kind of value" or
  // "expected Electricity price or { schedule } or { expression }" instead of "is required".
  it.each([
    ['a missing unit price', 'fleet[0].unitPrice', (s: Draft) => delete s.fleet[0].unitPrice],
    ['a missing electricity price', 'power.price', (s: Draft) => delete s.power.price],
  ] as const)('validateScenarioText() reports %s as required', async (_, path, edit) => {
    const v = await validateScenarioText(render(edit), 'case.yaml');
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.problems).toContainEqual(expect.objectContaining({ path, message: m.required() }));
  });

  // Guards a fixed bug: issues.ts:112 bestBranch() takes the constant-tariff branch (rejected at its root by a
  // nested invalid_union, which it does not count as a root rejection) over the schedule branch.
  it('validateScenarioText() points at a bad price inside a tariff schedule', async () => {
    const text = render((s) => {
      s.power.price = {
        schedule: [
          { from: '2019-01-01', price: 0.05 },
          { from: '2020-01-01', price: '5 W' },
        ],
      };
    });
    const v = await validateScenarioText(text, 'case.yaml');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems).toEqual([
      expect.objectContaining({
        path: 'power.price.schedule[1].price',
        message: u.expected('an energy price', '0.05 USD/kWh', '5 W', 'a power'),
        ...positionOf(text, '5 W'),
      }),
    ]);
  });
});

interface ValidCase {
  what: string;
  edit?: (s: Draft) => void;
  text?: string;
  check?: (s: Scenario) => void;
}

const valid: ValidCase[] = [
  {
    what: 'a CPU rated on CryptoNight retired on the day RandomX replaces it (its last day hashing is the day before)',
    edit: (s) => {
      s.coin = 'monero';
      s.start = '2019-06-01';
      s.fleet[0].model = 'Intel Core i7-2600K';
      s.fleet[0].retire = '2019-11-30';
      s.price.start = '90 USD';
      s.fees.model.amount = 0.01;
    },
  },
  {
    what: 'a CPU rated on CryptoNight running past RandomX with its hashrate given (the scenario states it)',
    edit: (s) => {
      s.coin = 'monero';
      s.start = '2019-06-01';
      s.fleet[0].model = 'Intel Core i7-2600K';
      s.fleet[0].hashrate = '266 H/s';
      s.price.start = '90 USD';
      s.fees.model.amount = 0.01;
    },
  },
  {
    what: 'a cohort deployed later hashing more than the start network, under a random network (its hashrate then is not known)',
    edit: (s) => {
      // The base's growth network is known on every day (1.035 EH/s on 2019-02-01): a random one.
      s.network.model = { type: 'stochastic', drift: '50 %', volatility: '20 %' };
      s.network.hashrate = '1 EH/s';
      s.fleet.push({ model: 'Antminer S9', count: 100_000, unitPrice: '300 USD', purchased: '2019-02-01' });
    },
  },
  {
    what: 'a fleet of the whole network on the start day',
    edit: (s) => {
      s.network.hashrate = '1 EH/s';
      s.fleet = [{ hashrate: '1 PH/s', power: '30 MW', count: 1000, unitPrice: '300 USD' }];
    },
  },
  {
    what: 'the flagship scenario',
    text: readFileSync(new URL('../../scenarios/north-korea-2017-s9.yaml', import.meta.url), 'utf8'),
    check: (s) => {
      expect(s.fleet[0]).toMatchObject({ name: 'Antminer S9', count: 10, hashrateHs: 13.5e12, powerW: 1323 });
      expect(s.claims.map((c) => c.text)).toEqual(['payback > 1 year', 'payback > 2 years']);
    },
  },
  {
    what: 'the starter scenario of `minesim init`',
    text: starterScenario('demo', '../schema/scenario.schema.json'),
  },
  { what: 'the base scenario', check: (s) => expect(s.days).toBe(Math.round(2 * 365.25)) },
  {
    what: 'a deployment delay of 2 weeks (whole days in another unit)',
    edit: (s) => {
      s.fleet[0].deploymentDelay = '2 weeks';
    },
    check: (s) => expect(s.fleet[0].deploymentDelayDays).toBe(14),
  },
  {
    what: 'a Monero CPU scenario',
    edit: (s) => {
      s.coin = 'monero';
      s.start = '2018-01-01';
      // A year: the CryptoNight rating holds until RandomX (2019-11-30).
      s.horizon = '1 year';
      s.fleet = [
        // Rated on CryptoNight, which Monero mined in 2018.
        { model: 'Intel Core i7-2600K', count: 4, unitPrice: '300 USD' },
        { name: 'old servers', hashrate: '5 kH/s', power: '150 W', count: 2, unitPrice: 800 },
      ];
      s.price = { model: { type: 'bootstrap', window: '2 years' } };
      s.network = { model: { type: 'stochastic', calibrate: '1 year' } };
      s.fees = { model: { type: 'historical' } };
    },
    check: (s) => {
      expect(s.fleet.map((c) => c.hardwareClass)).toEqual(['cpu', 'cpu']);
      expect(s.fleet[1].hashrateHs).toBe(5000);
      expect(s.network.powChanges.length).toBeGreaterThan(0);
    },
  },
  {
    what: 'a schedule tariff',
    edit: (s) => {
      s.power.price = {
        schedule: [
          { from: '2018-06-01', price: 0.05 },
          { from: '2020-01-01', price: '70 USD/MWh' },
        ],
      };
    },
    check: (s) =>
      expect(s.power.price).toEqual({
        schedule: [
          { from: '2018-06-01', price: 0.05 },
          { from: '2020-01-01', price: expect.closeTo(0.07, 12) },
        ],
      }),
  },
  {
    what: 'an expression tariff',
    edit: (s) => {
      s.power.price = {
        expression: '0.05 + 0.02 * sin(2 * pi * t / 365) + (month >= 6 and month <= 8 ? 0.01 : 0)',
      };
    },
  },
  {
    what: 'custom hardware without a model',
    edit: (s) => {
      s.fleet = [{ name: 'rig', hashrate: '14 TH/s', power: '1.4 kW', count: 3, unitPrice: 1000 }];
    },
    check: (s) =>
      expect(s.fleet[0]).toMatchObject({
        name: 'rig',
        hardwareClass: 'sha256',
        hashrateHs: 14e12,
        powerW: 1400,
      }),
  },
  {
    what: 'a catalog model with its hashrate overridden',
    edit: (s) => {
      s.fleet[0].hashrate = '12 TH/s';
    },
    check: (s) => expect(s.fleet[0]).toMatchObject({ hashrateHs: 12e12, powerW: 1323 }),
  },
  // every price model
  {
    what: 'a fixed price',
    edit: (s) => {
      s.price.model = { type: 'fixed' };
    },
  },
  {
    what: 'a calibrated gbm price',
    edit: (s) => {
      s.price.model = { type: 'gbm', calibrate: '2 years' };
    },
  },
  {
    what: 'a jump-diffusion price',
    edit: (s) => {
      s.price.model = {
        type: 'jump-diffusion',
        drift: 0.1,
        volatility: '80 %',
        jumpsPerYear: 3,
        jumpMean: '-10 %',
        jumpVolatility: '15 %',
      };
    },
  },
  {
    what: 'a calibrated jump-diffusion price',
    edit: (s) => {
      s.price.model = { type: 'jump-diffusion', calibrate: '3 years' };
    },
  },
  {
    what: 'a bootstrap price over an explicit window',
    edit: (s) => {
      s.price.model = { type: 'bootstrap', from: '2016-01-01', to: '2018-12-31', blockLength: '20 days' };
    },
  },
  {
    what: 'a historical price',
    edit: (s) => {
      s.price = { model: { type: 'historical' } };
    },
  },
  // every network model
  {
    what: 'network growth per epoch',
    edit: (s) => {
      s.network.model = { type: 'growth', rate: '3 %', per: 'epoch' };
    },
  },
  {
    what: 'calibrated network growth with an explicit starting state',
    edit: (s) => {
      s.network = { hashrate: '45 EH/s', difficulty: 5.6e12, model: { type: 'growth', calibrate: '1 year' } };
    },
  },
  {
    what: 'a stochastic network',
    edit: (s) => {
      s.network.model = {
        type: 'stochastic',
        drift: 0.5,
        volatility: 0.3,
        meanReversion: 0.2,
        priceCorrelation: 0.3,
      };
    },
  },
  {
    what: 'a price-coupled network',
    edit: (s) => {
      s.network.model = { type: 'price-coupled', elasticity: 1.2, lag: '90 days', efficiencyGain: '25 %' };
    },
  },
  {
    what: 'a historical network',
    edit: (s) => {
      s.network.model = { type: 'historical' };
    },
  },
  // every fee model
  {
    what: 'fees as a share of the subsidy with spikes',
    edit: (s) => {
      s.fees.model = { type: 'share-of-subsidy', share: '3 %', spikes: { perYear: 2, multiplier: 5 } };
    },
  },
  {
    what: 'fees as a calibrated share of the subsidy',
    edit: (s) => {
      s.fees.model = { type: 'share-of-subsidy', calibrate: '90 days' };
    },
  },
  {
    what: 'historical fees',
    edit: (s) => {
      s.fees.model = { type: 'historical' };
    },
  },
  {
    what: 'the default fees',
    edit: (s) => delete s.fees,
    check: (s) =>
      expect(s.fees.model).toEqual({ type: 'share-of-subsidy', calibrate: 90, partial: 'refused' }),
  },
  {
    what: 'a string seed, antithetic paths and claims with probabilities',
    edit: (s) => {
      s.monteCarlo = { seed: 'abc', paths: 100, antithetic: true };
      s.claims = ['payback > 2 years', 'P(npv > 0) >= 50 %', 'P(irr >= 10 %) < 0.3'];
    },
    check: (s) => expect(s.claims.map((c) => c.probability)).toEqual([0.5, 0.5, 0.3]),
  },
  {
    what: 'a CPU rated on CryptoNight mining Monero after RandomX, with its RandomX hashrate given',
    edit: (s) => {
      s.coin = 'monero';
      s.start = '2020-01-01';
      s.fleet[0] = { model: 'Intel Core i7-2600K', hashrate: '1000 H/s', count: 10, unitPrice: '300 USD' };
      s.price.start = '45 USD';
      s.fees.model.amount = 0.01;
    },
  },
  {
    what: 'a claim on a payback time whose day the horizon simulates (1 year, 365.25 days: day 365 of 366 days)',
    edit: (s) => {
      s.horizon = '366 days';
      s.claims = ['payback > 1 year'];
    },
  },
  {
    what: 'a claim on a payback time past the horizon when every cohort is retired by then and coins are sold',
    edit: (s) => {
      s.horizon = '6 months';
      s.fleet[0].retire = '2019-05-01';
      s.claims = ['payback > 2 years'];
    },
  },
];

describe('validateScenarioText() accepts valid scenarios', () => {
  it.each(valid.map((c) => [c.what, c] as const))('validateScenarioText() accepts %s', async (_, c) => {
    const v = await validateScenarioText(c.text ?? render(c.edit ?? (() => {})), 'case.yaml');
    expect(v.ok ? [] : v.problems).toEqual([]);
    if (v.ok) c.check?.(v.scenario);
  });
});
