// `minesim hashprice` for a day past the data refuses, and says where the figure can be had without
// new data: `minesim quote` makes a day's hashprice from a difficulty and a price it is given. A
// day before the data points to it with the block height too (the quote takes one before the data
// for the subsidy then; test/quote-review-3/hashprice-before-data.test.ts).
import { describe, expect, it } from 'vitest';
import { cli } from '../analyst-questions-2/hand.js';

describe('minesim hashprice past the data', () => {
  it('points to minesim quote with --difficulty and --price, in the words quote takes', async () => {
    const r = await cli('hashprice', '--date', '2026-12-07');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('covers 2010-07-18 to 2025-11-14');
    expect(r.stderr).toContain('minesim data fetch');
    expect(r.stderr).toContain(
      '`minesim quote --machine <model> --tariff <USD/kWh> --date 2026-12-07 --difficulty <difficulty> --price <USD> --fees <coins a block>`',
    );
    // What it points to works: the quote gives the hashprice of those inputs.
    const q = await cli(
      'quote',
      ...[
        '--machine',
        'Antminer S21',
        '--tariff',
        '0.05',
        '--date',
        '2026-12-07',
        '--difficulty',
        '141.67T',
        '--price',
        '78600',
        '--fees',
        '0.025',
        '--json',
      ],
    );
    expect(q.stderr).toBe('');
    expect(q.code).toBe(0);
    expect(JSON.parse(q.stdout).hashpriceUsd).toBeGreaterThan(35);
  });
  it('before the data, points to minesim quote with --height', async () => {
    const r = await cli('hashprice', '--date', '2009-01-03');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--price <USD> --height <block height> --fees <coins a block>`');
  });
});
