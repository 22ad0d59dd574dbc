// `minesim validate` with hardware aliases and user catalogs, through the built command (`npm test`
// builds first; run `npm run build` before running this file alone). The in-process cases are in
// test/scenario/user-catalog.test.ts; here only what the command line adds: the note lines, the
// positioned errors on stderr and the exit codes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASIC_COLUMNS } from '../../src/data/hardware-csv.js';
import { catalogMessages as c } from '../../src/messages/catalog.js';
import { cliMessages } from '../../src/messages/cli.js';
import { runNode } from '../fixtures/node-process.js';

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

let dir: string;
let scenario: string;
let machines: string;
let bad: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'minesim-cli-catalog-'));
  scenario = join(dir, 'today.yaml');
  machines = join(dir, 'machines.csv');
  bad = join(dir, 'bad.csv');
  writeFileSync(
    scenario,
    [
      'name: today',
      'start: 2024-06-01',
      'horizon: 1 year',
      'catalog: machines.csv',
      'fleet:',
      '  - { model: S19j Pro, count: 10, unitPrice: 300 USD }',
      '  - { model: Acme Miner X1, count: 2, unitPrice: 4000 USD }',
      'power: { price: 0.05 USD/kWh }',
      'network: { model: { type: growth, rate: 30 % } }',
      'fees: { model: { type: per-block, amount: 0.1 } }',
      'price: { start: 65000 USD, model: { type: gbm, drift: 10 %, volatility: 50 % } }',
      '',
    ].join('\n'),
  );
  const header = ASIC_COLUMNS.join(',');
  writeFileSync(machines, `${header}\nAcme Miner X1,Acme,2024-01,,250,3000,12.0,,,own bench test,medium\n`);
  writeFileSync(bad, `${header}\nAcme Miner X1,Acme,2025-06,,250,3000,,,,own bench test,sure\nShort,Acme\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.concurrent('minesim validate with a user catalog', () => {
  it('minesim validate prints a note for each name read as another and for each user-catalog machine', async () => {
    const run = await runNode(['bin/minesim.mjs', 'validate', scenario]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out[0]).toMatch(cliMessages.validSummary(scenario, ''));
    expect(out.slice(1)).toEqual([
      c.note(scenario, c.catalogLabel(), c.catalogValue(machines, 1)),
      expect.stringContaining(
        c.note(scenario, 'fleet[0].model', c.readAs('S19j Pro', 'Antminer S19j Pro (100T)')),
      ),
      c.note(scenario, 'fleet[1].model', c.fromUserCatalog('Acme Miner X1', `${machines}:2`, false)),
    ]);
  });

  it('minesim validate --catalog bad.csv prints every problem of the catalog, positioned, and exits 2', async () => {
    const run = await runNode(['bin/minesim.mjs', 'validate', scenario, '--catalog', bad]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toEqual([
      `${bad}:2:56 confidence: ${c.notConfidence()} (got "sure")`,
      `${bad}:3:1: ${c.fieldCount(11, 2)}`,
      cliMessages.invalidCount(1, 2),
    ]);
  });
});
