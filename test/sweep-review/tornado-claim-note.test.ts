// The tornado of P(payback <= 2 years) draws a dashed line at 0.5 and said of it "where “payback >
// 2 years” turns less likely than not" whatever the scenario claims: a scenario claiming `payback >
// 1 year` read a claim in quotes it never made, as if the line were where its claim flips. The
// line is that claim's only when the scenario makes it (its share is 1 - P); otherwise it is where
// paying back within two years is a coin toss.
import { describe, expect, it } from 'vitest';
import { tornadoCharts } from '../../src/report/charts/tornado.js';
import type { ClaimResult } from '../../src/stats/summary.js';
import type { SensitivityResult } from '../../src/study/sensitivity.js';
import type { SweepPointResult } from '../../src/study/sweep-result.js';

const claim = (text: string): ClaimResult => ({
  text,
  share: 0.5,
  se: 0.01,
  low: 0.48,
  high: 0.52,
  threshold: '> 0.5',
  verdict: 'inconclusive',
});

function point(p: number, claims: ClaimResult[]): SweepPointResult {
  const e = (x: number) => ({ p: x, se: 0.01 });
  return {
    values: [],
    days: 1826,
    paybackWithin1y: e(p / 2),
    paybackWithin2y: e(p),
    noPayback: e(1 - p),
    medianPaybackDays: 600,
    medianNpvUsd: 1000,
    claims,
  };
}

// The base at P = 0.55 and power.price moving it to 0.45 and 0.65: the bars reach 0.5, the line is drawn.
function study(...texts: string[]): SensitivityResult {
  const claims = texts.map(claim);
  return {
    scenario: { name: 'test', start: '2017-05-17', days: 1826 },
    paths: 1000,
    seed: 1,
    by: 0.2,
    base: point(0.55, claims),
    rows: [
      {
        input: {
          key: 'power.price',
          path: ['power', 'price'],
          argument: null,
          unit: 'USD/kWh',
          baseSource: 'scenario',
          base: 0.1,
          low: 0.08,
          high: 0.12,
        },
        low: point(0.65, claims),
        high: point(0.45, claims),
      },
    ],
    skipped: [],
  };
}

const subtitle = (result: SensitivityResult) =>
  tornadoCharts(result)
    .map((c) => (c.spec as { title: { subtitle: string[] } }).title.subtitle.join(' '))
    .find((s) => s.includes('Dashed: 0.5'))!;

describe('tornadoCharts() names the claim of the dashed 0.5 only when the scenario makes it', () => {
  it('a scenario claiming payback > 1 year: a coin toss on paying back within two years, no quoted claim', () => {
    const text = subtitle(study('payback > 1 year'));
    expect(text).toContain('Dashed: 0.5, where paying back within two years is a coin toss.');
    expect(text).not.toContain('“payback > 2 years”');
  });

  it('a scenario claiming payback > 24 months (or payback > 2 years): that claim, as written', () => {
    expect(subtitle(study('payback > 1 year', 'payback > 24 months'))).toContain(
      'Dashed: 0.5, where the scenario’s claim “payback > 24 months” turns less likely than not.',
    );
    expect(subtitle(study())).toContain('a coin toss');
  });
});
