// A chart published on its own (charts/*.png, *.svg) names the scenario it shows: its title says
// what and for which scenario, in lines that fit the plot, and the spec's description (the
// report's aria label of the chart) says the same.
import { describe, expect, it } from 'vitest';
import type { ChartEntry } from '../../src/report/charts/index.js';
import { buildCharts } from '../../src/report/charts/index.js';
import { sweepCharts } from '../../src/report/charts/sweep.js';
import { sweepBooksCharts } from '../../src/report/charts/sweep-books.js';
import { tornadoCharts } from '../../src/report/charts/tornado.js';
import { measureTextWidth } from '../../src/report/text-metrics.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { FIXTURE_SUMMARY } from '../fixtures/summary.js';
import { makeBooksSweep, makeSweep } from '../fixtures/sweep.js';

/** The title's text as one string (vega-lite takes a string or its lines). */
function titleText(chart: ChartEntry): string[] {
  const text = (chart.spec.title as { text: string | string[] }).text;
  return typeof text === 'string' ? [text] : text;
}

const sweep = makeSweep('power.price=0.02..0.20:7');
const sweepNamed = { ...sweep, scenario: { ...sweep.scenario, name: 'north-korea-2017-s9' } };

describe('chart titles name the scenario', () => {
  // Before: "Cumulative net position over time", "When does the investment pay back?", ... with no
  // scenario: a PNG of one scenario could not be told from another's.
  it('buildCharts() titles every chart with the summary’s scenario name', () => {
    const charts = buildCharts(FIXTURE_SUMMARY);
    expect(charts.length).toBe(5);
    for (const chart of charts) {
      expect(titleText(chart).join(' ')).toContain(FIXTURE_SUMMARY.scenario.name);
      expect(String((chart.spec as { description?: string }).description)).toContain(
        FIXTURE_SUMMARY.scenario.name,
      );
    }
  });

  it('sweepCharts() and sweepBooksCharts() title every chart with the scenario name', () => {
    const books = makeBooksSweep({ covenant: true, tax: true }, 'finance.loans[0].rate=4..20:5');
    const charts = [
      ...sweepCharts(sweepNamed),
      ...sweepBooksCharts({ ...books, scenario: { ...books.scenario, name: 'north-korea-2017-s9' } }),
    ];
    expect(charts.length).toBeGreaterThan(2);
    for (const chart of charts) expect(titleText(chart).join(' ')).toContain('north-korea-2017-s9');
  });

  it('tornadoCharts() titles every chart with the scenario name', () => {
    const point = sweepNamed.points[0];
    const charts = tornadoCharts({
      scenario: { name: 'north-korea-2017-s9', start: '2017-05-17', days: 1826 },
      paths: 1000,
      seed: 1,
      by: 0.2,
      base: point,
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
          low: sweepNamed.points[1],
          high: sweepNamed.points[2],
        },
      ],
      skipped: [],
    });
    for (const chart of charts) expect(titleText(chart).join(' ')).toContain('north-korea-2017-s9');
  });

  // A name of 200 characters (the most a scenario may have) on one line would make a title about
  // 1,900 px wide over a 720 px plot: the PNG several times wider than its chart.
  it("buildCharts() breaks a 200-character scenario name into title lines at most 620 px wide in the title's font", () => {
    const name = `${'North Korea S9 fleet '.repeat(9)}${'x'.repeat(11)}`;
    expect(name.length).toBe(200);
    const summary: RunSummary = { ...FIXTURE_SUMMARY, scenario: { ...FIXTURE_SUMMARY.scenario, name } };
    for (const chart of buildCharts(summary)) {
      const lines = titleText(chart);
      for (const line of lines) expect(measureTextWidth(line, 15, true)).toBeLessThanOrEqual(620);
      expect(lines.join(' ').replace(/\s+/g, ' ')).toContain(name.trim());
    }
    const unbroken = 'n'.repeat(200);
    const one = buildCharts({
      ...FIXTURE_SUMMARY,
      scenario: { ...FIXTURE_SUMMARY.scenario, name: unbroken },
    })[0];
    for (const line of titleText(one)) expect(measureTextWidth(line, 15, true)).toBeLessThanOrEqual(620);
    expect(titleText(one).join('')).toContain(unbroken);
  });
});
