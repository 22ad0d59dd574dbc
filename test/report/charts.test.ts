import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/data/dates.js';
import { buildCharts, chartName } from '../../src/report/charts/index.js';
import { paybackCdfSpec } from '../../src/report/charts/payback-cdf.js';
import { paybackHistogramSpec } from '../../src/report/charts/payback-histogram.js';
import { priceDifficultySpec } from '../../src/report/charts/price-difficulty.js';
import { revenueCostSpec, shutdownPeriods } from '../../src/report/charts/revenue-cost.js';
import { fanScale, roiFanSpec } from '../../src/report/charts/roi-fan.js';
import { logTicks, symlogTicks } from '../../src/report/charts/scale-ticks.js';
import { FONT } from '../../src/report/charts/theme.js';
import { identicalPaths } from '../../src/report/distribution-table.js';
import type { RunSummary } from '../../src/stats/summary.js';
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

  it('buildCharts() builds only the charts outputs.charts names, in report order, each once', () => {
    const chosen = buildCharts(FIXTURE_SUMMARY, ['market', 'fan', 'revenue-vs-power', 'fan']);
    expect(chosen.map((c) => c.name)).toEqual(['roi-fan', 'revenue-cost', 'price-difficulty']);
    expect(buildCharts(FIXTURE_SUMMARY, [])).toEqual([]);
    expect(chartName('payback-histogram')).toBe('payback-histogram');
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

describe('priceDifficultySpec() of a back-test', () => {
  it('draws the actual price and difficulty with no "median", paths’ bands or sample paths (it said "Quantile bands over 1 path")', () => {
    const mc = makeSummary();
    const spec = priceDifficultySpec(makeSummary({ kind: 'backtest', run: { ...mc.run, paths: 1 } }));
    const text = JSON.stringify(spec);
    expect(text).not.toMatch(/median|Median|of paths|Quantile|sample paths|95 % below/);
    expect(text).toContain('"datum":"actual history"');
    expect(compileCollecting(spec).warnings).toEqual([]);
  });
});

describe('revenueCostSpec() of a back-test', () => {
  it('draws the one observed path’s revenue and power cost with no "median" or paths’ bands (it labelled them so)', () => {
    const mc = makeSummary();
    const spec = revenueCostSpec(makeSummary({ kind: 'backtest', run: { ...mc.run, paths: 1 } }));
    const text = JSON.stringify(spec);
    expect(text).not.toMatch(/median|Median|of paths|25 %|75 %/);
    expect(JSON.stringify(spec.title)).toContain('on the actual history');
    expect(compileCollecting(spec).warnings).toEqual([]);
  });
});

describe('roiFanSpec()', () => {
  it('of a back-test (one observed path) draws the actual history and the equity’s one line, with no "median", paths’ bands or 10 %/90 % (it labelled them all)', () => {
    const mc = makeSummary();
    const backtest = makeSummary({
      kind: 'backtest',
      run: { ...mc.run, paths: 1 },
      timeline: { ...mc.timeline, equityNetUsd: { ...mc.timeline.netUsd } },
    });
    const spec = roiFanSpec(backtest);
    const text = JSON.stringify(spec);
    expect(text).not.toMatch(/median|Median|of paths|10 %\/90 %|10 % and 90 %|below \(USD\)/);
    expect(text).toContain('actual history (back-test)');
    expect(text).toContain('equity (after debt and tax)');
    expect(JSON.stringify(spec.title)).toContain('on the actual history');
    expect(compileCollecting(spec).warnings).toEqual([]);
  });

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

describe('the timeline charts of a Monte Carlo run of one path', () => {
  // One path has no spread: its 5 % ... 95 % are all its own value (summary.json's bands). The
  // charts labelled it "5–95 % of paths", "median path", "25–75 % of paths", "Quantile bands over
  // 1 path" and drew the path twice (as the median and as a sample path); they now draw the one
  // path once, named so, with the actual history beside it when the run has one.
  const mc = makeSummary();
  const [sample] = mc.samplePaths;
  const one = makeSummary({
    run: { ...mc.run, paths: 1 },
    samplePaths: [{ ...sample, index: 0 }],
    timeline: { ...mc.timeline, equityNetUsd: { ...mc.timeline.netUsd } },
  });
  const specs = {
    roiFan: roiFanSpec(one),
    revenueCost: revenueCostSpec(one),
    market: priceDifficultySpec(one),
  };

  it.each(Object.entries(specs))(
    '%s names the one path, with no median, bands over paths or sample paths',
    (_, spec) => {
      const text = JSON.stringify(spec);
      expect(text).not.toMatch(
        /median|Median|of paths|Quantile|sample path|10 %\/90 %|10 % and 90 %|below \(USD/,
      );
      expect(text).toContain('the one path');
      expect(compileCollecting(spec).warnings).toEqual([]);
    },
  );

  it('keeps the actual history beside the one path where the run has one', () => {
    expect(JSON.stringify(specs.roiFan)).toContain('actual history (back-test)');
    expect(JSON.stringify(specs.market)).toContain('"datum":"actual history"');
  });
});

describe('paybackCdfSpec()', () => {
  it('labels the probabilities at 1 and 2 years with the headline estimates', () => {
    const text = JSON.stringify(paybackCdfSpec(FIXTURE_SUMMARY));
    expect(text).toContain(`P = ${FIXTURE_SUMMARY.headline.paybackWithin1y!.p.toFixed(3)}`);
    expect(text).toContain(`P = ${FIXTURE_SUMMARY.headline.paybackWithin2y!.p.toFixed(3)}`);
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
    // Each checkpoint holds the week that ends on it: weeks 3-5 are the days after checkpoint 2
    // to checkpoint 5.
    expect(shutdownPeriods(summary)).toEqual([
      { from: addDays(dates[2], 1), to: dates[5], share: 0.5 },
      { from: addDays(dates[8], 1), to: dates[9], share: 0.5 },
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

/** Every object in a spec that has a `format`, with its path. */
function formats(node: unknown, path = ''): { path: string; format: string; labelExpr?: string }[] {
  if (Array.isArray(node)) return node.flatMap((v, i) => formats(v, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own =
    typeof record.format === 'string' && !('type' in record && record.type === 'temporal')
      ? [{ path, format: record.format, labelExpr: record.labelExpr as string | undefined }]
      : [];
  return [...own, ...Object.entries(record).flatMap(([k, v]) => formats(v, `${path}.${k}`))];
}

describe('one number format', () => {
  it.each(charts.map((c) => [c.name, c]))(
    '%s formats numbers as the tables do: 10,000 without a currency sign, percentages as 25 %',
    (_, chart) => {
      for (const f of formats(chart.spec)) {
        expect(f.format, f.path).not.toContain('$');
        if (f.format.endsWith('%')) expect(f.labelExpr, f.path).toContain("' %'");
      }
      expect(JSON.stringify(chart.spec)).not.toMatch(/\b\d{4,} paths/);
    },
  );
});

describe('roiFanSpec() axis', () => {
  it('roiFanSpec() keeps a linear axis when the paths stay within 20 capexes of each other', () => {
    expect(fanScale(FIXTURE_SUMMARY).symlog).toBe(false);
  });

  it('roiFanSpec() turns the axis symmetric-log, with 0 among its ticks, when a 95th percentile dwarfs the capex, and says so', () => {
    const { timeline } = FIXTURE_SUMMARY;
    const p95 = timeline.netUsd.p95.map((v, i) => v + i * 200_000);
    const summary = makeSummary({ timeline: { ...timeline, netUsd: { ...timeline.netUsd, p95 } } });
    const y = fanScale(summary);
    expect(y.symlog).toBe(true);
    expect(y.scale).toMatchObject({ type: 'symlog', constant: summary.scenario.capexUsd });
    const ticks = y.axis.values as number[];
    expect(ticks).toContain(0);
    expect(Math.max(...ticks)).toBeLessThanOrEqual((y.scale.domain as number[])[1]);
    const spec = roiFanSpec(summary) as { title: { subtitle: string[] } };
    expect(spec.title.subtitle.join(' ')).toContain('logarithmic beyond');
    expect(compileCollecting(roiFanSpec(summary)).warnings).toEqual([]);
  });

  it('roiFanSpec() says what it plots: cash plus coins held, after the capex, resale not counted', () => {
    const spec = roiFanSpec(FIXTURE_SUMMARY) as { title: { subtitle: string[] } };
    const subtitle = spec.title.subtitle.join(' ');
    expect(subtitle).toContain('cash, plus any coins held at that day’s price');
    expect(subtitle).toContain('resale not counted');
    for (const line of spec.title.subtitle) expect(line.length).toBeLessThanOrEqual(96);
  });
});

describe('priceDifficultySpec() log axes', () => {
  it('priceDifficultySpec() sets each panel’s domain around every value drawn, sample paths included, with ticks at powers of ten', () => {
    const spec = priceDifficultySpec(FIXTURE_SUMMARY) as unknown as {
      vconcat: { encoding: { y: { scale: { domain: number[] }; axis: { values: number[] } } } }[];
    };
    const [price, difficulty] = spec.vconcat;
    const samples = FIXTURE_SUMMARY.samplePaths.slice(0, 5);
    const within = (panel: (typeof spec.vconcat)[number], values: number[]) => {
      const [lo, hi] = panel.encoding.y.scale.domain;
      for (const v of values) {
        expect(v).toBeGreaterThan(lo);
        expect(v).toBeLessThan(hi);
      }
      for (const tick of panel.encoding.y.axis.values) expect(Math.log10(tick) % 1).toBeCloseTo(0, 9);
    };
    within(price, [...samples.flatMap((s) => s.price), ...FIXTURE_SUMMARY.timeline.priceUsd.p5]);
    within(difficulty, [...samples.flatMap((s) => s.difficulty), ...FIXTURE_SUMMARY.timeline.difficulty.p95]);
  });
});

describe('priceDifficultySpec() sample lines', () => {
  it('priceDifficultySpec() fades the sample paths by their stroke, not by the element: resvg draws an element with opacity on a layer the size of the image', () => {
    const spec = priceDifficultySpec(FIXTURE_SUMMARY) as unknown as {
      vconcat: { layer: { data?: { name?: string }; mark: Record<string, unknown> }[] }[];
    };
    for (const panel of spec.vconcat) {
      const samples = panel.layer.find((layer) => layer.data?.name?.endsWith('Samples'));
      expect(samples?.mark).toMatchObject({ type: 'line', strokeOpacity: 0.8 });
      expect(samples?.mark).not.toHaveProperty('opacity');
    }
  });
});

describe('logTicks() and symlogTicks()', () => {
  it('logTicks() gives the powers of ten inside the domain, or 1-2-5 steps when fewer than three', () => {
    expect(logTicks([900, 2_100_000])).toEqual([1e3, 1e4, 1e5, 1e6]);
    expect(logTicks([1500, 12_000])).toEqual([2000, 5000, 10_000]);
  });

  it('symlogTicks() gives zero, a step inside the linear part, and the powers of ten from the constant outwards on each side', () => {
    expect(symlogTicks([-40_000, 35_000_000], 27_000)).toEqual([-20_000, 0, 20_000, 1e5, 1e6, 1e7]);
  });
});

describe('buildCharts() captions of one path: a back-test and a Monte Carlo run of one path', () => {
  // report.html's captions read "How the cumulative net position spreads over time", "The
  // probability of having paid back by each time", "How payback times spread, with the paths not
  // paid back ... as their own bar" and "The market paths" under a back-test's charts and a run of
  // one path's, which draw one path (the actual history, or the one path run).
  const mc = makeSummary();
  const one = makeSummary({ run: { ...mc.run, paths: 1 } });
  const backtest = makeSummary({ kind: 'backtest', run: { ...mc.run, paths: 1 } });
  const SPREAD = /spread|probability|the paths|market paths|median|share of paths/i;

  it.each([
    ['a run of one path', one, 'the one path run'],
    ['a back-test', backtest, 'the actual history'],
  ])('%s: every caption describes its one path, none a spread of paths', (_, summary, subject) => {
    const captions = buildCharts(summary).map((c) => c.caption);
    for (const caption of captions) expect(caption).not.toMatch(SPREAD);
    expect(captions.filter((c) => c.includes(subject)).length).toBeGreaterThanOrEqual(3);
  });

  it('a run of many paths keeps its captions of a spread; one cut at the end of the history names the cut', () => {
    const captions = buildCharts(mc).map((c) => c.caption);
    expect(captions[0]).toBe('How the cumulative net position spreads over time, and when it crosses zero.');
    expect(captions[2]).toBe(
      'How payback times spread, with the paths not paid back within the horizon as their own bar.',
    );
    const cut = makeSummary({ scenario: { ...mc.scenario, cutAt: '2025-11-14' } });
    expect(buildCharts(cut)[2].caption).toBe(
      'How payback times spread, with the paths not paid back by 2025-11-14, the end of the history, as their own bar.',
    );
  });
});

describe('the payback charts of one path: a back-test and a Monte Carlo run of one path', () => {
  // Their subtitles read "Share of 1 path paid back by each time since 2017-05-17 ...; 0.000 do not
  // pay back within the horizon" and "Share of 1 path paying back in each 30-day period; the last
  // bar is the paths that do not pay", their y axes "share of paths". The one path either paid back
  // on its day (the flagship's one path run: day 642, 2019-02-18) or did not.
  const mc = makeSummary();
  const at = (day: number | null) => ({
    ...mc.headline.paybackDays,
    quantiles: { p5: day, p10: day, p25: day, p50: day, p75: day, p90: day, p95: day },
  });
  const one = makeSummary({
    run: { ...mc.run, paths: 1 },
    headline: { ...mc.headline, paybackDays: at(642) },
  });
  const backtest = makeSummary({
    kind: 'backtest',
    run: { ...mc.run, paths: 1 },
    headline: { ...mc.headline, paybackDays: at(null) },
  });
  const subtitle = (spec: TopLevelSpec) => (spec.title as { subtitle: string[] }).subtitle.join(' ');

  it.each([
    ['a run of one path', one, 'the one path run'],
    ['a back-test', backtest, 'the actual history'],
  ])('%s: the CDF and the histogram name the one path, not shares of paths', (_, summary, subject) => {
    for (const spec of [paybackCdfSpec(summary), paybackHistogramSpec(summary)]) {
      expect(subtitle(spec)).toContain(subject);
      expect(JSON.stringify(spec)).not.toMatch(/of 1 path|share of paths|Share of paths|the paths/);
    }
  });

  it('the CDF marks at 1 and 2 years say whether the one path had paid back, not "P = 0.000" and "P = 1.000"', () => {
    // The one path pays back on day 642: not by day 365 (year 1), by day 730 (year 2). The marks read
    // "P = 0.000" and "P = 1.000", the ceiling "paid back within the horizon: 1.000" and the tooltip
    // "P(payback by then)": a probability of one path, where the terminal and report.html say
    // "payback (one path) day 642" and "Paid back on day 642".
    const sure = (p: 0 | 1) => ({ p, se: 0 });
    const paid = makeSummary({
      run: { ...mc.run, paths: 1 },
      headline: {
        ...mc.headline,
        paybackDays: at(642),
        paybackWithin1y: sure(0),
        paybackWithin2y: sure(1),
        noPayback: sure(0),
      },
    });
    const layers = (
      paybackCdfSpec(paid) as unknown as { layer: { data: { values: Record<string, unknown>[] } }[] }
    ).layer;
    const labels = layers.flatMap((l) => l.data.values.map((v) => v.label)).filter((l) => l !== undefined);
    expect([...new Set(labels)]).toEqual(['paid back within the horizon', 'not paid back', 'paid back']);
    // Beside its rule, which reads "1 year" or "2 years": "not paid back by year 1" and "paid back by
    // year 2" ran into each other on the flagship's 5-year axis (1 year is 264 pixels).
    const marks = layers.at(-1)!.data.values.map((v) => v.mark);
    expect(marks).toEqual(['1 year', '2 years']);
    const text = JSON.stringify(paybackCdfSpec(paid));
    expect(text).not.toMatch(/P = |P\(payback/);
    expect(text).toContain('"title":"Paid back by then"');
    const never = makeSummary({
      kind: 'backtest',
      run: { ...mc.run, paths: 1 },
      headline: { ...paid.headline, paybackDays: at(null), paybackWithin2y: sure(0), noPayback: sure(1) },
    });
    expect(JSON.stringify(paybackCdfSpec(never))).toContain('"label":"not paid back within the horizon"');
    expect(JSON.stringify(paybackCdfSpec(never))).toContain('"label":"not paid back"');
    expect(JSON.stringify(paybackCdfSpec(never))).not.toContain('"label":"paid back"');
  });

  it('the histogram labels its last bar of one path "not paid back: yes" or "no", not a share of 100 % or 0 %', () => {
    // The one path run of 200 days that does not pay back labelled the bar "not paid back: 100 %";
    // the flagship's one path, paid back on day 642, "not paid back: 0 %" over an empty bar.
    const label = (s: RunSummary) => JSON.stringify(paybackHistogramSpec(s)).match(/"label":"([^"]*)"/)?.[1];
    expect(label(makeSummary({ ...one, payback: { ...one.payback, never: 0 } }))).toBe('not paid back: no');
    expect(label(makeSummary({ ...backtest, payback: { ...backtest.payback, never: 1 } }))).toBe(
      'not paid back: yes',
    );
    expect(label(mc)).toMatch(/^not paid back: [\d.]+ % ± [\d.]+ %$/);
  });

  it('the CDF of one path steps from 0 % to 100 % on its payback day, not along a ramp across its bin', () => {
    // The one path pays back on day 642; its CDF's bins end on days 629 (0) and 659 (1). The curve
    // joined (629, 0) to (659, 1) by a straight line: 50 % on day 644, 100 % only on day 659, under
    // a subtitle "paid back on day 642 (2019-02-18)".
    const paid = makeSummary({
      ...one,
      payback: {
        ...one.payback,
        cdf: [
          { day: 629, p: 0 },
          { day: 659, p: 1 },
          { day: 1825, p: 1 },
        ],
        never: 0,
      },
    });
    const curve = (
      paybackCdfSpec(paid) as unknown as { layer: { data: { values: { day: number; p: number }[] } }[] }
    ).layer[3].data.values.map((c) => [c.day, c.p]);
    expect(curve).toEqual([
      [0, 0],
      [629, 0],
      [642, 0],
      [642, 1],
      [659, 1],
      [1825, 1],
    ]);
  });

  it('the CDF says the day the one path paid back, or that it did not', () => {
    expect(subtitle(paybackCdfSpec(one))).toMatch(/: paid back on day 642 \(2019-02-18\)\.$/);
    expect(subtitle(paybackCdfSpec(backtest))).toMatch(/: no payback within the horizon\.$/);
  });
});

describe('the charts of a run whose paths all came out the same', () => {
  // 200 identical paths (a fixed price, a network that draws nothing): report.html's tables state
  // the one outcome ("Every one of the 200 paths came out the same"), but its charts drew "5 % of
  // paths below", "median path", "Share of 200 paths paid back ... 0.000 do not pay back", marks
  // "P = 1.000" and "Share of paths (%)", and their captions "How the cumulative net position
  // spreads" and "The probability of having paid back".
  const mc = makeSummary();
  const constant = (value: number | null) => ({
    mean: value,
    quantiles: { p5: value, p10: value, p25: value, p50: value, p75: value, p90: value, p95: value },
  });
  const sure = (p: 0 | 1) => ({ p, se: 0 });
  const flat = (series: number[]) => ({
    p5: series,
    p10: series,
    p25: series,
    p50: series,
    p75: series,
    p90: series,
    p95: series,
  });
  const headline = Object.fromEntries(
    Object.entries(mc.headline).map(([k, v]) => [
      k,
      v !== null && typeof v === 'object' && 'quantiles' in v ? constant(v.quantiles.p50) : v,
    ]),
  ) as typeof mc.headline;
  const same = makeSummary({
    run: { ...mc.run, paths: 200 },
    headline: {
      ...headline,
      paybackDays: constant(288),
      paybackWithin1y: sure(1),
      paybackWithin2y: sure(1),
      noPayback: sure(0),
      netBelowZeroAtHorizon: sure(0),
    },
    timeline: { ...mc.timeline, netUsd: flat(mc.timeline.netUsd.p50) },
  });
  const SPREAD = /median|Median|of paths|Share of|share of|below \(USD|P = |spread|probability|10 % and 90 %/;

  it('identicalPaths() holds for the fixture made the same on every path', () => {
    expect(identicalPaths(same)).toBe(true);
  });

  it.each([
    ['roi-fan', roiFanSpec],
    ['payback-cdf', paybackCdfSpec],
    ['payback-histogram', paybackHistogramSpec],
    ['revenue-cost', revenueCostSpec],
  ] as const)('%s names the 200 paths, all the same, with no median, bands or shares of paths', (_, spec) => {
    const text = JSON.stringify(spec(same));
    expect(text).not.toMatch(SPREAD);
    expect(text).toContain('the 200 paths (all the same)');
    expect(compileCollecting(spec(same)).warnings).toEqual([]);
  });

  it('the market chart draws the one market where its paths are the same too, and keeps its bands where they are not', () => {
    // A fixed price and a network that draws nothing: "Quantile bands over 200 paths, with 5 sample
    // paths as thin lines", a "median" and "5 % of paths below", all the one market path.
    const market = makeSummary({
      ...same,
      samplePaths: mc.samplePaths.map((p) => ({
        ...p,
        price: mc.timeline.priceUsd.p50,
        difficulty: mc.timeline.difficulty.p50,
      })),
      timeline: {
        ...same.timeline,
        priceUsd: flat(mc.timeline.priceUsd.p50),
        difficulty: flat(mc.timeline.difficulty.p50),
      },
    });
    const text = JSON.stringify(priceDifficultySpec(market));
    expect(text).not.toMatch(/median|Median|of paths|Quantile|sample path/);
    expect(text).toContain('the 200 paths (all the same)');
    expect(compileCollecting(priceDifficultySpec(market)).warnings).toEqual([]);
    expect(buildCharts(market).find((c) => c.name === 'price-difficulty')?.caption).toBe(
      'The market of the 200 paths (all the same) behind revenue: coin price and network difficulty.',
    );
    // Paths whose outcome is the same on a market that is not (a fleet shut off every day): its bands.
    expect(JSON.stringify(priceDifficultySpec(same))).toContain('Quantile bands over 200 paths');
    expect(buildCharts(same).find((c) => c.name === 'price-difficulty')?.caption).toBe(
      'The market paths behind revenue: coin price and network difficulty.',
    );
  });

  it('buildCharts() captions the payback and fan charts as the one outcome of 200 paths', () => {
    const captions = buildCharts(same).map((c) => c.caption);
    for (const caption of captions.slice(0, 3)) {
      expect(caption).not.toMatch(SPREAD);
      expect(caption).toContain('the 200 paths (all the same)');
    }
  });
});

describe('the payback CDF of a horizon shorter than its marks', () => {
  // A 200-day horizon: the CDF draws no mark at 1 or 2 years (both past the horizon, their shares
  // "— (past the horizon)"), but its caption said "read at 1 and 2 years"; a 500-day horizon draws
  // the 1-year mark alone.
  const mc = makeSummary();
  const caption = (s: RunSummary) => buildCharts(s).find((c) => c.name === 'payback-cdf')!.caption;
  it('buildCharts() says the CDF is read at the marks it draws, and at none past the horizon', () => {
    const short = makeSummary({
      scenario: { ...mc.scenario, days: 200 },
      headline: { ...mc.headline, paybackWithin1y: null, paybackWithin2y: null },
    });
    expect(caption(short)).toBe('The probability of having paid back by each time since the start.');
    const year = makeSummary({
      scenario: { ...mc.scenario, days: 500 },
      headline: { ...mc.headline, paybackWithin2y: null },
    });
    expect(caption(year)).toBe(
      'The probability of having paid back by each time since the start, read at 1 year.',
    );
    expect(caption(mc)).toBe(
      'The probability of having paid back by each time since the start, read at 1 and 2 years.',
    );
    const one = makeSummary({ ...short, run: { ...mc.run, paths: 1 } });
    expect(caption(one)).toBe(
      'Whether the fleet has paid back on the one path run by each time since the start (0 % before its payback day, 100 % from it).',
    );
  });
});

describe('paybackHistogramSpec of a horizon within one 30-day bin', () => {
  // A 10-day run has one bin, days 0-9: its subtitle said "paying back in each 30-day period", periods
  // the run does not have. It names the horizon's days now; a 1,826-day run keeps its 30-day periods.
  const subtitle = (spec: TopLevelSpec) => (spec.title as { subtitle: string[] }).subtitle.join(' ');
  const mc = makeSummary();
  const short = makeSummary({
    scenario: { ...mc.scenario, days: 10 },
    payback: { ...mc.payback, counts: [mc.payback.counts.reduce((a, b) => a + b, 0)] },
  });
  it('names the horizon, not "each 30-day period"', () => {
    expect(subtitle(paybackHistogramSpec(short))).toContain('paying back in the 10-day horizon;');
    expect(subtitle(paybackHistogramSpec(short))).not.toContain('30-day');
    expect(subtitle(paybackHistogramSpec(mc))).toContain('paying back in each 30-day period;');
  });
});
