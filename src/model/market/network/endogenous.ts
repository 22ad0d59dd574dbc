// Endogenous network hashrate: the network grows and shrinks with miners' economics. Each day t
// (from the start, t = 0):
//   HP_t = P_t (S_t + F_t) 86,400 / (D_t x hashes per difficulty)   hashprice, USD per H/s a day,
//          from the path's price P, the subsidy S and fees F of the simulated blocks, and the
//          difficulty D the network's own hashrate sets (engine/network.ts: Bitcoin retargets by
//          epoch, Monero follows within the day)
//   c_t  = e_0 exp(-g t) x power price x 86,400 / 3.6e6             power cost of a frontier
//          machine, USD per H/s a day; e_0 the best J/H of the catalog at the start, g its yearly
//          improvement (frontier.ts), both as known before the start
//   u_t  = ln(HP_t / c_t)                                           the frontier's log margin
//   k_t  = k_{t-1} + kappa (u_{t-L} - u*)^+ + sigma z_t            installed capacity (log):
//          machines ordered while the margin beats u* arrive L days later; z_t standard normal
//   h_t  = k_t - psi min((u_off - u_{t-1})^+, 10)                  operating hashrate (log):
//          below the margin u_off the least efficient machines switch off, and come back when it
//          recovers; at most e^-10 of the fleet can be off
// h_0 is the start hashrate; the margins before the start come from the history. The parameters
// (L, kappa, u*, u_off, psi, sigma) are fitted on the history before the start (endogenous-fit.ts)
// unless given. Assumed: the fleet renews at the pace of the frontier (obsolescence is folded into
// the frontier's falling cost), and the fleet's power price is one number.
// Its written form is endogenous-schema.ts; what it resolves to on the history, endogenous-resolve.ts.
import { addDays } from '../../../data/dates.js';
import { schemaMessages as msg } from '../../../messages/schema.js';
import { counted } from '../../../messages/shown.js';
import { DAYS_PER_RATE_YEAR as YEAR } from '../../calendar.js';
import { startHashpriceUsdPerHsDay } from '../../start-hashprice.js';
import type { MarketModel } from '../model.js';
import { FIT_MIN_WEEKS, SCENARIO_FIT_MIN_WEEKS } from './endogenous-fit.js';
import { entryErrorNote } from './endogenous-fit-error.js';
import { fitLimits, fitLimitsNote } from './endogenous-fit-limits.js';
import {
  describeEndogenous,
  type EndogenousNetworkPlan,
  fillEndogenous,
  marginRatio,
} from './endogenous-path.js';
import { DEFAULT_FIT_DAYS, endogenousResponse, orFit, resolveEndogenous } from './endogenous-resolve.js';
import { endogenousSchema as schema } from './endogenous-schema.js';

export type { EndogenousNetworkPlan } from './endogenous-path.js';
export { DEFAULT_FIT_DAYS } from './endogenous-resolve.js';

export const endogenousNetwork: MarketModel<typeof schema, EndogenousNetworkPlan> = {
  type: 'endogenous',
  schema,
  resolve(m, { s, history, catalog, plan }, out) {
    const r = resolveEndogenous(m, s, history, catalog);
    const startHashprice = startHashpriceUsdPerHsDay(s.coin, plan.initial, plan.start.feesPerBlock);
    const { fit, lagDays, entryMargin, pastMargin, entryPerDay, carried } = endogenousResponse(
      m,
      s,
      history,
      r,
      startHashprice,
    );
    const shutdownMargin =
      m.shutdownMargin !== undefined ? Math.log(m.shutdownMargin) : orFit(undefined, fit.shutdownMargin);
    const p: EndogenousNetworkPlan = {
      type: 'endogenous',
      startHs: plan.initial.networkHashrateHs,
      rules: { protocol: plan.protocol, initial: plan.initial },
      lagDays,
      entryPerDay,
      entryMargin,
      shutdownMargin,
      shutdown: orFit(m.shutdown, fit.shutdown),
      volPerSqrtDay:
        m.volatility !== undefined ? m.volatility / Math.sqrt(YEAR) : orFit(undefined, fit.volPerSqrtDay),
      powerPriceUsdPerKwh: m.powerPrice,
      lnCostStart: r.lnCostStart,
      efficiencyLogPerDay: r.efficiencyLogPerDay,
      pastMargin,
    };
    const clauses: string[] = [];
    if (r.fit !== null) {
      if (m.entryRate === undefined && r.fit.entryErrorPerDay !== null)
        clauses.push(entryErrorNote(r.fit.entryErrorPerDay));
      const limits = fitLimits(r.fit, {
        lag: m.lag !== undefined,
        entryRate: m.entryRate !== undefined,
        entryMargin: m.entryMargin !== undefined,
        shutdown: m.shutdown !== undefined,
        volatility: m.volatility !== undefined,
      });
      if (limits.length > 0) clauses.push(fitLimitsNote(limits));
    }
    out.push(...describeEndogenous(p, r.frontier.note, r.window, r.fit !== null, clauses));
    if (carried > 0)
      out.push({
        label: 'Network margins before the start',
        value: `${carried} of the ${counted(lagDays, 'day')} before the start at the start day’s hashprice, ${marginRatio(Math.log(startHashprice) - r.lnCostStart)}x cost`,
        note: `the history ends on ${history.lastDate}: machines ordered on those days arrive in the first ${counted(lagDays, 'day')}, and the capacity switched off on the start day is that day's`,
      });
    return p;
  },
  calm: (plan) => ({ ...plan, volPerSqrtDay: 0 }),
  // It reads the path's price and fees, so it is filled on every path even without noise.
  fixed: () => false,
  stochastic: (plan) => plan.volPerSqrtDay > 0,
  followsPrice: () => true,
  fill(h, at, w, source) {
    fillEndogenous(
      h,
      at.days,
      w.path,
      w.networkState,
      w.networkScratch,
      w.networkNormals,
      source,
      at.fleetFloorHs ?? null,
    );
  },
  rules(m, s, out, data) {
    const r = resolveEndogenous(m, s, data.history(), data.catalog());
    // A frontier so efficient that a hash's power costs less than the smallest double has a log
    // cost of -Infinity: every margin would be infinite, and the hashrate with it.
    if (!Number.isNaN(r.frontier.joulesPerHash) && !Number.isFinite(r.lnCostStart))
      out.push({
        path: ['network', 'model', m.efficiency !== undefined ? 'efficiency' : 'powerPrice'],
        message: msg.endogenousCostUnderflow(r.frontier.joulesPerHash, m.powerPrice),
      });
    // Without an efficiency the margins are measured against the day before the start: none
    // before the history's first day, and every margin would be NaN (no entry, no shutdown).
    if (Number.isNaN(r.frontier.joulesPerHash) && !Number.isFinite(r.lnCostStart))
      out.push({ path: ['network', 'model', 'efficiency'], message: msg.endogenousNoFrontier(s.start) });
    // A window the history does not cover is refused by the coverage rules (scenario/coverage.ts).
    const covered = r.window.coveredDays >= r.window.requestedDays || m.partial === 'allowed';
    // A scenario's own fit reads a year of weeks; the earlier starts a scored mixture reads its
    // weights from, the fewest the fit runs on (endogenous-fit.ts).
    const least = s.scoredOrigin ? FIT_MIN_WEEKS : SCENARIO_FIT_MIN_WEEKS;
    const weeks = r.fit === null ? 0 : r.fit.weeks + 1;
    if (r.needsFit && covered && weeks < least) {
      const days = Math.round(m.calibrate ?? DEFAULT_FIT_DAYS);
      if (days < least * 7)
        out.push({
          path: ['network', 'model', 'calibrate'],
          message: msg.endogenousWindowShort(days, least * 7),
        });
      else
        out.push({
          path: ['network', 'model'],
          message: msg.endogenousNoFit(r.window.firstDate, r.window.lastDate, least),
        });
    }
  },
  // No input for a sensitivity study: the power price only shifts every margin by one log, which
  // the fitted entry and shutdown margins take up, so moving it moves nothing (only given margins
  // answer it, and a study can name it with --input network.model.powerPrice=LOW..HIGH).
  study: {
    id: 'endogenous',
    label: 'endogenous network',
    input: { type: 'endogenous' },
    // Early starts fit on what history there is before them (the fit itself needs a year of weeks
    // after a year of margins, and says so when it has less).
    atStart: (input, start, first) =>
      addDays(start, -DEFAULT_FIT_DAYS) < first ? { ...input, partial: 'allowed' } : input,
  },
};
