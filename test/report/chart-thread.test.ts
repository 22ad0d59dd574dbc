import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  chartThreadRunning,
  endChartThreadWhenDrawn,
  startChartThread,
  stopChartThread,
} from '../../src/report/chart-thread.js';
import { buildCharts } from '../../src/report/charts/index.js';
import { roiFanSpec } from '../../src/report/charts/roi-fan.js';
import { drawSvg } from '../../src/report/draw-svg.js';
import { drawSvg as drawSvgBundled } from '../../src/report/draw-svg-bundled.js';
import { renderAllCharts, renderChart } from '../../src/report/render.js';
import { ROOT, runNode } from '../fixtures/node-process.js';
import { FIXTURE_SUMMARY } from '../fixtures/summary.js';

afterEach(() => stopChartThread());

// The in-process drawings the chart thread's must equal, drawn once (before any thread starts) and
// only read by the tests that compare with them.
let allHere: ReturnType<typeof renderAllCharts> | undefined;
const allChartsHere = () => {
  allHere ??= renderAllCharts(FIXTURE_SUMMARY, { onWarning: () => {} });
  return allHere;
};
let fanHere: ReturnType<typeof renderChart> | undefined;
const fanChartHere = () => {
  fanHere ??= renderChart(roiFanSpec(FIXTURE_SUMMARY));
  return fanHere;
};

describe('the chart thread', () => {
  it('renderChart() with the chart thread drawing the SVG makes the same SVG and PNG, byte for byte, as in-process', async () => {
    const spec = roiFanSpec(FIXTURE_SUMMARY);
    const here = await fanChartHere();
    startChartThread();
    const there = await renderChart(spec);
    expect(there.svg).toBe(here.svg);
    expect(Buffer.from(there.png).equals(Buffer.from(here.png))).toBe(true);
  }, 60_000);

  it('renderAllCharts() with the chart thread draws every chart of a run as in-process, each in its place', async () => {
    const here = await allChartsHere();
    startChartThread();
    const there = await renderAllCharts(FIXTURE_SUMMARY, { onWarning: () => {} });
    expect(there.map((c) => c.name)).toEqual(here.map((c) => c.name));
    for (const [i, chart] of there.entries()) {
      expect(chart.svg).toBe(here[i].svg);
      expect(Buffer.from(chart.png).equals(Buffer.from(here[i].png))).toBe(true);
    }
  }, 60_000);

  it('endChartThreadWhenDrawn() after renderAllCharts() ends the thread once the last SVG is back, with every chart as in-process', async () => {
    const here = await allChartsHere();
    startChartThread();
    const drawing = renderAllCharts(FIXTURE_SUMMARY, { onWarning: () => {} });
    endChartThreadWhenDrawn();
    expect(chartThreadRunning()).toBe(true);
    const there = await drawing;
    expect(chartThreadRunning()).toBe(false);
    for (const [i, chart] of there.entries()) {
      expect(chart.svg).toBe(here[i].svg);
      expect(Buffer.from(chart.png).equals(Buffer.from(here[i].png))).toBe(true);
    }
  }, 60_000);

  it('endChartThreadWhenDrawn() with no SVG awaited ends the thread now, and a later chart is drawn in-process', async () => {
    const spec = roiFanSpec(FIXTURE_SUMMARY);
    const here = await fanChartHere();
    startChartThread();
    endChartThreadWhenDrawn();
    expect(chartThreadRunning()).toBe(false);
    expect((await renderChart(spec)).svg).toBe(here.svg);
  }, 60_000);

  it('renderChart() on the chart thread hands vega’s warnings to onWarning, as in-process', async () => {
    const spec = {
      data: { values: [] },
      mark: 'line',
      encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'v', type: 'quantitative' } },
    } as unknown as Parameters<typeof renderChart>[0];
    const here: string[] = [];
    await renderChart(spec, { onWarning: (m) => here.push(m) });
    startChartThread();
    const there: string[] = [];
    await renderChart(spec, { onWarning: (m) => there.push(m) });
    expect(here.length).toBeGreaterThan(0);
    expect(there).toEqual(here);
  }, 60_000);
});

describe('drawSvg() of draw-svg-bundled.ts', () => {
  it('drawSvg() of draw-svg-bundled.ts, the chart thread’s bundle run in this thread, draws every chart as draw-svg.ts does', async () => {
    for (const chart of buildCharts(FIXTURE_SUMMARY)) {
      const [here, bundled]: string[][] = [[], []];
      const svg = await drawSvg(chart.spec, (m) => here.push(m));
      expect(await drawSvgBundled(chart.spec, (m) => bundled.push(m)), chart.name).toBe(svg);
      expect(bundled).toEqual(here);
    }
  }, 60_000);
});

describe.concurrent('the build’s code caches', () => {
  it.each([
    ['dist/report/chart-worker.bundle.cjs', 'dist/report/chart-worker.bundle.cache', 'drawSvg'],
    ['dist/cli/bundle/validate.cjs', 'dist/cli/bundle/validate.cache', 'main'],
    ['dist/cli/bundle/run.cjs', 'dist/cli/bundle/run.cache', 'main'],
  ])(
    'the build’s code cache of %s is one this Node takes',
    async (bundle, cache, exported) => {
      // In a Node of its own, with the flags bin/minesim.mjs sets: V8 takes a cache only under the
      // flags it was made with.
      const script = `
      const { readFileSync } = await import('node:fs');
      const { setFlagsFromString } = await import('node:v8');
      const { v8Flags } = JSON.parse(readFileSync('dist/cli/bundle/code-cache.json', 'utf8'));
      for (const flag of v8Flags) setFlagsFromString(flag);
      const { runCachedBundle } = await import('./dist/report/code-cache.js');
      const run = runCachedBundle(process.cwd() + '/${bundle}', process.cwd() + '/${cache}');
      process.stdout.write(JSON.stringify({ rejected: run.cacheRejected, exported: typeof run.exports.${exported} }));`;
      const run = await runNode(['--input-type=module', '-e', script]);
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual({ rejected: false, exported: 'function' });
    },
    60_000,
  );
});

describe.concurrent('the short commands’ V8 flags', () => {
  it('the build records the V8 flags of its caches, ones this Node knows: eight times the default interrupt budget', async () => {
    const { v8Flags } = JSON.parse(readFileSync(join(ROOT, 'dist/cli/bundle/code-cache.json'), 'utf8'));
    const options = await runNode(['--v8-options']);
    const budget = /default: --interrupt-budget=(\d+)\b/.exec(options.stdout);
    // A V8 without the flag gets none.
    expect(v8Flags).toEqual(budget ? [`--interrupt-budget=${8 * Number(budget[1])}`] : []);
    // Node refuses a V8 flag it does not know, on its command line.
    const run = await runNode([...v8Flags, '-e', '0']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
  }, 60_000);
});
