// Claims are hypotheses an analyst states in a scenario, such as `payback > 2 years` or
// `P(npv > 0) >= 0.5`. A bare statement claims that its event is more likely than not. With
// financing or tax (scenario `finance`), the event can be about the equity (`equity payback`,
// `equity npv`, `equity irr`), the project after tax (`after-tax npv`, `after-tax irr`), or be a
// margin call or a default (`P(default) < 10 %`), or the hedges' net settlements (`P(hedges net
// >= 0) >= 0.5`); scenario/claim-finance-rules.ts refuses those claims in a scenario without
// the financing they measure.
//
// A threshold's bare number (no unit) is read only where one reading is the likely one: money is
// USD (the one currency minesim knows); an ROI, an IRR or a probability is a share of 1 when below
// 1 in size (`irr > 0.1` is 10 %), and refused at 1 or more, where an analyst's `irr > 10` means
// 10 % and the fraction 1,000 %; a payback time only at 0 (a bare 18 could be days, months or years).
import { claimMessages as m } from '../messages/claims.js';
import { parseQuantity, type QuantityKind } from './units.js';

export type ClaimMetric =
  | 'payback'
  | 'npv'
  | 'roi'
  | 'irr'
  | 'net'
  | 'equity-payback'
  | 'equity-npv'
  | 'equity-irr'
  | 'after-tax-npv'
  | 'after-tax-irr'
  | 'margin-call'
  | 'default'
  | 'hedges-net';
export type Comparison = '<' | '<=' | '>' | '>=';

export interface Claim {
  /** The statement as written. */
  text: string;
  /** The per-path event: `metric op value` (payback in days, npv/net in USD, roi/irr as fractions). */
  metric: ClaimMetric;
  op: Comparison;
  value: number;
  /** The claimed probability of the event: `P(event) probabilityOp probability`. */
  probabilityOp: Comparison;
  probability: number;
}

/** The events that hold or not on a path (a margin call, a default): no threshold is written. */
export const FLAG_METRICS = ['margin-call', 'default'] as const satisfies readonly ClaimMetric[];
/** The events about the equity (after debt service, leases, hedges and tax). */
export const EQUITY_METRICS = [
  'equity-payback',
  'equity-npv',
  'equity-irr',
] as const satisfies readonly ClaimMetric[];
/** The events about the project after tax. */
export const AFTER_TAX_METRICS = ['after-tax-npv', 'after-tax-irr'] as const satisfies readonly ClaimMetric[];

const METRIC_KIND: Record<Exclude<ClaimMetric, (typeof FLAG_METRICS)[number]>, QuantityKind> = {
  payback: 'duration',
  npv: 'money',
  net: 'money',
  roi: 'fraction',
  irr: 'fraction',
  'equity-payback': 'duration',
  'equity-npv': 'money',
  'equity-irr': 'fraction',
  'after-tax-npv': 'money',
  'after-tax-irr': 'fraction',
  'hedges-net': 'money',
};

// The grammar is read with anchored, unambiguous patterns and plain string searches, so reading a
// claim takes time linear in its length whatever it holds (a lazy `(.+?)\s*\)` took cubic time on
// `P(` and thousands of spaces).
const EVENT =
  /^(equity[\s-]+payback|equity[\s-]+npv|equity[\s-]+irr|after[\s-]+tax[\s-]+npv|after[\s-]+tax[\s-]+irr|hedges[\s-]+net|payback|npv|roi|irr|net)\s*(<=|>=|<|>|\u2264|\u2265)/i;
/** A flag event, the whole of the event's text: `margin call` (or `margin-call`), `default`. */
const FLAG = /^(margin[\s-]+call|default)$/i;
const PROBABILITY_OPEN = /^P\s*\(/i;
const OPERATOR = /^(<=|>=|<|>|\u2264|\u2265)/;
/** `≤` and `≥` as typed on a Mac or pasted from a document read as `<=` and `>=`. */
const comparison = (written: string): Comparison =>
  written === '≤' ? '<=' : written === '≥' ? '>=' : (written as Comparison);
/** A number with no unit, as units.ts reads one (`24,000`, `.5`, `1e6`). */
const BARE = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Digits grouped in threes by commas, as units.ts reads them: `1,000`, `1,000,000.5`. */
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/**
 * The problem of a number, at the start of `written`, with a comma that groups no thousands (`1,5`,
 * `0,5`, `1,00 USD`: a decimal comma, or digits grouped wrongly), or null: read as it stands, it is
 * refused as no number or as out of range (`0,5` as a probability "between 0 and 1").
 */
function commaInNumber(written: string): string | null {
  const n = /^[+-]?\d[\d,]*(?:\.\d*)?/.exec(written)?.[0];
  if (n === undefined || !n.includes(',') || GROUPED.test(n)) return null;
  const rest = written.slice(n.length);
  const point = n.split(',').length === 2 && !n.includes('.') ? `${n.replace(',', '.')}${rest}` : null;
  // `0,5` is no number of thousands: 05 is no advice.
  const bare = point !== null && /^[+-]?0,/.test(n) ? null : `${n.replaceAll(',', '')}${rest}`;
  return m.commaInNumber(written, point, bare);
}

/** The events whose threshold is an annual rate, which may be written a year (`10 %/year`). */
const RATE_METRICS: ReadonlySet<ClaimMetric> = new Set(['irr', 'equity-irr', 'after-tax-irr']);

export type ClaimResult = { ok: true; claim: Claim } | { ok: false; message: string };

export function parseClaim(text: string): ClaimResult {
  // The text is kept as written, for the reports; a typographic minus (U+2212, as word processors
  // write `−5 %`) reads as a minus.
  const asWritten = text.trim();
  const unparsable: ClaimResult = { ok: false, message: m.unparsable(/^\d/.test(asWritten)) };
  const trimmed = asWritten.replaceAll('\u2212', '-');
  let eventText = trimmed;
  let probabilityOp: Comparison = '>';
  let probability = 0.5;
  const open = PROBABILITY_OPEN.exec(trimmed);
  if (open) {
    // P(event) op probability: the event holds no bracket, so it ends at the first `)`.
    const close = trimmed.indexOf(')', open[0].length);
    if (close < 0) return unparsable;
    eventText = trimmed.slice(open[0].length, close).trim();
    const rest = trimmed.slice(close + 1).trimStart();
    const op = OPERATOR.exec(rest);
    const written = op ? rest.slice(op[0].length).trim() : '';
    if (!op || written === '') return unparsable;
    probabilityOp = comparison(op[0]);
    const comma = commaInNumber(written);
    if (comma !== null) return { ok: false, message: m.probabilityValue(comma) };
    const q = parseQuantity(written, 'fraction');
    // A bare 50 is 50 % left without its sign; a bare 1, 100 % or 1 %.
    if (q.ok && BARE.test(written) && q.value >= 1 && q.value <= 100)
      return { ok: false, message: m.bareProbability(written, q.value) };
    // A figure nearer 0 than a double holds is between 0 and 1: its own message says what is wrong.
    if (!q.ok && q.tooSmall) return { ok: false, message: m.probabilityValue(q.message) };
    if (!q.ok || q.value < 0 || q.value > 1) return { ok: false, message: m.badProbability(written) };
    probability = q.value;
  }
  const flag = FLAG.exec(eventText);
  if (flag) {
    // The event holds on a path where the flag is 1: `flag >= 1`.
    const metric = metricName(flag[1]);
    return { ok: true, claim: { text: asWritten, metric, op: '>=', value: 1, probabilityOp, probability } };
  }
  const e = EVENT.exec(eventText);
  const valueText = e ? eventText.slice(e[0].length).trim() : '';
  if (!e || valueText === '') return unparsable;
  const metric = metricName(e[1]) as keyof typeof METRIC_KIND;
  const op = comparison(e[2]);
  const value = thresholdOf(metric, op, valueText);
  if (typeof value === 'string') return { ok: false, message: m.badValue(metric, value) };
  return { ok: true, claim: { text: asWritten, metric, op, value, probabilityOp, probability } };
}

/** The threshold of `metric` written `written`, in the claim's units, or what is wrong with it. */
function thresholdOf(metric: keyof typeof METRIC_KIND, op: Comparison, written: string): number | string {
  const kind = METRIC_KIND[metric];
  const comma = commaInNumber(written);
  if (comma !== null) return comma;
  // An IRR is a rate a year, read as one: `10 %`, `0.1` and `10 %/year` are 10 %; a rate a month
  // or a day could be compounded to a year or not (1 %/month: 12.68 % or 12 %), so it is refused.
  const q = parseQuantity(written, RATE_METRICS.has(metric) ? 'rate-per-year' : kind);
  if (q.ok && q.perPeriod !== undefined) return m.irrPerPeriod(written);
  if (!q.ok) return q.message;
  const bare = BARE.test(written);
  // A fraction without its `%` (`10`, or `10/year` for an IRR) is bare however it is written.
  if (kind === 'fraction' && !written.includes('%') && Math.abs(q.value) >= 1)
    return m.bareFraction(metric, op, bare ? written : String(q.value));
  if (bare && kind === 'duration' && q.value !== 0) return m.bareDuration(written);
  if (kind === 'duration' && q.value < 0) return m.negativeDuration(written);
  return q.value;
}

/** `Equity  IRR` -> `equity-irr`: lower case, words joined by a hyphen. */
function metricName(written: string): ClaimMetric {
  return written
    .toLowerCase()
    .split(/[\s-]+/)
    .join('-') as ClaimMetric;
}

export function compare(a: number, op: Comparison, b: number): boolean {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}
