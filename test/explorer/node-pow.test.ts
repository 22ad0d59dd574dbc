// The explorer's pow must give Node's Math.pow bits, and the engine must raise its powers through
// Math.pow (src/model/power.ts), which the page replaces, never through the ** operator, which it
// cannot: a browser's ** is the C library's pow, whose last bit differs from Node 20's on about
// one input in ten (the loan scenario's equity IRR and NPV in explore.html were an ulp off).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pow } from '../../src/explorer/fdlibm-pow.js';
import { seededUniform } from '../fixtures/uniform.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
/** The rooms the page bundles whose numbers reach a summary. */
const ROOMS = ['engine', 'model', 'stats', 'scenario', 'data'];

/** Bases and exponents as the engine has them, then anything, and the special cases. */
function cases(): [number, number][] {
  const u = seededUniform(20261205);
  const out: [number, number][] = [];
  for (let i = 0; i < 50_000; i++) {
    out.push([1 + u() * 0.05, -Math.floor(u() * 400)]); // a monthly rate over n months
    out.push([1 + u() * 0.5, -1 / 365.25]); // an annual discount rate to a day's
    out.push([1 - u() * 0.3, 1 / 365.25]); // a yearly failure rate to a day's
    out.push([1 - 2 ** -19, Math.floor(u() * 2e7)]); // Monero's emission decay over blocks
    out.push([10 ** ((u() - 0.5) * 600), (u() - 0.5) * 40]);
    out.push([-u() * 10, Math.floor((u() - 0.5) * 60)]);
  }
  const special = [0, -0, 1, -1, 2, 0.5, 3, -2, 1e-310, 1.0000001, 0.9999999, Infinity, -Infinity, NaN];
  const exponents = [0, -0, 1, -1, 2, 3, 4, 0.5, -0.5, 1e10, -1e10, 3e9, 1e20, 1075, -1075, 1024, -1074.5];
  for (const x of special) for (const y of [...exponents, Infinity, -Infinity, NaN]) out.push([x, y]);
  return out;
}

/** `**` in a source file that is not exact on every engine: powers of the literal 2, squares are. */
function inexactPowers(file: string): string[] {
  const code = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/'[^'\n]*'|`[^`]*`/g, "''");
  const found: string[] = [];
  for (const m of code.matchAll(/(\S+)\s*\*\*\s*(\S+)/g)) {
    if (/(^|[^\w.])2n?$/.test(m[1])) continue;
    if (/^2(?![\w.])/.test(m[2])) continue;
    found.push(m[0]);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('pow()', () => {
  it("pow() gives Node's Math.pow (the ** operator) bit for bit on 300,000 inputs and the special values", () => {
    const differing = cases().filter(([x, y]) => !Object.is(pow(x, y), x ** y));
    expect(differing).toEqual([]);
  });
});

/** Math functions whose bits are the same on every engine (IEEE-exact) or that the page makes Node's. */
const SAME_EVERYWHERE = new Set([
  'abs',
  'ceil',
  'floor',
  'round',
  'trunc',
  'sign',
  'max',
  'min',
  'sqrt',
  'imul',
  'clz32',
  'fround',
]);
const NODE_IN_THE_PAGE = new Set(['exp', 'log', 'log10', 'expm1', 'log1p', 'pow']);
/** logGamma's reflection (x < 0.5) is never reached: the one caller asks for (nu + 1) / 2 and nu / 2 with nu > 2. */
const UNREACHED = new Set(['stats/log-gamma.ts: sin']);

describe("the engine's Math is Node's in the page", () => {
  it("src/engine, model, stats, scenario and data call no Math function the page does not make Node's", () => {
    const found = ROOMS.flatMap((room) =>
      sourceFiles(join(SRC, room)).flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/\bMath\.([a-z0-9]+)\(/g)]
          .map((m) => m[1])
          .filter((fn) => !SAME_EVERYWHERE.has(fn) && !NODE_IN_THE_PAGE.has(fn))
          .map((fn) => `${f.slice(SRC.length)}: ${fn}`)
          .filter((use) => !UNREACHED.has(use)),
      ),
    );
    expect(found).toEqual([]);
  });

  it('src/engine, model, stats, scenario and data use ** only for powers of 2 and squares', () => {
    const found = ROOMS.flatMap((room) =>
      sourceFiles(join(SRC, room)).flatMap((f) =>
        inexactPowers(f).map((p) => `${f.slice(SRC.length)}: ${p}`),
      ),
    );
    expect(found).toEqual([]);
  });
});
