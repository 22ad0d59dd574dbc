// A run starting inside the shipped history had no "Next halving" line in its assumptions, where a
// start the day after the history ends had one: a start on 2025-11-14 said nothing of the
// 2028 halving that 2025-11-15 dated 2028-04-10, nor a start on 2023-06-01 of the 2024 halving
// its horizon crossed. Every start on a coin with halvings now has the line, dated at the target
// block rate from the start's height as the daily view dates it, with the day the history's blocks
// reached the block where they did.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/data/dates.js';
import { loadHistory } from '../../src/data/history.js';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { compileMarket } from '../../src/engine/compile/market-plan.js';
import { chainState } from '../../src/model/chain-state.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const btc = loadHistory('bitcoin');
const noFees = () => 0;
const halving = (start: string) =>
  chainState('bitcoin', btc, start, {}, noFees).notes.find((n) => n.label === 'Next halving');

describe('the next halving of a start inside the history', () => {
  it('chainState() on 2023-06-01 names block 840,000, the day the history reached it (2024-04-19, day 323) and the target-rate date', () => {
    const note = halving('2023-06-01');
    expect(note?.value).toBe('block 840,000');
    // (840,000 - the start's height) / 144 whole days after the start.
    const i = btc.indexOf('2023-06-01');
    const days = Math.floor((840_000 - btc.height[i]) / 144);
    expect(note?.note).toContain(
      `about ${addDays('2023-06-01', days)} at the target 144 blocks a day from the start's height, as the daily view dates it; the history's blocks reached it on 2024-04-19 (day 323 of the run)`,
    );
  });

  it('chainState() on the day whose blocks hold block 840,000 (2024-04-19) says they reached it on day 0', () => {
    const i = btc.indexOf('2024-04-19');
    expect(btc.height[i]).toBeLessThan(840_000);
    expect(btc.height[i] + btc.blocks[i]).toBeGreaterThan(840_000);
    expect(halving('2024-04-19')?.note).toContain('reached it on 2024-04-19 (day 0 of the run)');
    // The day after starts past it: the next is block 1,050,000, past the history.
    const after = halving('2024-04-20');
    expect(after?.value).toBe('block 1,050,000');
    expect(after?.note).toContain(`(the history's blocks, to its last day ${btc.lastDate}, do not reach it)`);
  });

  it("chainState() on 2024-06-01 at a given height of 800,000 says the history's blocks reached 840,000 before the start", () => {
    const note = chainState('bitcoin', btc, '2024-06-01', { height: 800_000 }, noFees).notes.find(
      (n) => n.label === 'Next halving',
    );
    expect(note?.value).toBe('block 840,000');
    const history = Math.round(btc.height[btc.indexOf('2024-06-01')]).toLocaleString('en-US');
    expect(note?.note).toContain(
      `the history's blocks reached it on 2024-04-19 (before the start: the given height is below the history's ${history})`,
    );
  });

  it("chainState() on the history's last day dates block 1,050,000 as a start the day after does (2028-04-10)", () => {
    const last = halving(btc.lastDate);
    const after = halving(addDays(btc.lastDate, 1));
    expect(last?.value).toBe('block 1,050,000');
    expect(last?.note).toContain('about 2028-04-10 at the target 144 blocks a day');
    expect(after?.note).toContain('about 2028-04-10 at the target 144 blocks a day');
  });

  it('compileMarket() of a run starting inside the history lists the next halving in its assumptions', async () => {
    const s = await scenarioOf(
      {
        name: 'inside',
        start: '2025-06-01',
        horizon: '3 years',
        fleet: [{ model: 'Antminer S21', count: 10, unitPrice: '2800 USD' }],
        power: { price: '0.055 USD/kWh' },
        network: { model: { type: 'growth', rate: '30 %' } },
        price: { model: { type: 'gbm', drift: '0 %', volatility: '60 %' } },
        monteCarlo: { paths: 1 },
      },
      'inside.yaml',
    );
    const inputs = await loadCompileInputs(s);
    const lines = compileMarket(s, compilePlan(s, inputs), inputs).assumptions;
    const line = lines.find((a) => a.label === 'Next halving');
    expect(line?.value).toBe('block 1,050,000');
  });
});
