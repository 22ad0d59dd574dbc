// An analyst's question: 20 Antminer S21s (200 TH/s, 3,500 W) bought on 2024-05-01 at 3,400 USD
// each and hosted under a revenue share with a waterfall, as one 2024 deal was written (DOMAIN.md:
// the site keeps 30 % of the coins until the owner has recovered its capex, then 50 %), the site
// paying the power, through the end of the shipped history (2025-11-14). On what day does the split
// flip, and what do the owner's net, NPV and IRR come to? By hand from data/btc-daily.csv: each
// day's coins after the 1 % pool fee, the owner's 70 % of them sold that day, added up until they
// reach the 68,000 USD capex; the owner's 50 % from the next day on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  coinsPerHs,
  dateAfter,
  day,
  irrOf,
  npvOf,
  paybackDay,
  useScratchFolder,
  weekHashprice,
} from '../analyst-questions-2/hand.js';

const { backtest, scenarioFile } = useScratchFolder({ charts: false });

const START = '2024-05-01';
const DAYS = 563; // to 2025-11-14, the history's last day
const UNITS = 20;
const CAPEX = UNITS * 3400;
const file = (days = DAYS) =>
  scenarioFile(
    `s21-revenue-share-waterfall-${days}`,
    `name: s21-revenue-share-waterfall
start: ${START}
horizon: ${days} days
fleet:
  - { name: s21, model: Antminer S21, count: ${UNITS}, unitPrice: 3400 USD }
power:
  price: 0 USD/kWh
  hosting: { basis: revenue-share, share: 30 %, waterfall: { after: 50 % } }
costs: { poolFee: 1 % }
`,
  );

/** The owner's daily revenue by hand, the split flipping the day after the capex is recovered. */
function owner() {
  const revenue: number[] = [];
  let recovered = 0;
  let flip: number | null = null;
  for (let d = 0; d < DAYS; d++) {
    const date = dateAfter(START, d);
    const gross = UNITS * 200e12 * coinsPerHs(date) * day(date).price * 0.99;
    const keep = flip === null ? 0.7 : 0.5;
    revenue.push(gross * keep);
    recovered += gross * keep;
    if (flip === null && recovered >= CAPEX) flip = d + 1;
  }
  return { revenue, flip };
}

describe('S21s under a 70/30 revenue share that turns 50/50 once the capex is recovered', {
  timeout: 60_000,
}, () => {
  it('minesim backtest: the day the split flips, the payback, net, NPV and IRR agree with the hand computation', async () => {
    const o = owner();
    const { summary, folder, text } = await backtest(file());
    const a = summary.actual!;
    // Recovered on 2025-08-14 (day 470): the split is 50/50 from 2025-08-15.
    expect(o.flip).toBe(471);
    expect(dateAfter(START, o.flip!)).toBe('2025-08-15');
    // minesim says it: summary.json, the terminal and summary.md (no output dated the flip before).
    expect(summary.actual!.waterfall).toEqual({
      siteShare: 0.3,
      siteShareAfter: 0.5,
      recoverUsd: CAPEX,
      recoveredDate: '2025-08-14',
      flipDate: '2025-08-15',
    });
    const said = 'the site’s share 30 % until 68,000 USD recovered, 50 % from 2025-08-15';
    expect(text).toMatch(new RegExp(`revenue share +${said}`));
    expect(readFileSync(join(folder, 'summary.md'), 'utf8')).toContain(`| Revenue share | ${said} |`);
    const flows = o.revenue.slice();
    flows[0] -= CAPEX;
    expect(paybackDay(flows)).toBe(470);
    expect(a.paybackDate).toBe('2025-08-14');
    const net = flows.reduce((s, f) => s + f, 0);
    expect(net).toBeCloseTo(9_119.94, 1);
    expect(a.netUsd.at(-1)).toBeCloseTo(net, 4);
    // The daily view: the owner's revenue on the days around the flip.
    const lines = readFileSync(join(folder, 'daily.csv'), 'utf8').trim().split('\n');
    const head = lines[0].split(',');
    const revenueOn = (date: string) =>
      Number(lines.find((l) => l.startsWith(date))!.split(',')[head.indexOf('revenue_usd')]);
    for (const d of [469, 470, 471, 472]) expect(revenueOn(dateAfter(START, d))).toBeCloseTo(o.revenue[d], 4);
    // The machines valued at the horizon: 80 % of 3,400 USD x the week's hashprice then over the start's.
    const resale =
      0.8 * CAPEX * Math.min(1, weekHashprice(START, DAYS - 1, 3.125) / weekHashprice(START, 0, 3.125));
    const withResale = flows.slice();
    withResale[DAYS - 1] += resale;
    expect(npvOf(withResale, 0.1)).toBeCloseTo(44_942.05, 1);
    expect(summary.headline.npvUsd.quantiles.p50).toBeCloseTo(npvOf(withResale, 0.1), 4);
    expect(summary.headline.irr.quantiles.p50).toBeCloseTo(irrOf(withResale), 6);
  });

  it('minesim backtest: a recovery on the last day is said as one, not as none', async () => {
    const last = await backtest(file(471));
    expect(last.summary.actual!.waterfall).toMatchObject({ recoveredDate: '2025-08-14', flipDate: null });
    expect(last.text).toMatch(
      /revenue share +the site’s share 30 % throughout: 68,000 USD recovered on 2025-08-14, the last day \(50 % from the next\)/,
    );
    const short = await backtest(file(470));
    expect(short.summary.actual!.waterfall).toMatchObject({ recoveredDate: null, flipDate: null });
    expect(short.text).toMatch(
      /the site’s share 30 % throughout: 68,000 USD not recovered by 2025-08-13 \(then 50 %\)/,
    );
  });
});
