// The shipped history followed by the days a user imported: one History, indexed by day as
// before, whose heights and supply run on from the shipped file's last day, so every command uses
// the longer series without knowing where each day came from (History.files says).

import type { History } from './daily-history.js';
import { dayNumber } from './dates.js';
import type { StoredDays } from './import/stored.js';
import { sourceRanges } from './provenance.js';

function joined(a: Float64Array, b: readonly number[]): Float64Array {
  const out = new Float64Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * `stored` must start the day after `shipped` ends, with heights that continue it (readStoredDays
 * checks both). Supply is accumulated here from the shipped supply and the stored issuance.
 */
export function extendHistory(shipped: History, stored: StoredDays): History {
  const added = stored.days;
  const days = shipped.days + added.length;
  const last = shipped.days - 1;
  const supply: number[] = [];
  let generated = shipped.supply[last] + shipped.issuance[last];
  for (const d of added) {
    supply.push(generated);
    generated += d.issuance;
  }
  const firstDay = dayNumber(shipped.firstDate);
  const lastDate = added[added.length - 1].date;
  const column = (
    key: 'priceUsd' | 'difficulty' | 'hashrateHs' | 'blocks' | 'issuance' | 'fees' | 'height',
  ) =>
    joined(
      shipped[key],
      added.map((d) => d[key]),
    );
  return {
    coin: shipped.coin,
    firstDate: shipped.firstDate,
    lastDate,
    days,
    dateAt: (i) => (i < shipped.days ? shipped.dateAt(i) : added[i - shipped.days].date),
    indexOf: (date) => {
      const i = dayNumber(date) - firstDay;
      return i >= 0 && i < days ? i : -1;
    },
    priceUsd: column('priceUsd'),
    difficulty: column('difficulty'),
    hashrateHs: column('hashrateHs'),
    blocks: column('blocks'),
    issuance: column('issuance'),
    fees: column('fees'),
    height: column('height'),
    supply: joined(shipped.supply, supply),
    files: [
      ...shipped.files,
      {
        kind: 'imported',
        path: stored.path,
        sha256: stored.sha256,
        firstDate: added[0].date,
        lastDate,
        days: added.length,
        sources: sourceRanges(added),
      },
    ],
  };
}
