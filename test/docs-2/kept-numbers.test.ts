// What a run and a shard keep for each path, as README and docs/cluster.md state it, against the
// outcome table itself (src/stats/outcomes.ts) and the part's size bound (src/engine/run/shard.ts).
// The pages said "eleven more with financing or tax" (the books keep thirteen since the hedges'
// three joined, fifteen since the tax paid and the losses left unused), "ten numbers for each of its paths" and "235 bytes a path", "41 MB a part" and
// "about 2.2 million paths" for a shard (its part holds all 24 outcomes, 256 characters of base64
// a path: 44 MB and about 2.05 million), and the explorer's page "about 1 MB" (the flagship's is 1.3 MB).
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_PART_CHARS, partCharsBound } from '../../src/engine/run/shard.js';
import { BOOKS_OUTCOMES, OUTCOME_COUNT, SEARCHED_OUTCOMES } from '../../src/stats/outcomes.js';

const page = (name: string) =>
  readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8').replace(/\s*\n\s*/g, ' ');
const readme = page('README.md');
const cluster = page('docs/cluster.md');
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const WORDS_TEENS = ['eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen'];
const count = (word: string) => {
  const i = [...WORDS, ...WORDS_TEENS].indexOf(word);
  return i >= 0 ? i : Number(word);
};

/** The flagship's days and sample paths, and a scenario's JSON of about its size. */
const DAYS = 1826;
const SAMPLES = 20;
const TEXT = 3000;
const perPath = (partCharsBound(3000, DAYS, SAMPLES, TEXT) - partCharsBound(0, DAYS, SAMPLES, TEXT)) / 3000;

describe("README's numbers kept a path", () => {
  const m =
    /only (\w+) numbers per path are kept \((\d+) MB at a million paths\), (\w+) more with financing or tax/.exec(
      readme,
    );

  it("are the outcomes every path keeps, their bytes at a million paths, and the books'", () => {
    expect(m).not.toBeNull();
    const every = OUTCOME_COUNT - BOOKS_OUTCOMES.length - SEARCHED_OUTCOMES.length;
    expect(count(m![1])).toBe(every);
    expect(Number(m![2])).toBe((every * 8 * 1e6) / 1e6);
    expect(count(m![3])).toBe(BOOKS_OUTCOMES.length);
  });
});

describe("docs/cluster.md's part and shard", () => {
  it('a part takes the bytes a path it says, of every outcome', () => {
    const m = /(\d+) bytes a path \(every outcome a path has, (\d+) numbers/.exec(cluster);
    expect(m).not.toBeNull();
    // 8 bytes a number in base64: 4/3 characters a byte, to the nearest whole.
    expect(Number(m![1])).toBe(Math.round(perPath));
    expect(Number(m![2])).toBe(OUTCOME_COUNT);
  });

  it("the flagship's million paths in 8 shards make parts of the size it says", () => {
    const m = /the flagship's 1,000,000 paths in 8 shards: (\d+) MB a part/.exec(cluster);
    expect(m).not.toBeNull();
    // The part's histograms measured at about 6.3 kB a day; the bound is within 1 MB of the part.
    const part = partCharsBound(125_000, DAYS, SAMPLES, TEXT);
    expect(Math.abs(Number(m![1]) - part / 1e6)).toBeLessThan(1);
  });

  it('the longest 5-year shard is the paths it says', () => {
    const m = /about ([\d.]+) million paths of a 5-year run/.exec(cluster);
    expect(m).not.toBeNull();
    let lo = 1;
    let hi = 1e8;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (partCharsBound(mid, DAYS, SAMPLES, TEXT) <= MAX_PART_CHARS) lo = mid;
      else hi = mid;
    }
    expect(Number(m![1])).toBe(Math.round(lo / 1e4) / 100);
  });

  it('a shard keeps every outcome of each of its paths', () => {
    const m = /A shard keeps (\d+) numbers for each of its paths/.exec(cluster);
    expect(Number(m?.[1])).toBe(OUTCOME_COUNT);
  });
});

describe("README's explorer size", () => {
  it("is the committed flagship's explore.html, to a tenth of a megabyte", () => {
    const m = /self-contained file of about ([\d.]+) MB \(its budget is 2 MB/.exec(readme);
    expect(m).not.toBeNull();
    const bytes = statSync(new URL('../../output/north-korea-2017-s9/explore.html', import.meta.url)).size;
    expect(Number(m![1])).toBe(Math.round(bytes / 1e5) / 10);
  });
});
