// `minesim quote --json` on a day past the data gave the block height it carried forward as a
// fraction (926000.71...) where its sources line says "block height about 926,001": a height is a
// count of blocks. The JSON now gives the whole block the text gives; the halvings are still
// dated from the carried figure, as a run's start past the data is (model/start-height.ts).
import { describe, expect, it } from 'vitest';
import { runNode } from '../fixtures/node-process.js';

const minesim = (...args: string[]) => runNode(['bin/minesim.mjs', ...args]);
// 17 days past the data's last day (2025-11-14): the height is carried at the last 28 days' rate.
const ARGS = ['quote', '--machine', 'Antminer S21', '--tariff', '0.02', '--unit-price', '6000'];
const PAST = [...ARGS, '--date', '2025-12-01', '--difficulty', '150e12', '--price', '90000'];

describe.concurrent('minesim quote --json and a carried block height', () => {
  it('minesim quote --json past the data: height is the whole block the sources line says it is "about"', async () => {
    const run = await minesim(...PAST, '--json');
    expect(run.code, run.stderr).toBe(0);
    const q = JSON.parse(run.stdout);
    const said = /block height about ([\d,]+), carried forward/.exec(q.source);
    expect(said, q.source).not.toBeNull();
    expect(Number.isInteger(q.height)).toBe(true);
    expect(q.height).toBe(Number(said![1].replaceAll(',', '')));
    // The text's sources line says the same height.
    const text = await minesim(...PAST);
    expect(text.stdout).toContain(`block height about ${q.height.toLocaleString('en-US')}, carried forward`);
  });

  it('minesim quote --json inside the data and with --height: the height as it is, a whole block', async () => {
    const inside = JSON.parse((await minesim(...ARGS, '--json')).stdout);
    expect(Number.isInteger(inside.height)).toBe(true);
    const given = JSON.parse((await minesim(...PAST, '--height', '926500', '--json')).stdout);
    expect(given.height).toBe(926_500);
  });
});
