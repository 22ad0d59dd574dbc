// An analyst's question: the flagship's ten S9s (2017-05-17, two years, GBM price and hashrate
// growth calibrated before the start), and the claims a report would make: "payback within 18
// months", "IRR above 20 %", "at least 45 % (or 60 %) of outcomes pay back within a year", "NPV
// positive", and the sceptic's "payback after 18 months". Written in the analyst's words
// ("within", "above") they are refused with the grammar and examples; in minesim's, on 300 paths
// (seed 5), each claim's share is the paths' own: P(payback <= 1 year) is headline.paybackWithin1y
// (139 of 300), "payback <= 18 months" (218 paths) lies between payback.csv's ECDF at day 539
// (0.7233) and day 569 (0.7367) and its complement is the sceptic's share, and the NPV and IRR
// shares sit between the quantiles around 0 and 20 %. Each standard error is sqrt(p(1 - p) / 300)
// and each interval Wilson's at z = 1.96; the verdict is "supported" where the whole interval is on
// the claim's side of its threshold, "refuted" where it is all on the other, "inconclusive" where
// it straddles (0.408-0.520 against 0.45). On the history (paid back 2017-12-15, day 212; IRR
// 211 % a year; NPV 18,202 USD) every claim holds but the sceptic's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/stats/summary.js';
import { cli, useScratchFolder } from '../analyst-questions-2/hand.js';

const { backtest, outDir, scenarioFile } = useScratchFolder(); // the scenarios below draw no charts of their own accord

const scenario = (claims: string[]) => `name: s9-claims
start: 2017-05-17
horizon: 2 years
fleet:
  - { model: Antminer S9, count: 10, unitPrice: 2000 USD, importPremium: 30 %, setupCost: 1000 USD, failureRate: 8 %, uptime: 90 % }
power: { price: 0.10 USD/kWh }
costs: { poolFee: 2 % }
network: { model: { type: growth, calibrate: 1 year } }
fees: { model: { type: share-of-subsidy, calibrate: 90 days } }
price: { model: { type: gbm, calibrate: 2 years } }
money: { discountRate: 10 %, salvage: { model: hashprice-linked, fraction: 80 % } }
claims:
${claims.map((c) => `  - ${c}`).join('\n')}
outputs: { charts: [] }
`;
const CLAIMS = [
  'payback <= 18 months',
  'irr > 20 %',
  'P(payback <= 1 year) >= 0.45',
  'NPV > 0',
  'P(payback <= 1 year) >= 0.6',
  'payback > 18 months',
];

/** Wilson's 95 % interval of a share p of n draws. */
function wilson(p: number, n: number): [number, number] {
  const z = 1.96;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [centre - half, centre + half];
}

describe('claims as an analyst writes them, on 300 paths and on the history', { timeout: 60_000 }, () => {
  it('minesim validate refuses the analyst’s words with the grammar and examples', async () => {
    const out = await cli(
      'validate',
      scenarioFile('s9-claims-words', scenario(['payback within 18 months', 'IRR above 20 %'])),
    );
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(
      /claims\[0\]: expected a claim like `payback > 2 years`, `P\(payback <= 1 year\) >= 0\.9`.*\(got "payback within 18 months"\)/,
    );
    expect(out.stderr).toMatch(/claims\[1\]: expected a claim like .*\(got "IRR above 20 %"\)/);
  });

  it('minesim run: each share, standard error, interval and verdict from the paths’ own outcomes', async () => {
    const file = scenarioFile('s9-claims', scenario(CLAIMS));
    const folder = join(outDir, 's9-claims-run');
    const shown = await cli('run', file, '--paths', '300', '--seed', '5', '--out', folder);
    expect(shown.code).toBe(0);
    const s = JSON.parse(readFileSync(join(folder, 'summary.json'), 'utf8')) as RunSummary;
    const claim = (text: string) => s.claims.find((c) => c.text === text)!;
    const h = s.headline;

    // The shares are counts of the 300 paths.
    expect(CLAIMS.map((c) => claim(c).share * 300).map((k) => Math.round(k * 1e9) / 1e9)).toEqual([
      218, 242, 139, 249, 139, 82,
    ]);
    expect(claim('P(payback <= 1 year) >= 0.45').share).toBe(h.paybackWithin1y!.p);
    expect(claim('payback > 18 months').share).toBeCloseTo(1 - claim('payback <= 18 months').share, 12);
    // Between the payback ECDF's points on either side of day 547 (18 months of 30.4375 days).
    const ecdf = readFileSync(join(folder, 'payback.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((r) => r.split(',').map(Number));
    const through = (day: number) => ecdf.find((r) => r[1] === day)![3];
    expect(through(539)).toBeLessThanOrEqual(claim('payback <= 18 months').share);
    expect(claim('payback <= 18 months').share).toBeLessThanOrEqual(through(569));
    // The NPV and IRR shares between the quantiles either side of 0 and of 20 %.
    expect(h.npvUsd.quantiles.p10!).toBeLessThan(0);
    expect(h.npvUsd.quantiles.p25!).toBeGreaterThan(0);
    expect(claim('NPV > 0').share).toBeGreaterThan(0.75);
    expect(claim('NPV > 0').share).toBeLessThan(0.9);
    expect(h.irr.quantiles.p10!).toBeLessThan(0.2);
    expect(h.irr.quantiles.p25!).toBeGreaterThan(0.2);
    expect(claim('irr > 20 %').share).toBeGreaterThan(0.75);
    expect(claim('irr > 20 %').share).toBeLessThan(0.9);

    // Each standard error and Wilson interval by hand; the verdict from the interval.
    for (const text of CLAIMS) {
      const c = claim(text);
      expect(c.se).toBeCloseTo(Math.sqrt((c.share * (1 - c.share)) / 300), 12);
      const [low, high] = wilson(c.share, 300);
      expect(c.low).toBeCloseTo(low, 12);
      expect(c.high).toBeCloseTo(high, 12);
      const threshold = Number(c.threshold.replace(/^[<>=]+ /, ''));
      const verdict = low > threshold ? 'supported' : high < threshold ? 'refuted' : 'inconclusive';
      expect({ text, verdict: c.verdict }).toEqual({ text, verdict });
    }
    expect(CLAIMS.map((c) => claim(c).verdict)).toEqual([
      'supported',
      'supported',
      'inconclusive',
      'supported',
      'refuted',
      'refuted',
    ]);
    expect(shown.stdout).toMatch(
      /claim: P\(payback <= 1 year\) >= 0\.45 +inconclusive \(share 0\.463, 95 % 0\.408-0\.520, needs >= 0\.45\)/,
    );

    // On the history: paid back on day 212, so every claim holds but the sceptic's.
    const bt = await backtest(file);
    expect(bt.summary.actual!.paybackDate).toBe('2017-12-15');
    expect(bt.summary.headline.irr.quantiles.p50!).toBeGreaterThan(0.2);
    expect(bt.summary.headline.npvUsd.quantiles.p50!).toBeGreaterThan(0);
    expect(bt.summary.claims.map((c) => [c.text, c.share, c.verdict])).toEqual(
      CLAIMS.map((c) => [
        c,
        c === 'payback > 18 months' ? 0 : 1,
        c === 'payback > 18 months' ? 'refuted' : 'supported',
      ]),
    );
    expect(bt.text).toMatch(/claim: payback > 18 months +did not hold on the actual history/);
  });
});
