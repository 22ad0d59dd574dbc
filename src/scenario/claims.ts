// Claims are hypotheses an analyst states in a scenario, such as `payback > 2 years` or
// `P(npv > 0) >= 0.5`. A bare statement claims that its event is more likely than not.
import { claimMessages as m } from '../messages/claims.js';
import { parseQuantity, type QuantityKind } from './units.js';

export type ClaimMetric = 'payback' | 'npv' | 'roi' | 'irr' | 'net';
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

const METRIC_KIND: Record<ClaimMetric, QuantityKind> = {
  payback: 'duration',
  npv: 'money',
  net: 'money',
  roi: 'fraction',
  irr: 'fraction',
};

// The grammar is read with anchored, unambiguous patterns and plain string searches, so reading a
// claim takes time linear in its length whatever it holds (a lazy `(.+?)\s*\)` took cubic time on
// `P(` and thousands of spaces).
const EVENT = /^(payback|npv|roi|irr|net)\s*(<=|>=|<|>)/i;
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
  const e = EVENT.exec(eventText);
  const valueText = e ? eventText.slice(e[0].length).trim() : '';
  if (!e || valueText === '') return unparsable;
  const metric = e[1].toLowerCase() as ClaimMetric;
  const q = parseQuantity(valueText, METRIC_KIND[metric]);
  if (!q.ok) return { ok: false, message: m.badValue(metric, q.message) };
  return {
    ok: true,
    claim: { text: trimmed, metric, op: e[2] as Comparison, value: q.value, probabilityOp, probability },
  };
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
