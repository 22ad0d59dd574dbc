// The sweep command in-process (main.ts registers it separately), on the flagship cut to one year.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import yargs from 'yargs';
import { sweepCommand } from '../../src/cli/commands/sweep.js';
import { sensitivityMessages } from '../../src/messages/sensitivity.js';
import { sweepMessages } from '../../src/messages/sweep.js';
import { InputError } from '../../src/scenario/problem.js';
import { scenarioDraft } from '../fixtures/scenarios.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-sweep-'));
const scenario = join(dir, 'short.yaml');
const flagship = scenarioDraft();
// Two years: the shortest horizon that judges P(payback <= 2 years), which a sweep maps.
writeFileSync(scenario, stringify({ ...flagship, horizon: '2 years' }));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sweep(...args: string[]): Promise<string> {
  let out = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    await yargs(['sweep', scenario, ...args])
      .command(sweepCommand)
      .strict()
      .fail((message, error) => {
        throw error ?? new Error(message);
      })
      .exitProcess(false)
      .parseAsync();
  } finally {
    write.mockRestore();
  }
  return out;
}

describe('minesim sweep', () => {
  it('sweep --json writes the folder and prints sweep.json', async () => {
    const out = join(dir, 'out');
    const printed = JSON.parse(
      await sweep('--vary', 'power.price=0.05,0.15 USD/kWh', '--paths', '100', '--out', out, '--json'),
    );
    expect(printed.points.map((p: { values: object }) => p.values)).toEqual([
      { 'power.price': 0.05 },
      { 'power.price': 0.15 },
    ]);
    expect(JSON.parse(readFileSync(join(out, 'sweep.json'), 'utf8'))).toEqual(printed);
    expect(readdirSync(out).sort()).toEqual(['charts', 'manifest.json', 'sweep.csv', 'sweep.json']);
    expect(readdirSync(join(out, 'charts'))).toContain('sweep-payback-2y.png');
  });

  it('sweep of one path a point says 1 path, not 1 paths', async () => {
    const printed = await sweep(
      '--vary',
      'fleet[0].unitPrice=500,2000',
      '--paths',
      '1',
      '--out',
      join(dir, 'one'),
    );
    expect(printed).toContain('2 grid points, 1 path each, seed 2017');
    expect(sensitivityMessages.tableTitle('s', 2, '±20 %', 1, 7)).toContain('1 path a point');
  });

  it('sweep prints the table, the boundary and the folder it wrote', async () => {
    const out = join(dir, 'table');
    const printed = await sweep('--vary', 'fleet[0].unitPrice=500,2000', '--paths', '50', '--out', out);
    expect(printed).toContain(sweepMessages.tableTitle('north-korea-2017-s9', 2, 50, 2017));
    expect(printed).toContain(sweepMessages.wroteOutput(out, true));
  });

  it('sweep refuses a bad --vary value before running, naming the argument', async () => {
    const error = await sweep('--vary', 'fleet[0].count=1,2.5', '--out', join(dir, 'never')).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe(
      '--vary fleet[0].count=1,2.5 fleet[0].count: must be a whole number (got 2.5)',
    );
    // A range that steps by half a unit is refused as one range, with the ranges that step by whole ones.
    const range = await sweep('--vary', 'fleet[0].count=1..2:3', '--out', join(dir, 'never')).catch((e) => e);
    expect((range as InputError).message).toBe(
      `--vary fleet[0].count=1..2:3: ${sweepMessages.notWholeSteps('fleet[0].count', '1..2:3', '0.5', [2])}`,
    );
    expect(readdirSync(dir)).not.toContain('never');
  });
});
