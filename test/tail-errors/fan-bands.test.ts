// The fan chart drew its weekly 5-95 % bands with no word of their Monte Carlo error. Its subtitle
// now says it, as timeline.csv does: the widest weekly interval in the chart's units
// (test/chart-captions/bands-widest-interval.test.ts).
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { fanCaption } from '../../src/explorer/svg.js';
import { explorerView } from '../../src/explorer/view.js';
import { bandsError } from '../../src/report/bands-error.js';
import { priceDifficultySpec } from '../../src/report/charts/price-difficulty.js';
import { roiFanSpec } from '../../src/report/charts/roi-fan.js';
import { quantileIntervalRanks } from '../../src/stats/quantile-interval.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { loadScenario } from '../fixtures/scenarios.js';

const run = async (paths: number, antithetic = false): Promise<RunSummary> => {
  const s = await loadScenario('north-korea-2017-s9', (d) => {
    delete d.sweep;
  });
  return (await runMonteCarlo(s, { paths, workers: 1, breakEvenPaths: 0, withBacktest: false, antithetic }))
    .summary;
};
const subtitle = (s: RunSummary) => {
  const title = (roiFanSpec(s) as { title: { subtitle: string | string[] } }).title;
  return ([] as string[]).concat(title.subtitle).join(' ');
};

describe('the fan’s bands’ Monte Carlo error', () => {
  it('bandsError() with no widest interval (too few paths) says the bands have none', () => {
    expect(quantileIntervalRanks(10_000, 0.05, false)).toEqual([458, 544]);
    const none = { run: { paths: 5, antithetic: false }, timeline: {} };
    expect(bandsError(none, [{ key: 'netUsd', name: null, unit: 'USD' }])).toContain(
      'At 5 paths no band has a 95 % interval',
    );
  });

  it('roiFanSpec(), priceDifficultySpec() and the explorer’s fan caption of a 200-path run say it; of one path, none', async () => {
    const many = await run(200);
    const one = await run(1);
    // Before: the subtitles said only what the net position is and what the bands are over.
    const net = [{ key: 'netUsd' as const, name: null, unit: 'USD' }];
    expect(subtitle(many)).toContain(bandsError(many, net));
    expect(subtitle(one)).not.toContain('Monte Carlo error');
    const market = (s: RunSummary) =>
      ([] as string[])
        .concat((priceDifficultySpec(s) as { title: { subtitle: string | string[] } }).title.subtitle)
        .join(' ');
    expect(market(many)).toContain('Monte Carlo error');
    expect(market(one)).not.toContain('Monte Carlo error');
    expect(fanCaption(explorerView(many), null)).toContain(bandsError(many, net));
    expect(fanCaption(explorerView(one), null)).not.toContain('Monte Carlo error');
  });
});
