// The daily view of a compiled plan: the start day's price, difficulty, fees and tariff held fixed,
// one machine of each cohort (model/daily-view.ts). The Monte Carlo comparison is added by the
// summary (stats/summarize.ts), which has the paths' payback days.
import { addDays } from '../../data/dates.js';
import type { History } from '../../data/history.js';
import { coinProtocol } from '../../model/coins/index.js';
import {
  type DayConditions,
  dailyHosting,
  fleetDay,
  fleetOnCalendar,
  lastPaidDay,
  machineDay,
  underShutdown,
} from '../../model/daily-view.js';
import { paybackOnSchedule, type RewardEra, streamThroughEras } from '../../model/held-fixed-payback.js';
import { allInPowerPrice } from '../../model/hosting.js';
import { startFeesPerBlock } from '../../model/market/fees/fee-level.js';
import { emissionAhead, halvingAhead, revenueFactor, rewardCutsAhead } from '../../model/reward-cuts.js';
import type { Scenario } from '../../scenario/normalize.js';
import type { DailyView } from '../../stats/summary.js';
import { keepsBooks } from './books.js';
import { depositUsd, hostingEndDay, lastHostedDay } from './contracts.js';
import {
  OPERATION_SHUTDOWN_UNPROFITABLE,
  SALVAGE_HASHPRICE,
  SALVAGE_NONE,
  type SimulationPlan,
} from './plan.js';

export function planDailyView(
  s: Scenario,
  plan: SimulationPlan,
  history: History,
): Omit<DailyView, 'monteCarlo'> {
  const protocol = coinProtocol(plan.protocol.coin);
  const { height, supply, difficulty, priceUsd } = plan.initial;
  const reward = protocol.rewardAt(height, supply);
  const fees = startFeesPerBlock(s.fees.model, s.start, history)(reward);
  const day: DayConditions = {
    // No reward (past the last subsidy, no fees) fixes no difficulty: a hash earns nothing.
    coinsPerHsDay:
      reward + fees > 0 && difficulty > 0
        ? (86_400 * (reward + fees)) / (difficulty * plan.protocol.hashesPerDifficulty)
        : 0,
    priceUsd,
    // The electricity price: the plan's power price less an all-in rate it carries (compile.ts
    // powerTable), which the view shows as hosting (the rule leaves 0: exactly 0 here).
    tariffUsdPerKwh:
      plan.days > 0
        ? plan.tariffUsdPerKwh[0] -
          (plan.contract.basis === 'all-in'
            ? allInPowerPrice(plan.contract.meteredUsdPerKwDay / 24, plan.pue)
            : 0)
        : 0,
    pue: plan.pue,
    poolFee: plan.poolFee,
    contract: plan.contract,
    hashpriceUnitHs: protocol.hashpriceUnit.hs,
    machineUnitHs: protocol.machineHashrateUnit.hs,
  };
  const hosting = dailyHosting(plan.contract);
  // A scheduled change of proof of work that strands a cohort is known on the day held fixed, but
  // the view, like a calculator, holds the machines running: it names the first such day.
  let stranded: DailyView['stranded'];
  for (const c of plan.cohorts)
    if (c.brickDay < plan.days && (stranded === undefined || c.brickDay < stranded.day))
      stranded = { cohort: c.name, day: c.brickDay, date: addDays(s.start, c.brickDay) };
  // The fleet's own calendar is no condition of the day: each cohort's capex is paid on its
  // purchase day (day 0 for one bought before the start, as the run counts it) and it earns from
  // its first day hashing, after its deployment delay.
  // Under the shutdown rule a cohort that loses money running is switched off, as the run does:
  // its rows say what running it would make, and the fleet counts what it costs idle.
  const shutdown = plan.operation === OPERATION_SHUTDOWN_UNPROFITABLE;
  // A cohort that first hashes after a halving ahead, or further down an emission that lowers the
  // reward block by block, never earns the day's reward: its days to payback are at the reward in
  // force on its first day hashing, blocks on target, the day otherwise held fixed (its other rows
  // are the day's, as the table says), and the row says so (model/reward-cuts.ts).
  const cuts = rewardCutsAhead(protocol, height, supply);
  let latest = 0;
  for (const c of plan.cohorts) if (c.deployDay > latest && c.deployDay < plan.days) latest = c.deployDay;
  // An emission counted in blocks of today's rules only: a start before Monero's 2016 fork, whose
  // blocks each pay a share of one, is left at the day's reward.
  const emittedRewards =
    protocol.rewardFollowsSupply &&
    latest > 0 &&
    reward === protocol.rewardAt(Number.MAX_SAFE_INTEGER, supply)
      ? protocol.expectedRewards(height, supply, latest + 1)
      : undefined;
  const rewardAtHashing = (
    hashingFromDay: number,
  ): { reward: number; halvingHeight?: number } | undefined => {
    if (!(hashingFromDay > 0 && hashingFromDay < plan.days)) return undefined;
    let last: (typeof cuts)[number] | undefined;
    for (const cut of cuts) if (cut.day <= hashingFromDay) last = cut;
    if (last !== undefined) return { reward: last.rewardAfter, halvingHeight: last.height };
    const then = emittedRewards?.[hashingFromDay];
    return then !== undefined && then < reward ? { reward: then } : undefined;
  };
  const machinesOn = (conditions: DayConditions) =>
    plan.cohorts.map((c) => {
      const paidDay = Math.max(0, c.purchaseDay);
      // Sold on its retire day within the horizon, at its resale held fixed (a hashprice-linked
      // resale's ratio to the first day's hashprice is 1 when the hashprice is held; 0 when it is
      // held at 0, machines that earn nothing worth nothing, as the run values them: salvage.ts).
      const soldDay = c.retireDay < plan.days ? c.retireDay : undefined;
      const worthless =
        c.salvageMode === SALVAGE_NONE ||
        (c.salvageMode === SALVAGE_HASHPRICE && !(conditions.coinsPerHsDay * conditions.priceUsd > 0));
      const unitResaleUsd = worthless ? 0 : c.salvageFraction * c.unitPriceUsd;
      const calendar = {
        paidDay,
        hashingFromDay: c.deployDay,
        ...(soldDay === undefined ? {} : { soldDay, unitResaleUsd }),
      };
      const spec = {
        name: c.name,
        units: c.units,
        hashrateHs: c.hashrateHs,
        powerW: c.powerW,
        uptime: c.uptime,
        unitCapexUsd: c.capexUsd / c.units,
        maintenanceUsdPerDay: c.maintenanceUsdPerUnitDay,
        idleDays: c.deployDay - paidDay,
        ...(soldDay === undefined ? {} : { runDays: soldDay - c.deployDay, resaleUsd: unitResaleUsd }),
      };
      const held = machineDay(spec, conditions);
      const rule = shutdown
        ? underShutdown(spec, held, plan.contract)
        : { off: false, profitUsd: held.profitUsd };
      const then = conditions === day ? rewardAtHashing(c.deployDay) : undefined;
      const lower =
        then === undefined
          ? undefined
          : machineDay(spec, {
              ...day,
              coinsPerHsDay: day.coinsPerHsDay * revenueFactor(reward, then.reward, fees),
            });
      return {
        // summary.json leaves out a day 0 of the calendar, so a cohort bought and hashing on the
        // start day reads as before.
        row: {
          ...held,
          ...(then === undefined || lower === undefined
            ? {}
            : {
                paybackDays: lower.paybackDays,
                rewardAtHashing: {
                  rewardPerBlock: then.reward,
                  profitUsd: lower.profitUsd,
                  ...(then.halvingHeight === undefined ? {} : { halvingHeight: then.halvingHeight }),
                },
              }),
          ...(paidDay === 0 ? {} : { paidDay }),
          ...(c.deployDay === 0 ? {} : { hashingFromDay: c.deployDay }),
          ...(soldDay === undefined ? {} : { soldDay, unitResaleUsd }),
          ...(rule.off ? { switchedOff: true as const } : {}),
        },
        // What the cohort adds to the fleet's day: its profit running, or its idle costs.
        inFleet: { ...held, ...calendar, profitUsd: rule.profitUsd, off: rule.off },
      };
    });
  const fleetOn = (conditions: DayConditions) => machinesOn(conditions).map((c) => c.inFleet);
  const today = machinesOn(day);
  const cohorts = today.map((c) => c.row);
  const inFleet = today.map((c) => c.inFleet);
  // The hosting deposit is no cost of a day, but money at stake: paid on day 0, back when hosting
  // ends (engine/compile/contracts.ts: the contract renews while the site hosts machines; held
  // fixed there is no horizon, so a fleet never sold leaves it held).
  const deposit = depositUsd(plan.contract, plan.cohorts);
  const refundDay = hostingEndDay(plan.contract, lastHostedDay(plan.cohorts, plan.days));
  const extra =
    deposit > 0
      ? [{ day: 0, usd: deposit }, ...(Number.isFinite(refundDay) ? [{ day: refundDay, usd: -deposit }] : [])]
      : [];
  const held = fleetDay(inFleet, s.costs.fixed, extra);
  const fleetProfitWith = (factor: number) =>
    factor === 1
      ? held.profitUsd
      : fleetDay(fleetOn({ ...day, coinsPerHsDay: day.coinsPerHsDay * factor }), s.costs.fixed, extra)
          .profitUsd;
  // The payback held fixed through the eras of the subsidy, each cohort on its calendar. A
  // waterfall's flip is the contract's calendar, not a condition of the day: the site's later
  // share applies once the owner's running margin (its coins' value - power + credits, as the run
  // counts it) has earned back what the waterfall recovers.
  const t = plan.contract;
  const waterfall = t.basis === 'revenue-share' && t.recoverUsd > 0 && t.siteShareAfter !== t.siteShare;
  const scaled = (factor: number): DayConditions => ({ ...day, coinsPerHsDay: day.coinsPerHsDay * factor });
  const paybackThrough = (eras: readonly RewardEra[]) => {
    const byEra = eras.map((era) => (era.factor === 1 ? inFleet : fleetOn(scaled(era.factor))));
    let flip = Number.POSITIVE_INFINITY;
    let after = byEra;
    if (waterfall) {
      const margins = fleetOnCalendar(inFleet, 0, [], (c, fromDay, toDay) =>
        streamThroughEras(
          fromDay,
          eras,
          (_, era) => {
            const m = byEra[era][c];
            return m.off ? 0 : m.units * (m.revenueUsd * (1 - t.siteShare) - m.powerUsd + m.creditsUsd);
          },
          toDay,
        ),
      );
      flip = paybackOnSchedule([{ day: 0, usd: t.recoverUsd }], margins.streams) ?? Number.POSITIVE_INFINITY;
      after = eras.map((era) =>
        fleetOn({ ...scaled(era.factor), contract: { ...t, siteShare: t.siteShareAfter } }),
      );
    }
    // A hashprice-linked resale follows the hashprice from the first day hashing to the day sold
    // (capped at 1), each read at the reward in force at its day's end (kernel/salvage.ts): the
    // eras' factors, 1 while nothing is cut.
    const atEnd = (day: number) => {
      let factor = 1;
      for (const era of eras) if (era.fromDay < day + 1) factor = era.factor;
      return factor;
    };
    const resold = inFleet.map((m, c) =>
      m.soldDay === undefined || plan.cohorts[c].salvageMode !== SALVAGE_HASHPRICE
        ? m
        : {
            ...m,
            unitResaleUsd: (m.unitResaleUsd ?? 0) * Math.min(1, atEnd(m.soldDay) / atEnd(m.hashingFromDay)),
          },
    );
    const { outlays, streams } = fleetOnCalendar(resold, s.costs.fixed, extra, (c, fromDay, toDay) => [
      ...streamThroughEras(
        fromDay,
        eras,
        (_, era) => inFleet[c].units * byEra[era][c].profitUsd,
        Math.min(toDay, flip),
      ),
      ...streamThroughEras(
        Math.max(fromDay, flip),
        eras,
        (_, era) => inFleet[c].units * after[era][c].profitUsd,
        toDay,
      ),
    ]);
    return paybackOnSchedule(outlays, streams, lastPaidDay(inFleet));
  };
  const fleet = waterfall ? { ...held, paybackDays: paybackThrough([{ fromDay: 0, factor: 1 }]) } : held;
  // A halving before the payback held fixed, or an emission that lowers the reward by then
  // (model/reward-cuts.ts).
  const chain = { height, supply, feesPerBlock: fees };
  const ahead = halvingAhead(
    protocol,
    chain,
    fleet.capexUsd,
    fleet.paybackDays,
    fleetProfitWith,
    paybackThrough,
  );
  const emitted = emissionAhead(
    protocol,
    chain,
    fleet.capexUsd,
    fleet.paybackDays,
    fleetProfitWith,
    paybackThrough,
  );
  const emission: DailyView['emission'] =
    emitted === undefined
      ? undefined
      : {
          rewardNow: emitted.rewardNow,
          rewardAtPayback: emitted.rewardAtPayback,
          fleetProfitAtPaybackUsd: emitted.profitAtPaybackUsd,
          paybackDays: emitted.paybackDays,
          longerBlocks: emitted.longerBlocks,
        };
  const halving: DailyView['halving'] =
    ahead === undefined
      ? undefined
      : {
          height: ahead.height,
          day: ahead.day,
          date: addDays(s.start, Math.floor(ahead.day)),
          rewardAfter: ahead.rewardAfter,
          fleetProfitAfterUsd: ahead.profitAfterUsd,
          paybackDays: ahead.paybackDays,
        };
  return {
    date: plan.startDate,
    priceUsd,
    hashpriceUsd: day.coinsPerHsDay * priceUsd * day.hashpriceUnitHs,
    hashpriceUnit: protocol.hashpriceUnit.name,
    fees: feeBasis(s, history, reward, fees),
    machineHashrateUnit: protocol.machineHashrateUnit.name,
    tariffUsdPerKwh: day.tariffUsdPerKwh,
    ...tariffMean(plan),
    // No contract, no `hosting`: summaries without one keep their shape.
    ...(hosting === undefined ? {} : { hosting }),
    cohorts,
    ...(stranded === undefined ? {} : { stranded }),
    // The project's view, as the run's payback beside it: the books (finance) are the equity's.
    ...(keepsBooks(s) ? { beforeFinancing: true as const } : {}),
    // The deposit is not a cost of a day: the fixed costs without it (its payback counts it).
    fleet,
    ...(halving === undefined ? {} : { halving }),
    ...(emission === undefined ? {} : { emission }),
  };
}

/**
 * What the view's hashprice counts a block: the subsidy at the start height and the fee model's
 * fees, next to the subsidy and fees the day's own blocks paid (what `minesim hashprice` and
 * `minesim quote` price), so the two hashprices of one day say why they differ.
 */
function feeBasis(s: Scenario, history: History, reward: number, fees: number): DailyView['fees'] {
  const model = s.fees.model.type;
  const i = history.indexOf(s.start);
  return {
    model,
    rewardPerBlock: reward,
    feesPerBlock: fees,
    share: model === 'share-of-subsidy' && reward > 0 ? fees / reward : null,
    dayFeesPerBlock: i >= 0 && history.blocks[i] > 0 ? history.fees[i] / history.blocks[i] : null,
    // What the day's blocks issued a block: the rule's reward but where its blocks paid less
    // (Monero's block-size penalties) or straddle a halving.
    dayRewardPerBlock: i >= 0 && history.blocks[i] > 0 ? history.issuance[i] / history.blocks[i] : null,
  };
}

/**
 * A tariff that changes over the first year (a seasonal or dated one): its mean over those days,
 * beside the start day's rate the view holds; nothing for a flat tariff or an all-in rate (the view's
 * tariff is 0 then).
 */
function tariffMean(plan: SimulationPlan): Pick<DailyView, 'tariffMean'> {
  const days = Math.min(365, plan.days);
  if (days === 0 || plan.contract.basis === 'all-in') return {};
  const t = plan.tariffUsdPerKwh;
  let sum = 0;
  let changes = false;
  for (let d = 0; d < days; d++) {
    sum += t[d];
    if (t[d] !== t[0]) changes = true;
  }
  return changes ? { tariffMean: { usdPerKwh: sum / days, days } } : {};
}
