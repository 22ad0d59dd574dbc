// Messages and labels an earlier review of every message's words left open: what they must say.

import { describe, expect, it } from 'vitest';
import { ASIC_COLUMNS } from '../../src/data/hardware-csv.js';
import { cliMessages } from '../../src/messages/cli.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

describe('cliMessages', () => {
  it('cliMessages.initExists() names --force, the option that overwrites the file (it said only "choose another name or remove it first")', () => {
    const text = cliMessages.initExists('mine.yaml');
    expect(text).toContain('mine.yaml already exists');
    expect(text).toContain('--force');
  });
});

describe('the fees refusal for a start past the history', () => {
  it('validateScenarioText() gives the fee model to write once (it read "give `fees.model: {… 2 %}` (or …) (like `fees.model: {… 2 %}`)")', async () => {
    // 2026-03-01 is more than 31 days after the shipped Bitcoin history ends: the fee share of
    // the last window is not carried that far.
    const text = [
      'name: late',
      'start: 2026-03-01',
      'horizon: 1 year',
      'fleet:',
      '  - { model: Antminer S21, count: 1, unitPrice: 3400 USD }',
      'power: { price: 0.05 USD/kWh }',
      'price: { start: 90000 USD, model: { type: gbm, drift: 0 %, volatility: 50 % } }',
      'network: { hashrate: 1 ZH/s, model: { type: growth, rate: 50 % } }',
    ].join('\n');
    const v = await validateScenarioText(text, 'late.yaml');
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const fees = v.problems.find((p) => p.path === 'fees.model.share');
    expect(fees?.message).toContain(
      'give `fees.model: { type: share-of-subsidy, share: 2 % }` (or `fees.model: { type: per-block, amount: ... }`), or bring newer data',
    );
    expect(fees?.message.match(/share: 2 %/g)).toHaveLength(1);
  });
});

describe('a catalog machine outside the bounds', () => {
  const scenario = (model: string) =>
    [
      'name: tiny',
      'start: 2024-06-01',
      'horizon: 1 year',
      `fleet: [{ model: ${model}, count: 1, unitPrice: 100 USD }]`,
      'power: { price: 0.05 USD/kWh }',
      'network: { model: { type: growth, rate: 30 % } }',
      'fees: { model: { type: per-block, amount: 0.1 } }',
      'price: { start: 65000 USD, model: { type: gbm, drift: 10 %, volatility: 50 % } }',
    ].join('\n');
  const messages = async (row: string) => {
    const catalog = { file: 'own.csv', text: [ASIC_COLUMNS.join(','), row, ''].join('\n') };
    const v = await validateScenarioText(scenario('Tiny One'), 'x.yaml', [], { catalog });
    return v.ok ? [] : v.problems.map((p) => p.message);
  };

  it('validateScenarioText() shows a catalog hashrate of 7e-13 TH/s as 0.7 H/s (it read "0.7000000000000001 H/s")', async () => {
    // 7e-13 TH/s x 1e12 H/s a TH/s is 0.7000000000000001 in a double; below the least, 1 H/s.
    const [text] = await messages('Tiny One,Acme,2024-01,,0.0000000000007,100,,,,s,low');
    expect(text).toContain('a hashrate of 0.7 H/s, outside what minesim allows (1 H/s to 1 ZH/s)');
  });

  it('validateScenarioText() shows a catalog hashrate of 0.9999999 H/s with the digits that keep it below 1 H/s', async () => {
    // 9.999999e-13 TH/s is 0.9999999 H/s: 3 digits would read "1 H/s", which minesim allows.
    const [text] = await messages('Tiny One,Acme,2024-01,,0.0000000000009999999,100,,,,s,low');
    expect(text).toContain('a hashrate of 0.9999999 H/s, outside');
  });

  it('validateScenarioText() shows a catalog power of 2 GW with its prefix', async () => {
    const [text] = await messages('Tiny One,Acme,2024-01,,100,2000000000,,,,s,low');
    expect(text).toContain('a power of 2 GW, outside what minesim allows (more than 0 W, up to 1 GW)');
  });
});
