// A profitability calculator gives a machine's efficiency beside its hashrate and power; the quote
// gave hashrate and power only. It now names the J/TH (Bitcoin) or J/kH (Monero, whose machines
// are rated in kH/s) in its first line and as numbers in --json: the S21's 3,500 W / 200 TH/s =
// 17.5 J/TH (the catalog's own figure), the Ryzen 9 7950X's 250 W / 20.496 kH/s = 12.2 J/kH.
import { describe, expect, it } from 'vitest';
import { buildQuote } from '../../src/cli/quote-build.js';
import { runNode } from '../fixtures/node-process.js';

const base = { 'pool-fee': '0%', metered: false, uptime: '100%', pue: 1, json: true, tariff: '0.06' };

describe('the machine’s efficiency in the quote', () => {
  it('--json gives J per machine hashrate unit', () => {
    const q = buildQuote({ ...base, machine: 'Antminer S21', coin: 'bitcoin' });
    expect(q.machine.efficiency).toBeCloseTo(17.5, 12);
    expect(q.machine.efficiencyUnit).toBe('J/TH');
    const x = buildQuote({ ...base, machine: 'AMD Ryzen 9 7950X', coin: 'monero' });
    expect(x.machine.efficiency).toBeCloseTo(250 / 20.496, 12);
    expect(x.machine.efficiencyUnit).toBe('J/kH');
  });

  it('the first line names it', async () => {
    const run = await runNode(['bin/minesim.mjs', 'quote', '--machine', 'Antminer S21', '--tariff', '0.06']);
    expect(run.stdout.split('\n')[0]).toMatch(/^Antminer S21 \(200 TH\/s, 3,500 W, 17\.5 J\/TH\) at /);
    const xmr = await runNode([
      'bin/minesim.mjs',
      'quote',
      '--coin',
      'monero',
      '--machine',
      'AMD Ryzen 9 7950X',
      '--tariff',
      '0.06',
    ]);
    expect(xmr.stdout.split('\n')[0]).toMatch(/^AMD Ryzen 9 7950X \(20\.5 kH\/s, 250 W, 12\.2 J\/kH\) at /);
  });
});
