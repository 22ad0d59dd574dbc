// `minesim quote --machine "Antminer S21" --date 2021-01-01` quoted a machine that came out in
// 2023-09 at the conditions of a day 32 months before, at its 2023 launch price (2,800 USD: a
// payback of 76 days), without a word; a scenario's cohort bought before its release month is
// noted as a counterfactual. The quote now says so in a note (not refused: a counterfactual may be
// meant), and names the launch price as of later where it is the unit price.
import { describe, expect, it } from 'vitest';
import { buildQuote } from '../../src/cli/quote-build.js';
import type { Args } from '../../src/cli/quote-inputs.js';

const base: Args = {
  machine: 'Antminer S21',
  tariff: '0.06',
  'pool-fee': '0%',
  metered: false,
  uptime: '100%',
  pue: 1,
  coin: 'bitcoin',
  json: true,
};
const released = (notes: readonly string[]) => notes.filter((n) => n.includes('(its catalog release month)'));

describe('quote of a machine on a day before its release', () => {
  it('S21 on 2021-01-01: the note names its release, the day and the launch price of later', () => {
    const q = buildQuote({ ...base, date: '2021-01-01' });
    expect(released(q.notes)).toEqual([
      'The Antminer S21 came out in 2023-09 (its catalog release month), after 2021-01-01, the day quoted: no one could mine with it that day, and its unit price is the launch price of 2023-09; fine for a counterfactual, not as a quote of that day.',
    ]);
    // The figures are still the day's: a counterfactual is quoted, not refused.
    expect(q.day.paybackDays).toBeGreaterThan(0);
  });

  it('a unit price given: the note leaves the launch price out', () => {
    const q = buildQuote({ ...base, date: '2023-08-31', 'unit-price': '3000' });
    expect(released(q.notes)).toHaveLength(1);
    expect(released(q.notes)[0]).not.toContain('launch price');
  });

  it('in its release month and after: no note', () => {
    expect(released(buildQuote({ ...base, date: '2023-09-01' }).notes)).toEqual([]);
    expect(released(buildQuote(base).notes)).toEqual([]);
  });
});
