// Whether a catalog machine's hashrate holds for the coin on a date. The catalog rates each
// machine on one proof-of-work algorithm: a machine made for another coin's mines none of this
// one, and a machine rated on an algorithm the coin has since replaced (CryptoNight before
// Monero's RandomX) hashes at another rate, which the catalog does not give. Variants of one
// algorithm (CryptoNight v7, v8, R) count as that algorithm, as the calibration study takes them.
import type { CoinProtocol } from '../model/coins/protocol.js';

/** An algorithm's family: `cryptonight-v7` -> `cryptonight`. */
function family(algorithm: string): string {
  return algorithm.split('-')[0];
}

/** The algorithm the coin mined on `date` (YYYY-MM-DD): its last change by then, else its first. */
export function algorithmOn(
  protocol: CoinProtocol,
  date: string,
): { algorithm: string; since: string | null } {
  let now = { algorithm: protocol.algorithms[0], since: null as string | null };
  for (const change of protocol.powChanges)
    if (change.date <= date) now = { algorithm: change.algorithm, since: change.date };
  return now;
}

export type AlgorithmMismatch =
  | { kind: 'other-coin' }
  | { kind: 'replaced'; inForce: string; since: string | null };

/**
 * Why the catalog's hashrate of a machine rated on `algorithm` does not hold for the coin on
 * `date`, or undefined when it does.
 */
export function algorithmMismatch(
  protocol: CoinProtocol,
  algorithm: string,
  date: string,
): AlgorithmMismatch | undefined {
  if (!protocol.algorithms.includes(algorithm)) return { kind: 'other-coin' };
  const now = algorithmOn(protocol, date);
  if (family(now.algorithm) === family(algorithm)) return undefined;
  return { kind: 'replaced', inForce: now.algorithm, since: now.since };
}

/**
 * The days nearest `date` on which a machine rated on `algorithm` hashes at its rating: the first
 * day of its next stretch in force after `date` (`from`), else the day its last stretch before
 * `date` ended (`until`, exclusive); null when the coin never mines it.
 */
export function algorithmInForceNear(
  protocol: CoinProtocol,
  algorithm: string,
  date: string,
): { from: string } | { until: string } | null {
  const stretches = [
    { algorithm: protocol.algorithms[0], from: null as string | null },
    ...protocol.powChanges.map((c) => ({ algorithm: c.algorithm, from: c.date as string | null })),
  ];
  let until: string | null = null;
  for (const [i, s] of stretches.entries()) {
    if (family(s.algorithm) !== family(algorithm)) continue;
    const end = stretches[i + 1]?.from ?? null;
    if (s.from !== null && s.from > date) return { from: s.from };
    if (end !== null && end <= date) until = end;
  }
  return until === null ? null : { until };
}

/**
 * The first change of the coin's proof of work after `from` and by `to` (YYYY-MM-DD) to an
 * algorithm on which a machine rated on `algorithm` (which the coin mines on `from`) no longer
 * hashes at its rating, or undefined when there is none.
 */
export function algorithmChangeWithin(
  protocol: CoinProtocol,
  algorithm: string,
  from: string,
  to: string,
): { name: string; date: string; algorithm: string } | undefined {
  return protocol.powChanges.find(
    (c) => c.date > from && c.date <= to && family(c.algorithm) !== family(algorithm),
  );
}

/** The first change of proof of work by `date` that stranded machines of `hardwareClass`, if any. */
export function strandedBy(
  protocol: CoinProtocol,
  hardwareClass: string,
  date: string,
): { name: string; date: string } | undefined {
  return protocol.powChanges.find((c) => c.date <= date && c.strands.includes(hardwareClass));
}

/**
 * The first change of the coin's proof of work on a day from `from` to `to` (YYYY-MM-DD, both
 * included) to an algorithm of another family than the one before it: across it the network's
 * hashes count other work (Monero's RandomX), so its hashrate before and after do not compare.
 */
export function hashUnitChangeWithin(
  protocol: CoinProtocol,
  from: string,
  to: string,
): { name: string; date: string; before: string; algorithm: string } | undefined {
  let before = protocol.algorithms[0];
  for (const change of protocol.powChanges) {
    if (change.date >= from && change.date <= to && family(change.algorithm) !== family(before))
      return { name: change.name, date: change.date, before, algorithm: change.algorithm };
    before = change.algorithm;
  }
  return undefined;
}
