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

// Bins spaced by signed log, for the timeline series of either sign whose values spread over many
// orders of magnitude (a net position over years of a wildly volatile coin: -77,330 USD at the
// 5 %, 4.19 M USD at the median, 1e13 USD on the best paths): on bins of even width, 1e10 USD
// wide there, the quantiles below the 75 % were all read in the first few bins, 6.6e9 USD for the
// 5 % where the paths' own is -77,330. Such a slot (kind BY_SIGNED_LOG) counts a value by a key
// from its double's high word, as a slot binned by ratio does, with the sign: with hw the high
// word as a signed 32-bit integer and h0 the floor's (signedLogFloorWord), the key is
// max(0, hw - h0) for a value of sign bit 0 and -max(0, (hw & 0x7fffffff) - h0) for one of sign
// bit 1, so it rises with the value; magnitudes at or below the floor share the key 0, and the
// bins are even in the key. The floor follows from the range's edges (SIGNED_LOG_DOUBLINGS), so a
// slot's lo, hi and kind, which a shard part carries, are the whole of its binning.

/** A slot's kinds of binning (HistogramSet.ratio): by value, by ratio, by signed log. */
export const BY_VALUE = 0;
export const BY_RATIO = 1;
export const BY_SIGNED_LOG = 2;

/**
 * Doublings from a signed-log slot's floor up to its range's larger edge magnitude, at most, and up
 * to its smaller one, at most: with the two sides of 0, the keys span at most 60 doublings, so a
 * bin is at most 60/1024 of a doubling, 4.1 % in ratio. The floor is the larger of the two edges'
 * magnitude x 2^-40 and the smaller's x 2^-20: the values below it, under a millionth of the range
 * on its shorter side, share the bin about 0.
 */
export const SIGNED_LOG_DOUBLINGS = 40;
export const SIGNED_LOG_SHORT_DOUBLINGS = 20;

/**
 * The factor past the pilot values a signed-log range reaches at each end (lo = 4 x the pilot's
 * least value kept, hi = 4 x its greatest): two doublings of margin, as the even ranges' half span.
 */
export const SIGNED_LOG_MARGIN = 4;

/** The floor's high word of a slot binned by signed log over [lo, hi] (lo < 0 < hi). */
export function signedLogFloorWord(lo: number, hi: number): number {
  return Math.max(
    highWord(Math.max(-lo, hi)) - SIGNED_LOG_DOUBLINGS * 0x100000,
    highWord(Math.min(-lo, hi)) - SIGNED_LOG_SHORT_DOUBLINGS * 0x100000,
    0,
  );
}

/**
 * The signed-log key of `value` above floor word `floorWord` (NaN's key is meaningless: binOf and
 * the hot loop bin a NaN by its comparisons). The hot loop in histogram.ts writes it out the same.
 */
export function signedLogKey(value: number, floorWord: number): number {
  float[0] = value;
  const word = words[1] | 0;
  const above = (word & 0x7fffffff) - floorWord;
  const magnitude = above > 0 ? above : 0;
  return word >= 0 ? magnitude : -magnitude;
}

/** The least value (an infimum for keys up to 0) whose signed-log key above `floorWord` is `key`. */
export function fromSignedLogKey(key: number, floorWord: number): number {
  return key > 0 ? fromHighWord(floorWord + key) : -fromHighWord(floorWord + 1 - key);
}

/** The range [lo, hi] of a slot binned by signed log, its pilot's values kept from `min` < 0 to `max` > 0. */
export function signedLogRange(min: number, max: number): [number, number] {
  return [
    Math.max(min * SIGNED_LOG_MARGIN, -Number.MAX_VALUE),
    Math.min(max * SIGNED_LOG_MARGIN, Number.MAX_VALUE),
  ];
}

/**
 * The width of a bin of `bins` by signed log over [lo, hi] at magnitude `magnitude` (at least 0): a
 * bin's keys, rounded up, on from the magnitude's high word. Doubles only (no logarithm), so the
 * explorer's choice of a slot's bins is the command line's to the bit.
 */
export function signedLogBinWidth(lo: number, hi: number, magnitude: number, bins: number): number {
  const floorWord = signedLogFloorWord(lo, hi);
  const keysPerBin = Math.ceil((signedLogKey(hi, floorWord) - signedLogKey(lo, floorWord)) / bins);
  return fromHighWord(Math.min(highWord(magnitude) + keysPerBin, 0x7fefffff)) - magnitude;
}
