// A scenario's folder in a batch's --out that its new output could not replace: a link of the
// user's (to a file outside) where the new output writes a chart. Before, the batch ran every
// scenario, then, moving its folders in, found that one and put everything back: nothing of the
// batch kept (exit 2, "run it again once that is fixed"), however long it had run. Now each
// scenario's folders are asked as soon as they are staged: that scenario is not written (its
// folder left as it was, said at its line and in the index), every other one is, and the file
// the link points to is untouched.
import { readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { snapshot, tempsBeside } from '../batch-staged/snapshot.js';
import { quiet, recorder, twoScenarioBatch } from '../fixtures/two-scenario-batch.js';

const scenarios = twoScenarioBatch('minesim-batch-refused-');

describe('a scenario folder the batch may not replace fails that scenario only', { timeout: 120_000 }, () => {
  it('a link at a chart’s name in other/: other is left as it was, hostile-base is replaced', async () => {
    const out = join(scenarios.dir, 'out');
    expect(await batch(scenarios.args(out, '1'), { stdout: quiet, stderr: quiet })).toBe(0);
    const precious = join(scenarios.dir, 'precious.svg');
    await writeFile(precious, 'precious\n');
    const chart = join(out, 'other', 'charts', 'roi-fan.svg');
    await rm(chart);
    await symlink(precious, chart);
    const other = await snapshot(join(out, 'other'));
    const stdout = recorder();
    const code = await batch(scenarios.args(out, '2'), { stdout: stdout.stream, stderr: quiet });
    expect(code).toBe(2);
    expect(await readFile(precious, 'utf8')).toBe('precious\n');
    expect(await snapshot(join(out, 'other'))).toEqual(other);
    const seed = (folder: string) =>
      readFile(join(out, folder, 'manifest.json'), 'utf8').then((t) => JSON.parse(t).seed);
    expect(await seed('hostile-base')).toBe(2);
    const index = await readFile(join(out, 'index.md'), 'utf8');
    expect(index).toContain('## Files that did not run or could not be written');
    expect(index).toContain('charts/roi-fan.svg');
    expect(stdout.text()).toContain('1 scenario ran; 1 more ran but could not be written');
    expect(await tempsBeside(scenarios.dir, 'out')).toEqual([]);
  });
});
