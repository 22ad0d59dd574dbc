// The numbers a scenario can give: a double holds magnitudes from about 2.2e-308 (the smallest
// normal number) to about 1.8e308. A number written past the top reads as Infinity; one written
// below the bottom reads as 0 (1e-400) or as a subnormal that has lost its digits (1e-320 reads as
// 9.99989e-321) and whose reciprocal is past the top. Either way the figure minesim would use is
// not the one written, so it is refused where it is read, never used as 0 or Infinity.

/** The smallest positive normal double, 2^-1022. */
export const MIN_NORMAL = 2 ** -1022;

/** Why a number read as `value` from the decimal `text` is not the one written; null when it is. */
export function outOfRange(text: string, value: number): 'too-small' | 'too-large' | null {
  if (value === Number.POSITIVE_INFINITY || value === Number.NEGATIVE_INFINITY)
    return /^[+-]?\.inf$/i.test(text.trim()) ? null : 'too-large';
  if (Math.abs(value) >= MIN_NORMAL || Number.isNaN(value)) return null;
  // 0 as written (0, 0.000, 0e5, -0) is 0; any other decimal digit before the exponent is not.
  const mantissa = text.trim().split(/[eE]/)[0];
  return value !== 0 || /[1-9]/.test(mantissa) ? 'too-small' : null;
}
