// The note a command prints before it runs a scenario that starts past the history said "what the
// scenario does not give is carried forward from that day" for a scenario that gives the block
// height, difficulty, price and fee share (scenarios/s21-fleet-2026.yaml, 69 days past the
// history): nothing was carried. It now prints only where something is, and names what.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scenarioNotes } from '../../src/cli/scenario-input.js';
import { addDays } from '../../src/data/dates.js';
import { loadHistory } from '../../src/data/history.js';
import { loadScenario, scenarioOf } from '../fixtures/scenarios.js';

const last = loadHistory('bitcoin').lastDate;

/** A small S21 fleet starting on `start`, with `extra` lines of network, price and fees. */
const text = (start: string, network: string, price: string, fees = '') => `name: carried
coin: bitcoin
start: ${start}
horizon: 1 year
fleet:
  - { model: Antminer S21, count: 10, unitPrice: 2800 USD }
power: { price: 0.055 USD/kWh }
network: { ${network}model: { type: growth, rate: 30 % } }
price: { ${price}model: { type: gbm, drift: 0 %, volatility: 60 % } }
${fees}`;
const GIVEN_FEES = 'fees: { model: { type: share-of-subsidy, share: 1 % } }\n';

const pastNote = async (yaml: string) =>
  scenarioNotes('carried.yaml', await scenarioOf(yaml)).filter((l) => l.includes('history ends'));

describe('the note of a start past the history', () => {
  it('scenarioNotes() of scenarios/s21-fleet-2026.yaml, which gives every start figure, says nothing is carried: no note', async () => {
    const s = await loadScenario('s21-fleet-2026');
    expect(scenarioNotes('s21.yaml', s).join('\n')).not.toContain('carried forward');
  });

  it('scenarioNotes() the day after the history ends, nothing given, names the height, difficulty, price and fee share', async () => {
    const [note] = await pastNote(text(addDays(last, 1), '', ''));
    expect(note).toBe(
      `note: the start ${addDays(last, 1)} is 1 day after the bitcoin history ends (${last}); the scenario does not give the block height (\`network.height\`), difficulty (\`network.difficulty\`), price (\`price.start\`) and fee share (\`fees.model.share\`) on the start, so they are carried forward from that day, and the assumptions table lists each figure (bring newer data with \`minesim data import\` or \`minesim data fetch\`)`,
    );
  });

  it("scenarioNotes() on the history's last day prints no such note", async () => {
    expect(await pastNote(text(last, '', ''))).toEqual([]);
  });

  it('scenarioNotes() 31 days after, difficulty and price given, names only the block height and fee share', async () => {
    const [note] = await pastNote(text(addDays(last, 31), 'difficulty: 150 T, ', 'start: 90000 USD, '));
    expect(note).toContain('is 31 days after the bitcoin history ends');
    expect(note).toContain(
      'does not give the block height (`network.height`) and fee share (`fees.model.share`) on the start, so they are carried',
    );
    expect(note).not.toContain('difficulty (');
  });

  it('scenarioNotes() 32 days after with the fee share given names the block height alone, as "it"', async () => {
    const [note] = await pastNote(
      text(addDays(last, 32), 'difficulty: 150 T, ', 'start: 90000 USD, ', GIVEN_FEES),
    );
    expect(note).toContain(
      'does not give the block height (`network.height`) on the start, so it is carried',
    );
  });

  it('scenarioNotes() 32 days after with every figure given prints no note', async () => {
    const yaml = text(
      addDays(last, 32),
      'difficulty: 150 T, height: 930000, ',
      'start: 90000 USD, ',
      GIVEN_FEES,
    );
    expect(await pastNote(yaml)).toEqual([]);
  });
});

describe('`minesim validate` of a start past the history', () => {
  const dir = mkdtempSync(join(tmpdir(), 'minesim-carried-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['bin/minesim.mjs', ...args], { encoding: 'utf8' });

  it('`minesim validate scenarios/s21-fleet-2026.yaml` (every figure given) prints no carried-forward note, in text or JSON', () => {
    const v = cli('validate', 'scenarios/s21-fleet-2026.yaml');
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout).not.toContain('carried forward');
    const json = JSON.parse(cli('validate', 'scenarios/s21-fleet-2026.yaml', '--json').stdout);
    expect(json.files[0].startPastHistory).toBeUndefined();
  });

  it('`minesim validate` of a start with the height carried names it', () => {
    const file = join(dir, 'height.yaml');
    writeFileSync(file, text(addDays(last, 32), 'difficulty: 150 T, ', 'start: 90000 USD, ', GIVEN_FEES));
    const v = cli('validate', file);
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout).toContain(
      'does not give the block height (`network.height`) on the start, so it is carried forward',
    );
  });
});
