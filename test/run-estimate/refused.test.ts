// A run, sweep, sensitivity study or batch whose estimate is beyond a day is refused before any
// work, with its path-days, time and memory, and what to give: `--paths` and a sweep's points were
// each capped, not their product, so `sweep --paths 10000000 --vary ...:1000` (1e10 paths) started,
// silent off a terminal, for days.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNode } from '../fixtures/node-process.js';
import { runCommand } from '../hostile/in-process.js';

const S21 = 'scenarios/s21-fleet-2026.yaml';
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minesim-estimate-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The refusal's line: exit 2, said as a usage error, no output folder made. */
function expectRefused(out: { exit: number; output: string }, what: string, pathDays: string): void {
  expect(out.exit).toBe(2);
  const line = out.output.split('\n').find((l) => l.startsWith('minesim: '));
  expect(line).toMatch(new RegExp(`^minesim: ${what}: [\\d,]+ runs?|^minesim: ${what}: one run`));
  expect(line).toContain(`${pathDays} path-days, about `);
  expect(line).toContain('more than a day');
  expect(line).toContain('--allow-long to start it anyway');
}

describe('a command too big to finish is refused before it starts', () => {
  it('sweep --paths 10000000 over 1,000 points (1e10 paths of 1,096 days)', { timeout: 60_000 }, async () => {
    const out = join(dir, 'sweep');
    const result = await runCommand([
      'sweep',
      S21,
      '--paths',
      '10000000',
      '--vary',
      'power.price=0.02..0.12:1000',
      '--out',
      out,
    ]);
    expectRefused(result, 's21-fleet-2026 sweep', '1.1e13');
    expect(result.output).toContain('1,000 runs');
    expect(result.output).toContain('fewer --paths or fewer values on the --vary axes');
    expect(existsSync(out)).toBe(false);
  });

  it('a sweep shard is estimated on its own points', { timeout: 60_000 }, async () => {
    const out = join(dir, 'sweep-parts');
    const result = await runCommand([
      'sweep',
      S21,
      '--paths',
      '10000000',
      '--vary',
      'power.price=0.02..0.12:1000',
      '--shard',
      '0/2',
      '--out',
      out,
    ]);
    expectRefused(result, 's21-fleet-2026 sweep 0/2', '5.5e12');
    expect(result.output).toContain('500 runs');
    expect(existsSync(out)).toBe(false);
  });

  it('sensitivity --paths 10000000 over 100 years', { timeout: 60_000 }, async () => {
    const out = join(dir, 'sensitivity');
    const result = await runCommand([
      'sensitivity',
      S21,
      '--paths',
      '10000000',
      '--set',
      'horizon=100 years',
      '--out',
      out,
    ]);
    expectRefused(result, 's21-fleet-2026 sensitivity', '5.5e12');
    expect(existsSync(out)).toBe(false);
  });

  it('run --paths 10000000 of 400 cohorts over 100 years', { timeout: 60_000 }, async () => {
    const text = await readFile(S21, 'utf8');
    const cohort = text.slice(text.indexOf('  - model:'), text.indexOf('\npower:'));
    const file = join(dir, 'cohorts.yaml');
    await writeFile(
      file,
      text
        .replace('horizon: 3 years', 'horizon: 100 years')
        .replace(cohort, cohort.repeat(400))
        .replace('name: s21-fleet-2026', 'name: cohorts'),
    );
    const out = join(dir, 'run');
    const result = await runCommand(['run', file, '--paths', '10000000', '--out', out]);
    expectRefused(result, 'cohorts', '3.7e11');
    expect(result.output).toContain('one run');
    expect(existsSync(out)).toBe(false);
  });

  it('batch of twelve 100-year files at --paths 10000000', { timeout: 60_000 }, async () => {
    const text = await readFile(S21, 'utf8');
    for (let i = 0; i < 12; i++)
      await writeFile(
        join(dir, `long-${i}.yaml`),
        text
          .replace('horizon: 3 years', 'horizon: 100 years')
          .replace('name: s21-fleet-2026', `name: long-${i}`),
      );
    const out = join(dir, 'batch');
    const result = await runCommand(['batch', join(dir, 'long-*.yaml'), '--paths', '10000000', '--out', out]);
    expectRefused(result, 'batch', '4.4e12');
    expect(result.output).toContain('12 runs');
    expect(existsSync(join(out, 'long-0'))).toBe(false);
  });

  it('a small sweep says no estimate: its output is as it was', { timeout: 60_000 }, async () => {
    const out = join(dir, 'small');
    const result = await runCommand([
      'sweep',
      S21,
      '--paths',
      '10',
      '--vary',
      'power.price=0.02..0.12:2',
      '--out',
      out,
      '--json',
    ]);
    expect(result.exit).toBe(0);
    expect(result.output).not.toContain('estimate');
    expect(existsSync(out)).toBe(true);
  });

  it('sweep, sensitivity, run and batch name --allow-long in their --help', { timeout: 60_000 }, async () => {
    // The help is the built CLI's (bin/minesim.mjs runs dist/), the four at once.
    const commands = ['sweep', 'sensitivity', 'run', 'batch'];
    const helps = await Promise.all(
      commands.map((command) => runNode(['bin/minesim.mjs', command, '--help'])),
    );
    for (const [i, help] of helps.entries()) {
      expect(help.code, commands[i]).toBe(0);
      expect(help.stdout, commands[i]).toContain('--allow-long');
    }
  });
});
