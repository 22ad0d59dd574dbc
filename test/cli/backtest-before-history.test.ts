// Runs the built command (run `npm run build` before running this file alone).
// A back-test whose start lies before the shipped history: no import can bring those days (an
// import adds only newer days), so the refusal names the history's first day instead of advising
// newer data.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNode } from '../fixtures/node-process.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-backtest-before-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('minesim backtest of a start before the history', () => {
  it('exits 2 naming the history’s first day, not "bring newer data" (it said so for 2010-01-01)', async () => {
    const file = join(dir, 'early.yaml');
    writeFileSync(
      file,
      [
        'name: early',
        'start: 2010-01-01',
        'horizon: 2 years',
        'fleet: [{ hashrate: 100 MH/s, power: 50 W, unitPrice: 300 USD, count: 1 }]',
        'power: { price: 0.05 USD/kWh }',
        'network: { height: 30000, difficulty: 1.2 k, model: { type: growth, rate: 50 % } }',
        'fees: { model: { type: per-block, amount: 0.2 } }',
        'price: { start: 0.05 USD, model: { type: gbm, drift: 20 %, volatility: 80 % } }',
        '',
      ].join('\n'),
    );
    const run = await runNode(['bin/minesim.mjs', 'backtest', file, '--out', join(dir, 'out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'no bitcoin history on 2010-01-01: a back-test needs the history on its start date, and the history begins 2010-07-18 (an import adds only newer days); give a start on 2010-07-18 or after',
    );
    expect(run.stderr).not.toContain('newer data');
  });
});
