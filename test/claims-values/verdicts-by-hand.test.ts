// Claims in the spellings an analyst uses, run on the flagship, against the run's own per-path
// values counted here: each claim's share is the paths where its event holds over the paths with
// a value, its threshold in the unit the analyst wrote converted by hand (12 months = 365.25
// days; 10 % = 0.1), and two spellings of one claim get one share.
import { beforeAll, describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { loadUnits } from '../../src/scenario/mathjs-units.js';
import type { Outcomes } from '../../src/stats/outcomes.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { loadScenario } from '../fixtures/scenarios.js';

const CLAIMS = [
  'irr > 10 %',
  'irr > 0.1',
  'IRR > 10 %/year',
  'payback ≥ 1 year',
  'payback >= 12 months',
  'P(payback<=1year)>=50%',
  'P(payback <= 365.25 days) >= 0.5',
  'npv > 1,000 USD',
  'npv > 1000',
  'roi > -20 %',
  'roi > -0.2',
  'net > −500 USD',
  'P(npv ≤ 0) ≤ 25 %',
];

/** Days counted the way a payback claim counts them: NaN (no payback) is later than any day. */
const payback = (d: number) => (Number.isNaN(d) ? Number.POSITIVE_INFINITY : d);

/** The share of paths with a value where `holds`, as the claim is worded by hand. */
function share(values: Float64Array, holds: (v: number) => boolean): { share: number; over: number } {
  let over = 0;
  let count = 0;
  for (const v of values) {
    if (Number.isNaN(v)) continue;
    over++;
    if (holds(v)) count++;
  }
  return { share: count / over, over };
}

describe('claims in analysts’ spellings against the flagship’s paths, by hand', () => {
  let summary: RunSummary;
  let o: Outcomes;
  beforeAll(async () => {
    await loadUnits();
    const s = await loadScenario(undefined, (d) => {
      d.claims = CLAIMS;
    });
    const r = await runMonteCarlo(s, { paths: 301, seed: 7, workers: 1, breakEvenPaths: 0 });
    summary = r.summary;
    o = r.outcomes;
  }, 120_000);

  const result = (text: string) => {
    const c = summary.claims.find((x) => x.text === text);
    if (!c) throw new Error(`no claim ${text}`);
    return c;
  };

  it('an IRR above 10 % three ways: `10 %`, `0.1`, `10 %/year`, one share, the paths with an IRR above 0.1', () => {
    const hand = share(o.irr, (v) => v > 0.1);
    for (const text of ['irr > 10 %', 'irr > 0.1', 'IRR > 10 %/year']) {
      expect(result(text).share, text).toBe(hand.share);
      expect(result(text).paths ?? 301, text).toBe(hand.over);
    }
    expect(hand.share).toBeGreaterThan(0.3);
    expect(hand.share).toBeLessThan(1);
  });

  it('`payback ≥ 1 year` and `payback >= 12 months` count the paths paid back on day 365.25 or later, or never', () => {
    const hand = share(o.paybackDay.map(payback), (v) => v >= 365.25);
    expect(result('payback ≥ 1 year').share).toBe(hand.share);
    expect(result('payback >= 12 months').share).toBe(hand.share);
    expect(result('payback ≥ 1 year').threshold).toBe('> 0.5');
  });

  it('`P(payback<=1year)>=50%` and `P(payback <= 365.25 days) >= 0.5` are one claim: share and threshold', () => {
    const hand = share(o.paybackDay.map(payback), (v) => v <= 365.25);
    for (const text of ['P(payback<=1year)>=50%', 'P(payback <= 365.25 days) >= 0.5']) {
      expect(result(text).share, text).toBe(hand.share);
      expect(result(text).threshold, text).toBe('>= 0.5');
    }
    expect(result('P(payback<=1year)>=50%').verdict).toBe(result('P(payback <= 365.25 days) >= 0.5').verdict);
  });

  it('`npv > 1,000 USD` and a bare `npv > 1000` both count NPVs above 1,000 USD', () => {
    const hand = share(o.npvUsd, (v) => v > 1000);
    expect(result('npv > 1,000 USD').share).toBe(hand.share);
    expect(result('npv > 1000').share).toBe(hand.share);
  });

  it('`roi > -20 %` and `roi > -0.2` count ROIs at the horizon above -0.2', () => {
    const hand = share(o.roiAtHorizon, (v) => v > -0.2);
    expect(result('roi > -20 %').share).toBe(hand.share);
    expect(result('roi > -0.2').share).toBe(hand.share);
  });

  it('`net > −500 USD` with a typographic minus counts nets above -500 USD, not +500', () => {
    const hand = share(o.netAtHorizonUsd, (v) => v > -500);
    expect(result('net > −500 USD').share).toBe(hand.share);
    expect(share(o.netAtHorizonUsd, (v) => v > 500).share).not.toBe(hand.share);
  });

  it('`P(npv ≤ 0) ≤ 25 %` counts NPVs at or below 0 and needs a share of at most 0.25', () => {
    const hand = share(o.npvUsd, (v) => v <= 0);
    const c = result('P(npv ≤ 0) ≤ 25 %');
    expect(c.share).toBe(hand.share);
    expect(c.threshold).toBe('<= 0.25');
    // The verdict from the interval against 0.25, as stats/claims.ts verdictOf reads it.
    expect(c.verdict).toBe(c.high <= 0.25 ? 'supported' : c.low > 0.25 ? 'refuted' : 'inconclusive');
  });
});

describe('an ROI below -100 %, which minesim’s ROI (the net at the horizon over the capex) can reach', () => {
  it('`roi > -200 %` on the flagship at 0.40 USD/kWh counts the paths whose running costs lost less than twice the capex', async () => {
    await loadUnits();
    const s = await loadScenario(undefined, (d) => {
      d.power.price = '0.40 USD/kWh';
      d.claims = ['roi > -200 %', 'P(roi > -100 %) <= 50 %'];
    });
    const { summary, outcomes } = await runMonteCarlo(s, {
      paths: 60,
      seed: 3,
      workers: 1,
      breakEvenPaths: 0,
    });
    const hand = share(outcomes.roiAtHorizon, (v) => v > -2);
    expect(summary.claims[0].share).toBe(hand.share);
    expect(summary.claims[1].share).toBe(share(outcomes.roiAtHorizon, (v) => v > -1).share);
    // Power at 0.40 USD/kWh costs about 139 USD a day against 27,000 USD of capex: paths lose
    // more than the capex, so the claims are not empty words.
    expect(Math.min(...outcomes.roiAtHorizon)).toBeLessThan(-1);
  }, 120_000);
});
