// A figure written in one unit, read in another, is the figure as if written in that unit: `95 %`
// is 0.95, `2.01 kW` is 2010 W, `35 USD/MWh` is 0.035 USD/kWh, `1.2 %/month` is 14.4 %/year and
// `1.1 months` 33.48125 days, to the bit. Multiplied out in doubles it is not always (95 x 0.01 is
// 0.9500000000000001, 2.01 x 1000 is 2009.9999999999998, 0.012 x 12 is 0.14400000000000002), so
// the same input written two ways would run two ways. Where the conversion factors are short
// decimals (a power of ten, 12, 7, 30.4375, 365.25) the written digits are multiplied by them
// exactly and the product read once, rounding once, as the other spelling is.
// Likewise a figure per week, month or year is divided by the days in it (7, 30.4375, 365.25),
// rounded once, not multiplied by their rounded reciprocal: `1000 USD/month` is then the
// `12000 USD/year` it equals (1000 x 0.03285420944558522 is 32.85420944558522, an ulp above
// 1000 / 30.4375 = 12000 / 365.25 = 32.85420944558521), and `700 USD/week` is `100 USD/day`.

/** k where `factor` is 10^k (within the rounding of a unit conversion, as mathjs's 1000.0000000000001); else null. */
export function powerOfTen(factor: number): number | null {
  if (!(factor > 0) || !Number.isFinite(factor)) return null;
  const k = Math.round(Math.log10(factor));
  return Math.abs(factor / Number(`1e${k}`) - 1) < 1e-12 ? k : null;
}

/** A decimal text as its digits and the power of ten they are scaled by (`-1.25e3`: -125, 1); null if it is none. */
function decimalParts(text: string): [bigint, number] | null {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!match || `${match[2]}${match[3] ?? ''}` === '') return null;
  const fraction = match[3] ?? '';
  return [BigInt(`${match[1]}${match[2]}${fraction}`), Number(match[4] ?? 0) - fraction.length];
}

/**
 * A conversion factor as a short decimal of at most 10 significant digits (1000, 0.01, 12, 30.4375,
 * 365.25; mathjs's 0.0036000000000000003 for USD/GJ in USD/kWh is 0.0036), or null.
 */
function shortDecimal(factor: number): [bigint, number] | null {
  const k = powerOfTen(factor);
  if (k !== null) return [1n, k];
  if (!(factor > 0) || !Number.isFinite(factor)) return null;
  const short = Number(factor.toPrecision(10));
  if (Math.abs(short / factor - 1) > 4 * Number.EPSILON) return null;
  return decimalParts(String(short));
}

/**
 * `number`, written as the decimal `digits` (`95`, `2.01`, `1.5e3`; no separators), times each of
 * `factors`: the digits multiplied by them exactly and read once where every factor is a short
 * decimal, else the product in doubles, left to right.
 */
export function timesDecimal(digits: string, number: number, ...factors: number[]): number {
  const product = factors.reduce((x, f) => x * f, number);
  if (number === 0 || !Number.isFinite(product)) return product;
  let parts = decimalParts(digits);
  for (const factor of factors) {
    const short = shortDecimal(factor);
    if (parts === null || short === null) return product;
    parts = [parts[0] * short[0], parts[1] + short[1]];
  }
  if (parts === null) return product;
  const exact = Number(`${parts[0]}e${parts[1]}`);
  // Digits that are not the number's (never the case where both come from one text) keep the product.
  return Number.isFinite(exact) && Math.abs(exact - product) <= Math.abs(product) * 1e-12 ? exact : product;
}

/** `number` (written `digits`) times `factor`, as timesDecimal reads it: `95 %` is 0.95, `2.01 kW` 2010 W. */
export function scaleDecimal(digits: string, number: number, factor: number): number {
  return timesDecimal(digits, number, factor);
}

/**
 * d where `factor` is 1/d for a d of at most 10 significant digits (7, 30.4375, 365.25, 30437.5:
 * the days of a period, with a kW's 1000 W), within the rounding of the factor; else null.
 */
export function reciprocalPeriod(factor: number): number | null {
  if (!(factor > 0) || !Number.isFinite(factor) || factor >= 1) return null;
  const d = Number((1 / factor).toPrecision(10));
  return Math.abs(d * factor - 1) < 1e-12 ? d : null;
}
