// The weekly bands' Monte Carlo error (timeline.csv's low and high, summary.json's
// timeline.widestIntervals): the README and summary.json's schema say what it is, in the ranks the
// headline's intervals use. The figures they quote are the code's own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quantileIntervalRanks } from '../../src/stats/quantile-interval.js';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8').replace(/\s+/g, ' ');
const schema = readFileSync(new URL('schema/summary.schema.json', root), 'utf8');
const pct = (rank: number, n: number) => `${((100 * rank) / n).toFixed(2)} %`;
const span = (n: number, q: number, antithetic: boolean) => {
  const [l, u] = quantileIntervalRanks(n, q, antithetic)!;
  return [pct(l, n), pct(u, n)];
};

describe('the weekly bands’ Monte Carlo error, as the docs state it', () => {
  it('the README’s spans at 10,000 and 1,000 paths, independent and in pairs, are quantileIntervalRanks()’s', () => {
    const [l5, u5] = span(10_000, 0.05, false);
    expect(readme).toContain(`5 % band's interval runs from the paths' ${l5} to their ${u5}`);
    const [l10, u10] = span(10_000, 0.1, false);
    expect(readme).toContain(`10 % band's from ${l10} to ${u10}`);
    const [l25, u25] = span(10_000, 0.25, false);
    expect(readme).toContain(`25 % band's from ${l25} to ${u25}`);
    const [l50, u50] = span(10_000, 0.5, false);
    expect(readme).toContain(`median's from ${l50} to ${u50}`);
    const thousand = [0.05, 0.1, 0.25, 0.5]
      .map((q) => span(1000, q, false).join('-').replaceAll(' %', ''))
      .join(' %, ');
    expect(readme.replace(' and 46.90', ', 46.90')).toContain(`at 1,000 paths ${thousand} %`);
    expect(readme).toContain(`${span(10_000, 0.05, true).join('-').replace(' %-', '-')} at 10,000`);
    expect(readme).toContain(`(${span(1000, 0.05, true).join('-').replace(' %-', '-')} at 1,000)`);
  });

  it('summary.json’s schema says where the bands’ intervals are and quotes the same span', () => {
    const [l5, u5] = span(10_000, 0.05, false);
    expect(schema).toContain("timeline.csv's `low` and `high` give every week's");
    expect(schema).toContain(`from the paths' ${l5} to their ${u5}`);
  });
});
