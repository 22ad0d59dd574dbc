// A run of a 1-day horizon has one date in its timeline: its charts over dates still draw that
// date's values. A line or an area through one point draws nothing, so the fan, the revenue and
// the market charts were empty plots under a legend of five series.
import { describe, expect, it } from 'vitest';
import { priceDifficultySpec } from '../../src/report/charts/price-difficulty.js';
import { revenueCostSpec } from '../../src/report/charts/revenue-cost.js';
import { roiFanSpec } from '../../src/report/charts/roi-fan.js';
import { drawSvg } from '../../src/report/draw-svg.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { makeSummary } from '../fixtures/summary.js';

/** Every array as long as the timeline cut to its last entry (where the paths spread), at any depth. */
function lastDate<T>(value: T, length: number): T {
  if (Array.isArray(value))
    return (value.length === length ? value.slice(-1) : value.map((v) => lastDate(v, length))) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, lastDate(v, length)])) as T;
}

function oneDateSummary(): RunSummary {
  const full = makeSummary();
  const n = full.timeline.dates.length;
  return {
    ...full,
    scenario: { ...full.scenario, days: 1, end: full.scenario.start },
    timeline: { ...lastDate(full.timeline, n), dates: [full.scenario.start] },
    samplePaths: lastDate(full.samplePaths, n),
    actual: full.actual && { ...lastDate(full.actual, n), dates: [full.scenario.start] },
    events: [],
  };
}

/** The drawn items of each mark role: paths of lines and areas that go somewhere, symbols, rules. */
function drawn(svg: string) {
  const visibleLines = [...svg.matchAll(/<path[^>]*d="M[^"]*[LC][^"]*"/g)].length;
  const symbols = [...svg.matchAll(/class="mark-symbol role-mark[^"]*"[^>]*>(.*?)<\/g>/g)]
    .map((m) => (m[1].match(/<path/g) ?? []).length)
    .reduce((a, b) => a + b, 0);
  const rules = [...svg.matchAll(/class="mark-rule role-mark[^"]*"[^>]*>(.*?)<\/g>/g)]
    .map((m) => (m[1].match(/<line[^>]*y2="-?[1-9]/g) ?? []).length)
    .reduce((a, b) => a + b, 0);
  return { visibleLines, symbols, rules };
}

describe('charts over dates with one date', () => {
  const summary = oneDateSummary();
  it('oneDateSummary() is a timeline of one date with its quantiles apart', () => {
    expect(summary.timeline.dates).toHaveLength(1);
    expect(summary.timeline.netUsd.p5[0]).toBeLessThan(summary.timeline.netUsd.p95[0]);
  });

  // Before: 0 symbols and 0 band rules in each: the plot was empty.
  it('roiFanSpec() draws the one date’s median and actual as points and its three bands as bars', async () => {
    const counts = drawn(await drawSvg(roiFanSpec(summary), () => undefined));
    expect(counts.symbols).toBeGreaterThanOrEqual(2);
    expect(counts.rules).toBeGreaterThanOrEqual(3);
  });

  it('revenueCostSpec() draws the one date’s medians as points and their bands as bars', async () => {
    const counts = drawn(await drawSvg(revenueCostSpec(summary), () => undefined));
    expect(counts.symbols).toBeGreaterThanOrEqual(2);
    expect(counts.rules).toBeGreaterThanOrEqual(2);
  });

  it('priceDifficultySpec() draws the one date’s median, samples and actual as points', async () => {
    const counts = drawn(await drawSvg(priceDifficultySpec(summary), () => undefined));
    // Per panel: the median, each sample path, the actual history.
    expect(counts.symbols).toBeGreaterThanOrEqual(2 * 3);
  });
});
