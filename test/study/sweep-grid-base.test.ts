// A value the scenario needs may come from the study's own axis or input alone: the loan case
// without its covenant's `loanToValue` in the file, given by `--vary` (or by `--set` and moved by
// `--input`), is valid at every point. The grid must be built from the points, not refused because
// the file with the other overrides (and without the axis) lacks the value.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { formatProblem } from '../../src/scenario/problem.js';
import { DEFAULT_BY } from '../../src/study/sensitivity.js';
import { parseInputs } from '../../src/study/sensitivity-inputs.js';
import { planSensitivity } from '../../src/study/sensitivity-plan.js';
import { buildSweepGrid } from '../../src/study/sweep.js';
import { parseVaries } from '../../src/study/vary.js';

const FILE = 'scenarios/top-of-market-2021-11-10-loan.yaml';
const TEXT = readFileSync(fileURLToPath(new URL(`../../${FILE}`, import.meta.url)), 'utf8');
// The covenant's `loanToValue: 90 %` line taken out: the file alone is invalid.
const NO_COVENANT = TEXT.replace(/^ {8}loanToValue: 90 %.*\n/m, '');

describe('a study axis that gives a required value', () => {
  it('buildSweepGrid() builds the grid when --vary gives the covenant the file lacks', async () => {
    expect(NO_COVENANT).not.toBe(TEXT);
    const parsed = parseVaries(['finance.loans[0].marginCall.loanToValue=0.85,0.95']);
    if (!parsed.ok) throw new Error('bad --vary');
    const built = await buildSweepGrid(NO_COVENANT, FILE, parsed.axes);
    if (!built.ok) throw new Error(built.problems.map(formatProblem).join('\n'));
    expect(built.grid.points.map((p) => p.scenario.finance?.loans[0]?.marginCall?.loanToValue)).toEqual([
      0.85, 0.95,
    ]);
    expect(built.grid.base.name).toBe('top-of-market-2021-11-10-loan');
  });

  it('planSensitivity() moves a covenant given by --set (the input replaces that --set)', async () => {
    const sets = parseOverrides(['finance.loans[0].marginCall.loanToValue=90 %']);
    if (!sets.ok) throw new Error('bad --set');
    const inputs = parseInputs(['finance.loans[0].marginCall.loanToValue=80 %..95 %']);
    if (!inputs.ok) throw new Error('bad --input');
    const planned = await planSensitivity(NO_COVENANT, FILE, {
      inputs: inputs.specs,
      by: DEFAULT_BY,
      sets: sets.overrides,
    });
    if (!planned.ok) throw new Error(planned.problems.map(formatProblem).join('\n'));
    const input = planned.plan.inputs[0];
    expect([input.base, input.low, input.high].map((v) => Number(v.toFixed(12)))).toEqual([0.9, 0.8, 0.95]);
  });

  it('buildSweepGrid() still refuses, at the grid point, a value missing at every point', async () => {
    const parsed = parseVaries(['finance.loans[0].rate=0.08,0.16']);
    if (!parsed.ok) throw new Error('bad --vary');
    const built = await buildSweepGrid(NO_COVENANT, FILE, parsed.axes);
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.problems.map(formatProblem).join('\n')).toContain('finance.loans[0].marginCall.loanToValue');
  });
});

describe('minesim sweep with a value only --vary gives', () => {
  it('sweepCommand runs the loan case without its covenant in the file, --vary giving it', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { vi } = await import('vitest');
    const yargs = (await import('yargs')).default;
    const { sweepCommand } = await import('../../src/cli/commands/sweep.js');
    const dir = mkdtempSync(join(tmpdir(), 'minesim-sweep-base-'));
    const file = join(dir, 'no-covenant.yaml');
    writeFileSync(file, NO_COVENANT);
    let out = '';
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    try {
      // Before: refused with `finance.loans[0].marginCall.loanToValue: is required` though both points are valid.
      const args = ['sweep', file, '--vary', 'finance.loans[0].marginCall.loanToValue=0.85,0.95'];
      await yargs([...args, '--paths', '50', '--workers', '1', '--json', '--out', join(dir, 'out')])
        .command(sweepCommand)
        .strict()
        .fail((message, error) => {
          throw error ?? new Error(message);
        })
        .exitProcess(false)
        .parseAsync();
    } finally {
      write.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
    const json = JSON.parse(out) as { points: { values: Record<string, number> }[] };
    expect(json.points.map((p) => p.values['finance.loans[0].marginCall.loanToValue'])).toEqual([0.85, 0.95]);
  }, 60_000);
});

describe('planSensitivity() input values as written', () => {
  it('planSensitivity() gives 60 USD/PH/day and 95 % back as 60 and 0.95, not 59.99999999999999 and 0.9500000000000001', async () => {
    const hedgeFile = 'scenarios/hashprice-hedge-2024-05.yaml';
    const hedgeText = readFileSync(fileURLToPath(new URL(`../../${hedgeFile}`, import.meta.url)), 'utf8');
    const inputs = parseInputs([
      'finance.hedges[0].price=40 USD/PH/day..60 USD/PH/day',
      'fleet[0].uptime=80 %..95 %',
    ]);
    if (!inputs.ok) throw new Error('bad --input');
    const sets = parseOverrides(['horizon=2 years']);
    if (!sets.ok) throw new Error('bad --set');
    const planned = await planSensitivity(hedgeText, hedgeFile, {
      inputs: inputs.specs,
      by: DEFAULT_BY,
      sets: sets.overrides,
    });
    if (!planned.ok) throw new Error(planned.problems.map(formatProblem).join('\n'));
    expect(planned.plan.inputs.map((i) => [i.low, i.base, i.high])).toEqual([
      [40, 50.13, 60],
      [0.8, 0.95, 0.95],
    ]);
  });
});

describe('minesim merge of a sweep whose axis gives a value the file lacks', () => {
  it('mergeCommand merges the parts of that sweep as minesim sweep ran it', async () => {
    const { mkdtempSync, rmSync, writeFileSync, readFileSync: read } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { vi } = await import('vitest');
    const yargs = (await import('yargs')).default;
    const { sweepCommand } = await import('../../src/cli/commands/sweep.js');
    const { mergeCommand } = await import('../../src/cli/commands/merge.js');
    const dir = mkdtempSync(join(tmpdir(), 'minesim-merge-base-'));
    const file = join(dir, 'no-covenant.yaml');
    writeFileSync(file, NO_COVENANT);
    const cli = (args: string[]) =>
      yargs(args)
        .command(sweepCommand)
        .command(mergeCommand)
        .strict()
        .fail((message, error) => {
          throw error ?? new Error(message);
        })
        .exitProcess(false)
        .parseAsync();
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const vary = [
        '--vary',
        'finance.loans[0].marginCall.loanToValue=0.85,0.95',
        '--paths',
        '50',
        '--workers',
        '1',
      ];
      const parts = join(dir, 'parts');
      for (const k of [0, 1]) await cli(['sweep', file, ...vary, '--shard', `${k}/2`, '--out', parts]);
      // Before: refused with `finance.loans[0].marginCall.loanToValue: is required`.
      await cli([
        'merge',
        join(parts, 'sweep-part-0-of-2.json'),
        join(parts, 'sweep-part-1-of-2.json'),
        '--out',
        join(dir, 'merged'),
      ]);
      const json = JSON.parse(read(join(dir, 'merged', 'sweep.json'), 'utf8')) as { points: unknown[] };
      expect(json.points).toHaveLength(2);
    } finally {
      write.mockRestore();
      err.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('minesim sweep with a bad value only --vary gives', () => {
  it('sweepCommand names the --vary and its bad value, not `is required`', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const yargs = (await import('yargs')).default;
    const { sweepCommand } = await import('../../src/cli/commands/sweep.js');
    const dir = mkdtempSync(join(tmpdir(), 'minesim-sweep-bad-'));
    const file = join(dir, 'no-covenant.yaml');
    writeFileSync(file, NO_COVENANT);
    const axis = 'finance.loans[0].marginCall.loanToValue=-0.5,0.9';
    let message = '';
    try {
      await yargs(['sweep', file, '--vary', axis, '--paths', '50', '--out', join(dir, 'out')])
        .command(sweepCommand)
        .strict()
        .fail((m, error) => {
          throw error ?? new Error(m);
        })
        .exitProcess(false)
        .parseAsync();
    } catch (error) {
      message = String((error as Error).message ?? error);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Before: `no-covenant.yaml:65:9 finance.loans[0].marginCall.loanToValue: is required`.
    expect(message).toContain(`--vary ${axis}`);
    expect(message).toContain('(got -0.5)');
    expect(message).not.toContain('is required');
  });
});
