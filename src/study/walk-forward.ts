// The walk-forward calibration study's design: which coins and start dates, which machine and
// price at each start, and the scenario (one per coin, start and market model) whose ex-ante
// forecast is compared with what happened. Scenarios are written in the user's form and go through
// the same validation as a file, so the study cannot use a setting a user could not.

import { type HardwareModel, loadCatalog } from '../data/catalog.js';
import { addDays, daysBetween } from '../data/dates.js';
import { loadHistory } from '../data/history.js';
import { type Coin, coinProtocol } from '../model/coins/index.js';
import { historicalHashprice, isHashpriceError } from '../model/hashprice.js';
import { networkModel } from '../model/market/network/registry.js';
import { priceModel } from '../model/market/price/registry.js';
import { historyStartHashrate } from '../model/start-hashrate.js';
import { algorithmChangeWithin } from '../scenario/machine-algorithm.js';
import type { Scenario } from '../scenario/normalize.js';
import type { ScenarioInput } from '../scenario/schema/scenario.js';
import { validateScenarioText } from '../scenario/validate.js';
import { STUDY_MODELS, type StudyModel } from './study-models.js';

export { STUDY_MODELS, type StudyModel };

/** Monthly starts, from the first month each coin's history allows (STUDY_COINS). */
export const STEP_MONTHS = 1;
/** Forecast horizons in days; a start is scored at every horizon whose end the history covers. */
export const HORIZONS_DAYS = [90, 180, 365, 730] as const;
/**
 * The last start of the tuning set: the default model and any tuning are chosen on starts up to
 * here only; later starts are the held-out test. (Forecasts from late-2019 starts end in 2020-2021:
 * their outcomes are later than the split, but their forecasts used nothing after the start.)
 */
export const TUNING_LAST_START = '2019-12-31';
export const TARIFF_USD_PER_KWH = 0.06;
/** A machine counts as available this many months after its release month. */
export const RELEASE_LAG_MONTHS = 3;
/**
 * Unit price, when the catalog has no launch price: this many days of the machine's gross revenue
 * at the start day's hashprice. The catalog's launch prices (S15 2018-11, S19 / S19 Pro 2020-03,
 * S21 2023-10) were 225-273 days of revenue at their launch hashprice; 250 is their middle.
 */
export const REVENUE_DAYS_PER_UNIT_PRICE = 250;

/** Per coin: the first start (the longest calibration window, 4 years of bootstrap, cut where the history begins; 2 years of GBM fit) and the fleet. */
/** The most of the start's network hashrate a study fleet may hash (see studyScenarioInput). */
export const STUDY_FLEET_SHARE = 0.5;

export const STUDY_COINS: Record<Coin, { firstStart: string; units: number; unitPriceUsd?: number }> = {
  // Bitcoin's history begins 2010-07-18: every window of 2 years fits from 2013.
  bitcoin: { firstStart: '2013-01-01', units: 10 },
  // Monero's begins 2014-05-20: 2 years of GBM fit from 2016-06. A hundred desktop CPUs already
  // owned, as in the flagship's Monero case: 50 USD a unit stands for the wear of running them
  // around the clock (250 days of a CPU's revenue would round to a few dollars or nothing).
  monero: { firstStart: '2016-06-01', units: 100, unitPriceUsd: 50 },
};
/** The first start of the current design (Bitcoin), for tests and tables. */
export const FIRST_START = STUDY_COINS.bitcoin.firstStart;
/** The Monero proof-of-work change to RandomX: CPU hash units change with it. */
const RANDOMX_DATE = '2019-11-30';

export const isHeldOut = (start: string) => start > TUNING_LAST_START;

/** Months since year 0 of a yyyy-mm or yyyy-mm-dd date, and back to yyyy-mm. */
const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const monthText = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/**
 * Start dates every `stepMonths` months from `first` to `last` on `first`'s day of the month
 * (28 or earlier, so every month has it), keeping only those whose `horizonDays` (by default the
 * shortest horizon) end inside the coin's shipped history.
 */
export function walkForwardStarts(
  first = FIRST_START,
  last = '9999-12-01',
  stepMonths = STEP_MONTHS,
  horizonDays: number = Math.min(...HORIZONS_DAYS),
  coin: Coin = 'bitcoin',
): string[] {
  const lastDate = loadHistory(coin).lastDate;
  const day = first.slice(8, 10);
  const starts: string[] = [];
  const end = Math.min(monthIndex(last), monthIndex(lastDate));
  for (let m = monthIndex(first); m <= end; m += stepMonths) {
    const start = `${monthText(m)}-${day}`;
    if (daysBetween(addDays(start, horizonDays - 1), lastDate) >= 0) starts.push(start);
  }
  return starts;
}

/**
 * The study's horizons whose last day, from `start`, the coin's history covers, and before which
 * the coin keeps the proof of work the start's machine is rated on (a CPU rated on CryptoNight
 * hashes at another rate past Monero's RandomX, 2019-11-30: no run may take its rating there).
 */
export function horizonsAt(coin: Coin, start: string, horizons: readonly number[] = HORIZONS_DAYS): number[] {
  const lastDate = loadHistory(coin).lastDate;
  const { algorithm } = mainstreamMachine(start, loadCatalog(), coin).machine;
  return horizons.filter((h) => {
    const last = addDays(start, h - 1);
    return (
      daysBetween(last, lastDate) >= 0 &&
      algorithmChangeWithin(coinProtocol(coin), algorithm, start, last) === undefined
    );
  });
}

export interface MachineChoice {
  machine: HardwareModel;
  /** True when no catalog model was out by the start and the earliest one stands in for it. */
  anachronistic: boolean;
}

const joulesPerHash = (m: HardwareModel) => m.powerW / m.hashrateHs;
const byRelease = (a: HardwareModel, b: HardwareModel) => a.releaseMonth.localeCompare(b.releaseMonth);
/**
 * The machines a coin's miner could buy on `start`, by coin: Bitcoin ASICs for Bitcoin; for Monero,
 * CPUs of the proof of work of the day (CryptoNight until RandomX on 2019-11-30; ASICs were
 * stranded by the 2018-04 fork, so the study never buys one).
 */
const COIN_MACHINES: Record<Coin, (m: HardwareModel, start: string) => boolean> = {
  bitcoin: (m) => m.hardwareClass === 'sha256',
  monero: (m, start) =>
    m.hardwareClass === 'cpu' && m.algorithm === (start < RANDOMX_DATE ? 'cryptonight' : 'randomx'),
};

function coinMachines(catalog: readonly HardwareModel[], coin: Coin, start: string): HardwareModel[] {
  return catalog.filter((m) => COIN_MACHINES[coin](m, start));
}

/** The first month (yyyy-mm) in which a machine counts as available to buy. */
export function availableMonth(m: HardwareModel): string {
  return monthText(monthIndex(m.releaseMonth) + RELEASE_LAG_MONTHS);
}

/** The earliest-released machine of the coin: the stand-in for starts before any is available. */
export function standInMachine(
  catalog: readonly HardwareModel[] = loadCatalog(),
  coin: Coin = 'bitcoin',
  start = FIRST_START,
): HardwareModel {
  const machines = coinMachines(catalog, coin, start);
  if (machines.length === 0) throw new Error(`hardware catalog: no machines for ${coin} on ${start}`);
  return [...machines].sort(byRelease)[0];
}

/**
 * The then-current mainstream machine: the most efficient (lowest J/H) machine of the coin whose
 * release month is at least RELEASE_LAG_MONTHS months before the start's month. Before the catalog's
 * first machine qualifies, the earliest-released one stands in: the fleet is then hypothetical,
 * but forecast and outcome are computed for the same fleet, so the comparison stays fair.
 */
export function mainstreamMachine(
  start: string,
  catalog: readonly HardwareModel[] = loadCatalog(),
  coin: Coin = 'bitcoin',
): MachineChoice {
  const available = coinMachines(catalog, coin, start).filter((m) => availableMonth(m) <= start.slice(0, 7));
  if (available.length === 0) return { machine: standInMachine(catalog, coin, start), anachronistic: true };
  const best = [...available].sort((a, b) => joulesPerHash(a) - joulesPerHash(b) || byRelease(a, b))[0];
  return { machine: best, anachronistic: false };
}

/**
 * Price of one unit: the catalog's launch price, or REVENUE_DAYS_PER_UNIT_PRICE days of gross
 * revenue at the start day's hashprice. Capex is one constant taken off every path and off the
 * realised value alike, so it sets the level of the numbers but moves no PIT or coverage.
 */
export function unitPriceUsd(machine: HardwareModel, start: string, coin: Coin = 'bitcoin'): number {
  if (machine.launchPriceUsd !== undefined) return machine.launchPriceUsd;
  // Per TH/s, as the machine's hashrate is counted here (the default unit is per PH/s).
  const h = historicalHashprice(loadHistory(coin), start, 'TH');
  if (isHashpriceError(h)) throw new Error(h.message);
  return Math.round((machine.hashrateHs / 1e12) * h.hashpriceUsd * REVENUE_DAYS_PER_UNIT_PRICE);
}

/** The price model as written for `start` (a bootstrap's window is cut where the history begins). */
function priceModelAt(model: StudyModel, start: string, coin: Coin): StudyModel['price'] {
  const atStart = priceModel(model.price.type).study?.atStart;
  if (!atStart || model.asWritten) return model.price;
  return atStart(model.price, start, loadHistory(coin).firstDate) as StudyModel['price'];
}

/** The network model as written for `start` (a fit near the history's first day takes what there is). */
function networkModelAt(model: StudyModel, start: string, coin: Coin): StudyModel['network'] {
  const atStart = networkModel(model.network.type).study?.atStart;
  if (!atStart || model.asWritten) return model.network;
  return atStart(model.network, start, loadHistory(coin).firstDate) as StudyModel['network'];
}

/** The scenario of one start, model and horizon, in the user's written form. */
export function studyScenarioInput(
  start: string,
  model: StudyModel,
  horizonDays: number,
  coin: Coin = 'bitcoin',
): ScenarioInput {
  const { machine, anachronistic } = mainstreamMachine(start, loadCatalog(), coin);
  const { units: wanted, unitPriceUsd: fixedPrice } = STUDY_COINS[coin];
  // No more units than half the network's hashrate at the start holds: a fleet cannot hash more
  // than the network, and the back-test replays the chain's own days, on which its hashes fall
  // below the week's by luck (2013-01-17: 17.9 TH/s against the start's 23.7); ten Antminer S7s
  // standing in for the machines of early 2013 would hash more than all of it, and five, sized to
  // the start's week alone, mined more coins than the chain issued on 7 of its first 60 days. The
  // start's hashrate as a run reads it (the week's mean, for Bitcoin), history before the start only.
  const history = loadHistory(coin);
  const index = history.indexOf(start);
  const fit =
    index >= 0
      ? Math.floor(
          (STUDY_FLEET_SHARE * historyStartHashrate(coin, history, index).hashrateHs) / machine.hashrateHs,
        )
      : wanted;
  const units = Math.max(1, Math.min(wanted, fit));
  const unitPrice = fixedPrice ?? unitPriceUsd(machine, start, coin);
  return {
    name: `calibration-${coin}-${start}-${model.id}-${horizonDays}d`,
    description:
      `Walk-forward calibration study: ${units} x ${machine.model}` +
      `${anachronistic ? ' (before its release: the earliest catalog machine)' : ''} bought on ${start}, ` +
      `${TARIFF_USD_PER_KWH} USD/kWh, sell daily; ${model.label}.`,
    coin,
    start,
    horizon: `${horizonDays} days`,
    fleet: [{ model: machine.model, count: units, unitPrice: `${unitPrice} USD` }],
    power: { price: `${TARIFF_USD_PER_KWH} USD/kWh` },
    network: { model: networkModelAt(model, start, coin) },
    fees: { model: { type: 'share-of-subsidy', calibrate: '90 days' } },
    price: { model: priceModelAt(model, start, coin) },
    operation: 'always-on',
    treasury: 'sell-daily',
    outputs: { charts: [], tables: [], samplePaths: 0 },
  };
}

/** The validated scenario of one start, model and horizon; a problem here is a bug in the study. */
export async function buildStudyScenario(
  start: string,
  model: StudyModel,
  horizonDays: number,
  coin: Coin = 'bitcoin',
): Promise<Scenario> {
  const input = studyScenarioInput(start, model, horizonDays, coin);
  const v = await validateScenarioText(JSON.stringify(input), `${input.name} (built in code)`);
  if (!v.ok)
    throw new Error(
      `study scenario ${input.name} is invalid:\n${v.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`,
    );
  return v.scenario;
}
