// Runs the built command (run `npm run build` before running this file alone).
// Every --set problem is said in one pass: a --set that cannot be read (a bad key path, a number
// past a double), one whose index leaves a gap, and the schema's problems of the others, together.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNode } from '../fixtures/node-process.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-every-set-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = 'scenarios/north-korea-2017-s9.yaml';
const sets = [
  '--set',
  'fleet[0]..count=1',
  '--set',
  'fleet[0].count=1e999',
  '--set',
  'fleet[7].count=1',
  '--set',
  'power.price=-1',
];

describe('every --set problem at once', () => {
  for (const command of ['run', 'validate', 'backtest', 'sensitivity']) {
    it(`${command}: the unreadable --sets, the gap and the schema's problem of the others, exit 2`, async () => {
      const args =
        command === 'validate'
          ? ['bin/minesim.mjs', command, file, ...sets]
          : ['bin/minesim.mjs', command, file, ...sets, '--out', join(dir, command)];
      if (command === 'run' || command === 'sensitivity') args.push('--paths', '10');
      const r = await runNode(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--set fleet[0]..count=1: the key path');
      expect(r.stderr).toContain('--set fleet[0].count=1e999');
      expect(r.stderr).toContain('--set fleet[7].count=1');
      expect(r.stderr).toContain('--set power.price=-1 power.price: must be at least 0 USD/kWh (got -1)');
    });
  }
  it('sweep: the same, alongside its --vary', async () => {
    const r = await runNode([
      'bin/minesim.mjs',
      'sweep',
      file,
      ...sets,
      '--vary',
      'fleet[0].count=1,2',
      '--paths',
      '10',
      '--out',
      join(dir, 'sweep'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--set fleet[0]..count=1: the key path');
    expect(r.stderr).toContain('--set fleet[7].count=1');
    expect(r.stderr).toContain('--set power.price=-1 power.price: must be at least 0 USD/kWh (got -1)');
  });
  it('sweep and sensitivity: a bad --vary or --input is said with the --set problems', async () => {
    for (const [command, option, value] of [
      ['sweep', '--vary', 'fleet[0]..count=1,2'],
      ['sensitivity', '--input', 'fleet[0]..count'],
    ]) {
      const r = await runNode([
        'bin/minesim.mjs',
        command,
        file,
        '--set',
        'fleet[0]..unitPrice=1',
        '--set',
        'power.price=-1',
        option,
        value,
        '--paths',
        '10',
        '--out',
        join(dir, `${command}-axis`),
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${option} ${value}: the key path`);
      expect(r.stderr).toContain('--set fleet[0]..unitPrice=1: the key path');
      expect(r.stderr).toContain('--set power.price=-1 power.price: must be at least 0 USD/kWh (got -1)');
    }
  });
});
