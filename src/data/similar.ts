// "Did you mean" suggestions: the known names closest to what the user typed. Shared by the
// hardware catalog (unknown model) and the scenario schema (unknown key).

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Edit distance counting insertions, deletions, substitutions and swaps of two neighbouring
 * characters (optimal string alignment), so a transposition typo such as "effcieincy" costs 1.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const width = b.length + 1;
  // Three rolling rows: the one two back is needed for transpositions. Reused between calls: a
  // file with thousands of unknown keys asks for hundreds of thousands of distances.
  if (rows[0].length < width) rows = [0, 1, 2].map(() => new Int32Array(width * 2)) as typeof rows;
  let [prev2, prev, row] = rows;
  prev2.fill(0, 0, width);
  for (let j = 0; j < width; j++) prev[j] = j;
  row.fill(0, 0, width);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row[j] = d;
    }
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[b.length];
}

/** Lower-case and drop spaces, hyphens and underscores: "Antminer S9" ~ "antminer-s9". */
export function looseKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

export interface ClosestOptions {
  /** How input and candidates are compared (default: looseKey). */
  normalize?: (name: string) => string;
  /** Farthest edit distance still suggested (default: 2, or 40 % of the input's length if larger). */
  maxDistance?: number;
}

/**
 * Up to `n` candidates nearest to `input`, best first. A candidate that contains the input (or is
 * contained in it) ranks ahead of the rest, so "S9" suggests the S9 family; ties keep the
 * candidates' order. Candidates farther than maxDistance are left out, so nonsense input gets
 * no suggestion rather than a random one.
 */
export function closestNames(
  input: string,
  candidates: readonly string[],
  n = 3,
  options: ClosestOptions = {},
): string[] {
  const normalize = options.normalize ?? looseKey;
  const key = normalize(input);
  const maxDistance = options.maxDistance ?? Math.max(2, Math.ceil(key.length * 0.4));
  const scored: { name: string; rank: number; distance: number; order: number }[] = [];
  candidates.forEach((name, order) => {
    const candidateKey = normalize(name);
    const contains = key.length > 0 && (candidateKey.includes(key) || key.includes(candidateKey));
    // The distance is at least the difference in length: no need to compute it then.
    if (!contains && Math.abs(key.length - candidateKey.length) > maxDistance) return;
    const distance = editDistance(key, candidateKey);
    if (contains || distance <= maxDistance) scored.push({ name, rank: contains ? 0 : 1, distance, order });
  });
  scored.sort((x, y) => x.rank - y.rank || x.distance - y.distance || x.order - y.order);
  return scored.slice(0, n).map((s) => s.name);
}
