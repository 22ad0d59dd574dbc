// The revenue and power chart drew each week's mean of the daily flows (timeline.csv's unit: "USD/day
// (mean of the days after the previous date up to this one)") under an axis "USD per day (USD/day)"
// and a subtitle "revenue ... and power cost per day", as if each point were a day's; and it shaded
// the weeks "when the median path shut capacity down", where the shading is the paths' median share
// above 0 (at least half the paths shut some capacity down), no one path. Both now say what is drawn.
import { describe, expect, it } from 'vitest';
import { revenueCostSpec } from '../../src/report/charts/revenue-cost.js';
import { makeSummary } from '../fixtures/summary.js';

const spec = (s = makeSummary()) =>
  revenueCostSpec(s) as unknown as {
    title: { subtitle: string | string[] };
    encoding: { y: { title: string } };
  };
const subtitle = (s = makeSummary()) => ([] as string[]).concat(spec(s).title.subtitle).join(' ');

describe('the revenue and power chart says it draws week means, and whose shutdown it shades', () => {
  it('the y axis names the week’s mean, once, with no "USD per day (USD/day)"', () => {
    expect(spec().encoding.y.title).toBe('Revenue and power cost (USD/day, mean of each week)');
  });

  it('the subtitle says each point is the mean of the week to its date', () => {
    expect(subtitle()).toContain('each point the mean of the days of the week to its date');
    expect(subtitle({ ...makeSummary(), kind: 'backtest' } as ReturnType<typeof makeSummary>)).toContain(
      'each point the mean of the days of the week to its date',
    );
  });

  it('the shading is the weeks in which half the paths or more shut capacity down, not a "median path"', () => {
    const text = subtitle();
    expect(text).not.toContain('median path');
    expect(text).toContain('half the paths or more shut capacity down');
    expect(JSON.stringify(revenueCostSpec(makeSummary()))).not.toContain('(median path)');
  });
});
