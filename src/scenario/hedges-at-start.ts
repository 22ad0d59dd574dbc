// Before a run (`minesim validate`): each hedge beside what the fleet would mine at the start day's
// conditions held fixed, and the hedges together, noted where they exceed it.

import { addDays } from '../data/dates.js';
import type { History } from '../data/history.js';
import { hedgedProductionMessages as m } from '../messages/hedges.js';
import { coinProtocol } from '../model/coins/index.js';
import {
  countedHedges,
  judgeCommitments,
  onCoins,
  ownWorstPeriod,
} from '../model/finance/hedge-commitment.js';
import { type Assumption, coinHedgesOf, daysBetween, isOption, MONTH, siteShare } from './hedge-plans.js';
import type { Scenario } from './normalize.js';
import { formatQuantity } from './quantity-format.js';

/**
 * Before a run (`minesim validate`): a price swap, a bought put or a sold call on more coins than
 * the machines hashing over its days would mine at the start day's difficulty, reward and fees held
 * fixed (a start within the history; a cohort counted from its first day hashing, after its purchase
 * and deployment, to its retirement: a fleet bought in stages adds its machines as the run does),
 * and the hedges together on the same rule as the run's (forwards and sold calls counted, a bought
 * put not: a right). Notes, not refusals: an over-hedge may be intended.
 */
export function hedgesAtStart(s: Scenario, h: History): Assumption[] {
  const hedges = s.finance?.hedges ?? [];
  const i = h.indexOf(s.start);
  if (hedges.length === 0 || i < 0 || !(h.blocks[i] > 0) || !(h.difficulty[i] > 0)) return [];
  const protocol = coinProtocol(s.coin);
  const perHs =
    (86_400 * (h.issuance[i] + h.fees[i])) / h.blocks[i] / (h.difficulty[i] * protocol.hashesPerDifficulty);
  const hashrate = s.fleet.reduce((sum, c) => sum + c.count * c.hashrateHs * c.uptime, 0);
  const rated = s.fleet.reduce((sum, c) => sum + c.count * c.hashrateHs, 0);
  const site = siteShare(s);
  const keep = perHs * (1 - s.costs.poolFee) * (1 - site.share);
  const perDay = hashrate * keep;
  const after = site.text(false);
  const amount = (x: number) => String(Number(x.toPrecision(4)));
  // Each cohort hashes from its purchase plus its deployment delay to its retirement.
  const cohorts = s.fleet.map((c) => ({
    perDay: c.count * c.hashrateHs * c.uptime * keep,
    from: Math.max(0, daysBetween(s.start, c.purchased) + c.deploymentDelayDays),
    to: c.retire === undefined ? Number.POSITIVE_INFINITY : daysBetween(s.start, c.retire),
  }));
  const staged = cohorts.some((c) => c.from > 0 || Number.isFinite(c.to));
  /** Coins the machines hashing on days [from, to) mine at the start held fixed. */
  const mined = (from: number, to: number): number => {
    if (!staged) return perDay * Math.max(0, to - from);
    let sum = 0;
    for (const c of cohorts) sum += c.perDay * Math.max(0, Math.min(to, c.to) - Math.max(from, c.from));
    return sum;
  };
  const plans = coinHedgesOf(s);
  const lines: Assumption[] = [];
  hedges.forEach((hedge, k) => {
    const label = m.label(hedge.name ?? `hedge ${k + 1}`);
    const bounds = plans[k].bounds;
    const from = bounds[0];
    const to = bounds[bounds.length - 1];
    if (hedge.type === 'hashprice-swap') {
      // The hashrate the fleet earns on over the swap's days (rated after uptime, less the pool fee
      // and the share): the machines hashing on each, a day's mean.
      const hashing = staged && to > from && keep > 0 ? mined(from, to) / keep / (to - from) : hashrate;
      const earning = hashing * (1 - s.costs.poolFee) * (1 - site.share);
      if (hedge.hashrate > earning)
        lines.push({
          label,
          value: m.hashrateAtStart(
            formatQuantity(hedge.hashrate, 'hashrate'),
            earning > 0 ? formatQuantity(hedge.hashrate / earning, 'fraction') : m.unbounded(),
            formatQuantity(earning, 'hashrate'),
            formatQuantity(rated, 'hashrate'),
            formatQuantity(s.costs.poolFee, 'fraction'),
            after,
            staged,
          ),
          note: m.over(),
        });
      return;
    }
    if (hedge.type === 'price-swap') {
      const monthly = staged ? (mined(from, to) * MONTH) / (to - from) : perDay * MONTH;
      // A month over where the term's average is not (a fleet bought in stages).
      const w = staged && !(hedge.coins > monthly) ? ownWorstPeriod(plans[k], to, mined) : null;
      const month =
        w === null || !(w.share > 1)
          ? ''
          : m.largestMonth(
              Number.isFinite(w.share) ? formatQuantity(w.share, 'fraction') : m.unbounded(),
              addDays(s.start, w.from),
              addDays(s.start, w.to - 1),
              amount(w.mined),
              protocol.ticker,
            );
      if (hedge.coins > monthly || month !== '')
        lines.push({
          label,
          value:
            m.swapAtStart(
              amount(hedge.coins),
              protocol.ticker,
              monthly > 0 ? formatQuantity(hedge.coins / monthly, 'fraction') : m.unbounded(),
              s.start,
              amount(monthly),
              after,
              staged,
            ) + month,
          note: m.over(),
        });
      return;
    }
    if ((hedge.type === 'put') !== (hedge.position === 'bought')) return;
    const produced = mined(from, to);
    if (hedge.coins > produced)
      lines.push({
        label,
        value: m.optionAtStart(
          amount(hedge.coins),
          protocol.ticker,
          produced > 0 ? formatQuantity(hedge.coins / produced, 'fraction') : m.unbounded(),
          s.start,
          hedge.start ?? s.start,
          hedge.expiry,
          amount(produced),
          after,
          staged,
        ),
        // A bought put is a right: its coins are not committed (model/finance/hedge-commitment.ts).
        note: hedge.type === 'put' ? m.uncounted(true, false) : m.over(),
      });
  });
  // The hedges together: forwards and sold calls, each spread over its periods.
  if (plans.filter(onCoins).length >= 2) {
    const counted = countedHedges(plans, undefined, new Uint8Array(plans.length));
    const judged = judgeCommitments(plans, counted, Number.POSITIVE_INFINITY, mined);
    const w = judged.worst;
    if (judged.over && w !== null) {
      const names = hedges.map((x, j) => x.name ?? `hedge ${j + 1}`);
      lines.push({
        label: m.togetherLabel(),
        value: m.togetherAtStart(
          amount(w.committed),
          protocol.ticker,
          w.mined > 0 ? formatQuantity(w.committed / w.mined, 'fraction') : m.unbounded(),
          s.start,
          amount(w.mined),
          addDays(s.start, w.from),
          addDays(s.start, w.to - 1),
          names[w.hedge],
          isOption(plans[w.hedge]),
          names.filter((_, j) => counted[j] === 1 && onCoins(plans[j])),
          after,
        ),
        note: m.over(),
      });
    }
  }
  return lines;
}
