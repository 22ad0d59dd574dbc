// Quantities as short human strings for summaries, tables and messages (135 TH/s, 13.2 kW,
// 24,000 USD, 18 months): the way out of units.ts's canonical numbers.

import { DOUBLE_DIGITS, exponentForm, largeFigure, PAST_PREFIXES, tinyFigure } from '../messages/shown.js';
import { DAYS_PER_YEAR } from '../model/calendar.js';
import type { QuantityKind } from './units.js';

// Made on first use, like every Intl object of minesim: the first of a process costs about 11 ms
// (ICU's locale data), which `minesim run` has its chart thread pay while this thread works
// (src/report/chart-worker.ts), and a command that formats no quantity need not pay at all.
let significantFormat: Figures | undefined;
function significant(): Figures {
  significantFormat ??= figures(3);
  return significantFormat;
}

/**
 * A format to `digits` significant digits, in exponent form under a billionth (tinyFigure) and from
 * 1e15 (largeFigure).
 */
interface Figures {
  format(value: number): string;
}
function figures(digits: number): Figures {
  const intl = new Intl.NumberFormat('en-US', { maximumSignificantDigits: digits });
  return { format: (value) => tinyFigure(value, digits) ?? largeFigure(value, digits) ?? intl.format(value) };
}
const PREFIXES: readonly [number, string][] = [
  [1e24, 'Y'],
  [1e21, 'Z'],
  [1e18, 'E'],
  [1e15, 'P'],
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/**
 * `value unit` with the SI prefix that leaves 1 to 999 in front, e.g. 13.2 kW; from a thousand of
 * the largest prefix (1000 YH/s) in exponent form in the unit itself: 1e31 H/s, not 10,000,000 YH/s.
 */
function prefixed(value: number, unit: string, format: Figures, digits: number): string {
  if (Math.abs(value) >= PAST_PREFIXES) return `${exponentForm(value, digits)} ${unit}`;
  const [factor, prefix] = PREFIXES.find(([f]) => Math.abs(value) >= f) ?? [1, ''];
  return `${format.format(value / factor)} ${prefix}${unit}`;
}

let givenFormat: Figures | undefined;
/**
 * A share the scenario gives, as the assumptions table echoes it: to 6 significant digits, so a
 * loan at 12.77 % reads 12.77 % (3 digits made it 12.8 %, another year's average rate), while a
 * share converted from another period (1 % a week is 52.1786 % a year) stays short.
 */
export function formatGivenShare(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  givenFormat ??= figures(6);
  return `${givenFormat.format(value * 100)} %`;
}

const UNDER_BAR: readonly [number, string][] = [[1, ''], ...[...PREFIXES].reverse()];
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

/**
 * A canonical value as a short human string: 135 TH/s, 13.2 kW, 24,000 USD, 18 months. Hashrate
 * and power take `digits` significant digits (3 by default; the assumptions table shows 4).
 */
export function formatQuantity(value: number, kind: QuantityKind, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  const format = digits === 3 ? significant() : figures(digits);
  switch (kind) {
    case 'hashrate':
      return prefixed(value, 'H/s', format, digits);
    case 'power':
      return prefixed(value, 'W', format, digits);
    case 'energy-price':
      return `${significant().format(value)} USD/kWh`;
    case 'money': {
      // Under a cent, cents would read 0 USD: 2 significant digits (0.004 USD).
      if (value !== 0 && Math.abs(value) < 0.01)
        return `${tinyFigure(value, 2) ?? value.toLocaleString('en-US', { maximumSignificantDigits: 2 })} USD`;
      const decimals = Math.abs(value) >= 100 ? 0 : 2;
      return `${largeFigure(value, DOUBLE_DIGITS) ?? value.toLocaleString('en-US', { maximumFractionDigits: decimals })} USD`;
    }
    case 'money-per-time':
      return `${significant().format(value * DAYS_PER_MONTH)} USD/month`;
    case 'duration': {
      const days = Math.abs(value);
      if (days < 90) return `${significant().format(value)} ${days === 1 ? 'day' : 'days'}`;
      if (days < 730) return `${significant().format(value / DAYS_PER_MONTH)} months`;
      return `${significant().format(value / DAYS_PER_YEAR)} years`;
    }
    case 'efficiency': {
      // The prefix sits under the fraction bar: 98e-12 J/H reads 98 J/TH.
      const [factor, prefix] = UNDER_BAR.find(([f]) => Math.abs(value) * f >= 1) ?? [1, ''];
      return `${significant().format(value * factor)} J/${prefix}H`;
    }
    case 'fraction':
      return `${significant().format(value * 100)} %`;
    case 'rate-per-year':
      return `${significant().format(value * 100)} %/year`;
    case 'money-per-power-time':
      return `${significant().format(value * 1000 * DAYS_PER_MONTH)} USD/kW/month`;
  }
}
