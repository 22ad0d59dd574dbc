// Claims are hypotheses an analyst states in a scenario, such as `payback > 2 years` or
// `P(npv > 0) >= 0.5`. A bare statement claims that its event is more likely than not. With
// financing or tax (scenario `finance`), the event can be about the equity (`equity payback`,
// `equity npv`, `equity irr`), the project after tax (`after-tax npv`, `after-tax irr`), or be a
// margin call or a default (`P(default) < 10 %`), or the hedges' net settlements (`P(hedges net
// >= 0) >= 0.5`); scenario/claim-finance-rules.ts refuses those claims in a scenario without
// the financing they measure.
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
  /^(equity[\s-]+payback|equity[\s-]+npv|equity[\s-]+irr|after[\s-]+tax[\s-]+npv|after[\s-]+tax[\s-]+irr|hedges[\s-]+net|payback|npv|roi|irr|net)\s*(<=|>=|<|>)/i;
/** A flag event, the whole of the event's text: `margin call` (or `margin-call`), `default`. */
const FLAG = /^(margin[\s-]+call|default)$/i;
const PROBABILITY_OPEN = /^P\s*\(/i;
const OPERATOR = /^(<=|>=|<|>)/;

export type ClaimResult = { ok: true; claim: Claim } | { ok: false; message: string };

export function parseClaim(text: string): ClaimResult {
  const unparsable: ClaimResult = { ok: false, message: m.unparsable() };
  const trimmed = text.trim();
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
    probabilityOp = op[0] as Comparison;
    const q = parseQuantity(written, 'fraction');
    if (!q.ok || q.value < 0 || q.value > 1) return { ok: false, message: m.badProbability(written) };
    probability = q.value;
  }
  const flag = FLAG.exec(eventText);
  if (flag) {
    // The event holds on a path where the flag is 1: `flag >= 1`.
    const metric = metricName(flag[1]);
    return { ok: true, claim: { text: trimmed, metric, op: '>=', value: 1, probabilityOp, probability } };
  }
  const e = EVENT.exec(eventText);
  const valueText = e ? eventText.slice(e[0].length).trim() : '';
  if (!e || valueText === '') return unparsable;
  const metric = metricName(e[1]) as keyof typeof METRIC_KIND;
  const q = parseQuantity(valueText, METRIC_KIND[metric]);
  if (!q.ok) return { ok: false, message: m.badValue(metric, q.message) };
  return {
    ok: true,
    claim: { text: trimmed, metric, op: e[2] as Comparison, value: q.value, probabilityOp, probability },
  };
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
