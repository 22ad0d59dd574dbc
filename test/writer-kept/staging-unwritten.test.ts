// A batch run whose folder cannot be written into the staging (a full disk): the scenario ran, its
// input is fine, the output failed. Before, it was counted and said as bad input (`1 file had bad
// input`, `bad input (1 problem)`, --json status "invalid" with a problem at line 0). Now it is an
// output failure: `status: "unwritten"` with the message, the totals and the scenario's line say its
// folder could not be written, and the exit code stays 2 (the user's to fix).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';

const full = { on: false };
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile = (async (path: string, ...rest: unknown[]) => {
    if (full.on && String(path).includes(`${sep}.tmp-other-`))
      throw Object.assign(new Error('ENOSPC: injected failure'), { code: 'ENOSPC' });
    return (original.writeFile as (...a: unknown[]) => Promise<void>)(path, ...rest);
  }) as typeof original.writeFile;
  return { ...original, default: { ...original, writeFile }, writeFile };
});

let dir: string;
const base = await readFile(new URL('../hostile/base.yaml', import.meta.url), 'utf8');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minesim-staging-unwritten-'));
  await writeFile(join(dir, 'a.yaml'), base);
  await writeFile(join(dir, 'b.yaml'), base.replace('name: hostile-base', 'name: other'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function capture() {
  const sink = { text: '' };
  const stream = {
    isTTY: false,
    write: (s: string) => {
      sink.text += s;
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  return { sink, stream };
}

const args = (out: string, json: boolean) => ({
  patterns: [join(dir, 'a.yaml'), join(dir, 'b.yaml')],
  out,
  paths: 40,
  seed: '1',
  workers: 1,
  json,
});

describe('a batch run whose folder cannot be staged is an output failure, not bad input', {
  timeout: 60_000,
}, () => {
  it('says so in the lines and the totals', async () => {
    const out = capture();
    const err = capture();
    full.on = true;
    const code = await batch(args(join(dir, 'text'), false), { stdout: out.stream, stderr: err.stream });
    full.on = false;
    expect(code).toBe(2);
    expect(err.sink.text).not.toContain('bad input');
    expect(out.sink.text).not.toContain('bad input');
    expect(err.sink.text).toContain('b.yaml: ran, but its folders could not be written');
    expect(out.sink.text).toContain('1 scenario ran; 1 more ran but could not be written');
  });

  it('gives it status "unwritten" and the message in --json', async () => {
    const out = capture();
    const err = capture();
    const print = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      out.sink.text += String(s);
      return true;
    });
    full.on = true;
    let code: number;
    try {
      code = await batch(args(join(dir, 'json'), true), { stdout: out.stream, stderr: err.stream });
    } finally {
      full.on = false;
      print.mockRestore();
    }
    expect(code).toBe(2);
    const doc = JSON.parse(out.sink.text);
    expect(doc.ok).toBe(false);
    const other = doc.scenarios.find((s: { file: string }) => s.file.endsWith('b.yaml'));
    expect(other.status).toBe('unwritten');
    expect(other.message).toContain(`cannot write ${join(dir, 'json', 'other')}: injected failure (ENOSPC)`);
    expect(other.problems).toBeUndefined();
  });
});
