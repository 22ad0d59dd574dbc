// The fan chart drew its weekly 5-95 % bands with no word of their Monte Carlo error. Its subtitle
// now says where the 5 % edge's 95 % interval runs, in shares of the paths: the ranks of the
// headline's intervals (stats/quantile-interval.ts), the same every week.
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
  it('bandsError() at 10,000 paths: the 5 % edge between the paths’ 4.58 % and 5.44 %, the ranks of the headline’s intervals', () => {
    expect(quantileIntervalRanks(10_000, 0.05, false)).toEqual([458, 544]);
    expect(bandsError(10_000, false)).toContain('runs from the paths’ 4.58 % to their 5.44 %');
    const [l, u] = quantileIntervalRanks(10_000, 0.05, true)!;
    expect(bandsError(10_000, true)).toContain(
      `runs from the paths’ ${((100 * l) / 10_000).toFixed(2)} % to their ${((100 * u) / 10_000).toFixed(2)} % (the pair counted as one path)`,
    );
    expect(bandsError(50, false)).toContain(
      'At 50 paths the bands’ 5 % and 95 % edges have no 95 % interval',
    );
  });

  it('roiFanSpec(), priceDifficultySpec() and the explorer’s fan caption of a 200-path run say it; of one path, none', async () => {
    const many = await run(200);
    const one = await run(1);
    // Before: the subtitles said only what the net position is and what the bands are over.
    expect(subtitle(many)).toContain(bandsError(200, false));
    expect(subtitle(one)).not.toContain('Monte Carlo error');
    const market = (s: RunSummary) =>
      ([] as string[])
        .concat((priceDifficultySpec(s) as { title: { subtitle: string | string[] } }).title.subtitle)
        .join(' ');
    expect(market(many)).toContain(bandsError(200, false));
    expect(market(one)).not.toContain('Monte Carlo error');
    expect(fanCaption(explorerView(many), null)).toContain(bandsError(200, false));
    expect(fanCaption(explorerView(one), null)).not.toContain('Monte Carlo error');
  });
});
