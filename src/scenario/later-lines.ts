// The assumptions table's lines after the market (assumptions.ts puts the financing's after them):
// changes of proof of work, the operation and the treasury, the money (discount rate, salvage),
// the horizon and the Monte Carlo run.

import { addDays } from '../data/dates.js';
import { backtestMessages } from '../messages/backtest.js';
import { counted } from '../messages/shown.js';
import type { InputLine, RunFacts } from './input-line.js';
import type { Scenario } from './normalize.js';
import { formatGivenShare, formatQuantity } from './quantity-format.js';

const share = formatGivenShare;
const perYear = (x: number) => `${formatGivenShare(x)} a year`;
const count = (n: number) => n.toLocaleString('en-US');

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
    : `${base}, times (hashprice x a unit's hashrate, worn by its degradation) then / at deployment (at most 1), each hashprice the week's mean at the subsidy in force then`;
}
/** The lines after the market's, `days` the days simulated (the horizon, or less where cut). */
export function laterLines(s: Scenario, days: number, run: RunFacts): InputLine[] {
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
      value: `${formatQuantity(s.horizon, 'duration')}: ${s.start} to ${end} (${counted(days, 'day')})`,
      ...(days < s.days ? { note: backtestMessages.horizonCut(end) } : {}),
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
