// What \`minesim batch\` prints: its exit code, the terminal's lines (one a scenario that ran, then
// the totals) and --json's object (each scenario's shares and medians as summary.json has them).
import { join } from 'node:path';
import { batchMessages } from '../messages/batch.js';
import { shownText } from '../messages/shown.js';
import {
  actualCell,
  medianIntervalText,
  noPaybackText,
  okEntries,
  withinText,
} from '../report/batch-cells.js';
import { failedRuns, firstLine } from '../report/batch-failed.js';
import type { OtherOutput } from '../report/batch-others.js';
import { hasBooks } from '../report/finance-table.js';
import { formatInteger } from '../report/format.js';
import { paidBackOn } from '../report/headline-definitions.js';
import { networkAtFleetShort } from '../report/run-table.js';
import { lastPurchaseAfterCut, paybackUndecidedAtCut, undecidedIntervalEnd } from '../report/staged-fleet.js';
import { formatProblem } from '../scenario/problem.js';
import type { Distribution, RunSummary } from '../stats/summary.js';
import type { BatchEntry } from '../study/batch.js';
import { EXIT_INPUT, EXIT_INTERNAL, EXIT_OK } from './exit.js';

export function exitCode(entries: readonly BatchEntry[]): number {
  if (entries.some((e) => e.status === 'failed')) return EXIT_INTERNAL;
  return entries.some((e) => e.status === 'invalid' || e.status === 'unwritten') ? EXIT_INPUT : EXIT_OK;
}

/** The terminal's lines: one per scenario that ran, then the totals. */
export function textLines(entries: readonly BatchEntry[]): string[] {
  const ok = okEntries(entries);
  const width = Math.max(0, ...ok.map((e) => shownText(e.run.scenario.name).length));
  const lines = ok.map((e) => {
    const h = e.run.headline;
    // A run cut at the end of the history: what it cannot see is past the cut, not the horizon.
    const cutAt = e.run.scenario.cutAt;
    const line = batchMessages.scenarioLine(
      shownText(e.run.scenario.name).padEnd(width),
      withinText(e, h.paybackWithin1y),
      withinText(e, h.paybackWithin2y),
      noPaybackText(e, h.noPayback),
      paidBackOn(
        e.run.scenario.start,
        h.paybackDays.quantiles.p50,
        cutAt,
        paybackUndecidedAtCut(e.run),
        'cell',
      ),
      medianIntervalText(e, h.paybackDays, (v) => `${formatInteger(v)} d`, undecidedIntervalEnd(e.run)),
      actualCell(e).text,
    );
    // A run whose random network was held at the fleet on some paths says so after its figures.
    const atFleet = networkAtFleetShort(e.run);
    return atFleet === null ? line : `${line}  ${atFleet}`;
  });
  const count = (status: BatchEntry['status']) => entries.filter((e) => e.status === status).length;
  return [...lines, batchMessages.totals(ok.length, count('invalid'), count('failed'), count('unwritten'))];
}

/**
 * `median<name>` and `median<name>Interval` of a distribution, as summary.json has them (the interval
 * left out where too few paths give one); `<name>Paths` where the median is over some of the paths
 * only (an IRR: the others have none), `<name>Censored` where some lie at a bound of the rates searched.
 */
function median(name: string, d: Distribution | undefined): Record<string, unknown> {
  if (d === undefined) return {};
  const key = name[0].toLowerCase() + name.slice(1);
  return {
    [`median${name}`]: d.quantiles.p50,
    ...(d.intervals?.p50 == null ? {} : { [`median${name}Interval`]: d.intervals.p50 }),
    ...(d.paths === undefined ? {} : { [`${key}Paths`]: d.paths }),
    ...(d.censored === undefined
      ? {}
      : { [`${key}Censored`]: { low: d.censored.low, high: d.censored.high } }),
  };
}

/**
 * The index's financing figures of a scenario with `finance` (null without): the odds of a margin
 * call and of a default (absent without a loan covenant) and of no equity payback, each ± its
 * standard error, and the equity's and the after-tax medians with their 95 % intervals.
 */
function financeJson(s: RunSummary): Record<string, unknown> | null {
  if (!hasBooks(s)) return null;
  const h = s.headline;
  return {
    ...(h.marginCall === undefined ? {} : { marginCall: h.marginCall }),
    ...(h.default === undefined ? {} : { default: h.default }),
    equityNoPayback: h.equityNoPayback,
    ...median('EquityPaybackDays', h.equityPaybackDays),
    ...median('EquityNpvUsd', h.equityNpvUsd),
    ...median('EquityIrr', h.equityIrr),
    ...median('AfterTaxNpvUsd', h.afterTaxNpvUsd),
    ...median('AfterTaxIrr', h.afterTaxIrr),
  };
}

/**
 * The batch's --json document. `notWritten`: why its folders are not in --out (no scenario could
 * be written, or the final move failed): each scenario's `folder` is then null, with that reason,
 * not a path in --out that holds another batch's files or none. A run that failed (a bug) has its
 * error's first line, no folder, and `earlierFolders`: its folders in --out among `others` (the
 * outputs there this batch did not write), an earlier run's, left as they were.
 */
export function batchJson(
  entries: readonly BatchEntry[],
  out: string,
  code: number,
  notWritten?: string,
  others: readonly OtherOutput[] = [],
) {
  const failed = new Map(failedRuns(entries, others).map((r) => [r.file, r]));
  const where = (folder: string | null) =>
    folder === null || notWritten !== undefined ? null : join(out, folder);
  return {
    ok: code === EXIT_OK,
    out,
    scenarios: entries.map((e) =>
      e.status === 'ok'
        ? {
            file: e.file,
            status: e.status,
            name: e.run.scenario.name,
            folder: where(e.folder),
            backtestFolder: where(e.backtestFolder),
            ...(notWritten === undefined ? {} : { folderNotWritten: notWritten }),
            paybackWithin1y: e.run.headline.paybackWithin1y,
            paybackWithin2y: e.run.headline.paybackWithin2y,
            noPayback: e.run.headline.noPayback,
            // Where the run stopped at the end of the history, before its horizon: a share or a
            // median of null there is past this date, not past the horizon. Null when not cut.
            cutAt: e.run.scenario.cutAt ?? null,
            // A fleet bought in stages whose last purchase falls after the cut: no payback can be
            // decided (the index's "not decidable by ..."), whatever the net position at the cut.
            lastPurchaseAfterCut: lastPurchaseAfterCut(e.run)?.date ?? null,
            // Each median with its 95 % interval, as summary.json gives it (the index's 'Median
            // payback, 95 % interval'; an end null past the horizon or the cut); the interval absent
            // where the run has too few paths for one.
            ...median('PaybackDays', e.run.headline.paybackDays),
            ...median('NpvUsd', e.run.headline.npvUsd),
            ...median('Irr', e.run.headline.irr),
            finance: financeJson(e.run),
            actualPaybackDate: e.run.actual?.paybackDate ?? null,
            claims: e.run.claims,
          }
        : e.status === 'invalid'
          ? {
              file: e.file,
              status: e.status,
              problems: e.problems.map((p) => ({ ...p, text: formatProblem(p) })),
            }
          : e.status === 'failed'
            ? {
                file: e.file,
                status: e.status,
                message: e.message,
                error: firstLine(e.message),
                folder: null,
                backtestFolder: null,
                earlierFolders: failed.get(e.file)?.earlier.map((o) => o.folder) ?? [],
              }
            : { file: e.file, status: e.status, message: e.message },
    ),
  };
}
