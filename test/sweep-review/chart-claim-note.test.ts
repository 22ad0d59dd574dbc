// The orange line of a sweep's charts is where P(payback <= 2 years) = 0.5: the boundary of the
// claim `payback > 2 years` alone. A scenario claiming something else (`P(payback <= 18 months)
// >= 0.8`, `payback > 1 year`) saw that line, which the README calls "the claim's boundary", with
// no word that it is not its claim's.
import { describe, expect, it } from 'vitest';
import { sweepCharts } from '../../src/report/charts/sweep.js';
import type { ClaimResult } from '../../src/stats/summary.js';
import { makeSweep } from '../fixtures/sweep.js';

const claim = (text: string, share: number, threshold = '> 0.5'): ClaimResult => ({
  text,
  share,
  se: 0.01,
  low: share - 0.02,
  high: share + 0.02,
  threshold,
  verdict: 'inconclusive',
});

// One axis 0.05, 0.10, 0.20: P(payback <= 2 years) = 1.1 - 4 x = 0.9, 0.7, 0.3 crosses 0.5, so
// the orange rule is drawn (at 0.15).
function withClaims(...texts: string[]) {
  const sweep = makeSweep('power.price=0.05,0.10,0.20');
  return { ...sweep, points: sweep.points.map((p) => ({ ...p, claims: texts.map((t) => claim(t, 0.5)) })) };
}

const subtitle = (sweep: ReturnType<typeof makeSweep>) =>
  (sweepCharts(sweep)[0].spec as { title: { subtitle: string[] } }).title.subtitle.join(' ');

describe('sweepCharts() and the scenario’s claims', () => {
  it('says the orange line is not where a claim other than payback > 2 years flips', () => {
    const text = subtitle(withClaims('P(payback <= 18 months) >= 0.8'));
    expect(text).toContain('Orange rules');
    expect(text).toContain('It is not where the scenario’s claim “P(payback <= 18 months) >= 0.8” flips');
    expect(subtitle(withClaims('payback > 1 year', 'npv > 0 USD'))).toContain(
      'It is not where the scenario’s 2 claims flip',
    );
  });

  it('names the line as the claim’s when the scenario claims payback > 2 years, and adds nothing without claims', () => {
    const claimed = subtitle(withClaims('payback > 2 years', 'payback > 1 year'));
    expect(claimed).toContain('the scenario’s claim “payback > 2 years” turns less likely than not');
    expect(claimed).not.toContain('It is not where');
    expect(subtitle(withClaims())).not.toContain('It is not where');
  });
});

// Payback days are whole days, so P(payback <= 2 years) (730.5 days) is P(payback day <= 730), and
// `payback > 24 months` (730.5 days), `P(payback > 2 years) > 0.5` and `payback > 730 days` (day >=
// 731 each) have a share of 1 - P(payback <= 2 years), and `P(payback <= 2 years) >= 0.5` of P
// itself: each crosses its 0.5 exactly on the orange line. `payback > 729 days` (day >= 730) and
// `P(payback > 2 years) > 0.8` do not.
describe('sweepCharts() knows the claims the orange line belongs to however they are written', () => {
  it('names `payback > 24 months`, `P(payback > 2 years) > 0.5`, `payback > 730 days` as the line’s claim', () => {
    for (const text of ['payback > 24 months', 'P(payback > 2 years) > 0.5', 'payback > 730 days']) {
      const note = subtitle(withClaims(text));
      expect(note).toContain(`the scenario’s claim “${text}” turns less likely than not`);
      expect(note).not.toContain('It is not where');
    }
    const own = subtitle(withClaims('P(payback <= 2 years) >= 0.5'));
    expect(own).toContain('the scenario’s claim “P(payback <= 2 years) >= 0.5” is as likely as not');
    expect(own).not.toContain('It is not where');
  });

  it('does not name `payback > 729 days` nor `P(payback > 2 years) > 0.8`', () => {
    for (const text of ['payback > 729 days', 'P(payback > 2 years) > 0.8'])
      expect(subtitle(withClaims(text))).toContain(`It is not where the scenario’s claim “${text}” flips`);
  });
});
