// A batch of which no scenario could be written (every file bad input, or every run's folder
// unwritable). Before, it still replaced the earlier batch's index.md and index.html in --out
// with an index of that batch, which listed no scenario: the earlier folders stood unindexed, their
// comparison gone. Now such a batch replaces nothing (exit 2): the earlier folders and index stay
// byte for byte, the last line says why, --json says `written: false`. A --out with no earlier
// index gets the index of the problems, as before: it replaces nothing.
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { batchMessages } from '../../src/messages/batch.js';
import { snapshot, tempsBeside } from '../batch-staged/snapshot.js';
import { ONE_CHART } from '../fixtures/one-chart.js';
import { quiet, recorder, twoScenarioBatch } from '../fixtures/two-scenario-batch.js';

const full = { on: false };
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile = (async (path: string, ...rest: unknown[]) => {
    if (full.on && String(path).includes(`${sep}.tmp-out-`))
      throw Object.assign(new Error('ENOSPC: injected failure'), { code: 'ENOSPC' });
    return (original.writeFile as (...a: unknown[]) => Promise<void>)(path, ...rest);
  }) as typeof original.writeFile;
  return { ...original, default: { ...original, writeFile }, writeFile };
});

// a.yaml and b.yaml draw one chart each: what is replaced is folders, whatever they hold.
const scenarios = twoScenarioBatch('minesim-batch-nothing-', {
  ...ONE_CHART,
  'broken.yaml': 'name: broken\nstart: [\n',
  'worse.yaml': 'name: worse\ndays: -3\n',
});

describe('a batch that could write nothing replaces nothing', { timeout: 120_000 }, () => {
  it('every file bad input: the earlier index and folders byte for byte, said on the last line', async () => {
    const out = join(scenarios.dir, 'out');
    expect(await batch(scenarios.args(out, '1'), { stdout: quiet, stderr: quiet })).toBe(0);
    const before = await snapshot(out);
    expect([...before.keys()]).toContain('index.md');
    const stdout = recorder();
    const code = await batch(scenarios.args(out, '1', ['broken.yaml', 'worse.yaml']), {
      stdout: stdout.stream,
      stderr: quiet,
    });
    expect(code).toBe(2);
    expect(await snapshot(out)).toEqual(before);
    expect(stdout.text()).toContain(batchMessages.nothingWritten(out));
    expect(stdout.text()).not.toContain(batchMessages.wroteIndex(out));
    expect(await tempsBeside(scenarios.dir, 'out')).toEqual([]);
  });

  it('every run unwritable: the earlier index and folders byte for byte; --json says written: false', async () => {
    const out = join(scenarios.dir, 'out');
    const before = await snapshot(out);
    let printed = '';
    const print = vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      printed += String(s);
      return true;
    });
    full.on = true;
    let code: number;
    try {
      code = await batch({ ...scenarios.args(out, '5'), json: true }, { stdout: quiet, stderr: quiet });
    } finally {
      full.on = false;
      print.mockRestore();
    }
    expect(code).toBe(2);
    expect(await snapshot(out)).toEqual(before);
    const doc = JSON.parse(printed);
    expect(doc.written).toBe(false);
    expect(doc.notWritten).toBe(batchMessages.nothingWritten(out));
    expect(doc.scenarios.map((s: { status: string }) => s.status)).toEqual(['unwritten', 'unwritten']);
  });

  it('a --out with no earlier index gets the index of the problems: it replaces nothing', async () => {
    const out = join(scenarios.dir, 'new');
    const code = await batch(scenarios.args(out, '1', ['broken.yaml']), { stdout: quiet, stderr: quiet });
    expect(code).toBe(2);
    expect(existsSync(join(out, 'index.md'))).toBe(true);
    expect(await tempsBeside(scenarios.dir, 'new')).toEqual([]);
  });
});
