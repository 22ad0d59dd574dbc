// A staged fleet whose last purchase falls after the cut: no path's payback can be found before
// that purchase, the project's nor the equity's (equityNoPayback is 1 by the rule). A `payback`
// claim was marked `byRule` and printed bare with its reason; an `equity-payback` claim beside it
// was printed with a Monte Carlo interval on a share no path could change. Both are now marked.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { headlineTables } from '../../src/report/headline.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const text = readFileSync(new URL('../staged-cut/after-cut.yaml', import.meta.url), 'utf8');
const REASON = 'none can pay back before the last purchase, on 2025-12-01, after the cut';

const loan = `finance:
  loans:
    - name: plain
      cohorts: [Antminer S21, second]
      loanToValue: 0.5
      rate: 0.1
      term: 12 months
claims:
  - payback > 6 months
  - equity payback > 6 months
  - P(equity payback <= 6 months) >= 0.5
`;

describe('an equity-payback claim the rule decides after a cut before the last purchase', () => {
  let run: RunSummary;
  beforeAll(async () => {
    const s = await scenarioOf(text.replace(/claims:\n(?: {2}- .*\n)+/, loan), 'after-cut-loan.yaml');
    run = (await runMonteCarlo(s, { paths: 40, workers: 1, breakEvenPaths: 0 })).summary;
  });

  it('summary.json marks it byRule, as the payback claim beside it', () => {
    const [project, equity, probability] = run.claims;
    expect(project.byRule).toBe(true);
    expect(equity).toMatchObject({ share: 1, byRule: true });
    expect(probability).toMatchObject({ share: 0, verdict: 'refuted', byRule: true });
  });

  it('the terminal and the Claims table print its share bare with the reason', () => {
    const line = headlineTable(run)
      .split('\n')
      .find((l) => l.trimStart().startsWith('claim: equity payback > 6 months'))!;
    expect(line).toContain(`share 1.000: ${REASON}`);
    expect(line).not.toContain('95 %');
    const rows = headlineTables(run).find((t) => t.title === 'Claims')!.rows;
    expect(rows[1][2]).toBe('decided by the rule');
  });
});
