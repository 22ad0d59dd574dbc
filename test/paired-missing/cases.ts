// Seeded samples for the tests of paired paths with values missing: standard normals from a seeded
// stream, and the distributions of test/paired-missing/unchanged.test.ts, whose digests were taken
// before quantile intervals learnt which paths of a pair have a value.
import { createHash } from 'node:crypto';
import seedrandom from 'seedrandom';
import { IRR_CEILING, IRR_FLOOR } from '../../src/model/finance/irr.js';
import { censoredDistribution, distribution } from '../../src/stats/quantiles.js';

/** `count` standard normals by Box-Muller from the seeded stream `name`. */
export function normals(name: string, count: number): Float64Array {
  const rng = seedrandom(name);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i += 2) {
    const u = 1 - rng();
    const v = rng();
    const r = Math.sqrt(-2 * Math.log(u));
    out[i] = r * Math.cos(2 * Math.PI * v);
    if (i + 1 < count) out[i + 1] = r * Math.sin(2 * Math.PI * v);
  }
  return out;
}

/** Paths 2 j and 2 j + 1 as the antithetic pair (f(z_j), f(-z_j)); an odd count ends on f(z). */
export function pairedPaths(name: string, paths: number, f: (z: number) => number): Float64Array {
  const z = normals(name, Math.ceil(paths / 2));
  const out = new Float64Array(paths);
  for (let k = 0; k < paths; k++) out[k] = f(k % 2 === 0 ? z[k >> 1] : -z[k >> 1]);
  return out;
}

/** The SHA-256 of a value's JSON: doubles written in full, so equal digests are equal bits. */
export const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/**
 * The distributions of samples with no value missing (or whose missing values have a meaning: a
 * payback never reached), independent and in pairs, even and odd counts, as summarize makes them.
 */
export function unchangedCases(): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const paths of [7, 12, 13, 200, 2001]) {
    for (const antithetic of [false, true]) {
      const at = `${paths} paths${antithetic ? ' in pairs' : ''}`;
      const net = pairedPaths(`unchanged-${paths}`, paths, (z) => 1000 * z + 300);
      out.push([`net, ${at}`, distribution(net, undefined, antithetic)]);
      const square = pairedPaths(`unchanged-${paths}`, paths, (z) => z * z);
      out.push([`alike, ${at}`, distribution(square, undefined, antithetic)]);
      // A payback: NaN is never, ranked after every day.
      const payback = pairedPaths(`unchanged-${paths}`, paths, (z) =>
        z > 0.8 ? Number.NaN : Math.round(400 + 200 * z),
      );
      out.push([`payback, ${at}`, distribution(payback, Number.POSITIVE_INFINITY, antithetic)]);
      // An IRR at its bounds, censored there, none missing.
      const irr = pairedPaths(`unchanged-${paths}`, paths, (z) =>
        Math.min(IRR_CEILING, Math.max(IRR_FLOOR, z)),
      );
      out.push([`irr, ${at}`, censoredDistribution(irr, IRR_FLOOR, IRR_CEILING, antithetic)]);
    }
  }
  return out;
}
