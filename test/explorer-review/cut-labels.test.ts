// A run that replays the shipped history stops where the history ends (scenario.cutAt), before its
// horizon: the terminal heads its rows 'P(no payback by 2025-11-14)' and 'P(net < 0 on
// 2025-11-14)' (and 'net position at the cut (2025-11-14)' for one outcome). The explorer must not
// head the same figures "within the horizon" / "at horizon".
import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headline.js';
import { comparisonRows } from '../../src/explorer/compare.js';
import { headlineRows } from '../../src/explorer/headline-rows.js';
import { explorerView } from '../../src/explorer/view.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

const cut = makeSummary({ scenario: { ...FIXTURE_SUMMARY.scenario, cutAt: '2025-11-14' } });
const labels = (...v: ReturnType<typeof explorerView>[]) => headlineRows(...v).map((r) => r.label);

describe('headlineRows() of a run cut at the end of the history', () => {
  it('heads the no-payback share and the net position by the cut, as the terminal does, not by the horizon', () => {
    // The terminal: 'P(no payback by 2025-11-14)'. Before: the explorer's 'No payback within the
    // horizon' and 'Net at horizon, median' for the same figures, counted to 2025-11-14.
    expect(headlineTable(cut)).toContain('P(no payback by 2025-11-14)');
    const shown = labels(explorerView(cut));
    expect(shown.filter((l) => /horizon/.test(l))).toEqual([]);
    expect(shown).toContain('No payback by 2025-11-14 (the end of the history)');
    expect(shown).toContain('Net on 2025-11-14 (the end of the history), median');
    expect(shown).toContain('Net on 2025-11-14 (the end of the history), 5th percentile');
  });

  it('a run of one path cut at the history: "Net on <cut>" as the terminal\'s "net position at the cut"', () => {
    const one = makeSummary({
      scenario: { ...FIXTURE_SUMMARY.scenario, cutAt: '2025-11-14' },
      run: { ...FIXTURE_SUMMARY.run, paths: 1 },
    });
    expect(labels(explorerView(one))).toContain('Net on 2025-11-14 (the end of the history)');
  });

  it('a cut run compared with a run to its horizon: the label names neither alone', () => {
    const rows = comparisonRows(explorerView(FIXTURE_SUMMARY), explorerView(cut)).map((r) => r[0]);
    expect(rows).toContain("No payback by the run's end (its horizon, or the end of the history)");
    // Two runs to their horizons keep the horizon's words.
    expect(labels(explorerView(FIXTURE_SUMMARY))).toContain('No payback within the horizon');
    expect(labels(explorerView(FIXTURE_SUMMARY))).toContain('Net at horizon, median');
  });
});
