// A scenario in one line and as a small record: what `minesim validate` prints.
import { addDays, daysBetween } from '../data/dates.js';
import { cliMessages } from '../messages/cli.js';
import { counted } from '../messages/shown.js';
import { cohortCapexUsd } from '../model/finance/capex.js';
import type { RunSummary } from '../stats/summary.js';
import { type Assumption, assumptionTable } from './assumptions.js';
import { hardwareNotes } from './hardware-notes.js';
import type { RunFacts } from './input-line.js';
import type { Scenario } from './normalize.js';
import { formatQuantity } from './quantity-format.js';
import { simulatedDays } from './simulated-days.js';
import { startNotes } from './start-network-check.js';

export interface ScenarioFacts {
  name: string;
  coin: string;
  start: string;
  end: string;
  days: number;
  units: number;
  fleetHashrateHs: number;
  fleetPowerW: number;
  capexUsd: number;
  /**
   * Where a run of the scenario stops before its horizon, as its summary.json says: a replay of the
   * history ends with it. `days` and `end` stay the horizon's; the run simulates `simulatedDays`.
   */
  cutAt?: string;
  simulatedDays?: number;
}

/**
 * The scenario's fleet and capex; with `days`, those of the cohorts bought within them (a run cut
 * at the end of the history buys none after it).
 */
export function scenarioFacts(s: Scenario, days = s.days): ScenarioFacts {
  let units = 0;
  let hashrate = 0;
  let power = 0;
  let capex = 0;
  for (const c of s.fleet) {
    if (daysBetween(s.start, c.purchased) >= days) continue;
    units += c.count;
    hashrate += c.count * c.hashrateHs;
    power += c.count * c.powerW;
    capex += cohortCapexUsd(c);
  }
  return {
    name: s.name,
    coin: s.coin,
    start: s.start,
    end: s.end,
    days: s.days,
    units,
    fleetHashrateHs: hashrate,
    fleetPowerW: power,
    capexUsd: capex,
  };
}

/** The facts `minesim validate` prints: the scenario's, and where a run of it stops short of its horizon. */
export function validatedFacts(s: Scenario): ScenarioFacts {
  const f = scenarioFacts(s);
  const days = simulatedDays(s);
  return days < s.days ? { ...f, cutAt: addDays(s.start, days - 1), simulatedDays: days } : f;
}

export function describeScenario(s: Scenario): string {
  const f = validatedFacts(s);
  // The horizon as the assumptions table states it (later-lines.ts): "3 years", "18 months". Its
  // years read from the days had a decimal always ("3.0 y"): a 3-year horizon is 1,096 days, never
  // a multiple of 365.
  const cut = f.cutAt === undefined ? '' : `, ${cliMessages.replayCut(f.cutAt, f.simulatedDays!)}`;
  return [
    `${f.name} (${f.coin})`,
    `${counted(f.units, 'unit')}, ${formatQuantity(f.fleetHashrateHs, 'hashrate')}, ${formatQuantity(f.fleetPowerW, 'power')}`,
    `capex ${formatQuantity(f.capexUsd, 'money')}`,
    `${f.start} + ${counted(f.days, 'day')} (${formatQuantity(s.horizon, 'duration')})${cut}`,
  ].join(' | ');
}

/**
 * The scenario as a run summary states it, for a run of `days` days (fewer than the horizon when
 * a replay is cut at the end of the history): `market` holds the market models' assumption lines,
 * and `run` the Monte Carlo run (null for a back-test); see assumptions.ts for the table. What was
 * read from the hardware catalog leads the assumptions; `notes` (what the compiled plan says of
 * the scenario: engine/compile/resale-base.ts) follow it.
 */
export function summaryScenario(
  s: Scenario,
  days: number,
  market: readonly Assumption[],
  run: RunFacts,
  notes: readonly Assumption[] = [],
): RunSummary['scenario'] {
  // What the run simulated: a run cut at the end of the history buys no cohort after it.
  const f = scenarioFacts(s, days);
  const end = addDays(s.start, days - 1);
  return {
    name: f.name,
    description: s.description.trim(),
    coin: s.coin,
    start: s.start,
    end,
    days,
    units: f.units,
    fleetHashrateHs: f.fleetHashrateHs,
    fleetPowerW: f.fleetPowerW,
    capexUsd: f.capexUsd,
    // Whether the cost of power is net of credits, so the tables say so only where it is.
    curtailmentCredits: s.power.curtailment !== undefined,
    assumptions: [...startNotes(s), ...hardwareNotes(s), ...notes, ...assumptionTable(s, days, market, run)],
    ...(days < s.days ? { cutAt: end } : {}),
    ...(s.overrides ? { overrides: [...s.overrides] } : {}),
  };
}
