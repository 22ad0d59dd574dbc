// A figure printed beside a bound it is judged against (a coverage goal's 0.85-0.95, the choice
// rule's band): two decimals, or as many more as it takes for the printed figure to fall on the
// same side of each bound as the figure itself. 0.8475 printed as 0.85 read as inside a band
// that begins at 0.85, next to a verdict that it missed it; it prints 0.847.

/** Most decimals: a share of the study's few hundred forecasts differs from a bound within these. */
const MAX_DECIMALS = 6;

const side = (x: number, bound: number) => Math.sign(x - bound);

/** `x` with 2 decimals, or more where 2 would put it on another side of (or onto) one of `bounds`. */
export function beside(x: number, bounds: readonly number[]): string {
  if (!Number.isFinite(x)) return '–';
  let decimals = 2;
  while (decimals < MAX_DECIMALS && bounds.some((b) => side(Number(x.toFixed(decimals)), b) !== side(x, b)))
    decimals++;
  return x.toFixed(decimals);
}
