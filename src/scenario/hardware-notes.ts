// What minesim read from the hardware catalog that the scenario did not say in so many words: a
// model name read as another catalog name, a machine taken from a user catalog (maybe in place
// of a shipped one), a machine bought before the catalog dates its release, a cohort far more
// efficient than any machine of its class in the catalog, and the user catalog itself. The same lines go under `minesim validate`
// and into every run's assumptions table.
import { catalogMessages as m } from '../messages/catalog.js';
import type { Scenario } from './normalize.js';

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
    if (cohort.modelReleased && cohort.model !== undefined)
      notes.push({
        label,
        value: m.releasedAfterPurchase(cohort.model, cohort.modelReleased, cohort.purchased),
        note: m.releasedAfterPurchaseNote(),
      });
  });
  return notes;
}
