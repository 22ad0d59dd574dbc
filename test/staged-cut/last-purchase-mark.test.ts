// A fleet bought in stages whose last purchase the run reaches: the fan marks that day, from which a
// crossing of zero can be a payback (engine/compile/plan.ts paybackFromDay); before it, the line may
// cross zero on the first cohort alone. A cohort bought on the cut day itself is in the run (the
// cut is the last day simulated) and can pay back on that day: no "not decidable" there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { fanCaption, fanSvg } from '../../src/explorer/svg.js';
import { explorerView } from '../../src/explorer/view.js';
import { roiFanSpec } from '../../src/report/charts/roi-fan.js';
import { headlineTables } from '../../src/report/headline.js';
import { lastPurchaseAfterCut } from '../../src/report/staged-fleet.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const text = readFileSync(new URL('./after-cut.yaml', import.meta.url), 'utf8');

async function runBoughtOn(date: string) {
  const s = await scenarioOf(text.replace('purchased: 2025-12-01', `purchased: ${date}`), 'staged.yaml');
  return (await runMonteCarlo(s, { paths: 20, workers: 1, breakEvenPaths: 0 })).summary;
}

/** The rule layers of a vega-lite spec's events that carry `label`. */
function markedDates(spec: unknown, label: string): string[] {
  const layers = (spec as { layer: { data?: { values?: { date: string; label: string }[] } }[] }).layer;
  return [
    ...new Set(
      layers.flatMap((l) => (l.data?.values ?? []).filter((v) => v.label === label).map((v) => v.date)),
    ),
  ];
}

describe('the last purchase of a fleet bought in stages, on the charts of the net position', () => {
  it('roiFanSpec() marks the last purchase (2025-06-01, day 151), and explorer’s fanSvg() draws its rule', async () => {
    const run = await runBoughtOn('2025-06-01');
    expect(lastPurchaseAfterCut(run)).toBeNull();
    // Before: the subtitle named day 151, no rule showed where it is on the dates' axis.
    expect(markedDates(roiFanSpec(run), 'last purchase: payback from here')).toEqual(['2025-06-01']);
    const v = explorerView(run);
    expect(v.lastPurchase).toEqual({ day: 151, date: '2025-06-01', afterCut: false });
    expect(fanSvg(v, null)).toContain('class="last-purchase"');
    // Before: the explorer said nothing of a staged fleet.
    expect(fanCaption(v, null)).toContain(
      'a payback counts on or after its last purchase, day 151 (2025-06-01)',
    );
  });

  it('a cohort bought on the cut day (2025-11-14, day 317) is in the run: marked on the fan, payback decidable on that day', async () => {
    const run = await runBoughtOn('2025-11-14');
    expect(run.scenario.days).toBe(318);
    expect(run.scenario.capexUsd).toBe(40_000);
    expect(lastPurchaseAfterCut(run)).toBeNull();
    expect(markedDates(roiFanSpec(run), 'last purchase: payback from here')).toEqual(['2025-11-14']);
    const staged = headlineTable(run)
      .split('\n')
      .find((l) => l.trimStart().startsWith('bought in stages'));
    expect(staged).toContain('pays back on or after its last purchase, day 317 (2025-11-14)');
    const payback = headlineTables(run).find((t) => t.title === 'Payback');
    expect(payback?.note).not.toContain('falls after the cut');
  });

  it('a cohort bought the day after the cut (2025-11-15) is not: the payback is not decidable', async () => {
    const run = await runBoughtOn('2025-11-15');
    expect(lastPurchaseAfterCut(run)).toEqual({ day: 318, date: '2025-11-15', cutAt: '2025-11-14' });
    expect(markedDates(roiFanSpec(run), 'last purchase: payback from here')).toEqual([]);
  });
});

describe('a run past the end of the history whose last purchase falls after it', () => {
  it('headlineTables() say its back-test cannot decide a payback, and the fan marks the purchase', async () => {
    // Fees drawn from a model, not replayed: the run goes on to 2026-12-31, its back-test stops at
    // the history's end (2025-11-14, its series at the checkpoint of 2025-11-12) with the first
    // cohort alone, its net position above zero. Before: "not within the history (it ends before
    // the horizon)", as of a fleet that did not pay back when it could have.
    const s = await scenarioOf(
      text.replace('model: { type: historical }', 'model: { type: share-of-subsidy, calibrate: 1 year }'),
      'staged-past-history.yaml',
    );
    const run = (await runMonteCarlo(s, { paths: 20, workers: 1, breakEvenPaths: 0 })).summary;
    expect(run.scenario.cutAt).toBeUndefined();
    expect(run.actual?.dates.at(-1)).toBe('2025-11-12');
    expect(run.actual?.netUsd.at(-1)).toBeGreaterThan(0);
    const payback = headlineTables(run).find((t) => t.title === 'Payback');
    expect(payback?.rows.find((r) => r[0].startsWith('Back-test'))?.[1]).toBe(
      'not decidable: the history ends before the last purchase, on 2025-12-01, from which a payback counts',
    );
    expect(markedDates(roiFanSpec(run), 'last purchase: payback from here')).toEqual(['2025-12-01']);
  });
});
