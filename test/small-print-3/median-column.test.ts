// summary.md's Returns table said "the 50 % column is the median path's value": each column is a
// quantile over the paths at that date, taken measure by measure (the path at the median NPV need
// not be the one at the median IRR), not one path's values. The note now says so.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { headlineTables } from '../../src/report/headline.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const text = readFileSync(new URL('../staged-cut/after-cut.yaml', import.meta.url), 'utf8');

describe("the Returns table's note", () => {
  let run: RunSummary;
  beforeAll(async () => {
    const s = await scenarioOf(text, 'after-cut.yaml');
    run = (await runMonteCarlo(s, { paths: 40, workers: 1, breakEvenPaths: 0 })).summary;
  });

  it('says each column is a quantile of each measure over the paths, not one path', () => {
    const returns = headlineTables(run).find((t) => t.title === 'Returns at the horizon')!;
    expect(returns.note).not.toContain("median path's value");
    expect(returns.note).toContain('each row’s own quantile over the paths');
  });
});
