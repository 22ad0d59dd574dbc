// A cohort's machine against the coin's changes of proof of work, checked once the fleet is
// normalized: a hardware class nothing knows (a typo escapes every change that strands its
// class), a rating the coin's proof of work outlives while the cohort runs, a cohort stranded
// before it first hashes. Each problem is collected with its path.

import type { HardwareCatalog } from '../data/catalog.js';
import { addDays } from '../data/dates.js';
import { HARDWARE_CLASSES } from '../data/hardware-model.js';
import { closestNames } from '../data/similar.js';
import { schemaMessages as m } from '../messages/schema.js';
import { coinProtocol } from '../model/coins/index.js';
import type { NormalizedCohort, PowChange } from './cohort.js';
import { algorithmChangeWithin } from './machine-algorithm.js';
import type { RuleProblem } from './problem.js';
import type { ValidScenario } from './schema/scenario.js';

/** Every problem of the fleet's machines against `powChanges` (the scenario's or the coin's). */
export function powChangeProblems(
  valid: ValidScenario,
  catalog: HardwareCatalog,
  fleet: readonly NormalizedCohort[],
  end: string,
  powChanges: readonly PowChange[],
  problems: RuleProblem[],
): void {
  fleet.forEach((cohort, i) => {
    const problem = ratingOutlived(valid, catalog, valid.fleet[i], cohort, end, powChanges);
    if (problem) problems.push({ path: ['fleet', i, 'model'], message: problem });
  });
  unknownHardwareClasses(valid, catalog, fleet, powChanges, problems);
  protocolStrandingLeftOut(valid, fleet, end, powChanges, problems);
  for (const [i, cohort] of valid.fleet.entries())
    strandedBeforeHashing(valid, fleet[i], cohort, i, powChanges, problems);
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
export function firstHashingDate(valid: ValidScenario, purchased: string, delayDays: number): string {
  const deployed = addDays(purchased, delayDays);
  return deployed < valid.start ? valid.start : deployed;
}

/** The first change of proof of work on or before `date` that strands `hardwareClass`, if any. */
export function strandingBy(
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

/**
 * A change of proof of work the coin made that stranded a class the fleet holds, while a cohort of
 * it would run, must strand it in the scenario's list by that day too: a list written without it
 * (or with it later) had the machines mine on in the back-test, on a history they could not mine.
 */
function protocolStrandingLeftOut(
  valid: ValidScenario,
  fleet: readonly NormalizedCohort[],
  end: string,
  powChanges: readonly PowChange[],
  problems: RuleProblem[],
): void {
  if (valid.network.powChanges === undefined) return;
  const protocol = coinProtocol(valid.coin);
  for (const change of protocol.powChanges)
    for (const [i, cohort] of fleet.entries()) {
      if (!change.strands.includes(cohort.hardwareClass)) continue;
      // The cohort's last day hashing: the day before its retirement, or the horizon's last day.
      const last = cohort.retire !== undefined && cohort.retire <= end ? addDays(cohort.retire, -1) : end;
      if (change.date > last) continue;
      if (strandingBy(powChanges, cohort.hardwareClass, change.date) !== undefined) continue;
      problems.push({
        path: ['network', 'powChanges'],
        message: m.protocolStrandingLeftOut(protocol.name, change.name, change.date, cohort.hardwareClass, i),
      });
      return;
    }
}
