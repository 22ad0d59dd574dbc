// A batch run whose folder cannot be written into the staging (a full disk): the scenario ran, its
// input is fine, the output failed. Before, it was counted and said as bad input (`1 file had bad
// input`, `bad input (1 problem)`, --json status "invalid" with a problem at line 0). Now it is an
// output failure: `status: "unwritten"` with the message, the totals and the scenario's line say its
// folder could not be written, and the exit code stays 2 (the user's to fix).
import { join, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { recorder, twoScenarioBatch } from '../fixtures/two-scenario-batch.js';

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

const scenarios = twoScenarioBatch('minesim-staging-unwritten-');

const args = (out: string, json: boolean) => ({ ...scenarios.args(out, '1'), json });

describe('a batch run whose folder cannot be staged is an output failure, not bad input', {
  timeout: 60_000,
}, () => {
  it('says so in the lines and the totals', async () => {
    const { dir } = scenarios;
    const out = recorder();
    const err = recorder();
    full.on = true;
    const code = await batch(args(join(dir, 'text'), false), { stdout: out.stream, stderr: err.stream });
    full.on = false;
    expect(code).toBe(2);
    expect(err.text()).not.toContain('bad input');
    expect(out.text()).not.toContain('bad input');
    expect(err.text()).toContain('b.yaml: ran, but its folders could not be written');
    expect(out.text()).toContain('1 scenario ran; 1 more ran but could not be written');
  });

  it('gives it status "unwritten" and the message in --json', async () => {
    const { dir } = scenarios;
    const out = recorder();
    const err = recorder();
    const print = vi.spyOn(process.stdout, 'write').mockImplementation((s) => out.stream.write(String(s)));
    full.on = true;
    let code: number;
    try {
      code = await batch(args(join(dir, 'json'), true), { stdout: out.stream, stderr: err.stream });
    } finally {
      full.on = false;
      print.mockRestore();
    }
    expect(code).toBe(2);
    const doc = JSON.parse(out.text());
    expect(doc.ok).toBe(false);
    const other = doc.scenarios.find((s: { file: string }) => s.file.endsWith('b.yaml'));
    expect(other.status).toBe('unwritten');
    expect(other.message).toContain(`cannot write ${join(dir, 'json', 'other')}: injected failure (ENOSPC)`);
    expect(other.problems).toBeUndefined();
  });
});
