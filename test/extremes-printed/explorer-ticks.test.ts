// The explorer's fan chart labels its ticks in compact notation, whose largest word is T
// (trillions): a net position of 1e17 USD read "100,000T", and one under a billionth "0".
import { describe, expect, it } from 'vitest';
import { fanSvg } from '../../src/explorer/svg.js';
import { explorerView } from '../../src/explorer/view.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { makeSummary } from '../fixtures/summary.js';

/** The summary with its weekly net position times `factor`. */
function scaled(factor: number): RunSummary {
  const s = makeSummary({ kind: 'monte-carlo' });
  const bands = s.timeline.netUsd as unknown as Record<string, unknown>;
  const netUsd = Object.fromEntries(
    Object.entries(bands).map(([k, v]) => [k, Array.isArray(v) ? v.map((x: number) => x * factor) : v]),
  );
  return { ...s, timeline: { ...s.timeline, netUsd: netUsd as never } };
}

/** The y axis's labels: the texts that read as numbers. */
const numbers = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1])
    .filter((t) => /^[-−]?\d/.test(t) && !t.endsWith(' y'));

describe("the explorer's fan ticks at the extremes", () => {
  it('from 1e15 in exponent form', () => {
    const ticks = numbers(fanSvg(explorerView(scaled(1e14)), null)).filter((t) => t !== '0');
    expect(ticks.length).toBeGreaterThan(1);
    for (const t of ticks) expect(t).toMatch(/^-?\d(\.\d+)?e\d+$/);
  });

  it('under a billionth with its digits, not 0', () => {
    const ticks = numbers(fanSvg(explorerView(scaled(1e-15)), null)).filter((t) => t !== '0');
    expect(ticks.length).toBeGreaterThan(1);
    for (const t of ticks) expect(t).toMatch(/e-\d+$/);
  });
});
