// The tornado of the equity's median NPV, for a sensitivity study of a scenario with `finance`
// (study/sweep-books.ts): the same bars as the project's NPV tornado (charts/tornado.ts), read on
// the equity's flows, so an input that moves only the books (a loan's rate, the tax rate) shows a
// bar, and a cost input shows how leverage widens its effect on the owners. None without books.

import type { SensitivityResult } from '../../study/sensitivity.js';
import { MEASURES } from '../../study/sensitivity-measures.js';
import type { SweepPointResult } from '../../study/sweep-result.js';
import { type ChartEntry, forScenario } from './index.js';
import { tornadoSpec } from './tornado.js';

const NPV = MEASURES.find((m) => m.id === 'medianNpvUsd')!;

/** The equity's NPV tornado when the study has books, else nothing. */
export function tornadoBooksCharts(result: SensitivityResult): ChartEntry[] {
  if (result.base.books === undefined) return [];
  return [
    {
      name: 'tornado-equity-npv',
      caption: 'Which inputs move the equity’s median NPV most, each moved alone from the base.',
      spec: tornadoSpec(equityView(result), NPV, {
        title: 'What moves the equity’s median NPV',
        axis: 'Median equity NPV (USD)',
        notes: [
          'Read on the equity’s flows (the scenario’s finance): the owners’, after a loan’s draws and debt service, leases, hedges and tax.',
        ],
      }),
    },
  ].map((chart) => forScenario(chart, result.scenario.name));
}

/** The study with each point's median NPV replaced by the equity's, which the NPV tornado then draws. */
export function equityView(result: SensitivityResult): SensitivityResult {
  const equity = (p: SweepPointResult): SweepPointResult => ({
    ...p,
    medianNpvUsd: p.books!.medianEquityNpvUsd,
  });
  return {
    ...result,
    base: equity(result.base),
    rows: result.rows.map((row) => ({ ...row, low: equity(row.low), high: equity(row.high) })),
  };
}
