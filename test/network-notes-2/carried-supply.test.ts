// Monero's coins generated on a start past the history (the supply that sets its emission) are
// always carried from the history's last day by the emission rule: no scenario key gives them.
// The note of a start past the history named the height, difficulty, price and fee share it
// carried, never this figure, and printed nothing at all where the scenario gave those four
// (a start 30 days past the data with height 2,050,000: 17.474 M XMR from 2020-02-09, unsaid). It
// now names the coins generated, with how far they are carried: the days and the blocks.
import { describe, expect, it } from 'vitest';
import { scenarioNotes } from '../../src/cli/scenario-input.js';
import { addDays } from '../../src/data/dates.js';
import { loadHistory } from '../../src/data/history.js';
import { startState } from '../../src/engine/compile/compile.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const h = loadHistory('monero');
const last = h.lastDate;
const lastEnd = h.height[h.days - 1] + h.blocks[h.days - 1];

const text = (start: string, network: string, price: string, fees: string) => `name: xmr-carried
coin: monero
start: ${start}
horizon: 1 year
fleet:
  - { name: cpus, hashrate: 15 kH/s, power: 150 W, count: 100, unitPrice: 500 USD }
power: { price: 0.05 USD/kWh }
network: { ${network}model: { type: growth, rate: 0 % } }
fees: { model: { type: share-of-subsidy, ${fees} } }
price: { ${price}model: { type: fixed } }
`;

const pastNote = async (yaml: string) =>
  scenarioNotes('xmr.yaml', await scenarioOf(yaml)).filter((l) => l.includes('history ends'));

describe('the note of a Monero start past the history names the coins generated', () => {
  it('every keyed figure given (height 2,050,000, 30 days past): the note still says the coins generated are carried, over how many blocks', async () => {
    const start = addDays(last, 30);
    const yaml = text(start, 'difficulty: 150 G, height: 2050000, ', 'start: 60 USD, ', 'share: 1 %');
    const notes = await pastNote(yaml);
    expect(notes).toHaveLength(1);
    const blocks = (2_050_000 - lastEnd).toLocaleString('en-US');
    expect(notes[0]).toBe(
      `note: the start ${start} is 30 days after the monero history ends (${last}); the coins generated (the supply that sets the emission; no scenario key gives them) are carried forward from that day by the emission rule, over the ${blocks} blocks from its end to the start's height, and the assumptions table lists each figure (bring newer data with \`minesim data import\` or \`minesim data fetch\`)`,
    );
  });

  it("nothing given (30 days past): the keyed figures, then the coins generated over the carried height's blocks", async () => {
    const start = addDays(last, 30);
    const s = await scenarioOf(text(start, '', '', 'calibrate: 2 months'));
    const [note] = scenarioNotes('xmr.yaml', s).filter((l) => l.includes('history ends'));
    const height = startState(s, h).height;
    const blocks = Math.round(height - lastEnd).toLocaleString('en-US');
    expect(note).toContain(
      'does not give the block height (`network.height`), difficulty (`network.difficulty`), price (`price.start`) and fee share (`fees.model.share`) on the start, so they are carried forward from that day; the coins generated (the supply that sets the emission; no scenario key gives them) are carried from it by the emission rule, over the ',
    );
    expect(note).toContain(
      ` ${blocks} blocks from its end to the start's height, and the assumptions table lists each figure`,
    );
  });

  it('the assumptions line says from which day and over how many blocks', async () => {
    const start = addDays(last, 30);
    const s = await scenarioOf(
      text(start, 'difficulty: 150 G, height: 2050000, ', 'start: 60 USD, ', 'share: 1 %'),
    );
    const line = startState(s, h).notes.find((n) => n.label === 'Coins generated');
    expect(line?.note).toContain(
      `carried forward from ${last}, the history's last day, 30 days before the start, by the emission rule over the ${(2_050_000 - lastEnd).toLocaleString('en-US')} blocks from its end to the start's height`,
    );
  });

  it('a Bitcoin start past the history, every keyed figure given, still prints no note (its subsidy follows the height alone)', async () => {
    const btc = loadHistory('bitcoin').lastDate;
    const yaml = `name: btc
coin: bitcoin
start: ${addDays(btc, 30)}
horizon: 1 year
fleet:
  - { model: Antminer S21, count: 10, unitPrice: 2800 USD }
power: { price: 0.055 USD/kWh }
network: { difficulty: 150 T, height: 930000, model: { type: growth, rate: 30 % } }
price: { start: 90000 USD, model: { type: fixed } }
fees: { model: { type: share-of-subsidy, share: 1 % } }
`;
    expect(await pastNote(yaml)).toEqual([]);
  });
});
