// `minesim merge` against damaged files and things that are not parts: each is refused with a
// message naming the file (a UsageError: exit 2), never a crash, and nothing is written; and the
// untouched parts, in any order, merge into the single-machine summary.json byte for byte.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/exit.js';
import { sealPart } from '../../src/engine/run/part-file.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { PART_VERSION } from '../../src/engine/run/shard.js';
import { shardMessages as m } from '../../src/messages/shards.js';
import { sha256Hex } from '../../src/report/manifest.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { SWEEP_PART_VERSION } from '../../src/study/sweep-shard.js';
import { flagshipShards, merge, partFiles, retouch } from '../fixtures/parts.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-damage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let parts: Awaited<ReturnType<typeof flagshipShards>>;
beforeAll(async () => {
  parts = await flagshipShards();
}, 60_000);

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('parsed');
}
const truncated = () => parts.shards[0].slice(0, 5000);
const notUtf8 = () =>
  Buffer.concat([Buffer.from(parts.shards[0].slice(0, 99)), Buffer.from([0xff, 0xfe]), Buffer.from('}')]);

type Case = [string, () => (string | Uint8Array)[], (files: string[]) => string];
const CASES: Case[] = [
  [
    'one character of base64 changed',
    () => [parts.shards[0].replace('"counts":"A', '"counts":"B')],
    (f) => m.badChecksum(f[0]),
  ],
  ['bytes that are not UTF-8', () => [notUtf8()], (f) => m.partNotUtf8(f[0])],
  ['a truncated file', () => [truncated()], (f) => m.partNotJson(f[0], jsonError(truncated()))],
  ['an empty file', () => [''], (f) => m.partNotJson(f[0], m.partEmpty(0))],
  ['a file of JSON that breaks off', () => ['{"a" 1}'], (f) => m.partNotJson(f[0], jsonError('{"a" 1}'))],
  ['JSON that is not a part', () => ['{"name": "north-korea"}\n'], (f) => m.notAPart(f[0])],
  ['a JSON array', () => ['[1, 2, 3]\n'], (f) => m.notAPart(f[0])],
  [
    'a part of version 1',
    () => [retouch(parts.shards[0], 'version', () => 1, true)],
    (f) => m.partVersion(f[0], 1, PART_VERSION),
  ],
  [
    'base64 that is not minesim’s, resealed',
    () => [retouch(parts.shards[0], 'accumulation.scalars', (s: string) => `${s.slice(0, -4)}$$$$`, true)],
    (f) =>
      m.malformedPart(
        f[0],
        'accumulation.scalars: Invalid string: must match pattern /^[A-Za-z0-9+/]*={0,2}$/',
      ),
  ],
  [
    'a count of paths as text, resealed',
    () => [retouch(parts.shards[0], 'accumulation.paths', () => '300', true)],
    (f) => m.malformedPart(f[0], 'accumulation.paths: Invalid input: expected number, received string'),
  ],
  [
    'a run part with a sweep part',
    () => [
      parts.shards[0],
      sealPart({
        version: SWEEP_PART_VERSION,
        kind: 'sweep',
        scenario: { source: 'x', sha256: sha256Hex('x') },
      }),
    ],
    (f) => m.mixedParts(f[0], f[1]),
  ],
];

describe('minesim merge refuses damaged files', () => {
  it.each(CASES)('refuses %s, naming the file, and writes nothing', async (_, build, message) => {
    const files = partFiles(dir, build());
    const error = await merge(files, join(dir, 'never')).catch((e: unknown) => e);
    expect(error).toEqual(new UsageError(message(files)));
    expect(readdirSync(dir)).not.toContain('never');
  });

  it.each([
    ['a FIFO (without blocking)', 'fifo.json', m.cannotReadPart, 'it is not a regular file'],
    // A folder says the part files it holds (none here): test/edges-8/merge-part-names.test.ts.
    ['a folder', 'folder.json', (file: string) => m.partFolder(file, []), ''],
    ['a missing file', 'missing.json', m.cannotReadPart, 'no such file or directory'],
  ])('refuses %s given as a part', async (_, name, message, reason) => {
    const [good] = partFiles(dir, [parts.shards[0]]);
    const file = join(dir, name);
    if (name === 'fifo.json') execFileSync('mkfifo', [file]);
    if (name === 'folder.json') mkdirSync(file);
    const error = await merge([good, file], join(dir, 'never')).catch((e: unknown) => e);
    expect(error).toEqual(new UsageError(message(file, reason)));
  });

  it('merges untouched parts, in any order, into the single-machine summary.json', async () => {
    const files = partFiles(dir, [parts.shards[2], parts.shards[0], parts.shards[1]]);
    const out = join(dir, 'merged');
    const printed = await merge(files, out);
    const v = await validateScenarioText(parts.source, 'test.yaml');
    if (!v.ok) throw new Error('the test scenario does not validate');
    const single = await runMonteCarlo(v.scenario, { paths: 300, workers: 1 });
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe(
      `${JSON.stringify(single.summary, null, 2)}\n`,
    );
    expect(JSON.parse(printed)).toEqual(JSON.parse(JSON.stringify(single.summary)));
  }, 60_000);
});
