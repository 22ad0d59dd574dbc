// A file named by empty text (a script's unset variable): `minesim validate ""` says
// '"": cannot read the file (its name is empty: give the path of a file)', but `minesim merge ""`
// said "cannot read : no such file or directory" and `minesim batch ""` logged "batch: [1/1] : bad
// input", each naming nothing. Both now name the empty name "" and merge says why, as validate does.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { batchMessages } from '../../src/messages/batch.js';
import { runCommand } from '../hostile/in-process.js';

const SAID = '"": cannot read the file (its name is empty: give the path of a file)';

describe('an empty file name is named "" and said to be empty', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minesim-empty-name-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('minesim merge "": exit 2, the empty name said, no "cannot read :"', async () => {
    const outcome = await runCommand(['merge', '', '--out', join(dir, 'merged')]);
    expect(outcome.exit).toBe(2);
    expect(outcome.output).toContain(SAID);
    expect(outcome.output).not.toContain('cannot read :');
  });

  it('minesim batch "": its progress line names the file ""', async () => {
    const outcome = await runCommand(['batch', '', '--out', join(dir, 'batch'), '--paths', '10']);
    expect(outcome.output).toContain(SAID);
    expect(outcome.output).toContain(
      batchMessages.scenarioEnded(1, 1, '""', batchMessages.outcomeInvalid(1)),
    );
    expect(outcome.output).not.toContain('[1/1] :');
  });
});
