// Domains and tick values for the charts' log and symmetric-log axes. Vega's own ticks crowd a log
// axis (2, 5 and 10 of every decade, so $1,000,000 sits just above $2,000,000) and a symlog scale
// gets linear ticks; so the charts set the domain from every plotted value (nothing is clipped) and
// the ticks at round numbers, spaced for reading.

/** The finite values among `values`. */
function finite(values: Iterable<number | null | undefined>): number[] {
  const out: number[] = [];
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
  return out;
}

/** [min, max] of the finite positive values, widened by `pad` (a factor) at both ends; null if none. */
export function logDomain(values: Iterable<number | null | undefined>, pad = 1.12): [number, number] | null {
  const positive = finite(values).filter((v) => v > 0);
  if (positive.length === 0) return null;
  const lo = Math.min(...positive);
  const hi = Math.max(...positive);
  return [lo / pad, hi * pad];
}

/**
 * Ticks of a log axis over `domain`: the powers of ten inside it, every other one when there are
 * more than `most`; with fewer than three, the 1-2-5 steps of each decade instead; and where those
 * are still fewer than three (a domain under a decade: 60T to 160T has 100T alone), the multiples
 * of the largest power of ten that puts three or more inside (60T, 80T, ... 160T), thinned as the
 * powers are.
 */
export function logTicks(domain: readonly [number, number], most = 7): number[] {
  const [lo, hi] = domain;
  const powers: number[] = [];
  for (let k = Math.ceil(Math.log10(lo)); 10 ** k <= hi; k++) powers.push(10 ** k);
  if (powers.length >= 3) {
    const step = Math.ceil(powers.length / most);
    return powers.filter((_, i) => (powers.length - 1 - i) % step === 0);
  }
  const steps: number[] = [];
  for (let k = Math.floor(Math.log10(lo)); 10 ** k <= hi; k++)
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** k;
      if (v >= lo && v <= hi) steps.push(Number(v.toPrecision(12)));
    }
  if (steps.length >= 3 || !(hi > lo)) return steps;
  for (let k = Math.floor(Math.log10(hi)); k >= Math.floor(Math.log10(hi - lo)) - 1; k--) {
    const unit = 10 ** k;
    const multiples: number[] = [];
    for (let m = Math.ceil(lo / unit); m * unit <= hi; m++)
      multiples.push(Number((m * unit).toPrecision(12)));
    if (multiples.length >= 3) {
      const step = Math.ceil(multiples.length / most);
      return multiples.filter((_, i) => (multiples.length - 1 - i) % step === 0);
    }
  }
  return steps;
}

/** [min, max] of the finite values, with zero included. */
export function valueRange(values: Iterable<number | null | undefined>): [number, number] {
  const all = finite(values);
  return [Math.min(0, ...all), Math.max(0, ...all)];
}

/**
 * Ticks of a symmetric-log axis (linear within ±`constant`, logarithmic beyond) over `domain`:
 * zero, and on each side the largest 1-2-5 step below `constant` (at least a quarter of it) inside
 * the linear part, where a path crosses zero; beyond it the powers of ten from `constant` outwards
 * (every other one when a side has more than `most`), or, on a side spanning fewer than three, the
 * 1-2-5 steps from `constant` to the side's end, so a side is never one tick for a decade or more.
 */
export function symlogTicks(domain: readonly [number, number], constant: number, most = 5): number[] {
  const side = (limit: number) => {
    const k = Math.floor(Math.log10(Math.min(constant, limit)));
    const inner = [5, 2, 1].map((m) => m * 10 ** k).find((v) => v < constant && v <= limit);
    const near = inner !== undefined && inner >= constant / 4 ? [inner] : [];
    const powers: number[] = [];
    for (let v = 10 ** Math.ceil(Math.log10(constant)); v <= limit; v *= 10) powers.push(v);
    if (powers.length >= 3) {
      const every = Math.ceil(powers.length / most);
      return [...near, ...powers.filter((_, i) => (powers.length - 1 - i) % every === 0)];
    }
    const steps: number[] = [];
    for (let e = Math.floor(Math.log10(constant)); 10 ** e <= limit; e++)
      for (const m of [1, 2, 5]) {
        const v = Number((m * 10 ** e).toPrecision(12));
        if (v >= constant && v <= limit) steps.push(v);
      }
    return [...near, ...steps];
  };
  return [
    ...side(-domain[0])
      .map((v) => -v)
      .reverse(),
    0,
    ...side(domain[1]),
  ];
}

/**
 * Ticks of an axis of days over `domain`: whole days from 0 up (a time since the start is never
 * negative nor a fraction of a day's count), every 1, 2 or 5 times a power of ten so at most `most`.
 */
export function dayTicks(domain: readonly [number, number], most = 8): number[] {
  const lo = Math.max(0, Math.ceil(domain[0]));
  const hi = Math.floor(domain[1]);
  if (hi < lo) return [];
  const wanted = Math.max(1, (hi - lo) / most);
  const k = Math.floor(Math.log10(wanted));
  const step = [1, 2, 5, 10].map((m) => m * 10 ** k).find((s) => s >= wanted) ?? wanted;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) out.push(v);
  return out;
}
