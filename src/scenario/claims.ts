// Claims are hypotheses an analyst states in a scenario, such as `payback > 2 years` or
// `P(npv > 0) >= 0.5`. A bare statement claims that its event is more likely than not.
import { claimMessages as m } from './messages.js';
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

const EVENT = /^\s*(payback|npv|roi|irr|net)\s*(<=|>=|<|>)\s*(.+?)\s*$/i;
const PROBABILITY = /^\s*P\s*\(\s*(.+?)\s*\)\s*(<=|>=|<|>)\s*(.+?)\s*$/i;

export type ClaimResult = { ok: true; claim: Claim } | { ok: false; message: string };

export function parseClaim(text: string): ClaimResult {
  let eventText = text;
  let probabilityOp: Comparison = '>';
  let probability = 0.5;
  const p = PROBABILITY.exec(text);
  if (p) {
    eventText = p[1];
    probabilityOp = p[2] as Comparison;
    const q = parseQuantity(p[3], 'fraction');
    if (!q.ok || q.value < 0 || q.value > 1) return { ok: false, message: m.badProbability(p[3]) };
    probability = q.value;
  }
  const e = EVENT.exec(eventText);
  if (!e) return { ok: false, message: m.unparsable() };
  const metric = e[1].toLowerCase() as ClaimMetric;
  const q = parseQuantity(e[3], METRIC_KIND[metric]);
  if (!q.ok) return { ok: false, message: m.badValue(metric, q.message) };
  return {
    ok: true,
    claim: { text: text.trim(), metric, op: e[2] as Comparison, value: q.value, probabilityOp, probability },
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
