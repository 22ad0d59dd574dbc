// x to the power y, for every power the engine raises whose result is not exact (a rate
// compounded over a fraction of a year or a number of months, Monero's emission decay). It goes
// through Math.pow, never the ** operator: the explorer page replaces Math.pow with Node's own
// (src/explorer/fdlibm-pow.ts), as a browser's V8 takes the C library's pow, whose last bit differs
// from Node 20's on about one input in ten; an operator cannot be replaced. In Node, Math.pow and
// ** are the same function. test/explorer/fdlibm.test.ts keeps ** out of the engine.

export function power(x: number, y: number): number {
  // biome-ignore lint/style/useExponentiationOperator: the explorer replaces Math.pow, not **
  return Math.pow(x, y);
}
