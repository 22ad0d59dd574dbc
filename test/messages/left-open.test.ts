// Messages and labels an earlier review of every message's words left open: what they must say.

import { describe, expect, it } from 'vitest';
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
