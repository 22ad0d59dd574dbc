// Shard-and-merge: the parts of a run, merged, give the single-machine summary byte for byte.

import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/cli/exit.js';
import { runShard } from '../../src/cli/shard-run.js';
import { sha256Hex } from '../../src/data/provenance.js';
import { mergeParts, type NamedPart, scenarioMismatch } from '../../src/engine/run/merge-parts.js';
import { sealPart } from '../../src/engine/run/part-file.js';
import { partOrigin } from '../../src/engine/run/part-origin.js';
import { accumulateRun, finishRun, runMonteCarlo } from '../../src/engine/run/run.js';
import {
  fewestShards,
  MAX_PART_CHARS,
  type Part,
  parseShard,
  partCharsBound,
  shardRange,
  toPart,
} from '../../src/engine/run/shard.js';
import { shardMessages } from '../../src/messages/shards.js';
import { scenarioOf, scenarioText } from '../fixtures/scenarios.js';

const source = scenarioText('north-korea-2017-s9').replace('horizon: 5 years', 'horizon: 2 years');

const scenario = () => scenarioOf(source);

/** The parts of a run as they would travel: serialised to JSON and read back. */
async function parts(paths: number, n: number): Promise<NamedPart[]> {
  // Each split is simulated once; every call reads its own copy back from the JSON text.
  const key = `${paths}/${n}`;
  let texts = written.get(key);
  if (texts === undefined) {
    texts = simulateParts(paths, n);
    written.set(key, texts);
  }
  return (await texts).map((text, k) => ({ file: `part-${k}-of-${n}.json`, part: JSON.parse(text) }));
}
const written = new Map<string, Promise<string[]>>();
async function simulateParts(paths: number, n: number): Promise<string[]> {
  const s = await scenario();
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const acc = await accumulateRun(s, { paths, workers: 1 }, shardRange(paths, { k, n }));
    const part = toPart(acc, { k, n }, { path: 'test.yaml', source, sets: [] }, await partOrigin(s.coin));
    out.push(JSON.stringify(part));
  }
  return out;
}

describe('shards', () => {
  it('shardRange() splits the paths into n contiguous ranges that cover them once', () => {
    const ranges = [0, 1, 2].map((k) => shardRange(1000, { k, n: 3 }));
    expect(ranges).toEqual([
      { from: 0, to: 333 },
      { from: 333, to: 666 },
      { from: 666, to: 1000 },
    ]);
  });

  it.each([
    ['0/4', { k: 0, n: 4 }],
    ['3/4', { k: 3, n: 4 }],
    ['4/4', null],
    ['0/99999999999999999999', null],
    ['1', null],
    ['a/b', null],
  ])('parseShard(%j) is %j', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  it('mergeParts() of 3 shards (one inside the pilot) gives the single-machine summary.json byte for byte', async () => {
    const s = await scenario();
    const single = await runMonteCarlo(s, { paths: 600, workers: 2 });
    const merged = mergeParts(await parts(600, 3));
    if (!merged.ok) throw new Error(merged.message);
    const result = await finishRun(s, merged.accumulation);
    expect(JSON.stringify(result.summary, null, 2)).toBe(JSON.stringify(single.summary, null, 2));
  }, 60_000);

  it('mergeParts() refuses missing paths, overlaps and parts of different runs', async () => {
    const [a, b, c] = await parts(300, 3);
    expect(mergeParts([a, c])).toEqual({ ok: false, message: shardMessages.missingPaths(100, 200, ['1/3']) });
    expect(mergeParts([a, a, b, c]).ok).toBe(false);
    const part = c.part as { accumulation: object };
    const other = { ...c, part: { ...part, accumulation: { ...part.accumulation, seed: 99 } } };
    const label = (p: NamedPart, shard: string) => `${p.file} (part ${shard})`;
    expect(mergeParts([a, b, other])).toEqual({
      ok: false,
      message: shardMessages.notOneRun(label(a, '0/3'), label(c, '2/3'), 'their seeds', '2017', '99'),
    });
    expect(mergeParts([])).toEqual({ ok: false, message: shardMessages.noParts() });
    // Parts that read different user hardware catalogs are different runs too.
    const catalogPart = c.part as { scenario: object };
    const withCatalog = {
      ...c,
      part: {
        ...catalogPart,
        scenario: { ...catalogPart.scenario, catalog: { file: 'machines.csv', text: 'x' } },
      },
    } as typeof c;
    expect(mergeParts([a, b, withCatalog])).toEqual({
      ok: false,
      message: shardMessages.notOneRun(
        label(a, '0/3'),
        label(c, '2/3'),
        'their user hardware catalogs',
        'none',
        shardMessages.catalogShown('machines.csv', sha256Hex('x')),
      ),
    });
  }, 60_000);

  it('mergeParts() names the shards that would fill missing paths, of a count the parts were split into', async () => {
    const [a, b, c] = await parts(300, 3);
    const quarters = await parts(300, 4);
    const message = (from: number, to: number, shards: string[]) => ({
      ok: false,
      message: shardMessages.missingPaths(from, to, shards),
    });
    expect(mergeParts([a])).toEqual(message(100, 300, ['1/3', '2/3']));
    expect(mergeParts([b, c])).toEqual(message(0, 100, ['0/3']));
    // A failed 1/3 rerun as quarters: 0/3, 2/4 and 3/4 leave paths 100 to 149, which no quarter fills alone.
    expect(mergeParts([a, quarters[2], quarters[3]])).toEqual(message(100, 150, []));
    expect(mergeParts([a, quarters[3], c])).toEqual(message(100, 200, ['1/3']));
    expect(mergeParts([quarters[0], quarters[1], c])).toEqual(message(150, 200, []));
    expect(mergeParts([quarters[0], quarters[2], quarters[3]])).toEqual(message(75, 150, ['1/4']));
  }, 60_000);

  it('partCharsBound() is at least the length of a part as written, and within a fifth of it', async () => {
    const s = await scenario();
    const [part] = await parts(300, 3);
    const written = sealPart(part.part as object).length;
    const p = part.part as Part;
    const text = JSON.stringify(p.scenario).length;
    const bound = partCharsBound(100, s.days, p.accumulation.samples.length, text);
    expect(bound).toBeGreaterThanOrEqual(written);
    expect(bound).toBeLessThan(written * 1.2);
  }, 60_000);

  it('fewestShards() splits a run so that its largest part fits in one JSON text', () => {
    const days = 1826;
    const n = fewestShards(2_600_000, days, 20, 4000);
    expect(n).toBe(2);
    expect(partCharsBound(1_300_000, days, 20, 4000)).toBeLessThanOrEqual(MAX_PART_CHARS);
    expect(partCharsBound(2_600_000, days, 20, 4000)).toBeGreaterThan(MAX_PART_CHARS);
    expect(fewestShards(1000, days, 20, MAX_PART_CHARS)).toBeNull();
  });

  it('runShard() refuses, before it runs, a shard whose part would be too long to write', async () => {
    const args = { scenario: 'scenarios/north-korea-2017-s9.yaml', paths: 2_600_000, set: [], workers: 1 };
    const started = Date.now();
    await expect(runShard({ ...args, shard: '0/1', out: 'runs/never-parts' })).rejects.toEqual(
      new UsageError(shardMessages.partTooLarge('0/1', 2_600_000, 2)),
    );
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(existsSync('runs/never-parts')).toBe(false);
  });

  it('runShard() with json prints one JSON document naming the part, and refuses --watch', async () => {
    const out = mkdtempSync(join(tmpdir(), 'minesim-shard-json-'));
    const args = { scenario: 'scenarios/north-korea-2017-s9.yaml', paths: 30, set: [], workers: 1, out };
    let printed = '';
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed += String(chunk);
      return true;
    });
    try {
      await runShard({ ...args, shard: '1/3', json: true });
    } finally {
      write.mockRestore();
    }
    expect(JSON.parse(printed)).toEqual({
      part: join(out, 'part-1-of-3.json'),
      shard: { k: 1, n: 3 },
      from: 10,
      to: 20,
      paths: 30,
    });
    await expect(runShard({ ...args, shard: '0/3', watch: true })).rejects.toEqual(
      new UsageError(shardMessages.shardWatch()),
    );
    expect(readdirSync(out)).toEqual(['part-1-of-3.json']);
    rmSync(out, { recursive: true });
  });

  it('scenarioMismatch() names the first part where the parts and their scenario disagree', async () => {
    const s = await scenario();
    const merged = mergeParts(await parts(300, 3));
    if (!merged.ok) throw new Error(merged.message);
    const acc = merged.accumulation;
    expect(scenarioMismatch(acc, s, 'p0')).toBeNull();
    expect(scenarioMismatch({ ...acc, days: acc.days - 1 }, s, 'p0')).toBe(
      shardMessages.partDays('p0', acc.days - 1, acc.days),
    );
    expect(scenarioMismatch({ ...acc, books: true }, s, 'p0')).toBe(
      shardMessages.partBooks('p0', true, false),
    );
    expect(scenarioMismatch({ ...acc, samples: acc.samples.slice(1) }, s, 'p0')).toBe(
      shardMessages.samplesMissing('p0', 20, 19),
    );
  }, 60_000);
});
