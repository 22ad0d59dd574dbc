// The fan chart's tooltips past 1e15 USD, as report.html's page makes them: each figure in the
// exponent form the tables write (1.3e15), never a run of sixteen digits (1300000000000000) or
// JavaScript's 1.3e+15, for a run of many paths, of one path and a back-test. This held already
// (usdTooltip() computes each line's text); the test keeps it.
import * as vega from 'vega';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { roiFanSpec } from '../../src/report/charts/roi-fan.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { makeSummary } from '../fixtures/summary.js';

/** The fixture run with every net position at `usd` (its back-test's too). */
function flatAt(usd: number, overrides: Partial<RunSummary> = {}): RunSummary {
  const s = makeSummary(overrides);
  const bands = s.timeline.netUsd as unknown as Record<string, number[]>;
  for (const key of Object.keys(bands)) bands[key] = bands[key].map(() => usd);
  if (s.actual) s.actual.netUsd = s.actual.netUsd.map(() => usd);
  return s;
}

/** The tooltips of the fan's nearest-date layer, as vega makes them for the page. */
async function fanTooltips(summary: RunSummary): Promise<Record<string, string>[]> {
  const view = new vega.View(vega.parse(compile(roiFanSpec(summary)).spec), { renderer: 'none' });
  await view.runAsync();
  const out: Record<string, string>[] = [];
  const visit = (item: { tooltip?: Record<string, string>; items?: unknown[] }) => {
    if (item.tooltip && !('Event' in item.tooltip)) out.push(item.tooltip);
    for (const i of item.items ?? []) visit(i as never);
  };
  visit((view.scenegraph() as never as { root: never }).root);
  view.finalize();
  return out;
}

describe('the fan chart’s tooltips from 1e15 USD', () => {
  const runs: [string, RunSummary][] = [
    ['many paths', flatAt(1.3e15)],
    ['one path', flatAt(1.3e15, { run: { paths: 1, seed: 1, antithetic: false } })],
    ['a back-test', flatAt(1.3e15, { kind: 'backtest' })],
  ];
  for (const [name, summary] of runs)
    it(`roiFanSpec() of ${name} at 1.3e15 USD shows 1.3e15 in every figure of its tooltips`, async () => {
      const tips = await fanTooltips(summary);
      expect(tips.length).toBeGreaterThan(100);
      for (const tip of tips)
        for (const [title, text] of Object.entries(tip))
          if (title !== 'Date') expect(text, title).toBe('1.3e15');
    });
});
