// A disk that fills as a batch writes a run's folder into its staging beside --out. Before, the
// message named the staging's hidden folder (`cannot write <dir>/.tmp-out-…/other: ...`), a path
// the user never gave, and nothing said a batch needs room for a second copy. Now it names the
// folder in --out, says why the room is needed, and that the folder is left as it was.
import { join, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { batch } from '../../src/cli/commands/batch.js';
import { recorder, twoScenarioBatch } from '../fixtures/two-scenario-batch.js';
import { failWith } from './fault.js';

const full = { on: false };
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile = (async (path: string, ...rest: unknown[]) => {
    if (full.on && String(path).includes(`${sep}.tmp-other-`)) throw failWith('ENOSPC');
    return (original.writeFile as (...a: unknown[]) => Promise<void>)(path, ...rest);
  }) as typeof original.writeFile;
  return { ...original, default: { ...original, writeFile }, writeFile };
});

const scenarios = twoScenarioBatch('minesim-staging-full-');

describe('a full disk as a batch stages a run', { timeout: 60_000 }, () => {
  it('names the folder in --out and says a batch needs room for its new outputs', async () => {
    const out = join(scenarios.dir, 'out');
    const output = recorder();
    full.on = true;
    const code = await batch(scenarios.args(out, '1'), { stdout: output.stream, stderr: output.stream });
    expect(code).toBe(2);
    const logged = output.text();
    expect(logged).toContain(`cannot write ${join(out, 'other')}: injected failure (ENOSPC)`);
    expect(logged).toContain('so it needs room for its new outputs as well as the earlier ones');
    expect(logged).not.toContain('.tmp-');
  });
});
