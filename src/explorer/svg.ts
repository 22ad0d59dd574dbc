// The explorer's two charts as plain SVG text: the net-position fan (5-95 % and 25-75 % bands, the
// median; a run of one path's one line) and the payback CDF, each with the pinned run drawn over it in outline. Plain SVG rather
// than vega: the page redraws on every refinement of every change (a few hundred microseconds
// here, against tens of milliseconds for a vega view), and vega's three scripts would take the
// page past its size budget on their own (about 1.1 MB).

import { explorerMessages as m } from '../messages/explorer.js';
import { paybackMessages } from '../messages/payback.js';
import { largeFigure, tinyFigure } from '../messages/shown.js';
import { DAYS_PER_YEAR } from '../model/calendar.js';
import { bandsError } from '../report/bands-error.js';
import { escapeHtml } from '../report/table-render.js';
import { type ExplorerView, hasOneOutcome, outcomesOf } from './view.js';

const W = 720;
const H = 280;
const M = { left: 64, right: 12, top: 12, bottom: 30 };
const CURRENT = '#2b6cb0';
const PINNED = '#c05621';
/** The lines' colours (the pinned run's also dashed), for the test of their contrast. */
export const EXPLORER_COLOURS = { current: CURRENT, pinned: PINNED } as const;

type Scale = (x: number) => number;

function linear(d0: number, d1: number, r0: number, r1: number): Scale {
  const span = d1 - d0 || 1;
  return (x) => r0 + ((x - d0) / span) * (r1 - r0);
}

/** About five round tick values across [lo, hi]. */
export function ticks(lo: number, hi: number, count = 5): number[] {
  const span = hi - lo;
  if (!(span > 0)) return [lo];
  const step0 = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 5, 10].map((f) => f * magnitude).find((s) => s >= step0) ?? step0;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step)
    out.push(Number(t.toPrecision(12)));
  return out;
}

// Made on first use: the command line's run writes the page and reads its captions from here, and
// a process's first Intl object loads ICU's locale data (test/cli/lazy-load.test.ts).
let compactFormat: Intl.NumberFormat | undefined;
const compact = (value: number) => {
  // Compact notation's largest word is T (trillions): from 1e15 a tick reads in exponent form
  // (1e22), not as 10,000,000,000T; under a billionth likewise, not as 0.
  const exponent = tinyFigure(value, 3) ?? largeFigure(value, 3);
  if (exponent !== undefined) return exponent;
  compactFormat ??= new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 3 });
  return compactFormat.format(value);
};

function path(xs: readonly number[], ys: readonly number[], x: Scale, y: Scale): string {
  return xs.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(v).toFixed(1)},${y(ys[i]).toFixed(1)}`).join('');
}

function band(
  xs: readonly number[],
  lo: readonly number[],
  hi: readonly number[],
  x: Scale,
  y: Scale,
): string {
  const back = xs.map((_, i) => xs.length - 1 - i);
  const upper = path(xs, hi, x, y);
  const lower = back.map((i) => `L${x(xs[i]).toFixed(1)},${y(lo[i]).toFixed(1)}`).join('');
  return `${upper}${lower}Z`;
}

function axes(
  x: Scale,
  y: Scale,
  xTicks: number[],
  yTicks: number[],
  xLabel: (t: number) => string,
  yLabel: (t: number) => string,
): string {
  const parts: string[] = [];
  for (const t of yTicks) {
    const py = y(t).toFixed(1);
    parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${py}" y2="${py}" stroke="#e3e3e3"/>`);
    parts.push(
      `<text x="${M.left - 6}" y="${py}" text-anchor="end" dominant-baseline="middle">${escapeHtml(yLabel(t))}</text>`,
    );
  }
  for (const t of xTicks)
    parts.push(
      `<text x="${x(t).toFixed(1)}" y="${H - 10}" text-anchor="middle">${escapeHtml(xLabel(t))}</text>`,
    );
  return parts.join('');
}

function frame(title: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(title)}" font-size="11" font-family="system-ui, sans-serif" fill="#252525">${body}</svg>`;
}

/** The fan's caption under the chart: what the current run's lines are, and how the pinned run is drawn. */
export function fanCaption(current: ExplorerView, pinned: ExplorerView | null): string {
  // The bands' Monte Carlo error, as the report's fan states it (report/bands-error.ts).
  const error = hasOneOutcome(current)
    ? ''
    : ` ${bandsError(current, [{ key: 'netUsd', name: null, unit: 'USD' }])}`;
  return `${m.fanCaption(outcomesOf(current), current.run.paths, pinned === null ? 'none' : outcomesOf(pinned))}${error}${stagedCaption(current, 'fan')}`;
}

/** The payback CDF's caption: a share of the paths, or whether a run of one outcome has paid back; the pinned run's. */
export function cdfCaption(current: ExplorerView, pinned: ExplorerView | null): string {
  // One outcome not paid back in the horizon; not a run cut before its last purchase, whose
  // payback the cut leaves undecided (stagedCaption says so).
  const never =
    hasOneOutcome(current) && current.headline.noPayback.p === 1 && current.lastPurchase?.afterCut !== true
      ? current.scenario.end
      : null;
  return `${m.cdfCaption(outcomesOf(current), current.run.paths, pinned === null ? 'none' : outcomesOf(pinned), never)}${stagedCaption(current, 'cdf')}`;
}

/**
 * Under a chart of a fleet bought in stages: a payback counts from its last purchase, as the
 * report's charts say, and one after the cut leaves the payback undecided (report/staged-fleet.ts).
 */
function stagedCaption(v: ExplorerView, chart: 'fan' | 'cdf'): string {
  const last = v.lastPurchase;
  if (last === undefined) return '';
  const { cutAt } = v.scenario;
  if (last.afterCut && cutAt !== undefined)
    return ` ${chart === 'fan' ? paybackMessages.chartAfterCut(last.date, cutAt) : paybackMessages.cdfAfterCut(last.date, cutAt)}`;
  return ` ${m.stagedFleet(last.day, last.date)}`;
}

/** What a run of one outcome is, in a chart's title: the one path run, or its paths, all the same. */
const oneOutcomeName = (v: ExplorerView) =>
  v.run.paths === 1
    ? 'the one path run'
    : `every one of the ${v.run.paths.toLocaleString('en-US')} paths, all the same`;

/**
 * The net position over time, USD: bands of the current run, and the pinned run's in outline; a
 * run of one path (whose every quantile is its own value) as its one line, with no bands.
 */
export function fanSvg(current: ExplorerView, pinned: ExplorerView | null): string {
  const views = pinned ? [current, pinned] : [current];
  const start = Date.parse(current.scenario.start);
  // Years of the project's calendar (365.25 days), as report.html's charts and the 1- and 2-year
  // shares count them.
  const xsOf = (v: ExplorerView) =>
    v.timeline.dates.map((d) => (Date.parse(d) - start) / 86_400_000 / DAYS_PER_YEAR);
  const all = views.flatMap((v) => [...v.timeline.netUsd.p5, ...v.timeline.netUsd.p95]);
  const [lo, hi] = [Math.min(0, ...all), Math.max(0, ...all)];
  const years = Math.max(...views.map((v) => xsOf(v).at(-1) ?? 0));
  const x = linear(0, years, M.left, W - M.right);
  const y = linear(lo, hi, H - M.bottom, M.top);
  const parts = [
    axes(
      x,
      y,
      ticks(0, years),
      ticks(lo, hi),
      (t) => `${t} y`,
      (t) => compact(t),
    ),
  ];
  const xs = xsOf(current);
  const n = current.timeline.netUsd;
  const one = hasOneOutcome(current);
  if (!one) {
    parts.push(
      `<path d="${band(xs, n.p5, n.p95, x, y)}" fill="${CURRENT}" fill-opacity="0.18" class="band-outer"/>`,
    );
    parts.push(`<path d="${band(xs, n.p25, n.p75, x, y)}" fill="${CURRENT}" fill-opacity="0.3"/>`);
  }
  parts.push(
    `<path d="${path(xs, n.p50, x, y)}" fill="none" stroke="${CURRENT}" stroke-width="2" class="${one ? 'one-path' : 'median'}"/>`,
  );
  if (pinned) {
    const px = xsOf(pinned);
    const p = pinned.timeline.netUsd;
    const pinnedOne = hasOneOutcome(pinned);
    if (!pinnedOne)
      parts.push(
        `<path d="${band(px, p.p5, p.p95, x, y)}" fill="none" stroke="${PINNED}" stroke-dasharray="4 3"/>`,
      );
    parts.push(
      `<path d="${path(px, p.p50, x, y)}" fill="none" stroke="${PINNED}" stroke-width="2" stroke-dasharray="6 3" class="${pinnedOne ? 'pinned-one-path' : 'pinned-median'}"/>`,
    );
  }
  parts.push(
    `<line x1="${M.left}" x2="${W - M.right}" y1="${y(0).toFixed(1)}" y2="${y(0).toFixed(1)}" stroke="#252525"/>`,
  );
  // A staged fleet's last purchase within the run: the first day a crossing of zero can be a payback.
  const last = current.lastPurchase;
  if (last !== undefined && !last.afterCut && last.day > 0) {
    const px = x(last.day / DAYS_PER_YEAR).toFixed(1);
    parts.push(
      `<line x1="${px}" x2="${px}" y1="${M.top}" y2="${H - M.bottom}" stroke="#5e4fa2" stroke-dasharray="2 2" class="last-purchase"><title>${escapeHtml(paybackMessages.lastPurchaseMark)}</title></line>`,
    );
  }
  return frame(
    one
      ? `Net position over time, USD: ${oneOutcomeName(current)}`
      : 'Net position over time, USD: 5-95 % and 25-75 % of paths, and the median of each week',
    parts.join(''),
  );
}

/** Share of paths paid back by each day: the current run, and the pinned run dashed. */
export function cdfSvg(current: ExplorerView, pinned: ExplorerView | null): string {
  const views = pinned ? [current, pinned] : [current];
  const years = Math.max(...views.map((v) => v.scenario.days / DAYS_PER_YEAR));
  const x = linear(0, years, M.left, W - M.right);
  const y = linear(0, 1, H - M.bottom, M.top);
  const parts = [
    axes(
      x,
      y,
      ticks(0, years),
      ticks(0, 1),
      (t) => `${t} y`,
      (t) => `${Math.round(t * 100)} %`,
    ),
  ];
  // A bin's share is of the paths paid back by its last day: drawn at that day, as report.html's
  // CDF draws it (a payback on day d at d / 365.25 years; P(payback <= 1 year) counts day 365).
  const step = (v: ExplorerView) => {
    // A run of one outcome steps on its payback day, which its 30-day bin ends up to 29 days after:
    // 0 % before it, 100 % from it, as its caption says.
    const day = v.headline.paybackDays.quantiles.p50;
    if (hasOneOutcome(v)) {
      const end = (v.payback.cdf.at(-1)?.day ?? v.scenario.days) / DAYS_PER_YEAR;
      if (day === null) return path([0, end], [0, 0], x, y);
      // Nothing at stake: paid back on day 0, at 100 % from the start.
      if (day === 0) return path([0, end], [1, 1], x, y);
      const at = day / DAYS_PER_YEAR;
      return path([0, at, at, Math.max(at, end)], [0, 0, 1, 1], x, y);
    }
    // The paths with nothing at stake (never below zero) count as paid back on day 0: the curve
    // starts at their share.
    const start = v.headline.nothingAtStake?.p ?? 0;
    const xs = [0, ...v.payback.cdf.flatMap((c) => [c.day / DAYS_PER_YEAR, c.day / DAYS_PER_YEAR])];
    const ys = [start, ...v.payback.cdf.flatMap((c, i) => [i === 0 ? start : v.payback.cdf[i - 1].p, c.p])];
    return path(xs, ys, x, y);
  };
  parts.push(`<path d="${step(current)}" fill="none" stroke="${CURRENT}" stroke-width="2" class="cdf"/>`);
  if (pinned)
    parts.push(
      `<path d="${step(pinned)}" fill="none" stroke="${PINNED}" stroke-width="2" stroke-dasharray="6 3" class="pinned-cdf"/>`,
    );
  return frame(
    hasOneOutcome(current)
      ? `Whether the fleet has paid back by each day on ${oneOutcomeName(current)}`
      : 'Share of paths paid back by each day',
    parts.join(''),
  );
}
