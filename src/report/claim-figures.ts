// A claim's share and 95 % interval as printed beside its threshold (summary.md, report.html, the
// terminal, a batch's index): each on the same side of the threshold as its value, so a verdict
// decided by the interval's end never sits beside an end printed onto the threshold (a lower end
// of 0.50004 printed 0.500 beside "supported, needs > 0.5"; it prints 0.50004).

import { claimMessages } from '../messages/claims.js';
import { paybackMessages } from '../messages/payback.js';
import type { ClaimResult, RunSummary } from '../stats/summary.js';
import { formatEstimate, formatProbability, withBound } from './format.js';

/**
 * The last purchase date of a run cut before it (summary.json's scenario.paybackUndecidedAtCut), where
 * a claim marked `byRule` holds on every path or on none by the rule; undefined otherwise.
 */
export function ruleDate(summary: Pick<RunSummary, 'scenario'>): string | undefined {
  return summary.scenario.paybackUndecidedAtCut?.lastPurchaseDate;
}

/** A share the rule decides (`byRule`), bare with why: 1.000: none can pay back before ...; null otherwise. */
function shareByRule(c: ClaimResult, date: string | undefined): string | null {
  if (c.byRule !== true || date === undefined) return null;
  return paybackMessages.noPaybackAfterCutShare(formatProbability(c.share, [claimThreshold(c)]), date);
}

/** The claimed probability of a result's threshold: `> 0.5` -> 0.5. */
export function claimThreshold(c: ClaimResult): number {
  return Number(c.threshold.slice(c.threshold.indexOf(' ') + 1));
}

/**
 * The share with its standard error: 0.630 ± 0.022. A share of 0 or 1 has an error of 0, no
 * uncertainty at all: it reads with the bound of the claim's own 95 % interval instead (the one
 * its verdict was read from: 1.000 (95 % ≥ 0.928) over 50 paths, ≥ 0.866 over 50 in antithetic
 * pairs), not 1.000 ± 0.000. A claim read on the actual history (its interval its share) keeps
 * its plain share; one over no path has none (its share of 0 in summary.json is no measurement).
 */
export function claimShare(c: ClaimResult, date?: string): string {
  const byRule = shareByRule(c, date);
  if (byRule !== null) return byRule;
  if (c.paths === 0) return claimMessages.noPathShare;
  const bounds = [claimThreshold(c)];
  if (c.se === 0 && c.paths !== 0 && c.low < c.high && (c.share === 0 || c.share === 1))
    return withBound(formatProbability(c.share, bounds), c.share, c.share === 0 ? c.high : c.low);
  return formatEstimate({ p: c.share, se: c.se }, bounds);
}

/** The share alone: 0.630. */
export function claimShareOnly(c: ClaimResult): string {
  if (c.paths === 0) return claimMessages.noPathShare;
  return formatProbability(c.share, [claimThreshold(c)]);
}

/** The 95 % interval, its ends joined by `dash`: 0.587–0.671. */
export function claimInterval(c: ClaimResult, dash = '–', date?: string): string {
  if (shareByRule(c, date) !== null) return claimMessages.byRuleInterval;
  const bounds = [claimThreshold(c)];
  return `${formatProbability(c.low, bounds)}${dash}${formatProbability(c.high, bounds)}`;
}

/**
 * A claim's share, its 95 % interval (the one its verdict was read from) and its threshold, as the
 * terminal and the explorer print them beside the verdict: share 0.630, 95 % 0.587-0.671, needs > 0.5.
 */
export function claimShareAndInterval(c: ClaimResult, date?: string): string {
  const byRule = shareByRule(c, date);
  if (byRule !== null) return `share ${byRule}, needs ${c.threshold}`;
  return `share ${claimShareOnly(c)}, 95 % ${claimInterval(c, '-')}, needs ${c.threshold}`;
}
