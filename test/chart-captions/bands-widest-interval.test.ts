// The fan and market charts stated their bands' Monte Carlo error in ranks ("its 95 % interval runs
// from the paths' 4.58 % to their 5.44 %"), a measure the analyst cannot read off the chart or check
// against timeline.csv, whose `low` and `high` give each week's interval in the series' unit. The
// captions now give each drawn series' widest interval (summary.json timeline.widestIntervals) in
// the chart's unit, its ends rounded outwards so the printed interval holds the one in the CSV.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { fanCaption } from '../../src/explorer/svg.js';
import { explorerView } from '../../src/explorer/view.js';
import { priceDifficultySpec } from '../../src/report/charts/price-difficulty.js';
import { roiFanSpec } from '../../src/report/charts/roi-fan.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { loadScenario } from '../fixtures/scenarios.js';

const run = async (paths: number): Promise<RunSummary> => {
  const s = await loadScenario('north-korea-2017-s9', (d) => {
    delete d.sweep;
  });
  return (await runMonteCarlo(s, { paths, workers: 1, breakEvenPaths: 0, withBacktest: false })).summary;
};
const subtitle = (spec: unknown) =>
  ([] as string[]).concat((spec as { title: { subtitle: string | string[] } }).title.subtitle).join(' ');

/** An end to 4 significant digits, rounded outwards, with thousands separators (the test's own reading). */
function end(x: number, dir: 'low' | 'high'): number {
  const step = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 3);
  return (dir === 'low' ? Math.floor(x / step) : Math.ceil(x / step)) * step;
}
const printed = (x: number) =>
  Number(x.toPrecision(5)).toLocaleString('en-US', { maximumFractionDigits: 10 });

describe('the bands’ Monte Carlo error in the chart’s units', () => {
  it('the fan (report and explorer) gives the net position’s widest weekly interval in USD, as timeline.widestIntervals', async () => {
    const s = await run(200);
    const w = s.timeline.widestIntervals!.netUsd!;
    const text = subtitle(roiFanSpec(s));
    const interval = `${printed(end(w.low, 'low'))} to ${printed(end(w.high, 'high'))} USD`;
    expect(text).toContain(interval);
    expect(text).toContain(`${Math.round(100 * w.quantile)} % quantile’s on ${w.date}`);
    expect(text).toContain('timeline.csv');
    // The ranks' measure is gone: it said something else than the CSV.
    expect(text).not.toMatch(/paths’ \d+\.\d+ %/);
    expect(fanCaption(explorerView(s), null)).toContain(interval);
  });

  it('the market chart gives the price’s in USD/BTC and the difficulty’s', async () => {
    const s = await run(200);
    const text = subtitle(priceDifficultySpec(s));
    const p = s.timeline.widestIntervals!.priceUsd!;
    expect(text).toContain(
      `price, the widest 95 % interval of a week’s quantile is the ${Math.round(100 * p.quantile)} % quantile’s on ${p.date}`,
    );
    expect(text).toContain(`${printed(end(p.low, 'low'))} to ${printed(end(p.high, 'high'))} USD/BTC`);
    expect(text).toMatch(/difficulty, (the widest|no week)/);
    expect(text).not.toMatch(/paths’ \d+\.\d+ %/);
  });

  it('below 72 paths the 5 % and 95 % edges have none, said first; below 6 no band has one', async () => {
    const fifty = subtitle(roiFanSpec(await run(50)));
    expect(fifty).toMatch(/^.*At 50 paths the 5 % and 95 % edges have no 95 % interval .*Monte Carlo error/);
    const three = subtitle(roiFanSpec(await run(3)));
    expect(three).toContain('At 3 paths no band has a 95 % interval');
  });
});
