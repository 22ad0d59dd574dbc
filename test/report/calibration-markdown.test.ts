// The study's page says why a coin has no held-out starts, instead of leaving its tables empty.
import { describe, expect, it } from 'vitest';
import { coverageMarkdown, type StudyResult } from '../../src/report/calibration-markdown.js';
import type { CalibrationRow } from '../../src/study/calibration-row.js';

const row = (coin: 'bitcoin' | 'monero', split: 'tuning' | 'held-out') =>
  ({ coin, split, start: split === 'tuning' ? '2019-01-01' : '2021-01-01' }) as CalibrationRow;

const result = (rows: CalibrationRow[]): StudyResult => ({
  rows,
  scores: [],
  choice: { model: 'bootstrap-stochastic', fallback: false, shared: 0, candidates: [] },
  goals: [],
  published: [],
});

const record = {
  paths: 10,
  seed: 1,
  starts: { bitcoin: ['2013-01-01', '2025-08-01'], monero: ['2016-06-01', '2019-11-01'] } as Record<
    string,
    [string, string]
  >,
  historyEnds: { bitcoin: '2025-11-14', monero: '2020-02-09' },
};

describe('coverageMarkdown()', () => {
  it('coverageMarkdown() says a coin without held-out rows has none because its history ends, and names the day', () => {
    const text = coverageMarkdown(
      result([row('bitcoin', 'tuning'), row('bitcoin', 'held-out'), row('monero', 'tuning')]),
      record,
    );
    expect(text).toContain('**No held-out starts for monero**: its shipped daily history ends 2020-02-09');
    expect(text).not.toContain('No held-out starts for bitcoin');
  });

  it('coverageMarkdown() says nothing of held-out gaps when every coin has held-out rows', () => {
    const text = coverageMarkdown(result([row('bitcoin', 'held-out'), row('monero', 'held-out')]), record);
    expect(text).not.toContain('No held-out starts');
    expect(text).toContain('**Mixtures weighted by score**');
  });
});
