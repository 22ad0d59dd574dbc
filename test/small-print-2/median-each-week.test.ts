// The fan chart's legend said "median path" and the market chart's "median" beside its "sample
// paths", but the line drawn is each week's median over the paths: a different path can be the
// median each week, so the line is no one path (the sample paths are). The explorer's fan said "and
// the median". Each now names the line for what it is: the median of each week.
import { describe, expect, it } from 'vitest';
import { fanCaption, fanSvg } from '../../src/explorer/svg.js';
import { explorerView } from '../../src/explorer/view.js';
import { batchIndexMarkdown } from '../../src/report/batch-index.js';
import { priceDifficultySpec } from '../../src/report/charts/price-difficulty.js';
import { roiFanSpec } from '../../src/report/charts/roi-fan.js';
import type { BatchEntry } from '../../src/study/batch.js';
import { makeSummary } from '../fixtures/summary.js';

describe('the median line is named the median of each week, not a path', () => {
  it('the ROI fan’s legend says "median (each week)", not "median path"', () => {
    const text = JSON.stringify(roiFanSpec(makeSummary()));
    expect(text).not.toContain('median path');
    expect(text).toContain('"median (each week)"');
  });

  it('the ROI fan’s equity line is its median of each week', () => {
    const mc = makeSummary();
    const text = JSON.stringify(
      roiFanSpec(makeSummary({ timeline: { ...mc.timeline, equityNetUsd: { ...mc.timeline.netUsd } } })),
    );
    expect(text).toContain('"equity, median of each week (after debt and tax)"');
  });

  it('the price and difficulty chart’s legend says "median (each week)" beside the sample paths', () => {
    const text = JSON.stringify(priceDifficultySpec(makeSummary()));
    expect(text).toContain('"median (each week)"');
    expect(text).not.toContain('"median"');
  });
});

describe('the explorer’s fan names its median line the median of each week', () => {
  const view = explorerView(makeSummary());
  it('in its caption and in its title', () => {
    expect(fanCaption(view, null)).toContain('5-95 % and 25-75 % of paths and the median of each week;');
    expect(fanSvg(view, null)).toContain(
      'aria-label="Net position over time, USD: 5-95 % and 25-75 % of paths, and the median of each week"',
    );
  });
});

describe('the batch index’s note on its fans names the dark line the median of each week', () => {
  it('batchIndexMarkdown()', () => {
    const entry: BatchEntry = {
      status: 'ok',
      file: 'a.yaml',
      folder: 'a',
      backtestFolder: 'a-backtest',
      run: makeSummary(),
      backtest: makeSummary({ kind: 'backtest' }),
      seconds: 1,
    };
    const md = batchIndexMarkdown(
      [entry],
      { minesimVersion: '0', finishedAt: '2026-01-01T00:00:00Z' },
      new Set(['a']),
    );
    expect(md).toContain('the dark line is the median of each week (no one path)');
  });
});
