// The terminal headline's lines for a run's financing and tax (scenario `finance`): the medians of
// the project's and the equity's returns with their 95 % intervals, or the one outcome's values, the
// odds of a margin call and of a default, the costs per coin and the hedges; none without `finance`.
// The report's table of the same measures is finance-table.ts's.

import { backtestMessages } from '../messages/backtest.js';
import { paybackMessages } from '../messages/payback.js';
import { perCoinMessages } from '../messages/per-coin.js';
import type { Distribution, RunSummary } from '../stats/summary.js';
import { callsOnHistory, defaultOnHistory } from './calls-on-history.js';
import {
  boundMark,
  censoredCount,
  coverages,
  irrFormat,
  perCoinText,
  TOTAL_LOSS,
  valueOrNone,
} from './coverage.js';
import { equityNotReached, equityUndecidedAtCut, undecidedRows } from './equity-at-cut.js';
import { hasBooks, taxYearRows } from './finance-table.js';
import {
  formatDayAsDate,
  formatEstimate,
  formatInteger,
  formatMedianInterval,
  formatPaths,
  formatPercent,
  formatQuantileInterval,
  formatUsd,
} from './format.js';
import { medianPaybackText } from './point-figures.js';

/** IRRs in the lines: the number, or the bound a censored one is at (coverage.ts). */
const irrText = irrFormat(formatPercent);

/** A cost per coin's median as the terminal prints it: "no coin mined" where it falls among such paths. */
function perCoinValue(d: Distribution | undefined, missing: 'perCoin' | 'allIn'): string {
  const v = d?.quantiles.p50 ?? null;
  return d !== undefined && v === null && d.infinite !== undefined
    ? perCoinText(d, v, formatUsd)
    : valueOrNone(v, formatUsd, missing);
}

/** After the costs per coin: how many paths mined no coin but had costs, each measure named; '' when none. */
function noCoinNote(h: RunSummary['headline'], paths: number): string {
  const named = [
    ['cash', h.cashCostPerCoinUsd],
    ['all-in', h.allInCostPerCoinUsd],
  ] as const;
  const parts = named
    .filter(([, d]) => d?.infinite !== undefined)
    .map(([name, d]) => `${name} ${formatInteger(d!.infinite!)}`);
  return parts.length === 0 ? '' : ` (${perCoinMessages.counts(parts.join(', '), formatPaths(paths))})`;
}

/** The terminal headline's lines for financing and tax (p50 values, or the one outcome's, labelled without p50). */
export function financeHeadlineRows(s: RunSummary, one: boolean): [string, string][] {
  if (!hasBooks(s)) return [];
  const h = s.headline;
  const p50 = (d: { quantiles: { p50: number | null } } | undefined) => d?.quantiles.p50 ?? null;
  // A margin call or a default needs a loan with a covenant: without one the summary has neither.
  const call = h.marginCall;
  const lost = h.default;
  const rows: [string, string][] = one
    ? [
        ...(call === undefined || lost === undefined
          ? []
          : [
              [
                'margin call / default',
                `${call.p === 1 ? `yes${s.kind === 'backtest' ? callsOnHistory(s) : ''}` : 'no'} / ${lost.p === 1 ? `yes${s.kind === 'backtest' ? defaultOnHistory(s) : ''}` : 'no'}`,
              ] as [string, string],
            ]),
        ...((s.kind === 'backtest' && s.actual?.equity?.taxPaidUsd !== undefined
          ? [
              [
                'tax paid / losses left unused',
                `${formatUsd(s.actual.equity.taxPaidUsd)} / ${formatUsd(s.actual.equity.lossCarriedUsd ?? 0)}`,
              ],
              // Year by year beside their sum, as the financing table puts them (finance-table.ts).
              ...taxYearRows(s).map(([, value]) => [backtestMessages.taxYearsLabel, value]),
            ]
          : []) as [string, string][]),
        [
          'equity payback',
          p50(h.equityPaybackDays) === null
            ? s.scenario.cutAt === undefined
              ? backtestMessages.noPaybackWithinHorizon()
              : (equityUndecidedAtCut(s) ?? backtestMessages.noPaybackByCut(s.scenario.cutAt))
            : h.equityNothingAtStake?.p === 1
              ? paybackMessages.equityNothingAtStakeOne
              : formatDayAsDate(s.scenario.start, p50(h.equityPaybackDays)),
        ],
      ]
    : [
        ...(call === undefined || lost === undefined
          ? []
          : ([
              ['P(margin call)', formatEstimate(call, [], undefined, s.run.paths, s.run.antithetic)],
              ['P(default)', formatEstimate(lost, [], undefined, s.run.paths, s.run.antithetic)],
            ] as [string, string][])),
        // Cut before the equity's last purchase or buyout: the share of paths the cut cannot decide.
        ...undecidedRows(s).map(
          ([, share]) =>
            [backtestMessages.equityUndecidedShortQuestion(s.scenario.cutAt!), share] as [string, string],
        ),
      ];
  // The IRRs' medians say which paths they are over when some have no IRR, and how many are
  // censored at a bound of the rates searched.
  // After tax only with a tax rule (the summary has it then).
  const named: readonly (readonly [string, Distribution | undefined])[] = [
    ['project', h.irr],
    ...(h.afterTaxIrr === undefined ? [] : [['after tax', h.afterTaxIrr] as const]),
    ['equity', h.equityIrr],
  ];
  const irrs = named.map(([, d]) => d);
  const totalLoss = named.filter(([, d]) => p50(d) === -1).map(([name]) => name);
  const notes = [
    ...(one
      ? []
      : [
          coverages(named, s.run.paths, 'irr'),
          ...named
            .filter(([, d]) => censoredCount(d) !== '')
            .map(([name, d]) => `${name} ${censoredCount(d)}`),
        ]),
    totalLoss.length === 0 ? '' : `${totalLoss.join(', ')} -100 %: ${TOTAL_LOSS}`,
  ].filter((note) => note !== '');
  // One outcome (a back-test, or paths all the same) is a value, no median of a distribution.
  const median = one ? '' : ' p50';
  rows.push(
    [
      `IRR${median} ${named.map(([name]) => name).join(' / ')}`,
      `${irrs.map((d) => (one ? valueOrNone(p50(d), irrText, 'irr') : d?.paths === 0 ? 'none' : `${boundMark(d, 'p50')}${irrText(p50(d))}`)).join(' / ')}${notes.length === 0 ? '' : ` (${notes.join('; ')})`}`,
    ],
    [`NPV${median} project / equity`, `${formatUsd(p50(h.npvUsd))} / ${formatUsd(p50(h.equityNpvUsd))}`],
    // A run's tax behind its after-tax figures (a back-test says it with its years, above).
    ...(s.kind === 'backtest' || h.taxPaidUsd === undefined || h.lossCarriedUsd === undefined
      ? []
      : ([
          [
            `tax paid / losses left unused${median}`,
            `${formatUsd(p50(h.taxPaidUsd))} / ${formatUsd(p50(h.lossCarriedUsd))}`,
          ],
        ] as [string, string][])),
    // The equity's medians with their 95 % intervals beside the project's rows (cli/headline.ts): its
    // payback (no other row has its median) and its NPV's interval, in the project's words.
    ...(one
      ? []
      : ([
          [
            paybackMessages.equityPaybackIntervalLabel,
            paybackMessages.withInterval(
              // A median not reached is '—', as the project's in 'payback p10 / p50 / p90': its
              // interval then says past the horizon (or the cut); day 0 is nothing at stake.
              medianPaybackText(p50(h.equityPaybackDays)),
              formatQuantileInterval(
                h.equityPaybackDays!,
                'p50',
                (v) => `${formatInteger(v)} d`,
                s.scenario.cutAt,
                equityNotReached(s) ?? undefined,
              ),
            ),
          ],
          [paybackMessages.equityNpvIntervalLabel, formatQuantileInterval(h.equityNpvUsd!, 'p50', formatUsd)],
        ] as [string, string][])),
    [
      perCoinMessages.cashAndAllInLine(median),
      `${perCoinValue(h.cashCostPerCoinUsd, 'perCoin')} / ${perCoinValue(h.allInCostPerCoinUsd, 'allIn')}${one ? '' : noCoinNote(h, s.run.paths)}`,
    ],
  );
  // The IRRs' and the costs per coin's medians' 95 % intervals, in the order of the rows above
  // ('none' where no path has a value); a run of one outcome has none.
  if (!one) {
    const intervals = (ds: readonly (Distribution | undefined)[], format: (v: number) => string) =>
      ds.map((d) => formatMedianInterval(d, format) ?? 'none').join(' / ');
    const irrRow = rows.findIndex(([label]) => label.startsWith('IRR'));
    rows.splice(irrRow + 1, 0, [paybackMessages.irrIntervalLabel, intervals(irrs, irrText)]);
    rows.push([
      paybackMessages.costPerCoinIntervalLabel,
      intervals([h.cashCostPerCoinUsd, h.allInCostPerCoinUsd], formatUsd),
    ]);
  }
  const hedges = h.hedgeNetUsd;
  if (hedges !== undefined)
    rows.push(
      one
        ? ['hedges, net', formatUsd(p50(hedges))]
        : [
            'hedges, net p10 / p50 / p90',
            [hedges.quantiles.p10, hedges.quantiles.p50, hedges.quantiles.p90].map(formatUsd).join(' / '),
          ],
      ...(one
        ? []
        : [
            [
              paybackMessages.hedgesIntervalLabel,
              (['p10', 'p50', 'p90'] as const)
                .map((key) => formatQuantileInterval(hedges, key, formatUsd))
                .join(' / '),
            ] as [string, string],
          ]),
    );
  const e = s.actual?.equity;
  if (e !== undefined && s.kind !== 'backtest')
    rows.push([
      s.actual?.cutAt === undefined
        ? 'actual equity (history)'
        : `actual equity (history to ${s.actual.cutAt})`,
      `${lost === undefined ? '' : `${e.defaultDate === null ? (e.marginCall ? `margin call met${callsOnHistory(s)}, no default` : 'no margin call') : `default on ${e.defaultDate}`}, `}IRR ${valueOrNone(e.irr, irrText, 'irr')}${e.hedgeNetUsd === undefined ? '' : `, hedges net ${formatUsd(e.hedgeNetUsd)}`}`,
    ]);
  return rows;
}
