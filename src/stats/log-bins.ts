// Bins spaced by ratio, for the timeline series whose values are positive and spread over more
// than a factor of two (a coin price, a difficulty, a hashprice over years): on bins of even width,
// a log-normal price's 5 % sat in the first few bins of a range its 95 % set, so it was read to
// within about its own size (five years at a volatility of 90 %: 10-40 % high). A slot of a
// histogram set (histogram.ts) binned by ratio counts a value by its double's high 32 bits: for a
// positive double they rise with the value, and 2^20 of them make one doubling (the exponent, then
// the mantissa's first 20 bits), so equal steps of them are near-equal ratios (a step is between 1
// and 1.44 times the mean ratio over its doubling). Reading those bits costs a load from a view of
// the values' own buffer, not a logarithm.

/** Slots binned by ratio where the pilot's values are all positive and span at least this factor. */
export const RATIO_SPREAD = 2;

const float = new Float64Array(1);
const words = new Uint32Array(float.buffer);
// The high word of a double is words[1] on a little-endian machine (every platform Node and the
// browsers run on); the bins below would mean nothing on another.
float[0] = 1;
if (words[1] !== 0x3ff00000) throw new Error('log-bins.ts: doubles are not little-endian here');

/** The high 32 bits of `value` (a positive double: they rise with it). */
export function highWord(value: number): number {
  float[0] = value;
  return words[1];
}

/** The least double whose high word is `word` (0 < word < 0x7ff00000): a ratio bin's edge. */
export function fromHighWord(word: number): number {
  words[1] = word;
  words[0] = 0;
  return float[0];
}

/**
 * The range [lo, hi] of a slot binned by ratio, for its pilot's values from `min` to `max` (both
 * positive, normal doubles): a margin of half their span in ratio at each end, as pilotRange's in
 * value (at least a factor of about 1.0007, 2^10 high words), the edges exact doubles whose high
 * words bound the bins.
 */
export function ratioRange(min: number, max: number): [number, number] {
  const from = highWord(min);
  const to = highWord(max);
  const pad = Math.max(Math.ceil((to - from) / 2), 1 << 10);
  // Kept among the normal doubles (high words 0x00100000 to below infinity's 0x7ff00000).
  return [fromHighWord(Math.max(from - pad, 0x00100000)), fromHighWord(Math.min(to + pad + 1, 0x7fefffff))];
}

/** Whether a slot whose pilot values run from `min` to `max` is binned by ratio. */
export function binnedByRatio(min: number, max: number): boolean {
  return min >= 2.2250738585072014e-308 && max < Number.POSITIVE_INFINITY && max >= min * RATIO_SPREAD;
}
