// What a quote's day lacks for a cut of the block reward before its payback (a halving, or the
// emission of a reward that follows the coins generated): the height that dates a halving, where
// no height is known that far from the data, and the fees a block the cut leaves whole, where the
// data's nearest fees are not carried that far. One rule for the quote refused on its other flags
// (its payback not known: every figure a cut could need is asked for with them, so that a fixed
// command line is never refused for something new) and for the quote made (its payback known).
import type { CoinProtocol } from './coins/protocol.js';
import type { QuoteDay } from './quote.js';
import { emissionAhead, rewardCutsAhead } from './reward-cuts.js';

/**
 * The quote's payback as far as it is known: `unknown` where a flag it rests on was refused (the
 * machine, a cost, the unit price, a figure of the day), else whether the machine pays back at
 * all held fixed and whether a cut of the reward falls before that payback.
 */
export type PaybackKnown = 'unknown' | { paysBack: boolean; cutBefore: boolean };

/** The problems (messages of the day) a cut of the reward before the payback would need answered; [] when none. */
export function cutNeeds(protocol: CoinProtocol, day: QuoteDay, payback: PaybackKnown): string[] {
  if (day.chain === null) {
    // No height to date a halving by: asked for where one could fall before a payback, with the
    // fees a block where those are not known either (the cut the height dates leaves them whole).
    if (day.heightNeeded === null || protocol.halvingIntervalBlocks === null) return [];
    if (payback !== 'unknown' && !payback.paysBack) return [];
    return [day.heightNeeded, ...(day.feesNeeded === undefined ? [] : [day.feesNeeded])];
  }
  if (day.feesNeeded === undefined) return [];
  if (payback !== 'unknown') return payback.cutBefore ? [day.feesNeeded] : [];
  return cutAhead(protocol, day.chain) ? [day.feesNeeded] : [];
}

/** Whether any cut of the reward lies ahead of the chain (a halving, or a reward still above its tail). */
function cutAhead(protocol: CoinProtocol, chain: NonNullable<QuoteDay['chain']>): boolean {
  if (protocol.halvingIntervalBlocks !== null)
    return rewardCutsAhead(protocol, chain.height, chain.supply).length > 0;
  // The emission's last day looked at, as a payback that far would see it; the payback through it is not wanted.
  return (
    emissionAhead(
      protocol,
      chain,
      0,
      Number.MAX_SAFE_INTEGER,
      () => 0,
      () => null,
    ) !== undefined
  );
}
