// The calculator's answer: what one machine earns and costs in a day at one day's conditions held
// fixed (price, difficulty, fees, tariff), and how long it takes to pay for itself if nothing
// changes: no difficulty growth, no halving, no wear, no failures, the opening split of a revenue
// share. It is the deterministic figure profitability calculators print; a run shows it next to
// its Monte Carlo distribution, and `minesim quote` prints it alone. All money in USD a day.
import { type Outlay, paybackOnSchedule, type Stream } from './held-fixed-payback.js';
import {
  type ContractTerms,
  type HostingBasis,
  unitCreditUsd,
  unitMeteredFeeUsd,
  unitNameplateFeeUsd,
} from './hosting.js';

export interface DayConditions {
  /** Coins one H/s earns in a day, before the pool fee: (subsidy + fees) x 86,400 / (difficulty x hashes per difficulty). */
  coinsPerHsDay: number;
  priceUsd: number;
  tariffUsdPerKwh: number;
  pue: number;
  poolFee: number;
  contract: ContractTerms;
  /** Hashes a second hashprice is quoted per (1e15: USD/PH/s/day). */
  hashpriceUnitHs: number;
  /** Hashes a second a machine's profit is quoted per (1e12: USD/TH/s/day). */
  machineUnitHs: number;
}

export interface MachineSpec {
  name: string;
  units: number;
  hashrateHs: number;
  powerW: number;
  uptime: number;
  /** What one unit cost, all in (price, import premium, its share of setup), USD. */
  unitCapexUsd: number;
  maintenanceUsdPerDay: number;
  /** Days from paying for it to its first day hashing (a cohort's deployment delay); 0 when absent. */
  idleDays?: number;
  /** Days it hashes before it is sold (a cohort's retire day); for ever when absent. */
  runDays?: number;
  /** What it is sold for then, held fixed, USD. */
  resaleUsd?: number;
}

export interface MachineDay {
  name: string;
  units: number;
  /**
   * What the machine earns: its coins after the pool fee, at the day's price, before the site's
   * share of a revenue share (which is in hostingUsd), so revenue - power - hosting - maintenance
   * + credits = profit on every basis.
   */
  revenueUsd: number;
  /** The power bill; 0 under an all-in rate, whose fee (hostingUsd) pays for the power. */
  powerUsd: number;
  /** Nameplate and metered fees (an all-in rate's included), and the site's share of the revenue. */
  hostingUsd: number;
  creditsUsd: number;
  maintenanceUsd: number;
  profitUsd: number;
  /** Profit per machineUnitHs of rated hashrate. */
  profitUsdPerUnitHashrate: number;
  /** Hashprice (per hashpriceUnitHs, gross of the pool fee) at which profit is zero; null when no hashprice is enough. */
  breakEvenHashpriceUsd: number | null;
  /** Coin price at which profit is zero, difficulty and fees in coins held; null when no price is enough. */
  breakEvenPriceUsd: number | null;
  unitCapexUsd: number;
  /**
   * Days from paying for it to its payback: its idle days before it hashes, then unitCapexUsd /
   * profit; null when the machine does not make a profit.
   */
  paybackDays: number | null;
}

/** One machine's day at `day`'s conditions held fixed. */
export function machineDay(m: MachineSpec, day: DayConditions): MachineDay {
  const t = day.contract;
  const hashpriceUsd = day.coinsPerHsDay * day.priceUsd * day.hashpriceUnitHs;
  // Revenue per unit of hashprice: rated hashrate x uptime x (1 - pool fee), before the site's share.
  const revenuePerHashprice = ((m.hashrateHs * m.uptime) / day.hashpriceUnitHs) * (1 - day.poolFee);
  const revenueUsd = revenuePerHashprice * hashpriceUsd;
  const siteShareUsd = revenueUsd * t.siteShare;
  const powerUsd = (m.powerW / 1000) * m.uptime * 24 * day.pue * day.tariffUsdPerKwh;
  const fees = unitNameplateFeeUsd(t, m.powerW, m.uptime) + unitMeteredFeeUsd(t, m.powerW, m.uptime);
  const creditsUsd = unitCreditUsd(t, m.powerW);
  const costs = powerUsd + fees + m.maintenanceUsdPerDay - creditsUsd;
  const profitUsd = revenueUsd - siteShareUsd - costs;
  // The owner keeps (1 - share) of each unit of hashprice; the costs do not move with it.
  const ownersPerHashprice = revenuePerHashprice * (1 - t.siteShare);
  const breakEvenHashpriceUsd = ownersPerHashprice > 0 ? Math.max(0, costs) / ownersPerHashprice : null;
  // Hashprice is coins a hash earns x price: the coins held, the price that reaches the break-even
  // hashprice (defined at a price of 0 too, while a hash earns coins).
  const hashpricePerPrice = day.coinsPerHsDay * day.hashpriceUnitHs;
  const breakEvenPriceUsd =
    breakEvenHashpriceUsd !== null && hashpricePerPrice > 0
      ? breakEvenHashpriceUsd / hashpricePerPrice
      : null;
  return {
    name: m.name,
    units: m.units,
    revenueUsd,
    powerUsd,
    hostingUsd: fees + siteShareUsd,
    creditsUsd,
    maintenanceUsd: m.maintenanceUsdPerDay,
    profitUsd,
    profitUsdPerUnitHashrate: profitUsd / (m.hashrateHs / day.machineUnitHs),
    breakEvenHashpriceUsd,
    breakEvenPriceUsd,
    unitCapexUsd: m.unitCapexUsd,
    paybackDays: unitPayback(m, profitUsd),
  };
}

/** Days from paying for one machine to its payback: idle days, then its profit until it is sold, and its resale. */
function unitPayback(m: MachineSpec, profitUsd: number): number | null {
  const from = m.idleDays ?? 0;
  const sold = m.runDays === undefined ? Number.POSITIVE_INFINITY : from + m.runDays;
  const outlays = [{ day: 0, usd: m.unitCapexUsd }];
  if (Number.isFinite(sold)) outlays.push({ day: sold, usd: -(m.resaleUsd ?? 0) });
  return paybackOnSchedule(outlays, [{ fromDay: from, toDay: sold, usdPerDay: profitUsd }]);
}

/**
 * One machine's day under the shutdown rule (operation: shutdown-when-unprofitable), as the run
 * applies it (engine/kernel/treasury.ts, model/hosting.ts): off when what running brings in (its
 * revenue before a site's share, plus credits) is below what running costs (power and metered
 * fees), and then it pays only its nameplate fee and maintenance.
 */
export function underShutdown(
  m: MachineSpec,
  held: MachineDay,
  t: ContractTerms,
): { off: boolean; profitUsd: number } {
  const running =
    held.revenueUsd + held.creditsUsd - held.powerUsd - unitMeteredFeeUsd(t, m.powerW, m.uptime);
  if (!(running < 0)) return { off: false, profitUsd: held.profitUsd };
  return { off: true, profitUsd: 0 - (unitNameplateFeeUsd(t, m.powerW, m.uptime) + m.maintenanceUsdPerDay) };
}

/**
 * Days for `profitUsd` a day to earn back `capexUsd`; null when it never does. A free machine has
 * nothing to pay back (0) unless it loses money, which puts money at stake that never comes back.
 */
export function paybackDays(capexUsd: number, profitUsd: number): number | null {
  return paybackOnSchedule(
    [{ day: 0, usd: capexUsd }],
    [{ fromDay: 0, toDay: Number.POSITIVE_INFINITY, usdPerDay: profitUsd }],
  );
}

export interface FleetDay {
  /** Every cohort's units x profit, as if all ran that day (as the caller counts each), minus the fixed costs, USD a day. */
  profitUsd: number;
  fixedUsd: number;
  capexUsd: number;
  /** Days from the day held fixed to the payback on the fleet's calendar (fleetOnCalendar); null: never. */
  paybackDays: number | null;
}

/** A cohort on the fleet's calendar: the day its capex is paid and the day it starts to hash. */
export interface CohortOnCalendar {
  units: number;
  unitCapexUsd: number;
  profitUsd: number;
  /** Day its capex is paid, from the day held fixed (a cohort bought before it pays on day 0, as a run counts it). */
  paidDay: number;
  /** First day it hashes, from the day held fixed. */
  hashingFromDay: number;
  /** Day it is sold (its retire day), from the day held fixed; absent when it is kept. */
  soldDay?: number;
  /** What one unit is sold for then, held fixed, USD. */
  unitResaleUsd?: number;
}

/**
 * The fleet's outlays and profits held fixed: each cohort's capex on its day, its profit from its
 * first day hashing until it is sold, its resale that day, the fixed costs from day 0, and the
 * `extra` sums on their days.
 */
export function fleetOnCalendar(
  cohorts: readonly CohortOnCalendar[],
  fixedUsd: number,
  extra: readonly Outlay[],
  profitOf: (cohort: number, fromDay: number, toDay: number) => Stream[] = (c, fromDay, toDay) => [
    { fromDay, toDay, usdPerDay: cohorts[c].units * cohorts[c].profitUsd },
  ],
): { outlays: Outlay[]; streams: Stream[] } {
  const outlays = [...cohorts.map((c) => ({ day: c.paidDay, usd: c.units * c.unitCapexUsd })), ...extra];
  for (const c of cohorts)
    if (c.soldDay !== undefined) outlays.push({ day: c.soldDay, usd: -c.units * (c.unitResaleUsd ?? 0) });
  const streams = cohorts.flatMap((c, i) =>
    profitOf(i, c.hashingFromDay, c.soldDay ?? Number.POSITIVE_INFINITY),
  );
  if (fixedUsd !== 0) streams.push({ fromDay: 0, toDay: Number.POSITIVE_INFINITY, usdPerDay: -fixedUsd });
  return { outlays, streams };
}

/**
 * The fleet's day: every cohort as if all were running today, less the fixed costs; its payback
 * held fixed counts each cohort's capex on the day it is paid and its profit from the day it
 * hashes, as the run does, so a cohort bought later or a deployment delay moves it; `extra` are
 * other sums paid or returned on their days (a hosting deposit and its refund).
 */
export function fleetDay(
  cohorts: readonly CohortOnCalendar[],
  fixedUsd: number,
  extra: readonly Outlay[] = [],
): FleetDay {
  let profit = -fixedUsd;
  let capex = 0;
  for (const c of cohorts) {
    profit += c.units * c.profitUsd;
    capex += c.units * c.unitCapexUsd;
  }
  const { outlays, streams } = fleetOnCalendar(cohorts, fixedUsd, extra);
  return {
    profitUsd: profit,
    fixedUsd,
    capexUsd: capex,
    paybackDays: paybackOnSchedule(outlays, streams, lastPaidDay(cohorts)),
  };
}

/**
 * The fleet's last purchase day held fixed: a fleet bought in stages pays back once every cohort
 * is paid for, as the run counts it (engine/compile/plan.ts paybackFromDay).
 */
export function lastPaidDay(cohorts: readonly CohortOnCalendar[]): number {
  let last = 0;
  for (const c of cohorts) if (c.paidDay > last) last = c.paidDay;
  return last;
}

/** What the daily view says of the hosting contract, so its rows can say what the hosting row holds. */
export interface DailyHosting {
  basis: Exclude<HostingBasis, 'none'>;
  /** The all-in rate, USD per kWh drawn (power included); null on other bases. */
  allInUsdPerKwh: number | null;
  /** The site's share of the revenue the view holds fixed (the opening split); null on other bases. */
  siteShare: number | null;
  /** The site's share after a waterfall flips; null without a waterfall. */
  siteShareAfter: number | null;
}

/** The contract as the daily view describes it; undefined without one, which the view leaves out. */
export function dailyHosting(t: ContractTerms): DailyHosting | undefined {
  if (t.basis === 'none') return undefined;
  const share = t.basis === 'revenue-share';
  return {
    basis: t.basis,
    // The terms keep an all-in rate as a fee per kW drawn a day (24 kWh a kW).
    allInUsdPerKwh: t.basis === 'all-in' ? t.meteredUsdPerKwDay / 24 : null,
    siteShare: share ? t.siteShare : null,
    siteShareAfter: share && t.recoverUsd > 0 && t.siteShareAfter !== t.siteShare ? t.siteShareAfter : null,
  };
}
