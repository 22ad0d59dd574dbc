import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCachedBundle } from '../../src/report/code-cache.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const BUNDLE = join(dir, 'bundle.cjs');
writeFileSync(
  BUNDLE,
  "exports.twice = (x) => 2 * x;\nexports.file = __filename;\nexports.path = require('node:path').sep;\n",
);

describe('runCachedBundle()', () => {
  it('runCachedBundle() runs a CommonJS file without a cache, with its exports, require and __filename', () => {
    const run = runCachedBundle(BUNDLE, join(dir, 'none.cache'));
    expect(run.cacheRejected).toBeUndefined();
    expect((run.exports.twice as (x: number) => number)(21)).toBe(42);
    expect(run.exports.file).toBe(BUNDLE);
    expect(run.exports.path).toBe('/');
  });

  it('runCachedBundle() takes the cache it made, and runs the file as usual with a cache V8 refuses', () => {
    // Each case reads a file of its own: V8 keeps what it compiled in this thread by source and
    // file name, and would not look at the cache for a file it compiled before.
    const source = 'exports.twice = (x) => 2 * x;\n';
    const [made, taken, refused] = ['made', 'taken', 'refused'].map((name) => {
      const file = join(dir, `${name}.cjs`);
      writeFileSync(file, source);
      return file;
    });
    const cache = join(dir, 'made.cache');
    writeFileSync(cache, runCachedBundle(made, join(dir, 'none.cache')).script.createCachedData());
    const cached = runCachedBundle(taken, cache);
    expect(cached.cacheRejected).toBe(false);
    expect((cached.exports.twice as (x: number) => number)(4)).toBe(8);
    writeFileSync(cache, Buffer.from('not a code cache'));
    const run = runCachedBundle(refused, cache);
    expect(run.cacheRejected).toBe(true);
    expect((run.exports.twice as (x: number) => number)(5)).toBe(10);
  });
});
