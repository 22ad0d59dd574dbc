// A fleet whose last purchase falls after the cut: no path can pay back before that purchase, so a
// claim like `payback > 6 months` holds on every path by the rule, not by what the paths did. Its
// verdict line printed "supported (share 1.000, 95 % 0.912-1.000, needs > 0.5)", an interval of
// Monte Carlo error on a share no path could change. It now reads, as the headline's share not paid
// back by the cut does, "share 1.000: none can pay back before the last purchase, on 2025-12-01,
// after the cut"; summary.json keeps its interval and says it is decided by the rule.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { claimLines } from '../../src/explorer/claim-lines.js';
import { explorerView } from '../../src/explorer/view.js';
import { headlineTables } from '../../src/report/headline.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const text = readFileSync(new URL('../staged-cut/after-cut.yaml', import.meta.url), 'utf8');
const REASON = 'none can pay back before the last purchase, on 2025-12-01, after the cut';

describe('a payback claim the rule decides after a cut before the last purchase: bare share, the reason', () => {
  let run: RunSummary;
  beforeAll(async () => {
    const s = await scenarioOf(text, 'after-cut.yaml');
    run = (await runMonteCarlo(s, { paths: 40, workers: 1, breakEvenPaths: 0 })).summary;
  });

  it('summary.json keeps the interval and flags the claim decided by the rule', () => {
    const [decided, open] = run.claims;
    expect(decided.share).toBe(1);
    expect(decided.low).toBeLessThan(1);
    expect(decided.byRule).toBe(true);
    // `payback > 1 year`, past the cut: undecided over no path, as before.
    expect(open.paths).toBe(0);
    expect(open.byRule).toBeUndefined();
  });

  it('the terminal', () => {
    const lines = headlineTable(run).split('\n');
    const decided = lines.find((l) => l.trimStart().startsWith('claim: payback > 6 months'))!;
    expect(decided).toContain(`supported (share 1.000: ${REASON}, needs > 0.5)`);
    expect(decided).not.toContain('95 %');
    const open = lines.find((l) => l.trimStart().startsWith('claim: payback > 1 year'))!;
    // Not decided by the rule, and judged over no path: no share, its interval every share.
    expect(open).toContain('inconclusive (share none (no path judged), 95 % 0.000-1.000, needs > 0.5)');
  });

  it('summary.md and report.html’s Claims table', () => {
    const claims = headlineTables(run).find((t) => t.title === 'Claims')!;
    const [decided, open] = claims.rows;
    expect(decided[1]).toBe(`1.000: ${REASON}`);
    expect(decided[2]).toBe('decided by the rule');
    expect(open[2]).toBe('0.000–1.000');
  });

  it('the explorer', () => {
    const [decided, open] = claimLines(explorerView(run));
    expect(decided.text).toBe(`payback > 6 months (share 1.000: ${REASON}, needs > 0.5)`);
    expect(open.text).toContain('95 % 0.000-1.000');
  });
});
