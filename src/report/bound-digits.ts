// A figure printed beside a bound it is judged against (a coverage goal's 0.85-0.95, the choice
// rule's band, a claim's threshold, a probability's 0 and 1): two decimals (or the `decimals` a
// caller asks for), or as many more as it takes for the printed figure to fall on the same side of
// each bound as the figure itself. 0.8475 printed as 0.85 read as inside a band that begins at
// 0.85, next to a verdict that it missed it; it prints 0.847.

/** Most decimals: a share of the study's few hundred forecasts differs from a bound within these. */
const MAX_DECIMALS = 6;

const side = (x: number, bound: number) => Math.sign(x - bound);

/**
 * `x` with `decimals` decimals (2 unless told), or more, up to `most`, where fewer would put it on
 * another side of (or onto) one of `bounds`.
 */
export function beside(x: number, bounds: readonly number[], decimals = 2, most = MAX_DECIMALS): string {
  if (!Number.isFinite(x)) return '–';
  let d = decimals;
  while (d < most && bounds.some((b) => side(Number(x.toFixed(d)), b) !== side(x, b))) d++;
  return x.toFixed(d);
}
