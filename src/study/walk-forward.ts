// The walk-forward calibration study's design: which start dates, which machine and price at each
// start, and the scenario (one per start, market model and horizon) whose ex-ante forecast is
// compared with what happened. Scenarios are written in the user's form and go through the same
// validation as a file, so the study cannot use a setting a user could not.

import type { z } from 'zod';
import { type HardwareModel, loadCatalog } from '../data/catalog.js';
import { addDays, daysBetween } from '../data/dates.js';
import { loadHistory } from '../data/history.js';
import { historicalHashprice, isHashpriceError } from '../model/hashprice.js';
import type { StudyEntry } from '../model/market/model.js';
import { networkModel } from '../model/market/network/registry.js';
import { priceModel } from '../model/market/price/registry.js';
import type { Scenario } from '../scenario/normalize.js';
import type { ScenarioInput } from '../scenario/schema/scenario.js';
import { validateScenarioText } from '../scenario/validate.js';

export const FIRST_START = '2014-01-01';
export const LAST_START = '2023-10-01';
export const STEP_MONTHS = 3;
/** Forecast horizons in days: one and two years of 365 days. */
export const HORIZONS_DAYS = [365, 730] as const;
export const FLEET_UNITS = 10;
export const TARIFF_USD_PER_KWH = 0.06;
/** A machine counts as available this many months after its release month. */
export const RELEASE_LAG_MONTHS = 3;
/**
 * Unit price, when the catalog has no launch price: this many days of the machine's gross revenue
 * at the start day's hashprice. The catalog's launch prices (S15 2018-11, S19 / S19 Pro 2020-03,
 * S21 2023-10) were 225-273 days of revenue at their launch hashprice; 250 is their middle.
 */
export const REVENUE_DAYS_PER_UNIT_PRICE = 250;

export interface StudyModel {
  id: string;
  label: string;
  price: NonNullable<NonNullable<ScenarioInput['price']>['model']>;
  network: NonNullable<NonNullable<ScenarioInput['network']>['model']>;
}

/**
 * The pairs of price and network models under test. Each model's record says how the study writes
 * it (its `study` entry: calibrated only on history strictly before the start).
 */
const STUDY_PAIRS = [
  ['gbm', 'growth'],
  ['bootstrap', 'growth'],
  ['jump-diffusion', 'stochastic'],
  ['gbm', 'price-coupled'],
] as const;

/** A model's study entry; a pair naming a model without one is a bug in the list above. */
function studyEntry(record: { type: string; study?: StudyEntry<z.ZodType> }): StudyEntry<z.ZodType> {
  if (!record.study) throw new Error(`internal: the ${record.type} model has no study entry`);
  return record.study;
}

/** The market models under test, each calibrated only on history strictly before the start. */
export const STUDY_MODELS: readonly StudyModel[] = STUDY_PAIRS.map(([priceType, networkType]) => {
  const price = studyEntry(priceModel(priceType));
  const network = studyEntry(networkModel(networkType));
  // The entries' inputs are their own models' written forms, so they fit the scenario's.
  return {
    id: `${price.id}-${network.id}`,
    label: `${price.label} + ${network.label}`,
    price: price.input as StudyModel['price'],
    network: network.input as StudyModel['network'],
  };
});

/** Months since year 0 of a yyyy-mm or yyyy-mm-dd date, and back to yyyy-mm. */
const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const monthText = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/**
 * Start dates every `stepMonths` months from `first` to `last` on `first`'s day of the month
 * (28 or earlier, so every month has it), keeping only those whose longest horizon ends inside
 * the shipped history.
 */
export function walkForwardStarts(
  first = FIRST_START,
  last = LAST_START,
  stepMonths = STEP_MONTHS,
  horizonDays: number = Math.max(...HORIZONS_DAYS),
): string[] {
  const lastDate = loadHistory('bitcoin').lastDate;
  const day = first.slice(8, 10);
  const starts: string[] = [];
  for (let m = monthIndex(first); m <= monthIndex(last); m += stepMonths) {
    const start = `${monthText(m)}-${day}`;
    if (daysBetween(addDays(start, horizonDays - 1), lastDate) >= 0) starts.push(start);
  }
  return starts;
}

export interface MachineChoice {
  machine: HardwareModel;
  /** True when no catalog model was out by the start and the earliest one stands in for it. */
  anachronistic: boolean;
}

const joulesPerTh = (m: HardwareModel) => m.powerW / (m.hashrateHs / 1e12);
const byRelease = (a: HardwareModel, b: HardwareModel) => a.releaseMonth.localeCompare(b.releaseMonth);
const sha256Asics = (catalog: readonly HardwareModel[]) =>
  catalog.filter((m) => m.hardwareClass === 'sha256');

/** The first month (yyyy-mm) in which a machine counts as available to buy. */
export function availableMonth(m: HardwareModel): string {
  return monthText(monthIndex(m.releaseMonth) + RELEASE_LAG_MONTHS);
}

/** The earliest-released Bitcoin ASIC: the stand-in for starts before any machine is available. */
export function standInMachine(catalog: readonly HardwareModel[] = loadCatalog()): HardwareModel {
  const asics = sha256Asics(catalog);
  if (asics.length === 0) throw new Error('hardware catalog: no sha256 machines');
  return [...asics].sort(byRelease)[0];
}

/**
 * The then-current mainstream machine: the most efficient (lowest J/TH) Bitcoin ASIC whose release
 * month is at least RELEASE_LAG_MONTHS months before the start's month. Before the catalog's
 * first machine qualifies, the earliest-released one stands in: the fleet is then hypothetical,
 * but forecast and outcome are computed for the same fleet, so the comparison stays fair.
 */
export function mainstreamMachine(
  start: string,
  catalog: readonly HardwareModel[] = loadCatalog(),
): MachineChoice {
  const available = sha256Asics(catalog).filter((m) => availableMonth(m) <= start.slice(0, 7));
  if (available.length === 0) return { machine: standInMachine(catalog), anachronistic: true };
  const best = [...available].sort((a, b) => joulesPerTh(a) - joulesPerTh(b) || byRelease(a, b))[0];
  return { machine: best, anachronistic: false };
}

/**
 * Price of one unit: the catalog's launch price, or REVENUE_DAYS_PER_UNIT_PRICE days of gross
 * revenue at the start day's hashprice. Capex is one constant taken off every path and off the
 * realised value alike, so it sets the level of the numbers but moves no PIT or coverage.
 */
export function unitPriceUsd(machine: HardwareModel, start: string): number {
  if (machine.launchPriceUsd !== undefined) return machine.launchPriceUsd;
  // Per TH/s, as the machine's hashrate is counted here (the default unit is per PH/s).
  const h = historicalHashprice(loadHistory('bitcoin'), start, 'TH');
  if (isHashpriceError(h)) throw new Error(h.message);
  return Math.round((machine.hashrateHs / 1e12) * h.hashpriceUsd * REVENUE_DAYS_PER_UNIT_PRICE);
}

/** The price model as written for `start` (a bootstrap's window is cut where the history begins). */
function priceModelAt(model: StudyModel, start: string): StudyModel['price'] {
  const atStart = priceModel(model.price.type).study?.atStart;
  if (!atStart) return model.price;
  return atStart(model.price, start, loadHistory('bitcoin').firstDate) as StudyModel['price'];
}

/** The scenario of one start, model and horizon, in the user's written form. */
export function studyScenarioInput(start: string, model: StudyModel, horizonDays: number): ScenarioInput {
  const { machine, anachronistic } = mainstreamMachine(start);
  return {
    name: `calibration-${start}-${model.id}-${horizonDays}d`,
    description:
      `Walk-forward calibration study: ${FLEET_UNITS} x ${machine.model}` +
      `${anachronistic ? ' (before its release: the earliest catalog machine)' : ''} bought on ${start}, ` +
      `${TARIFF_USD_PER_KWH} USD/kWh, sell daily; ${model.label}.`,
    coin: 'bitcoin',
    start,
    horizon: `${horizonDays} days`,
    fleet: [{ model: machine.model, count: FLEET_UNITS, unitPrice: `${unitPriceUsd(machine, start)} USD` }],
    power: { price: `${TARIFF_USD_PER_KWH} USD/kWh` },
    network: { model: model.network },
    fees: { model: { type: 'share-of-subsidy', calibrate: '90 days' } },
    price: { model: priceModelAt(model, start) },
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
): Promise<Scenario> {
  const input = studyScenarioInput(start, model, horizonDays);
  const v = await validateScenarioText(JSON.stringify(input), `${input.name} (built in code)`);
  if (!v.ok)
    throw new Error(
      `study scenario ${input.name} is invalid:\n${v.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`,
    );
  return v.scenario;
}
