// `minesim validate` of a purchase made a year past the shipped history (2025-11-14) said "ok" and
// nothing else, where `run`, `sweep` and `sensitivity` of the same file first say that what it does
// not give (the block height, 388 days of blocks) is carried forward from the history's last day.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const TODAY = `name: s21-today
coin: bitcoin
start: 2026-12-07
horizon: 3 years
fleet:
  - { model: Antminer S21, count: 500, unitPrice: 2800 USD }
power: { price: 0.055 USD/kWh, hosting: 12 USD/kW/month }
network: { difficulty: 150 T, model: { type: growth, rate: 30 % } }
price: { start: 90000 USD, model: { type: gbm, drift: 0 %, volatility: 60 % } }
fees: { model: { type: share-of-subsidy, share: 1 % } }
`;
const NOTE =
  'note: the start 2026-12-07 is 388 days after the bitcoin history ends (2025-11-14); the scenario does not give the block height (`network.height`) on the start, so it is carried forward from that day';

const dir = mkdtempSync(join(tmpdir(), 'minesim-validate-past-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'today.yaml');
writeFileSync(file, TODAY);
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/minesim.mjs', ...args], { encoding: 'utf8' });

describe('validate of a start past the history', () => {
  it('`minesim validate` says what is carried forward, as `minesim run` does', () => {
    const v = cli('validate', file);
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout).toContain(`${file}: ${NOTE}`);
    const json = JSON.parse(cli('validate', file, '--json').stdout);
    expect(json.files[0].startPastHistory).toContain(NOTE.slice('note: '.length));
  });

  it('`minesim validate` of a start inside the history adds no such line', () => {
    const inside = join(dir, 'inside.yaml');
    writeFileSync(inside, TODAY.replace('2026-12-07', '2025-11-01'));
    const v = cli('validate', inside);
    expect(v.status, v.stderr).toBe(0);
    expect(v.stdout).not.toContain('after the bitcoin history ends');
  });
});
