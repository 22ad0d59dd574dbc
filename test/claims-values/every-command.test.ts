// The same claim text reads the same wherever claims are read: the scenario file under every
// command that runs it (validate, run, sweep, sensitivity, batch), a claim given by --set, and the
// explorer (which validates the page's YAML with the same schema). A claim read another way than
// meant is refused everywhere with the same positioned message, every problem at once, exit 2,
// and no stack trace.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimMessages as m } from '../../src/messages/claims.js';
import { loadUnits } from '../../src/scenario/mathjs-units.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { runCommand } from '../hostile/in-process.js';

const FILE = fileURLToPath(new URL('ambiguous-claims.yaml', import.meta.url));
const SHOWN = 'test/claims-values/ambiguous-claims.yaml';

/** The four refusals of ambiguous-claims.yaml, as `file:line:col path: message`. */
function expected(file: string): string[] {
  return [
    `${file}:28:5 claims[1]: ${m.badValue('irr', m.bareFraction('irr', '>', '10'))}`,
    `${file}:29:5 claims[2]: ${m.badValue('payback', m.bareDuration('18'))}`,
    `${file}:30:5 claims[3]: ${m.bareProbability('1', 1)}`,
    `${file}:31:5 claims[4]: ${m.badValue('payback', m.negativeDuration('-3 days'))}`,
  ];
}

const out = () => join(mkdtempSync(join(tmpdir(), 'claims-values-')), 'out');

describe('ambiguous claims under every command', () => {
  beforeAll(loadUnits);

  it.each([
    ['validate', ['validate', FILE]],
    ['run', ['run', FILE, '--paths', '4', '--workers', '1', '--no-explorer', '--out', out()]],
    ['sweep', ['sweep', FILE, '--paths', '4', '--workers', '1', '--out', out()]],
    ['sensitivity', ['sensitivity', FILE, '--paths', '4', '--workers', '1', '--out', out()]],
  ])('minesim %s refuses all four, each at its line, with exit 2 and no stack trace', async (_, args) => {
    const r = await runCommand(args);
    expect(r.exit).toBe(2);
    for (const line of expected(FILE)) expect(r.output).toContain(line);
    expect(r.output.match(/ claims\[\d\]: /g)).toHaveLength(4);
    expect(r.output).not.toMatch(/\n\s+at /);
  });

  it('minesim batch refuses the file, its index listing all four at their lines', async () => {
    const folder = out();
    const r = await runCommand(['batch', FILE, '--paths', '4', '--out', folder]);
    expect(r.exit).toBe(2);
    expect(r.output).toContain('bad input (4 problems)');
    expect(r.output).not.toMatch(/\n\s+at /);
    const index = readFileSync(join(folder, 'index.md'), 'utf8').replaceAll('\\', '');
    for (const line of expected(FILE)) expect(index).toContain(line);
  });

  it('the explorer’s validation of the same text gives the same four problems at the same places', async () => {
    const v = await validateScenarioText(readFileSync(FILE, 'utf8'), SHOWN);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const lines = v.problems.map((p) => `${p.file}:${p.line}:${p.col} ${p.path}: ${p.message}`);
    expect(lines).toEqual(expected(SHOWN));
  });

  it('--set claims[...] gives the same readings, placed on the --set', async () => {
    const base = fileURLToPath(new URL('../hostile/base.yaml', import.meta.url));
    const r = await runCommand([
      'validate',
      base,
      '--set',
      'claims[0]=irr > 10',
      '--set',
      'claims[1]=payback > 18',
      '--set',
      'claims[2]=P(npv > 0) >= 1',
      '--set',
      'claims[3]=irr > 10 %',
    ]);
    expect(r.exit).toBe(2);
    expect(r.output).toContain(
      `--set claims[0]=irr > 10 claims[0]: ${m.badValue('irr', m.bareFraction('irr', '>', '10'))}`,
    );
    expect(r.output).toContain(
      `--set claims[1]=payback > 18 claims[1]: ${m.badValue('payback', m.bareDuration('18'))}`,
    );
    expect(r.output).toContain(`--set claims[2]=P(npv > 0) >= 1 claims[2]: ${m.bareProbability('1', 1)}`);
    expect(r.output).toContain('3 problems in 1 file');
  });
});
