// The assumption lines of the hosting contract and curtailment credits: what the site charges,
// on what, when the deposit moves, and how the shutdown rule sees it (model/hosting.ts).
import { addDays } from '../data/dates.js';
import { shownHundredths, shownPriceUsd } from '../messages/shown.js';
import { unitMonthlyFeeUsd } from '../model/hosting.js';
import { contractTerms, DAYS_PER_MONTH } from './contract-terms.js';
import { cohortLeaveDays, depositRefundDay, hostingEndDay, lastHostedDay } from './hosting-end.js';
import type { InputLine } from './input-line.js';
import type { Scenario } from './normalize.js';
import { formatGivenShare, formatQuantity } from './quantity-format.js';

const share = formatGivenShare;

/** A deposit (days) in the months of fees it counts: `2 months`, not `60.9 days`. */
function depositMonths(days: number): string {
  const months = Number((days / DAYS_PER_MONTH).toPrecision(4));
  return months === 1 ? '1 month' : `${months} months`;
}

/**
 * The deposit in USD, as the run pays it (engine/compile/contracts.ts depositUsd): its months of
 * every cohort's fees a month, a nameplate fee before a promised uptime's pro rata; and whether
 * that pro rata would have lowered it (a cohort below `minimumUptime`).
 */
function depositAmount(s: Scenario): { usd: number; beforeProRata: boolean } {
  const h = s.power.hosting;
  if (typeof h === 'number' || h.basis === 'revenue-share' || !(h.deposit !== undefined && h.deposit > 0))
    return { usd: 0, beforeProRata: false };
  const terms = contractTerms(h, s.power.curtailment, s.power.pue, 0);
  let monthly = 0;
  for (const c of s.fleet) monthly += c.count * unitMonthlyFeeUsd(terms, c.powerW, c.uptime, DAYS_PER_MONTH);
  const minimum = h.basis === 'per-kw' && h.on === 'nameplate' ? h.minimumUptime : undefined;
  return {
    usd: monthly * terms.depositMonths,
    beforeProRata: minimum !== undefined && s.fleet.some((c) => c.uptime < minimum),
  };
}

/**
 * What the deposit's line says of a default, where one can happen (a loan with a margin call) and
 * there is a deposit: the site keeps it (depositOnDefault, by default) or refunds it that day.
 */
function onDefault(s: Scenario): string {
  const h = s.power.hosting;
  if (typeof h === 'number' || !(h.deposit !== undefined && h.deposit > 0)) return '';
  if (!s.finance?.loans.some((loan) => loan.marginCall !== undefined)) return '';
  return h.depositOnDefault === 'refunded'
    ? '; on a default before hosting ends it comes back that day (depositOnDefault: refunded)'
    : '; on a default before hosting ends the site keeps it, a loss to the owners (depositOnDefault: forfeited, the default)';
}

/**
 * When the deposit moves, with the day it comes back as a date (the plan's refund day,
 * hosting-end.ts): the end of the first term (or renewal) after the last cohort leaves the site, or
 * the horizon's last day where the fleet is still hosted then; empty without a deposit.
 */
function depositHeld(s: Scenario, days: number): string {
  const h = s.power.hosting;
  if (
    typeof h === 'number' ||
    h.deposit === undefined ||
    !(h.deposit > 0) ||
    h.term === undefined ||
    days <= 0
  )
    return '';
  const cohorts = s.fleet.map((c) => cohortLeaveDays(s, c, days));
  const gone = lastHostedDay(cohorts);
  const day = depositRefundDay({ termLengthDays: h.term }, cohorts, days);
  const on = `${addDays(s.start, day)} (day ${day})`;
  const held = '; the deposit is paid on the start day and held until hosting ends: refunded on';
  // A run cut where the history ends (fewer days than the horizon's) refunds it on its last day, the cut.
  const last = days < s.days ? 'the last day simulated, where the history ends' : 'the last day';
  if (gone >= days) return `${held} ${last}, ${on}, the fleet still hosted then`;
  const leaves = `the last cohort leaves the site on ${addDays(s.start, gone)}`;
  return hostingEndDay({ termLengthDays: h.term }, gone) > day
    ? `${held} ${last}, ${on}: ${leaves} and the term that finds it gone ends after it`
    : `${held} ${on}, the end of the first term (or renewal) after ${leaves}`;
}

/** `deposit 2 months of fees (481.60 USD, on the nameplate fee before the pro rata)`. */
function depositValue(s: Scenario, days: number): string {
  const months = `deposit ${depositMonths(days)} of fees`;
  const { usd, beforeProRata } = depositAmount(s);
  if (!(usd > 0)) return months;
  return `${months} (${usd >= 1 ? shownHundredths(usd, 'USD') : shownPriceUsd(usd)}${beforeProRata ? ', on the nameplate fee before the pro rata of the promised uptime' : ''})`;
}

/** `days`: the days the run simulates (fewer than the horizon's where it stops at the end of the history). */
export function contractLines(s: Scenario, days = s.days): InputLine[] {
  const h = s.power.hosting;
  const lines: InputLine[] = [];
  if (typeof h === 'number')
    lines.push({
      label: 'Hosting',
      value: h > 0 ? formatQuantity(h, 'money-per-power-time') : 'none',
      note: 'per kW of machine power, paid whether or not the machines run',
      keys: ['power.hosting'],
    });
  else if (h.basis === 'per-kw')
    lines.push({
      label: 'Hosting',
      value: `${formatQuantity(h.rate, 'money-per-power-time')} on ${h.on} power`,
      note:
        h.on === 'nameplate'
          ? `per kW of rated power, paid whether or not the machines run${h.minimumUptime === undefined ? '' : `; below ${share(h.minimumUptime)} uptime the fee is paid pro rata`}`
          : 'per kW drawn (rated power x uptime), paid on days the machines run; the shutdown rule counts it',
      keys: ['power.hosting'],
    });
  else if (h.basis === 'all-in')
    lines.push({
      label: 'Hosting',
      value: `all-in ${formatQuantity(h.rate, 'energy-price')}`,
      note: 'per kWh drawn (rated power x uptime), power included, paid on days the machines run; the shutdown rule counts it',
      keys: ['power.hosting'],
    });
  else
    lines.push({
      label: 'Hosting',
      value: h.waterfall
        ? `revenue share: the site keeps ${share(h.share)}, then ${share(h.waterfall.after)} once ${h.waterfall.capex === undefined ? 'the fleet’s capex' : formatQuantity(h.waterfall.capex, 'money')} is recovered`
        : `revenue share: the site keeps ${share(h.share)}`,
      note: 'of the coins mined after the pool fee; recovered = the owner’s share of revenue - power + credits, added up; the shutdown rule weighs the whole revenue against the power',
      keys: ['power.hosting'],
    });
  if (typeof h !== 'number' && (h.deposit !== undefined || h.term !== undefined))
    lines.push({
      label: 'Hosting term',
      value: [
        h.term === undefined ? undefined : formatQuantity(h.term, 'duration'),
        h.deposit === undefined ? undefined : depositValue(s, h.deposit),
      ]
        .filter((x) => x !== undefined)
        .join(', '),
      note: `the contract renews on the same terms while the site hosts machines${depositHeld(s, days)}${onDefault(s)}`,
      keys: ['power.hosting.term', 'power.hosting.deposit'],
    });
  const c = s.power.curtailment;
  if (c !== undefined)
    lines.push({
      label: 'Curtailment credits',
      value: `${Number((c.credit * 1000).toPrecision(4))} USD/MWh, ${Number((c.budget * 24).toPrecision(3))} hours a month`,
      note: 'the budget is assumed called in full every month, within each cohort’s downtime; credits are earned on days the machines run and reported against the cost of power',
      keys: ['power.curtailment'],
    });
  return lines;
}
