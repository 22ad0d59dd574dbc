// What minesim read from the hardware catalog that the scenario did not say in so many words: a
// model name read as another catalog name, a machine taken from a user catalog (maybe in place
// of a shipped one), a machine bought before the catalog dates its release, a cohort far more
// efficient than any machine of its class in the catalog, and the user catalog itself. The same lines go under `minesim validate`
// and into every run's assumptions table.
import { addDays } from '../data/dates.js';
import { catalogMessages as m } from '../messages/catalog.js';
import { coinProtocol } from '../model/coins/index.js';
import { hashUnitChangeWithin } from './machine-algorithm.js';
import type { Scenario } from './normalize.js';
import { strandingBy } from './pow-change-rules.js';

export interface HardwareNote {
  label: string;
  value: string;
  note?: string;
}

export function hardwareNotes(s: Scenario): HardwareNote[] {
  const notes: HardwareNote[] = [];
  if (s.userCatalog) {
    const { file, machines, replaced } = s.userCatalog;
    notes.push({
      label: m.catalogLabel(),
      value: m.catalogValue(file, machines),
      ...(replaced.length > 0 ? { note: m.catalogOverrides(replaced) } : {}),
    });
  }
  s.fleet.forEach((cohort, i) => {
    const label = `fleet[${i}].model`;
    if (cohort.modelReadAs && cohort.model !== undefined)
      notes.push({
        label,
        value: m.readAs(cohort.modelReadAs.written, cohort.model),
        note: cohort.modelReadAs.reason,
      });
    if (cohort.modelFrom && cohort.model !== undefined) {
      const { file, line, replaces } = cohort.modelFrom;
      notes.push({ label, value: m.fromUserCatalog(cohort.model, `${file}:${line}`, replaces) });
    }
    if (cohort.beyondCatalog)
      notes.push({
        label: `fleet[${i}]`,
        value: m.beyondCatalog(cohort.hardwareClass, cohort.beyondCatalog.times, cohort.beyondCatalog.model),
        note: m.beyondCatalogNote(),
      });
    const across = oneRateAcross(s, cohort);
    if (across)
      notes.push({
        label: `fleet[${i}]`,
        value: m.oneRateAcrossAlgorithm(
          cohort.hashrateHs,
          coinProtocol(s.coin).name,
          across.name,
          across.date,
          across.before,
          across.algorithm,
        ),
        note: m.oneRateAcrossAlgorithmNote(),
      });
    if (cohort.modelReleased && cohort.model !== undefined) {
      // Hashing in the release month or later: a pre-order, which the makers sell (the S19 XP was
      // pre-sold in November 2021 for shipments from July 2022); before it, a counterfactual.
      const hashing = addDays(cohort.purchased, cohort.deploymentDelayDays);
      notes.push(
        hashing.slice(0, 7) >= cohort.modelReleased
          ? {
              label,
              value: m.preOrdered(cohort.model, cohort.modelReleased, cohort.purchased, hashing),
              note: m.preOrderedNote(),
            }
          : {
              label,
              value: m.releasedAfterPurchase(cohort.model, cohort.modelReleased, cohort.purchased),
              note: m.releasedAfterPurchaseNote(),
            },
      );
    }
  });
  return notes;
}

/**
 * The change of proof of work to another family (Monero's RandomX) a cohort hashes both before and
 * after at its one hashrate, unless a change strands it by then; undefined when there is none. A
 * catalog machine rated on the algorithm before is refused at its model already.
 */
function oneRateAcross(s: Scenario, cohort: Scenario['fleet'][number]) {
  const end = addDays(s.start, s.days - 1);
  const deployed = addDays(cohort.purchased, cohort.deploymentDelayDays);
  const from = deployed < s.start ? s.start : deployed;
  const last = cohort.retire !== undefined && cohort.retire <= end ? addDays(cohort.retire, -1) : end;
  if (!(from < last)) return undefined;
  const change = hashUnitChangeWithin(coinProtocol(s.coin), addDays(from, 1), last);
  if (change === undefined) return undefined;
  return strandingBy(s.network.powChanges, cohort.hardwareClass, change.date) ? undefined : change;
}
