// The README's sentence on Monero's emission quotes the 2017 desktops' committed run: its figures
// must be the summary's (output/north-korea-2017-monero-cpu/summary.json, dailyView.emission), and
// its words must say what they are: the block reward, in XMR a block, on day 0 and on the day the
// fleet pays back held fixed; and the run they come from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
const summary = JSON.parse(
  readFileSync(new URL('../../output/north-korea-2017-monero-cpu/summary.json', import.meta.url), 'utf8'),
) as {
  dailyView: { fleet: { paybackDays: number }; emission: { rewardNow: number; rewardAtPayback: number } };
};

describe('the README on Monero’s emission', () => {
  const { emission, fleet } = summary.dailyView;
  const at2 = (x: number) => x.toFixed(2);

  it('names the block reward in XMR a block, from day 0 to the payback day held fixed, as the committed summary gives it', () => {
    const sentence =
      /The 2017 desktops \(\[[^\]]*\]\([^)]*\)\) pay back on day (\d+) held fixed \(([\d.]+) days of profit\), by when the block reward has fallen from ([\d.]+) XMR a block on day 0 to ([\d.]+) XMR a block/.exec(
        readme,
      );
    expect(sentence, 'the sentence on the 2017 desktops').not.toBeNull();
    const [, day, days, from, to] = sentence!;
    expect(Number(day)).toBe(Math.floor(fleet.paybackDays));
    expect(days).toBe(fleet.paybackDays.toFixed(1));
    expect(from).toBe(at2(emission.rewardNow));
    expect(to).toBe(at2(emission.rewardAtPayback));
  });

  it('names the committed run the figures come from', () => {
    expect(readme).toContain(
      'The 2017 desktops ([north-korea-2017-monero-cpu](output/north-korea-2017-monero-cpu/summary.md))',
    );
  });
});
