// normalizeScenario(valid): Scenario. Fills what the schema cannot: catalog hardware, cohort names
// and dates, the Monero fork schedule, and the horizon in whole days; then checks the rules that
// span several fields. Every problem is collected with its path.

import { type HardwareCatalog, shippedCatalog, type UserCatalogInfo } from '../data/catalog.js';
import { addDays, daysBetween } from '../data/dates.js';
import { HARDWARE_CLASSES } from '../data/hardware-model.js';
import { closestNames } from '../data/similar.js';
import { schemaMessages as m } from '../messages/schema.js';
import { coinProtocol } from '../model/coins/index.js';
import type { MarketFamily } from '../model/market/defaults.js';
import { type Claim, parseClaim } from './claims.js';
import { algorithmChangeWithin, algorithmMismatch } from './machine-algorithm.js';
import type { PathKey, RuleProblem } from './problem.js';
import type { ValidScenario } from './schema/scenario.js';

export interface PowChange {
  date: string;
  name: string;
  strands: string[];
}

export interface NormalizedCohort {
  name: string;
  /** The catalog's name of the machine (which may differ from the name written: see modelReadAs). */
  model?: string;
  /** Set when the name written is not the catalog's: what was written and why it reads as `model`. */
  modelReadAs?: { written: string; reason: string };
  /** Set when the machine comes from a user catalog: its row, and whether it replaces a shipped one. */
  modelFrom?: { file: string; line: number; replaces: boolean };
  hardwareClass: string;
  hashrateHs: number;
  powerW: number;
  count: number;
  unitPriceUsd: number;
  importPremium: number;
  setupCostUsd: number;
  purchased: string;
  deploymentDelayDays: number;
  failureRate: number;
  degradation: number;
  uptime: number;
  retire?: string;
  /** Set when the catalog dates the machine's release (YYYY-MM) after the month of its purchase. */
  modelReleased?: string;
  /**
   * Set when the cohort draws less than half the power a hash of the catalog's most efficient
   * machine of its class: `times` as efficient as `model` (hardware-notes.ts says so).
   */
  beyondCatalog?: { model: string; times: number };
  /** Set when the catalog's hashrate does not hold for the coin (a problem at fleet[i].model says so). */
  hashrateUnknown?: true;
}

export type Scenario = Omit<ValidScenario, 'fleet' | 'network' | 'claims'> & {
  /** The claims, parsed (validation has checked that each parses). */
  claims: Claim[];
  /** Simulated days: the horizon rounded to whole days. */
  days: number;
  /** Last simulated day. */
  end: string;
  fleet: NormalizedCohort[];
  network: Omit<ValidScenario['network'], 'powChanges'> & { powChanges: PowChange[] };
  /** Set when a user catalog extends the shipped hardware catalog. */
  userCatalog?: UserCatalogInfo;
  /** The market families whose model the scenario leaves out: they run the defaults (model/market/defaults.ts). */
  defaultModels?: MarketFamily[];
};

export type { RuleProblem } from './problem.js';

export function normalizeScenario(
  valid: ValidScenario,
  catalog: HardwareCatalog = shippedCatalog(),
): { scenario: Scenario; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const days = Math.max(1, Math.round(valid.horizon));
  const end = addDays(valid.start, days - 1);
  const powChanges: PowChange[] =
    valid.network.powChanges?.map((p) => ({
      date: p.date,
      name: p.name ?? `proof-of-work change ${p.date}`,
      strands: p.strands,
    })) ??
    coinProtocol(valid.coin).powChanges.map((p) => ({ date: p.date, name: p.name, strands: [...p.strands] }));
  const fleet = valid.fleet.map((cohort, i) =>
    normalizeCohort(valid, catalog, cohort, i, end, powChanges, problems),
  );
  fleet.forEach((cohort, i) => {
    const problem = ratingOutlived(valid, catalog, valid.fleet[i], cohort, end, powChanges);
    if (problem) problems.push({ path: ['fleet', i, 'model'], message: problem });
  });
  unknownHardwareClasses(valid, catalog, fleet, powChanges, problems);
  for (const [i, cohort] of valid.fleet.entries())
    strandedBeforeHashing(valid, fleet[i], cohort, i, powChanges, problems);
  const claims = valid.claims.flatMap((text) => {
    const parsed = parseClaim(text);
    return parsed.ok ? [parsed.claim] : [];
  });
  const scenario: Scenario = {
    ...valid,
    days,
    end,
    fleet,
    claims,
    network: { ...valid.network, powChanges },
    ...(catalog.user ? { userCatalog: catalog.user } : {}),
  };
  return { scenario, problems };
}

/** How much more efficient than the catalog's best of its class a cohort may be before a note says so. */
const BEYOND_CATALOG = 2;

/**
 * The catalog's most efficient machine of `hardwareClass` and how many times better `joulesPerHash`
 * is, when it is more than BEYOND_CATALOG times better (a hashrate or power in the wrong unit: a
 * bare hashrate is TH/s, a bare power W); undefined otherwise or when the catalog has none.
 */
function beyondCatalogBest(
  catalog: HardwareCatalog,
  hardwareClass: string,
  joulesPerHash: number,
): { model: string; times: number } | undefined {
  let best: { model: string; joulesPerHash: number } | undefined;
  for (const machine of catalog.models) {
    if (machine.hardwareClass !== hardwareClass) continue;
    const own = machine.powerW / machine.hashrateHs;
    if (best === undefined || own < best.joulesPerHash) best = { model: machine.model, joulesPerHash: own };
  }
  if (best === undefined || !(joulesPerHash * BEYOND_CATALOG < best.joulesPerHash)) return undefined;
  return { model: best.model, times: best.joulesPerHash / joulesPerHash };
}

/**
 * Hardware classes only matter to the changes of proof of work that strand them, compared
 * exactly: a class written by a cohort or stranded by a change that neither the catalog, the
 * documentation nor the other side names is a typo (`CryptoNight-ASIC` escaped Monero's v7 fork).
 */
function unknownHardwareClasses(
  valid: ValidScenario,
  catalog: HardwareCatalog,
  fleet: readonly NormalizedCohort[],
  powChanges: readonly PowChange[],
  problems: RuleProblem[],
): void {
  const known = [...new Set([...HARDWARE_CLASSES, ...catalog.models.map((model) => model.hardwareClass)])];
  const stranded = new Set(powChanges.flatMap((p) => p.strands));
  const held = new Set(fleet.map((c) => c.hardwareClass));
  const problem = (value: string) => m.unknownHardwareClass(known, closestNames(value, known, 1)[0]);
  for (const [i, cohort] of valid.fleet.entries()) {
    const written = cohort.hardwareClass;
    if (written !== undefined && !known.includes(written) && !stranded.has(written))
      problems.push({ path: ['fleet', i, 'hardwareClass'], message: problem(written) });
  }
  for (const [j, change] of (valid.network.powChanges ?? []).entries())
    for (const [k, written] of change.strands.entries())
      if (!known.includes(written) && !held.has(written))
        problems.push({ path: ['network', 'powChanges', j, 'strands', k], message: problem(written) });
}

/** The first day a cohort would hash: its deployment, or the start when it is deployed before. */
function firstHashingDate(valid: ValidScenario, purchased: string, delayDays: number): string {
  const deployed = addDays(purchased, delayDays);
  return deployed < valid.start ? valid.start : deployed;
}

/** The first change of proof of work on or before `date` that strands `hardwareClass`, if any. */
function strandingBy(
  powChanges: readonly PowChange[],
  hardwareClass: string,
  date: string,
): PowChange | undefined {
  return powChanges
    .filter((p) => p.strands.includes(hardwareClass) && p.date <= date)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
}

/**
 * Why the catalog's hashrate of a cohort's machine stops holding while it runs: the coin changes its
 * proof of work after the cohort starts hashing and before it retires (or the horizon ends), to an
 * algorithm the catalog does not rate it on (a CPU rated on CryptoNight past Monero's RandomX,
 * 2019-11-30, hashes at another rate). Undefined when it holds, when the scenario gives the
 * cohort's hashrate (its own, on whatever algorithm is mined), or when the change strands the
 * machine's class (it mines nothing after it).
 */
function ratingOutlived(
  valid: ValidScenario,
  catalog: HardwareCatalog,
  written: ValidScenario['fleet'][number],
  cohort: NormalizedCohort,
  end: string,
  powChanges: readonly PowChange[],
): string | undefined {
  if (written.model === undefined || written.hashrate !== undefined || cohort.hashrateUnknown)
    return undefined;
  const found = catalog.lookup(written.model);
  if (found.kind !== 'found') return undefined;
  const protocol = coinProtocol(valid.coin);
  const from = cohort.purchased < valid.start ? valid.start : cohort.purchased;
  // The last day it hashes: the day before it is retired, or the horizon's last.
  const last = cohort.retire !== undefined && cohort.retire <= end ? addDays(cohort.retire, -1) : end;
  const change = algorithmChangeWithin(protocol, found.model.algorithm, from, last);
  if (change === undefined) return undefined;
  if (powChanges.some((p) => p.date <= change.date && p.strands.includes(cohort.hardwareClass)))
    return undefined;
  return m.ratingOutlived(found.model.model, found.model.algorithm, protocol.name, change.name, change.date);
}

/**
 * A cohort whose hardware class a change of proof of work strands on or before its first day
 * hashing (its deployment, or the start) would never hash: its capex lost, nothing mined.
 */
function strandedBeforeHashing(
  valid: ValidScenario,
  normalized: NormalizedCohort,
  cohort: ValidScenario['fleet'][number],
  i: number,
  powChanges: readonly PowChange[],
  problems: RuleProblem[],
): void {
  const hashing = firstHashingDate(valid, normalized.purchased, normalized.deploymentDelayDays);
  const change = strandingBy(powChanges, normalized.hardwareClass, hashing);
  if (change === undefined) return;
  const key =
    cohort.hardwareClass !== undefined ? 'hardwareClass' : cohort.model !== undefined ? 'model' : undefined;
  problems.push({
    path: key === undefined ? ['fleet', i] : ['fleet', i, key],
    message: m.strandedBeforeHashing(normalized.hardwareClass, change.name, change.date, hashing),
  });
}

function normalizeCohort(
  valid: ValidScenario,
  catalog: HardwareCatalog,
  cohort: ValidScenario['fleet'][number],
  i: number,
  end: string,
  powChanges: readonly PowChange[],
  problems: RuleProblem[],
): NormalizedCohort {
  const at = (...rest: PathKey[]): PathKey[] => ['fleet', i, ...rest];
  let hashrateHs = cohort.hashrate;
  let powerW = cohort.power;
  let hardwareClass = cohort.hardwareClass;
  let model = cohort.model;
  let modelReadAs: NormalizedCohort['modelReadAs'];
  let modelFrom: NormalizedCohort['modelFrom'];
  let modelReleased: string | undefined;
  let hashrateUnknown = false;
  const purchased = cohort.purchased ?? valid.start;
  if (cohort.model !== undefined) {
    // The schema has checked that the name fits exactly one machine of this catalog.
    const found = catalog.lookup(cohort.model);
    if (found.kind === 'found') {
      const hardware = found.model;
      model = hardware.model;
      if (found.reading !== undefined) modelReadAs = { written: cohort.model, reason: found.reading };
      if (hardware.origin) modelFrom = hardware.origin;
      // A machine bought before the month the catalog dates its release: said, not refused (a
      // counterfactual may mean it).
      if (purchased.slice(0, 7) < hardware.releaseMonth) modelReleased = hardware.releaseMonth;
      hashrateHs ??= hardware.hashrateHs;
      powerW ??= hardware.powerW;
      hardwareClass ??= hardware.hardwareClass;
      const protocol = coinProtocol(valid.coin);
      // From the day it is bought, or the start when it is older.
      const on = purchased < valid.start ? valid.start : purchased;
      const mismatch = algorithmMismatch(protocol, hardware.algorithm, on);
      if (mismatch?.kind === 'other-coin') {
        hashrateUnknown = true;
        problems.push({
          path: at('model'),
          message: m.wrongAlgorithm(hardware.model, hardware.algorithm, protocol.name, protocol.algorithms),
        });
      }
      // A hashrate given is the scenario's own, on whatever algorithm is mined.
      // A machine stranded before it would hash is refused as such (strandedBeforeHashing): the
      // hashrate its algorithm lacks would not make it hash.
      else if (
        mismatch?.kind === 'replaced' &&
        cohort.hashrate === undefined &&
        strandingBy(
          powChanges,
          hardwareClass ?? hardware.hardwareClass,
          firstHashingDate(valid, purchased, Math.round(cohort.deploymentDelay)),
        ) === undefined
      ) {
        hashrateUnknown = true;
        problems.push({
          path: at('model'),
          message: m.replacedAlgorithm(
            hardware.model,
            hardware.algorithm,
            protocol.name,
            mismatch.inForce,
            mismatch.since,
          ),
        });
      }
    }
  } else if (hashrateHs === undefined || powerW === undefined) {
    problems.push({ path: at(), message: m.needsHashrateAndPower() });
  }
  if (daysBetween(end, purchased) > 0)
    problems.push({ path: at('purchased'), message: m.afterHorizon('the purchase') });
  const resolvedClass = hardwareClass ?? coinProtocol(valid.coin).defaultHardwareClass;
  const beyondCatalog =
    hashrateHs !== undefined && powerW !== undefined
      ? beyondCatalogBest(catalog, resolvedClass, powerW / hashrateHs)
      : undefined;
  const deployed = addDays(purchased, Math.round(cohort.deploymentDelay));
  // A cohort bought before the start pays its capex on the start day: retired by then, it would
  // be bought and sold that day without running.
  if (cohort.retire !== undefined && daysBetween(valid.start, cohort.retire) <= 0 && purchased < valid.start)
    problems.push({ path: at('retire'), message: m.retiredByStart(valid.start) });
  else if (cohort.retire !== undefined && daysBetween(deployed, cohort.retire) <= 0)
    problems.push({ path: at('retire'), message: m.beforeDeploy() });
  return {
    name: cohort.name ?? model ?? `cohort ${i + 1}`,
    model,
    ...(modelReadAs ? { modelReadAs } : {}),
    ...(modelFrom ? { modelFrom } : {}),
    ...(modelReleased ? { modelReleased } : {}),
    hardwareClass: resolvedClass,
    ...(beyondCatalog ? { beyondCatalog } : {}),
    hashrateHs: hashrateHs ?? 0,
    powerW: powerW ?? 0,
    count: cohort.count,
    unitPriceUsd: cohort.unitPrice,
    importPremium: cohort.importPremium,
    setupCostUsd: cohort.setupCost,
    purchased,
    deploymentDelayDays: Math.round(cohort.deploymentDelay),
    failureRate: cohort.failureRate,
    degradation: cohort.degradation,
    uptime: cohort.uptime,
    retire: cohort.retire,
    ...(hashrateUnknown ? { hashrateUnknown: true as const } : {}),
  };
}
