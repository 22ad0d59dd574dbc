// The page's exp, log and log10 must give Node's bits: the explorer's equality with the command
// line rests on them (src/explorer/fdlibm.ts).
import { describe, expect, it } from 'vitest';
import { exp, log, log10 } from '../../src/explorer/fdlibm.js';

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
  1024,
  Infinity,
  -Infinity,
  NaN,
];

describe.each([
  ['exp', exp, Math.exp],
  ['log', log, Math.log],
  ['log10', log10, Math.log10],
] as const)('%s()', (name, ours, node) => {
  it(`${name}() gives Node's Math.${name} bit for bit on 200,000 inputs and the special values`, () => {
    const differing = [...inputs(100_000), ...SPECIAL].filter((x) => !Object.is(ours(x), node(x)));
    expect(differing).toEqual([]);
  });
});
