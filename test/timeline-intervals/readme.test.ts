// The README's figures on the weekly bands' intervals are the code's own: the flagship at 1,000
// paths (its scenario's seed), its widest net position's and price's intervals as quoted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { loadScenario } from '../fixtures/scenarios.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
const usd = (v: number) => Math.round(v).toLocaleString('en-US');
const millions = (v: number) => `${(v / 1e6).toFixed(2).replace(/0$/, '')} M`;

describe('the README on the weekly bands’ intervals', () => {
  it('quotes the flagship’s widest intervals at 1,000 paths as runMonteCarlo() gives them', async () => {
    const { summary } = await runMonteCarlo(await loadScenario('north-korea-2017-s9'), { paths: 1000 });
    const { netUsd, priceUsd } = summary.timeline.widestIntervals!;
    expect(netUsd).toBeDefined();
    expect(priceUsd).toBeDefined();
    expect(readme).toContain(
      `net position's 95 % on ${netUsd!.date} (${usd(netUsd!.value)} USD, 95 % interval ${usd(netUsd!.low)} to ${usd(netUsd!.high)})`,
    );
    expect(priceUsd!.date).toBe(summary.scenario.end);
    expect(readme).toContain(
      `price's 95 % at the horizon (${millions(priceUsd!.value)} M USD/BTC, ${millions(priceUsd!.low)} to ${millions(priceUsd!.high)})`.replace(
        ' M M',
        ' M',
      ),
    );
    expect(readme).toContain('`date,metric,quantile,value,unit,low,high`');
  }, 60_000);
});
