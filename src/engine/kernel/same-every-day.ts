// Whether a per-day series (a tariff) holds one value on every day: the day loops then form a
// product with it once, not once a day, which gives the same bits only when the value is truly the
// same, sign of zero included.

/**
 * The value of every one of days[0..days) when they are all the same number, sign of zero
 * included (so a product with it is the same bits on every day); NaN otherwise.
 */
export function sameEveryDay(values: Float64Array, days: number): number {
  if (days === 0) return Number.NaN;
  const first = values[0];
  for (let d = 1; d < days; d++) if (!Object.is(values[d], first)) return Number.NaN;
  return first;
}
