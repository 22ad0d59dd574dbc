// A figure written in one unit, read in another that differs from it by a power of ten, is the
// figure as if written in that unit: `95 %` is 0.95, `2.01 kW` is 2010 W, `35 USD/MWh` is 0.035
// USD/kWh, to the bit. Multiplied out it is not always (95 x 0.01 is 0.9500000000000001, 2.01 x
// 1000 is 2009.9999999999998), so the same input written two ways would run two ways. Moving the
// decimal point in the digits and reading them once rounds once, as the other spelling does.
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

/**
 * `number`, written as the decimal `digits` (`95`, `2.01`, `1.5e3`; no separators), times `factor`:
 * the digits read with their decimal point moved where the factor is a power of ten, else the product.
 */
export function scaleDecimal(digits: string, number: number, factor: number): number {
  const k = powerOfTen(factor);
  if (k === null || number === 0 || !Number.isFinite(number)) return number * factor;
  const [mantissa, exponent = '0'] = digits.trim().split(/[eE]/);
  const shifted = Number(`${mantissa}e${Number(exponent) + k}`);
  // Digits that are not the number's (never the case where both come from one text) keep the product.
  return Number.isFinite(shifted) && Math.abs(shifted - number * factor) <= Math.abs(number * factor) * 1e-12
    ? shifted
    : number * factor;
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
