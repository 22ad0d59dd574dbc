// `minesim merge` read its parts one at a time and stopped at the first it could not open: two
// parts misnamed took two tries, and a folder of parts given in their place was "not a regular
// file", which does not say to give the files in it. The names that cannot be parts are refused
// together, before any part is read, a folder with the part files it holds.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shardMessages } from '../../src/messages/shards.js';
import { runMain } from '../fixtures/main-in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-edges-8-merge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('merge of names that are no part files', () => {
  it('minesim merge says every missing part and every folder at once, before reading any part', async () => {
    const parts = join(dir, 'parts');
    mkdirSync(parts);
    for (const name of ['part-1-of-2.json', 'part-0-of-2.json', 'notes.txt'])
      writeFileSync(join(parts, name), '{}');
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const missing = [join(dir, 'part-0-of-3.json'), join(dir, 'part-2-of-3.json')];
    const r = await runMain(['merge', missing[0], parts, missing[1], empty, '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        shardMessages.cannotReadPart(missing[0], 'no such file or directory'),
        shardMessages.partFolder(parts, [join(parts, 'part-0-of-2.json'), join(parts, 'part-1-of-2.json')]),
        shardMessages.cannotReadPart(missing[1], 'no such file or directory'),
        shardMessages.partFolder(empty, []),
      ]
        .map((line) => `minesim: ${line}\n`)
        .join(''),
    );
  });

  it('shardMessages.partFolder() names the part files to give, or says the folder holds none', () => {
    expect(shardMessages.partFolder('p', ['p/part-0-of-2.json', 'p/part-1-of-2.json'])).toBe(
      'p is a folder, not a part: give the part files in it (p/part-0-of-2.json p/part-1-of-2.json)',
    );
    expect(shardMessages.partFolder('p', [])).toContain('holds no part file');
  });
});
