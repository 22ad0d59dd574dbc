// The assumptions table's lines of one cohort of the fleet (assumptions.ts puts them first): its
// machines, what they cost, when they hash, how they fail and wear, when they retire.

import { addDays } from '../data/dates.js';
import type { InputLine } from './input-line.js';
import type { NormalizedCohort } from './normalize.js';
import { formatGivenShare, formatQuantity } from './quantity-format.js';

const money = (usd: number) => formatQuantity(usd, 'money');
const share = formatGivenShare;
const perYear = (x: number) => `${formatGivenShare(x)} a year`;
const count = (n: number) => n.toLocaleString('en-US');

/** ` , after the horizon's last day (date): ...` where `date` falls after `end`; '' otherwise. */
const pastEnd = (date: string, end: string, what: string) =>
  date > end ? `, after the horizon’s last day (${end}): ${what}` : '';

/**
 * A cohort's lines, each label prefixed with its name when the fleet has more than one. `end`: the
 * horizon's last day, past which a retirement is not reached and a deployment not within the run.
 */
export function cohortLines(c: NormalizedCohort, i: number, prefixed: boolean, end: string): InputLine[] {
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
      `bought ${c.purchased}, hashing from ${deployed}${pastEnd(deployed, end, 'not within the run')}`,
      ['purchased', 'deploymentDelayDays'],
      `${c.deploymentDelayDays} day${c.deploymentDelayDays === 1 ? '' : 's'} from purchase to hashing`,
    ),
    line(
      'Failure rate',
      perYear(c.failureRate),
      ['failureRate'],
      'share of units failing; a failed unit stays dead',
    ),
    line(
      'Degradation',
      perYear(c.degradation),
      ['degradation'],
      'hashrate a unit loses from its first day hashing, on every day (switched off or down too)',
    ),
    line('Uptime', share(c.uptime), ['uptime'], 'share of the time a deployed unit hashes and draws power'),
    line(
      'Retirement',
      c.retire === undefined
        ? 'none: runs to the horizon'
        : `${c.retire}${pastEnd(c.retire, end, 'not reached')}`,
      ['retire'],
      c.retire === undefined
        ? undefined
        : c.retire > end
          ? 'the cohort runs to the horizon, its surviving units valued there (in NPV, IRR and ROI with salvage), not sold'
          : 'the surviving units stop and are sold at their salvage value',
    ),
  ];
}
