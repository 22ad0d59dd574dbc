// normalizeScenario(valid): Scenario. Fills what the schema cannot: catalog hardware, cohort names
// and dates, the Monero fork schedule, and the horizon in whole days; then checks the rules that
// span several fields (a cohort's machine against the changes of proof of work: pow-change-rules.ts).
// Every problem is collected with its path.

import { type HardwareCatalog, shippedCatalog, type UserCatalogInfo } from '../data/catalog.js';
import { addDays, daysBetween } from '../data/dates.js';
import { schemaMessages as m } from '../messages/schema.js';
import { coinProtocol } from '../model/coins/index.js';
import type { CoinProtocol } from '../model/coins/protocol.js';
import type { EarlyPrice, MarketFamily } from '../model/market/defaults.js';
import { type Claim, parseClaim } from './claims.js';
import type { NormalizedCohort, PowChange } from './cohort.js';
import { algorithmInForceNear, algorithmMismatch } from './machine-algorithm.js';
import { firstHashingDate, powChangeProblems, strandingBy } from './pow-change-rules.js';
import type { PathKey, RuleProblem } from './problem.js';
import type { ValidScenario } from './schema/scenario.js';

export type { NormalizedCohort, PowChange } from './cohort.js';

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
  /** Set when the price model is defaulted but the mixture cannot run (scenario/default-price.ts). */
  earlyPrice?: EarlyPrice;
  /** The `--set` overrides applied to the file, as given (`fleet[0].count=50`); absent without any. */
  overrides?: string[];
  /** Set on the view of a start a scored mixture runs its models from (model/market/model.ts). */
  scoredOrigin?: true;
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
  powChangeProblems(valid, catalog, fleet, end, powChanges, problems);
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
 * The day the coin moves to `algorithm` after `on` while a cohort still hashes (before `retire`,
 * by the horizon's last day `end`), if it does: a machine rated on it hashes at the catalog's rate
 * from then on, and at another before.
 */
function ratedWithin(
  protocol: CoinProtocol,
  algorithm: string,
  on: string,
  retire: string | undefined,
  end: string,
): string | undefined {
  const near = algorithmInForceNear(protocol, algorithm, on);
  if (near === null || !('from' in near)) return undefined;
  const last = retire !== undefined && retire <= end ? addDays(retire, -1) : end;
  return near.from <= last ? near.from : undefined;
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
      // A hashrate given is the scenario's own, taken on whatever algorithm is mined (across a
      // change of hash unit, hardware-notes.ts says one rate cannot hold on both sides).
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
            ratedWithin(protocol, hardware.algorithm, on, cohort.retire, end),
          ),
        });
      }
    }
  } else if (hashrateHs === undefined || powerW === undefined) {
    problems.push({ path: at(), message: m.needsHashrateAndPower() });
  }
  if (daysBetween(end, purchased) > 0)
    problems.push({ path: at('purchased'), message: m.purchaseAfterHorizon(end) });
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
