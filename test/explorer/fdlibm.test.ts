// The page's exp, log, log10, expm1 and log1p must give Node's bits: the explorer's equality with
// the command line rests on them (src/explorer/fdlibm.ts, src/explorer/fdlibm-1p.ts).
import { describe, expect, it } from 'vitest';
import { exp, log, log10 } from '../../src/explorer/fdlibm.js';
import { expm1, log1p } from '../../src/explorer/fdlibm-1p.js';

/** Deterministic inputs over the ranges the engine uses: small and large, of both signs. */
function inputs(count: number): number[] {
  const out: number[] = [];
  let x = 0.123456789;
  for (let i = 0; i < count; i++) {
    x = ((x * 9301 + 49297) % 233280) / 23328 - 3.5;
    out.push(x * (i % 7 === 0 ? 200 : 1), Math.abs(x) * 10 ** ((i % 40) - 20));
  }
  return out;
}

const SPECIAL = [
  0,
  -0,
  1,
  -1,
  0.5,
  2,
  1e-310,
  5e-324,
  709.78,
  709.8,
  -745.1,
  -745.2,
  -0.5,
  -0.9999999,
  -1.5,
  -38.9,
  -40,
  0.3465,
  1.0397,
  40,
  1e-17,
  -1e-17,
  1e-9,
  9.1e15,
  1e300,
  1024,
  Infinity,
  -Infinity,
  NaN,
];

describe.each([
  ['exp', exp, Math.exp],
  ['log', log, Math.log],
  ['log10', log10, Math.log10],
  ['expm1', expm1, Math.expm1],
  ['log1p', log1p, Math.log1p],
] as const)('%s()', (name, ours, node) => {
  it(`${name}() gives Node's Math.${name} bit for bit on 200,000 inputs and the special values`, () => {
    const differing = [...inputs(100_000), ...SPECIAL].filter((x) => !Object.is(ours(x), node(x)));
    expect(differing).toEqual([]);
  });
});
