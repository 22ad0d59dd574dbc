// The explorer's "Coins mined, median" read a bare 16.29 where the terminal prints "16.29 BTC" and
// summary.md's Returns table labels its row "Coins mined (BTC)": the explorer now names the coin.
import { describe, expect, it } from 'vitest';
import { headlineRows } from '../../src/explorer/headline-rows.js';
import { explorerView, rowText } from '../../src/explorer/view.js';
import { makeSummary } from '../fixtures/summary.js';

describe("the explorer's coins mined with their unit", () => {
  it('a Bitcoin run: "... BTC"', () => {
    const v = explorerView(makeSummary());
    const row = headlineRows(v).find((r) => r.label.startsWith('Coins mined'))!;
    expect(rowText(row, v)).toMatch(/^[\d.,]+ BTC( \(|$)/);
  });

  it('a Monero run: XMR', () => {
    const base = makeSummary();
    const v = explorerView(makeSummary({ scenario: { ...base.scenario, coin: 'monero' } }));
    const row = headlineRows(v).find((r) => r.label.startsWith('Coins mined'))!;
    expect(rowText(row, v)).toContain(' XMR');
  });
});
