// Quantities with units, as analysts write them (`13.5 TH/s`, `0.05 USD/kWh`, `18 months`), read
// once at the border into canonical numbers. mathjs does the unit algebra (mathjs-units.ts); it
// costs ~0.7 s to import, so the common units are read from a table (known-units.ts) and
// loadUnits() loads mathjs only for a scenario that writes another unit or an expression
// (validate.ts).
import { unitMessages as m } from '../messages/units.js';
import { DAYS_PER_RATE_YEAR, DAYS_PER_YEAR } from '../model/calendar.js';
import { powerOfTen, reciprocalPeriod, timesDecimal } from './decimal-scale.js';
import { KNOWN_UNITS, knownUnitKey } from './known-units.js';
import { fits, readUnit, recognise, unitsLoaded, wantUnits } from './mathjs-units.js';
import { MIN_NORMAL, outOfRange } from './number-range.js';
import { QUANTITY_KINDS, type QuantityKind } from './quantity-kinds.js';
import { numberFormProblem } from './typed-number.js';

export type { QuantityKind };
/**
 * The one year of minesim: 365.25 days, mathjs's year. Horizons and durations written in years,
 * the headline's "payback within 1 year / 2 years" (day 365.25, 730.5), and every rate "per year"
 * (drift, volatility, jump and spike rates, the discount rate, failure and degradation rates, the
 * annualised IRR, the market models' calibrated rates) convert to and from days with it, as do the
 * charts' year axes. A rate per year therefore means the same whichever unit it is written in
 * (`5 %/year` and `0.41667 %/month` are one rate).
 */
export { DAYS_PER_RATE_YEAR, DAYS_PER_YEAR };

export type QuantityResult =
  | {
      ok: true;
      value: number;
      /**
       * A rate per year as written, when written per another period (`8 %/month`): the amount a
       * period and the periods in a year (12), whose product is `value`.
       */
      perPeriod?: { amount: number; periodsPerYear: number };
    }
  /** `tooSmall`: a figure nearer 0 than a double holds, which the field's bounds may word (schema/quantity.ts). */
  | { ok: false; message: string; tooSmall?: true };

/** The result of `value`, written as `amount` x `factor` of `kind`. */
function quantityOf(kind: QuantityKind, value: number, amount: number, factor: number): QuantityResult {
  return kind === 'rate-per-year' && factor !== 1
    ? { ok: true, value, perPeriod: { amount, periodsPerYear: factor } }
    : { ok: true, value };
}

// A decimal number, optionally with thousands separators (`24,000`), then whatever follows.
const NUMBER = /^([+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(.*)$/s;
/** The micro sign (U+00B5) and the Greek mu (U+03BC): the unit reader takes micro as `u` only. */
const MICRO = /[\u00b5\u03bc]/;
const MICRO_ALL = /[\u00b5\u03bc]/g;
/** The longest text a quantity may be (schema/quantity.ts tells an editor too). */
export const MAX_QUANTITY_CHARS = 100;

/** True when `input` is a bare number: a number, or a string of a number with no unit (`" 12 "`). */
export function writtenBare(input: unknown): boolean {
  if (typeof input === 'number') return true;
  if (typeof input !== 'string' || input.length > MAX_QUANTITY_CHARS) return false;
  const match = NUMBER.exec(input.trim());
  return match !== null && match[2] === '';
}

/**
 * Reads `input` (a number, or a string like `13.5 TH/s`) as a quantity of `kind` in canonical
 * units. A bare number, or a numeric string like "12", is read in `bareUnit`. Sign and range are
 * the schema's business; non-finite values are refused here.
 */
export function parseQuantity(
  input: unknown,
  kind: QuantityKind,
  bareUnit: string | null = QUANTITY_KINDS[kind].bareUnit,
): QuantityResult {
  const { noun, example } = QUANTITY_KINDS[kind];
  let number: number;
  let written: string | null = bareUnit;
  let digits: string;
  if (typeof input === 'number') {
    number = input;
    digits = String(input);
  } else {
    // `0x10 USD` would read as 0 in a unit "x10"; `1_000 USD` as no amount: say what to write.
    const form = typeof input === 'string' ? numberFormProblem(input) : undefined;
    if (form !== undefined) return fail(m.numberForm(noun, example, form));
    const match =
      typeof input === 'string' && input.length <= MAX_QUANTITY_CHARS ? NUMBER.exec(input.trim()) : null;
    if (!match) return fail(m.expected(noun, example, input));
    digits = match[1].replaceAll(',', '');
    number = Number(digits);
    if (match[2] !== '') written = match[2];
  }
  if (!Number.isFinite(number)) return fail(m.notFinite(noun, example, input));
  if (outOfRange(digits, number) !== null)
    return { ok: false, message: m.tooSmall(noun, example, input), tooSmall: true };
  if (written === null) return fail(m.needsUnit(noun, example, input));
  // The common units convert without mathjs (known-units.ts, checked against it by a test).
  const known = KNOWN_UNITS.get(knownUnitKey(kind, written));
  if (known !== undefined) {
    const [value, amount] = converted(digits, number, known[0], known[1]);
    if (!Number.isFinite(value)) return fail(m.notFinite(noun, example, input));
    if (lostInUnit(number, value))
      return { ok: false, message: m.tooSmall(noun, example, input), tooSmall: true };
    return quantityOf(kind, value, amount, known[1]);
  }
  if (!unitsLoaded()) {
    // Validation runs again once mathjs is loaded (validate.ts); this answer is not shown.
    wantUnits();
    return fail(m.expected(noun, example, input));
  }
  const unit = readUnit(written, kind);
  if (typeof unit === 'string')
    return fail(
      kind === 'duration' ? m.unknownDurationUnit(input, unit) : m.unknownUnit(noun, example, input, unit),
    );
  if (unit === undefined)
    return fail(
      MICRO.test(written)
        ? m.microSign(noun, example, input, String(input).trim().replace(MICRO_ALL, 'u'))
        : m.expected(noun, example, input),
    );
  if (!fits(unit.unit, kind))
    return fail(
      kind === 'duration' && /^w$/i.test(written.trim())
        ? m.wattNotWeek(noun, example, input, digits, written.trim())
        : m.expected(noun, example, input, recognise(unit.unit)),
    );
  const reference = QUANTITY_KINDS[kind].reference;
  const factor = unit.unit && reference ? unit.unit.toNumber(reference) : 1;
  const [value, amount] = converted(digits, number, unit.scale, factor);
  if (!Number.isFinite(value)) return fail(m.notFinite(noun, example, input));
  if (lostInUnit(number, value))
    return { ok: false, message: m.tooSmall(noun, example, input), tooSmall: true };
  return quantityOf(kind, value, amount, factor);
}

/**
 * [value, amount]: `number` (written `digits`) x `scale` (0.01 after `%`) x `factor`, and the
 * amount before the factor, the digits multiplied exactly where the factors are short decimals,
 * and divided by the days of a period where the factor is one over them (decimal-scale.ts), so
 * that `95 %` and `0.95`, `2.01 kW` and `2010 W`, `1.2 %/month` and `14.4 %`, `1000 USD/month`
 * and `12000 USD/year` are one number.
 */
function converted(digits: string, number: number, scale: number, factor: number): [number, number] {
  const amount = timesDecimal(digits, number, scale);
  const period = powerOfTen(factor) === null ? reciprocalPeriod(factor) : null;
  return [period === null ? timesDecimal(digits, number, scale, factor) : amount / period, amount];
}

const fail = (message: string): QuantityResult => ({ ok: false, message });

/** A number that is not 0 whose value in the canonical unit is 0 or a subnormal (`1e-300 J/TH` in J/H). */
const lostInUnit = (number: number, value: number) => number !== 0 && Math.abs(value) < MIN_NORMAL;
