// A run whose paths all came out the same (or of one path), cut at the end of the history with a
// hedge open: a claim on the equity's NPV is undecided (the hedge's later settlements would count),
// so its Claims table and the explorer say so, not "does not hold" beside "inconclusive".
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { claimLines } from '../../src/explorer/claim-lines.js';
import { explorerView } from '../../src/explorer/view.js';
import { oneOutcomeClaimsTable } from '../../src/report/claims-tables.js';
import type { ClaimResult } from '../../src/stats/summary.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

// As `minesim run` gave them on a replay of 2025-05-15 to the history's end (2025-11-14), 50 S21s
// and a 12-month price swap, 50 paths alike: the project's NPV claim fails on every path; the
// equity's is 0 on every path by the cut, with the swap's later months not counted.
const claims: ClaimResult[] = [
  {
    text: 'P(npv > 0) >= 0.5',
    share: 0,
    se: 0,
    low: 0,
    high: 0.0714,
    threshold: '>= 0.5',
    verdict: 'refuted',
  },
  {
    text: 'P(equity npv > 0) >= 0.5',
    share: 0,
    se: 0,
    low: 0,
    high: 0.0714,
    threshold: '>= 0.5',
    verdict: 'inconclusive',
    openAtCut: 1,
  },
];

describe('the claims of a run of one outcome with a contract open at the cut', () => {
  it('oneOutcomeClaimsTable() says an undecided claim is undecided on every path, not "does not hold"', () => {
    const summary = makeSummary({ run: { ...FIXTURE_SUMMARY.run, paths: 50 }, claims });
    const rows = oneOutcomeClaimsTable(summary).rows;
    expect(rows[0].slice(1)).toEqual(['does not hold', 'refuted']);
    expect(rows[1].slice(1)).toEqual(['undecided', 'inconclusive']);
  });

  it('claimLines() of one path says the claim is undecided, not that it does not hold', () => {
    const view = explorerView(makeSummary({ run: { ...FIXTURE_SUMMARY.run, paths: 1 }, claims }));
    const [project, equity] = claimLines(view).map((c) => c.text);
    expect(project).toBe('P(npv > 0) >= 0.5 (does not hold on the one path)');
    expect(equity).toBe(
      'P(equity npv > 0) >= 0.5 (undecided: 1 contract still open at the cut would count after it)',
    );
  });

  it('headlineTable() of one path says the claim is undecided, not "inconclusive (does not hold on the one path)"', () => {
    // The terminal printed "inconclusive (does not hold on the one path)" (and, for paths all alike,
    // "inconclusive (holds on no path)") beside the claim's "(undecided: 1 contract still open ...)",
    // where the Claims table and the explorer say it is undecided.
    const text = headlineTable(makeSummary({ run: { ...FIXTURE_SUMMARY.run, paths: 1 }, claims }));
    const line = (needle: string) => text.split('\n').find((l) => l.includes(needle)) ?? '';
    expect(line('claim: P(equity npv > 0)')).toContain('undecided: 1 contract still open at the cut');
    expect(line('claim: P(equity npv > 0)')).not.toMatch(/hold/);
    expect(line('claim: P(npv > 0)')).toContain('refuted (does not hold on the one path)');
  });
});
