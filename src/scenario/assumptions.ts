// The assumptions table: every input of a scenario as a line a reader can check, in the order a
// reader thinks of them (the machines, what they cost to run, the market, what happens to the
// coins, money, the run). The market models write their own lines (price, network, fees, the
// start state: model/market/, engine/compile/market-plan.ts, model/chain-state.ts); this module
// writes the rest and puts them in order. Each of its lines names the scenario keys it states, so
// a test can check that no input of a scenario goes unreported.

import { addDays } from '../data/dates.js';
import { defaultModelMessages } from '../messages/calibration.js';
import type { EarlyPrice, MarketFamily } from '../model/market/defaults.js';
import type { RunSummary } from '../stats/summary.js';
import { contractLines } from './contract-lines.js';
import { financeLines } from './finance-lines.js';
import type { Assumption, InputLine } from './input-line.js';
import type { NormalizedCohort, Scenario } from './normalize.js';
import { formatQuantity } from './quantity-format.js';
import type { Tariff } from './schema/scenario.js';

export type { Assumption, InputLine };

/** The run a summary comes from: a Monte Carlo run's paths and seed, or null for the back-test. */
export type RunFacts = RunSummary['run'] | null;

/**
 * Keys of a normalized scenario that the assumptions table does not state, and where the reader
 * meets them instead. Everything else has a line.
 */
export const SHOWN_ELSEWHERE: Readonly<Record<string, string>> = {
  name: 'the title of the report',
  description: 'the paragraph under the title',
  coin: 'the Run table',
  claims: 'the Claims table',
  outputs: 'what is written, not what is simulated',
  sweep: 'read only by minesim sweep',
};

/**
 * Scenario keys stated by the market models' own lines, by the label of the line (the longest
 * matching key wins). The calibration settings (`calibrate`, `partial`) are in those lines' notes.
 */
export const MARKET_LINES: Readonly<Record<string, string>> = {
  price: 'Price model',
  'price.start': 'Start price',
  network: 'Network model',
  'network.hashrate': 'Start network hashrate',
  'network.height': 'Block height',
  'network.difficulty': 'Start difficulty',
  'network.hashprice': 'Start difficulty',
  fees: 'Fees',
  'fees.model.spikes': 'Fee spikes',
};

const money = (usd: number) => formatQuantity(usd, 'money');
const share = (x: number) => formatQuantity(x, 'fraction');
const perYear = (x: number) => `${formatQuantity(x, 'fraction')} a year`;
const count = (n: number) => n.toLocaleString('en-US');

function cohortLines(c: NormalizedCohort, i: number, prefixed: boolean): InputLine[] {
  const at = (key: string) => `fleet[${i}].${key}`;
  const line = (label: string, value: string, keys: string[], note?: string): InputLine => ({
    label: prefixed ? `${c.name}: ${label.toLowerCase()}` : label,
    value,
    ...(note ? { note } : {}),
    keys: keys.map(at),
  });
  const each = `${formatQuantity(c.hashrateHs, 'hashrate', 4)} and ${formatQuantity(c.powerW, 'power', 4)} each`;
  const deployed = addDays(c.purchased, c.deploymentDelayDays);
  return [
    line(
      'Machines',
      `${count(c.count)} × ${c.model ?? c.name}, ${each}`,
      // A machine bought before its release month, or far beyond the catalog's efficiency, is said
      // in a hardware note (hardware-notes.ts).
      [
        'name',
        'model',
        'hardwareClass',
        'hashrateHs',
        'powerW',
        'count',
        ...(c.modelReleased ? ['modelReleased'] : []),
        ...(c.beyondCatalog ? ['beyondCatalog'] : []),
      ],
      `hardware class ${c.hardwareClass}${c.model ? '; from the hardware catalog unless the scenario overrides it' : ''}`,
    ),
    line('Unit price', money(c.unitPriceUsd), ['unitPriceUsd'], 'as paid to the seller'),
    line('Import premium', share(c.importPremium), ['importPremium'], 'on top of the unit price'),
    line('Setup cost', money(c.setupCostUsd), ['setupCostUsd'], 'once, for the whole cohort'),
    line(
      'Purchase and deployment',
      `bought ${c.purchased}, hashing from ${deployed}`,
      ['purchased', 'deploymentDelayDays'],
      `${c.deploymentDelayDays} day${c.deploymentDelayDays === 1 ? '' : 's'} from purchase to hashing`,
    ),
    line(
      'Failure rate',
      perYear(c.failureRate),
      ['failureRate'],
      'share of units failing; a failed unit stays dead',
    ),
    line('Degradation', perYear(c.degradation), ['degradation'], 'hashrate a unit loses while running'),
    line('Uptime', share(c.uptime), ['uptime'], 'share of the time a deployed unit hashes and draws power'),
    line(
      'Retirement',
      c.retire === undefined ? 'none: runs to the horizon' : c.retire,
      ['retire'],
      c.retire === undefined ? undefined : 'the surviving units stop and are sold at their salvage value',
    ),
  ];
}

/** A schedule of many dated prices is shown by its first entries and its last. */
const SCHEDULE_SHOWN = 6;

export function formatTariff(price: Tariff): string {
  if (typeof price === 'number') return formatQuantity(price, 'energy-price');
  if ('expression' in price) return `expression in USD/kWh: ${price.expression}`;
  const entry = (e: { from: string; price: number }) =>
    `${formatQuantity(e.price, 'energy-price')} from ${e.from}`;
  const entries = price.schedule;
  if (entries.length <= SCHEDULE_SHOWN + 1) return `schedule: ${entries.map(entry).join('; ')}`;
  const hidden = entries.length - SCHEDULE_SHOWN - 1;
  return `schedule: ${entries.slice(0, SCHEDULE_SHOWN).map(entry).join('; ')}; … ${hidden} more …; ${entry(entries[entries.length - 1])}`;
}

function costLines(s: Scenario): InputLine[] {
  const orNone = (value: number, text: string) => (value > 0 ? text : 'none');
  return [
    {
      label: 'Electricity price',
      value: formatTariff(s.power.price),
      note: 'per kWh the machines draw, times the PUE',
      keys: ['power.price'],
    },
    {
      label: 'PUE',
      value: String(s.power.pue),
      note: 'facility power / machine power: cooling and losses on top of the machines’ power',
      keys: ['power.pue'],
    },
    ...contractLines(s),
    {
      label: 'Pool fee',
      value: share(s.costs.poolFee),
      note: 'of gross mining revenue',
      keys: ['costs.poolFee'],
    },
    {
      label: 'Maintenance',
      value: orNone(s.costs.maintenance, `${formatQuantity(s.costs.maintenance, 'money-per-time')} a unit`),
      keys: ['costs.maintenance'],
    },
    {
      label: 'Fixed costs',
      value: orNone(s.costs.fixed, formatQuantity(s.costs.fixed, 'money-per-time')),
      note: 'staff, rent, security',
      keys: ['costs.fixed'],
    },
  ];
}

const OPERATION: Record<Scenario['operation'], string> = {
  'always-on': 'always on: power is paid every day the machines are deployed',
  'shutdown-when-unprofitable':
    'a cohort is switched off on days its revenue (plus curtailment credits) is below its power cost plus any metered or all-in hosting fee (nameplate hosting and maintenance are still paid)',
};

const TREASURY: Record<Scenario['treasury'], string> = {
  'sell-daily': 'mined coins are sold each day at that day’s price',
  hold: 'mined coins are held and costs paid in cash; the net position counts the coins at each day’s price',
  'sell-to-cover':
    'mined coins are held, and sold only to pay each day’s costs; the net position counts the rest at each day’s price',
};

function salvageValue(s: Scenario): string {
  const { model, fraction } = s.money.salvage;
  if (model === 'none') return 'none: the machines are worth nothing when they stop';
  const base = `${share(fraction)} of the unit price for each surviving unit`;
  return model === 'fixed'
    ? base
    : `${base}, times hashprice then / hashprice at deployment (at most 1), each the week's mean at the subsidy in force then`;
}

function laterLines(s: Scenario, days: number, run: RunFacts): InputLine[] {
  const powChanges: InputLine[] =
    s.network.powChanges.length === 0
      ? []
      : [
          {
            label: 'Proof-of-work changes',
            value: s.network.powChanges
              .map(
                (p) =>
                  `${p.date} ${p.name}: strands ${p.strands.length > 0 ? p.strands.join(', ') : 'nothing'}`,
              )
              .join('; '),
            note: 'stranded hardware earns nothing and is worth nothing from that day',
            keys: ['network.powChanges'],
          },
        ];
  const end = addDays(s.start, days - 1);
  return [
    ...powChanges,
    { label: 'Operation', value: OPERATION[s.operation], keys: ['operation'] },
    { label: 'Treasury', value: TREASURY[s.treasury], keys: ['treasury'] },
    {
      label: 'Discount rate',
      value: perYear(s.money.discountRate),
      note: 'for the NPV',
      keys: ['money.discountRate'],
    },
    {
      label: 'Salvage',
      value: salvageValue(s),
      note: 'paid on retirement, in the net position, ROI and payback too; or valued at the horizon, counted in NPV, IRR and ROI with salvage only',
      keys: ['money.salvage'],
    },
    {
      label: 'Horizon',
      value: `${formatQuantity(s.horizon, 'duration')}: ${s.start} to ${end} (${count(days)} days)`,
      ...(days < s.days ? { note: `cut at ${end}, the end of the shipped history` } : {}),
      keys: ['horizon', 'days', 'end', 'start'],
    },
    {
      label: 'Monte Carlo',
      value:
        run === null
          ? 'none: one path, the actual history; failures at their expected rate'
          : `${count(run.paths)} path${run.paths === 1 ? '' : 's'}, seed ${run.seed}${run.antithetic ? ', antithetic pairs' : ''}`,
      keys: ['monteCarlo'],
    },
  ];
}

/** Which default market models ran, and why the bootstrap where the price mixture could not. */
function defaultModelsLine(families: readonly MarketFamily[], early: EarlyPrice | undefined): InputLine {
  return {
    label: 'Default market models',
    value: `${families.join(' and ')}: ${defaultModelMessages.value(families, early)}`,
    note: defaultModelMessages.note(early),
    keys: ['defaultModels'],
  };
}

/**
 * Market inputs that the market models' own lines leave out. A back-test (`run` null) replays the
 * actual market and runs no model, so it states no default model either.
 */
function marketLines(s: Scenario, run: RunFacts): InputLine[] {
  const lines: InputLine[] = [];
  if (s.defaultModels !== undefined && run !== null)
    lines.push(defaultModelsLine(s.defaultModels, s.earlyPrice));
  if (s.network.difficulty !== undefined)
    lines.push({
      label: 'Start difficulty',
      value: s.network.difficulty.toExponential(4),
      note: 'given',
      keys: ['network.difficulty'],
    });
  const m = s.network.model;
  if (m.type === 'price-coupled')
    lines.push({
      label: 'Network volatility',
      value: perYear(m.volatility),
      note: 'of the daily hashrate shocks around the price-coupled level',
      keys: ['network.model.volatility'],
    });
  return lines;
}

/** The lines this module writes, with the keys each states (for the completeness test). */
export function inputLines(
  s: Scenario,
  days: number,
  run: RunFacts,
): { before: InputLine[]; market: InputLine[]; after: InputLine[] } {
  const prefixed = s.fleet.length > 1;
  return {
    before: [...s.fleet.flatMap((c, i) => cohortLines(c, i, prefixed)), ...costLines(s)],
    market: marketLines(s, run),
    after: [...laterLines(s, days, run), ...financeLines(s)],
  };
}

/** The whole table: the fleet and its costs, then the market models' lines, then the rest. */
export function assumptionTable(
  s: Scenario,
  days: number,
  market: readonly Assumption[],
  run: RunFacts,
): Assumption[] {
  const lines = inputLines(s, days, run);
  const plain = ({ keys: _, ...line }: InputLine): Assumption => line;
  return [...lines.before.map(plain), ...market, ...lines.market.map(plain), ...lines.after.map(plain)];
}

/** Where the report states a scenario key: a line of the assumptions table, or another place. */
export type Stated = { line: string } | { elsewhere: string } | null;

/**
 * Where the report states the scenario key `path` (`fleet[0].uptime`): the label of its line in
 * the assumptions table, or where else the report shows it (SHOWN_ELSEWHERE); null when nowhere.
 */
export function whereStated(path: string, lines: readonly InputLine[]): Stated {
  const within = (prefix: string) =>
    path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
  const own = lines.find((line) => line.keys.some(within));
  if (own) return { line: own.label };
  const top = path.split(/[.[]/)[0];
  if (top in SHOWN_ELSEWHERE) return { elsewhere: SHOWN_ELSEWHERE[top] };
  const market = Object.keys(MARKET_LINES)
    .filter(within)
    .sort((a, b) => b.length - a.length)[0];
  return market === undefined ? null : { line: MARKET_LINES[market] };
}
