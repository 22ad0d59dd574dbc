// What a back-test cut at the end of the shipped history leaves open of its books
// (summary.actual.booksAtCut): the terminal headline's lines and the report's table. Nothing
// when the back-test is not cut or its books have nothing open at the cut.
import { backtestMessages as m } from '../messages/backtest.js';
import type { BookAtCut, RunSummary } from '../stats/summary.js';
import { formatUsd } from './format.js';
import type { ReportTable } from './report-table.js';

const HEDGE_WORDS: Partial<Record<BookAtCut['kind'], string>> = {
  'hashprice-swap': 'hashprice swap',
  'price-swap': 'price swap',
  put: 'put',
  call: 'call',
};

/** What is counted of one contract open at the cut, in words. */
function itemText(item: BookAtCut): string {
  if (item.kind === 'loan')
    return item.counted === 'repaid-at-cut'
      ? m.loanRepaidAtCut(formatUsd(item.amountUsd ?? null), item.paymentsLeft ?? 0)
      : m.loanNotDrawn(formatUsd(item.amountUsd ?? null));
  if (item.kind === 'lease')
    return m.leaseBoughtOutAtCut(formatUsd(item.amountUsd ?? null), item.paymentsLeft ?? 0);
  if (item.kind === 'put' || item.kind === 'call') return m.optionOpen(item.kind, item.lastSettlement ?? '');
  return m.swapOpen(item.settlementsLeft ?? 0, item.lastSettlement ?? '');
}

const label = (item: BookAtCut) => m.contract(item.name, item.kind === 'lease');

const isHedge = (item: BookAtCut) => HEDGE_WORDS[item.kind] !== undefined;

/** The terminal's lines: the hedges open at the cut, then each contract. */
export function booksAtCutLines(summary: RunSummary): string[] {
  const cutAt = summary.actual?.cutAt;
  const items = summary.actual?.booksAtCut;
  if (cutAt === undefined || items === undefined || items.length === 0) return [];
  const hedges = items.filter(isHedge).length;
  return [
    m.booksAtCut(cutAt),
    ...(hedges > 0 ? [`  ${m.hedgesOpenAtCut(hedges, cutAt)}`] : []),
    ...items.map((item) => `  ${isHedge(item) ? '  ' : ''}${label(item)}: ${itemText(item)}`),
  ];
}

/** The report's table of the contracts open at the cut. */
export function booksAtCutTable(summary: RunSummary): ReportTable[] {
  const cutAt = summary.actual?.cutAt;
  const items = summary.actual?.booksAtCut;
  if (cutAt === undefined || items === undefined || items.length === 0) return [];
  const hedges = items.filter(isHedge).length;
  return [
    {
      title: 'Back-test: the books at the cut',
      note: `${hedges > 0 ? `${m.hedgesOpenAtCut(hedges, cutAt)}. ` : ''}${m.booksAtCutNote(cutAt)}`,
      header: ['Contract', 'Kind', 'At the cut'],
      align: ['left', 'left', 'left'],
      rows: items.map((item) => [item.name, HEDGE_WORDS[item.kind] ?? item.kind, itemText(item)]),
      userColumns: [0],
    },
  ];
}
