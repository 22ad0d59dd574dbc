// Every coverage the walk-forward study prints carries its 95 % interval under serial dependence
// (src/stats/serial-share.ts), not the binomial one as if consecutive starts were independent: the
// published interval forecast's one-week coverages (consecutive weeks' hits cluster: 2013's
// growth ran past the band week after week), the score tables' coverages (in start order), and the
// goals a "MISSED" rests on, in coverage.md and in the terminal.
import { describe, expect, it } from 'vitest';
import { PUBLISHED_HASHRATE_BAND } from '../../src/data/published-forecasts.js';
import { calibrationMessages } from '../../src/messages/calibration.js';
import { goalLines } from '../../src/report/calibration-markdown.js';
import { publishedBandLines } from '../../src/report/calibration-published.js';
import { serialShare } from '../../src/stats/serial-share.js';
import { wilson } from '../../src/stats/shares.js';
import type { CalibrationRow } from '../../src/study/calibration-row.js';
import { coverageStats } from '../../src/study/calibration-stats.js';
import { evaluateGoals } from '../../src/study/goals.js';
import {
  type BandWeek,
  bandRows,
  bandStarts,
  type PublishedBandScore,
} from '../../src/study/published-band.js';
import { summarizeScores } from '../../src/study/study-scores.js';

const f2 = ([a, b]: [number, number]) => `${a.toFixed(2)}–${b.toFixed(2)}`;

/** 2012-13's 105 weekly starts: 2012's 53 weeks held but for two misses, 2013's in runs of misses. */
const starts = bandStarts();
const inside = (i: number) => (i < 53 ? i !== 20 && i !== 40 : Math.floor((i - 53) / 6) % 2 === 0);
const weeks: BandWeek[] = starts.flatMap((start, i) =>
  [1, 4].map((n) => ({
    start,
    model: 'm',
    weeks: n,
    lastWeekEhs: 1,
    realisedEhs: 1,
    publishedInside: inside(i),
    minesimLowEhs: 0.9,
    minesimMedianEhs: 1,
    minesimHighEhs: 1.1,
    minesimInside: inside(i),
    minesimHalfWidthPct: 10,
  })),
);

describe("the interval forecast's coverages", () => {
  const rows = bandRows(weeks);
  const all = rows.find((r) => r.weeks === 1 && r.period === '2012-13')!;
  const hits = starts.map((_, i) => inside(i));

  it('bandRows() gives each coverage its interval under serial dependence, in start order', () => {
    const s = serialShare(hits, 1);
    expect(all.minesimCoverage).toBe(s.share);
    expect(all.minesimInterval).toEqual(s.interval);
    expect(all.publishedInterval).toEqual(s.interval);
    // Weeks listed out of order read the same.
    const shuffled = bandRows([...weeks].reverse()).find((r) => r.weeks === 1 && r.period === '2012-13')!;
    expect(shuffled.minesimInterval).toEqual(s.interval);
    // Four weeks ahead: at most a quarter as many independent weeks.
    const four = rows.find((r) => r.weeks === 4 && r.period === '2012-13')!;
    expect(four.minesimInterval).toEqual(serialShare(hits, 4).interval);
  });

  it('the table prints it: wider than the binomial interval of 105 independent weeks', () => {
    const s = serialShare(hits, 1);
    const binomial = wilson(s.share, 105);
    expect(s.interval[1] - s.interval[0]).toBeGreaterThan(1.5 * (binomial[1] - binomial[0]));
    const score = {
      band: PUBLISHED_HASHRATE_BAND,
      model: 'm',
      paths: 500,
      weeks,
      rows,
    } as PublishedBandScore;
    const line = publishedBandLines(score).find((l) => l.includes('| 1 | 2012-13 |'))!;
    expect(line).toContain(`| ${s.share.toFixed(2)} (${f2(s.interval)}) |`);
    expect(line).not.toContain(`(${f2(binomial)})`);
  });
});

/** Rows of one group: `n` monthly starts of Bitcoin's net position at `horizonDays`, hits in90(i). */
function group(n: number, horizonDays: number, in90: (i: number) => boolean): CalibrationRow[] {
  return Array.from({ length: n }, (_, i) => {
    const start = `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
    return {
      coin: 'bitcoin',
      start,
      split: 'held-out',
      model: 'm',
      horizonDays,
      quantity: 'net',
      pit: 0.5,
      in50: true,
      in90: in90(i),
      crps: 1,
      is50: 1,
      is90: 1,
    } as unknown as CalibrationRow;
  });
}

describe("the score tables' and the goals' coverages", () => {
  // 59 monthly starts at 180 days, the 90 % band missing in runs of five: the design alone counts
  // 59 x 30.44 / 180 = 10 independent windows; the runs of misses leave fewer.
  const clustered = (i: number) => Math.floor(i / 5) % 3 !== 2;
  const rows = group(59, 180, clustered);

  it('coverageStats() reads the hits in start order, under serial dependence', () => {
    const hits = rows.map((r) => r.in90);
    const c = coverageStats(rows, 30.4375, 180);
    expect(c.band90.intervalEffective).toEqual(serialShare(hits, 180 / 30.4375).interval);
    expect(c.band90.effective).toBeLessThan(c.effectiveStarts);
    // Wider than the design's count alone, which the study printed.
    const design = wilson(c.band90.share, c.effectiveStarts);
    expect(c.band90.intervalEffective[0]).toBeLessThan(design[0]);
  });

  it('summarizeScores() sorts a group by start before it reads the dependence', () => {
    const [inOrder] = summarizeScores(rows);
    const [reversed] = summarizeScores([...rows].reverse());
    expect(reversed.band90.intervalEffective).toEqual(inOrder.band90.intervalEffective);
  });

  it('a goal missed prints the interval under serial dependence, in coverage.md and in the terminal', () => {
    // The goals at 180 days are the price's and the hashrate's.
    const priceRows = rows.map((r) => ({ ...r, quantity: 'price' }) as CalibrationRow);
    const goals = evaluateGoals(summarizeScores(priceRows), 'm');
    const goal = goals.find((g) => g.what === 'price at 180 days: 90 % band holds')!;
    const hits = priceRows.map((r) => r.in90);
    const s = serialShare(hits, 180 / 30.4375);
    expect(goal.met).toBe(false);
    expect(goal.interval).toEqual(s.interval);
    const line = goalLines(goals).find((l) => l.startsWith('| price at 180 days: 90 % band holds'))!;
    expect(line).toContain(`| ${f2(s.interval)} |`);
    expect(goalLines(goals)[0]).toContain('95 % serial-adj.');
    expect(calibrationMessages.goal(goal.what, '0.61', goal.target, goal.met, f2(s.interval))).toContain(
      `(95 % serial-adj. ${f2(s.interval)}; target 0.85–0.95) MISSED`,
    );
  });
});
