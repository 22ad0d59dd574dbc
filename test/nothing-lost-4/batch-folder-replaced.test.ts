// An output written into a scenario's folder of a batch (`minesim run --out <batch>/<scenario>`,
// as the refusal of a batch's folder to one output suggests): it replaces the batch's run there,
// and the batch's index still states the batch's figures beside a link to the new report. Before,
// nothing said so. Now the write says, on stderr, that the index no longer describes that folder
// and what to do; a folder no index lists, and the batch's own writes, say nothing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { outputMessages as m } from '../../src/messages/output.js';
import { quiet, recorder, twoScenarioBatch } from '../fixtures/two-scenario-batch.js';
import { runCommand } from '../hostile/in-process.js';

const scenarios = twoScenarioBatch('minesim-batch-replaced-');

describe('an output written over a batch’s scenario folder says its index no longer describes it', {
  timeout: 120_000,
}, () => {
  it('run --out <batch>/<scenario>: the note; the batch itself and a folder no index lists: none', async () => {
    const out = join(scenarios.dir, 'out');
    const stderr = recorder();
    expect(await batch(scenarios.args(out, '1'), { stdout: quiet, stderr: stderr.stream })).toBe(0);
    expect(stderr.text()).not.toContain('note:');
    const folder = join(out, 'other');
    const r = await runCommand([
      'run',
      join(scenarios.dir, 'b.yaml'),
      '--paths',
      '40',
      '--workers',
      '1',
      '--out',
      folder,
    ]);
    expect(r.exit).toBe(0);
    expect(r.output).toContain(`minesim: ${m.batchIndexBehind(folder, join(out, 'index.md'))}`);
    const alone = join(scenarios.dir, 'alone');
    const s = await runCommand([
      'run',
      join(scenarios.dir, 'b.yaml'),
      '--paths',
      '40',
      '--workers',
      '1',
      '--out',
      alone,
    ]);
    expect(s.exit).toBe(0);
    expect(s.output).not.toContain('note:');
  });
});
