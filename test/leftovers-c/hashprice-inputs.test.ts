// `minesim hashprice` printed the figures its hashprice is made from raw: "price 62524.40 USD,
// difficulty 7.9351e+13", and the hashprice itself without separators ("3600222.06 USD/PH/s/day"
// in 2012), where a run's report gives its start figures as "62,524 USD" and "79.3512 T" (the
// assumptions' Start price, and the difficulty as a block explorer writes it).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shownCoinPriceUsd } from '../../src/messages/shown.js';

const hashprice = (...args: string[]) =>
  execFileSync('node', ['bin/minesim.mjs', 'hashprice', ...args], { encoding: 'utf8' }).trim();

describe('minesim hashprice', () => {
  it('prints its inputs as a run’s report prints its start figures', () => {
    const line = hashprice('--date', '2024-03-01');
    expect(line).toContain(`price ${shownCoinPriceUsd(62524.40182)}, difficulty 79.3512 T, 154 blocks`);
    expect(line).toContain('price 62,524 USD');
    expect(line).not.toMatch(/e\+\d/);
  });

  it('writes the hashprice with thousands separators', () => {
    const line = hashprice('--date', '2012-03-01');
    expect(line).toMatch(/^2012-03-01 bitcoin hashprice 3,600,222\.06 USD\/PH\/s\/day /);
    expect(line).toMatch(/price 4\.922 USD, difficulty 1\.37\d* M, 151 blocks/);
  });

  it('gives Monero’s price to 4 significant digits and its difficulty in G', () => {
    const line = hashprice('--date', '2019-03-01', '--coin', 'monero');
    expect(line).toMatch(/price \d{2}\.\d{1,2} USD, difficulty [\d.]+ G, [\d,]+ blocks/);
  });
});
