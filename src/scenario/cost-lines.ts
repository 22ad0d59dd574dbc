// The assumptions table's lines of what the fleet costs to run (assumptions.ts puts them after the
// cohorts): the electricity tariff and PUE, the hosting contract (contract-lines.ts), the pool fee,
// maintenance and fixed costs.

import { contractLines } from './contract-lines.js';
import type { InputLine } from './input-line.js';
import type { Scenario } from './normalize.js';
import { formatGivenShare, formatQuantity } from './quantity-format.js';
import type { Tariff } from './schema/power.js';

const share = formatGivenShare;

/** A schedule of many dated prices is shown by its first entries and its last. */
const SCHEDULE_SHOWN = 6;

/** An electricity price as the table shows it: a price, an expression, or a schedule. */
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
/** The running costs' lines: power, the hosting contract, the pool fee, maintenance, fixed costs. */
/** `days`: the days the run simulates (the deposit's refund day is the last of them at the latest). */
export function costLines(s: Scenario, days = s.days): InputLine[] {
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
    ...contractLines(s, days),
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
