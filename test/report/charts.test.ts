import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../src/report/charts/index.js';
import { paybackCdfSpec } from '../../src/report/charts/payback-cdf.js';
import { revenueCostSpec, shutdownPeriods } from '../../src/report/charts/revenue-cost.js';
import { roiFanSpec } from '../../src/report/charts/roi-fan.js';
import { FONT } from '../../src/report/charts/theme.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

/** Compiles with vega-lite and returns the Vega spec and every warning the compiler logged. */
function compileCollecting(spec: Parameters<typeof compile>[0]) {
  const warnings: string[] = [];
  const logger = {
    level() {
      return logger;
    },
    warn(...args: readonly unknown[]) {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
    error(...args: readonly unknown[]) {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
  };
  return { vega: compile(spec, { logger }).spec, warnings };
}

/** Every axis of a compiled Vega spec, including those of nested groups (vconcat panels). */
function axesOf(node: unknown): { scale: string; title?: unknown }[] {
  if (node === null || typeof node !== 'object') return [];
  const record = node as { axes?: { scale: string; title?: unknown }[]; marks?: unknown[] };
  return [...(record.axes ?? []), ...(record.marks ?? []).flatMap(axesOf)];
}

/** Numbers to 4 significant digits, so the snapshot does not churn on the last bits of a float. */
function roundNumbers(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : Number(value.toPrecision(4));
  if (Array.isArray(value)) return value.map(roundNumbers);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundNumbers(v)]));
  }
  return value;
}

const charts = buildCharts(FIXTURE_SUMMARY);

describe('buildCharts()', () => {
  it('builds the five charts of a run, each with a unique file-safe name', () => {
    expect(charts.map((c) => c.name)).toEqual([
      'roi-fan',
      'payback-cdf',
      'payback-histogram',
      'revenue-cost',
      'price-difficulty',
    ]);
    for (const chart of charts) expect(chart.name).toMatch(/^[a-z0-9-]+$/);
  });

  it.each(charts.map((c) => [c.name, c]))('%s compiles with vega-lite without warnings', (_, chart) => {
    expect(compileCollecting(chart.spec).warnings).toEqual([]);
  });

  it.each(charts.map((c) => [c.name, c]))('%s has a title and the shared theme font', (_, chart) => {
    const spec = chart.spec as { title?: { text?: string }; config?: { font?: string } };
    expect(spec.title?.text).toBeTruthy();
    expect(spec.config?.font).toBe(FONT);
  });

  it.each(charts.map((c) => [c.name, c]))('%s titles every axis with its unit in parentheses', (_, chart) => {
    const axes = axesOf(compileCollecting(chart.spec).vega).filter((a) => a.title !== undefined);
    expect(axes.length).toBeGreaterThanOrEqual(2);
    for (const axis of axes) expect(String(axis.title)).toMatch(/\(.+\)/);
  });
});

describe('roiFanSpec()', () => {
  it('draws the actual path and names it in the legend only when the summary has one', () => {
    const withActual = JSON.stringify(roiFanSpec(FIXTURE_SUMMARY));
    const without = JSON.stringify(roiFanSpec(makeSummary({ actual: undefined })));
    expect(withActual).toContain('actual history (back-test)');
    expect(without).not.toContain('actual history (back-test)');
    expect(compileCollecting(roiFanSpec(makeSummary({ actual: undefined }))).warnings).toEqual([]);
  });

  it('labels every event of the run: halving, fork and retirement', () => {
    const text = JSON.stringify(roiFanSpec(FIXTURE_SUMMARY));
    for (const event of FIXTURE_SUMMARY.events) expect(text).toContain(JSON.stringify(event.label));
  });
});

describe('paybackCdfSpec()', () => {
  it('labels the probabilities at 1 and 2 years with the headline estimates', () => {
    const text = JSON.stringify(paybackCdfSpec(FIXTURE_SUMMARY));
    expect(text).toContain(`P = ${FIXTURE_SUMMARY.headline.paybackWithin1y.p.toFixed(3)}`);
    expect(text).toContain(`P = ${FIXTURE_SUMMARY.headline.paybackWithin2y.p.toFixed(3)}`);
  });

  it('matches the snapshot, numbers rounded to 4 significant digits', () => {
    expect(roundNumbers(paybackCdfSpec(FIXTURE_SUMMARY))).toMatchSnapshot();
  });
});

describe('shutdownPeriods()', () => {
  it('joins consecutive weeks with capacity shut down on the median path into one period', () => {
    const { dates } = FIXTURE_SUMMARY.timeline;
    const p50 = dates.map((_, i) => ((i >= 3 && i < 6) || i === 9 ? 0.5 : 0));
    const summary = makeSummary({
      timeline: {
        ...FIXTURE_SUMMARY.timeline,
        shutdownShare: { ...FIXTURE_SUMMARY.timeline.shutdownShare, p50 },
      },
    });
    expect(shutdownPeriods(summary)).toEqual([
      { from: dates[3], to: dates[6], share: 0.5 },
      { from: dates[9], to: dates[10], share: 0.5 },
    ]);
  });

  it('runs a shutdown that lasts to the last week until the end of the run', () => {
    const periods = shutdownPeriods(FIXTURE_SUMMARY);
    expect(periods.length).toBeGreaterThan(0);
    expect(periods.at(-1)?.to).toBe(FIXTURE_SUMMARY.scenario.end);
  });

  it('leaves the shutdown layer out of revenueCostSpec() when nothing shuts down', () => {
    const { timeline } = FIXTURE_SUMMARY;
    const p50 = timeline.dates.map(() => 0);
    const summary = makeSummary({
      timeline: { ...timeline, shutdownShare: { ...timeline.shutdownShare, p50 } },
    });
    expect(JSON.stringify(revenueCostSpec(summary))).not.toContain('capacity shut down');
  });
});
