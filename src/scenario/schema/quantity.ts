// Schema building blocks: quantities with units and percentages (dates are date.ts's). Each converts
// the user's text to canonical units here, once; the rest of minesim only sees numbers.
import { z } from 'zod';
import { schemaMessages as m } from '../../messages/schema.js';
import { grouped } from '../../messages/shown.js';
import { unitMessages } from '../../messages/units.js';
import { power } from '../../model/power.js';
import { QUANTITY_KINDS, type QuantityKind } from '../quantity-kinds.js';
import { MAX_QUANTITY_CHARS, parseQuantity, type QuantityResult, writtenBare } from '../units.js';
import { LIMITS } from './limits.js';

export interface QuantityOptions {
  description: string;
  /** Inclusive lower bound in canonical units. */
  min?: number;
  /** Exclusive lower bound in canonical units. */
  above?: number;
  max?: number;
  /** How the minimum is shown in messages, e.g. "0 W". */
  shownMin?: string;
  shownMax?: string;
  examples?: (string | number)[];
  /** Unit of a bare number, overriding the kind's usual one; null requires a unit. */
  bareUnit?: string | null;
  /**
   * A bare number the analyst writes above 1 is refused (a fraction or a rate a year whose values
   * may pass 100 %): it reads as a fraction, so `discountRate: 10` would be 1,000 % where 10 % is
   * most likely meant; written with its unit (`10 %`, `1000 %`) either is taken. The editor's
   * schema marks it here; bare-fractions.ts refuses it where the analyst's words are read.
   */
  bareAtMostOne?: boolean;
  /**
   * A bare number is a fraction here (set by quantity() from the kind): one past the field's most
   * is told what it read as (`80` is 8,000 %) and to write its unit.
   */
  bareFraction?: boolean;
  /** A further check of a value within the bounds, in canonical units: its message, or undefined. */
  check?: (value: number) => string | undefined;
  /**
   * How a rate per year written per another period (`8 %/month`) becomes a year's; by default
   * linearly (12 x 8 %), right for a rate of continuous change (a log drift, a speed, a loan's
   * nominal rate). See perYear below.
   */
  perYear?: PerYear;
  /**
   * A quantity of another kind the field is often given by mistake, and what to write instead:
   * added to the refusal of an input that reads as that kind (a hosting fee written per kWh).
   */
  mistakenFor?: { kind: QuantityKind; advice: (input: string | number) => string };
  /**
   * For an editor: the canonical value a bare 1 is read as (1 where a bare number is canonical),
   * null where a bare number is refused. A quantity knows it from its unit; `parsed` needs it told.
   */
  bareSize?: number | null;
}

/**
 * How a period's rate makes a year's, for the rates that do not add up over time:
 * - `share`: a share lost each period, compounded (units failing, hashrate or energy per hash
 *   falling): 1 - (1 - a)^n, so 8 % of units failing a month is 63.2 % a year, not 96 %;
 * - `effective`: an effective rate, compounded (a discount rate): (1 + a)^n - 1;
 * - `volatility`: a standard deviation of log changes, which grows with the square root of time:
 *   a x sqrt(n), so 20 % a month is 69.3 % a year, not 240 %.
 * n is the periods in a year (12 for a month, 365.25 for a day). Per year (n = 1) the value is
 * kept as written, to the bit.
 */
export type PerYear = 'linear' | 'share' | 'effective' | 'volatility';

/** A year's rate of `amount` a period, `periodsPerYear` periods a year, by `rule`; NaN when none is. */
export function yearRate(rule: PerYear, amount: number, periodsPerYear: number): number {
  switch (rule) {
    case 'linear':
      return amount * periodsPerYear;
    case 'share':
      return amount >= 0 && amount <= 1 ? 1 - power(1 - amount, periodsPerYear) : Number.NaN;
    case 'effective':
      return amount > -1 ? power(1 + amount, periodsPerYear) - 1 : Number.NaN;
    case 'volatility':
      return amount >= 0 ? amount * Math.sqrt(periodsPerYear) : Number.NaN;
  }
}

/** Relative slack at an inclusive bound, for the rounding of unit conversions. */
const ROUNDING = 1e-12;

/**
 * The JSON Schema keyword naming the unit a quantity's bare number is read in (`days`, `USD`,
 * `fraction` for a share or a rate); absent where a unit is required. A sweep's axis and a
 * sensitivity study's input are shown in it (study/vary.ts).
 */
export const BARE_UNIT_KEYWORD = 'x-bare-unit';

/**
 * The JSON Schema keyword of a rate per year (a drift, a volatility, a failure rate, a discount
 * rate): `true`; or, for a rate per a period another key names (network growth's `rate`, per its
 * `per`), that key's name, the rate being per year where that key says `year`. A sweep's axis, a
 * sensitivity study's input and the explorer's sliders label such a value "a year" (study/vary.ts).
 */
export const PER_YEAR_KEYWORD = 'x-per-year';

/**
 * The JSON Schema keyword holding what an editor checks of a value beyond the run's own schema:
 * keywords (a pattern, a bare number's bounds in its unit, another type) that editor-schema.ts
 * writes into the node of the published schema. The run's schema keeps them apart, as its readers
 * (study/vary.ts, field-least.ts) read a node's type and bounds as the zod schema gives them.
 */
export const EDITOR_KEYWORD = 'x-editor';

/**
 * The text of every quantity minesim reads starts with a number (units.ts, network-units.ts):
 * an optional sign, then digits or a point and digits, after any spaces; and holds no micro sign
 * or Greek mu, which mathjs reads in no unit (micro is `u`: `uW`). An editor marks `five years`,
 * `$2000`, `USD 2000` or `5 \u00b5s` where they are written; the unit's name is minesim's to read.
 */
export const QUANTITY_TEXT_PATTERN = String.raw`^(?![\s\S]*[\u00b5\u03bc])\s*[+-]?\.?\d`;

/** Relative slack of a bare number's bounds for an editor: wider than the schema's own. */
const EDITOR_SLACK = 2 * 1e-12;

/**
 * What an editor checks of a bare number of a field: none where `size` (the canonical value of a
 * bare 1) is undefined, no bare number where it is null, else the bounds in the bare number's unit,
 * widened by more than the rounding the schema allows, so that a value minesim takes is never marked.
 */
function bareNumber(size: number | null | undefined, o: QuantityOptions): Record<string, unknown> {
  if (size === undefined) return {};
  if (size === null) return { type: 'string' };
  const out: Record<string, number> = {};
  if (o.min !== undefined) out.minimum = (o.min - Math.abs(o.min) * EDITOR_SLACK) / size;
  if (o.above !== undefined) {
    if (o.above === 0 || size === 1) out.exclusiveMinimum = o.above / size;
    else out.minimum = (o.above - Math.abs(o.above) * EDITOR_SLACK) / size;
  }
  if (o.max !== undefined) out.maximum = (o.max + Math.abs(o.max) * EDITOR_SLACK) / size;
  // A bare number above 1 is refused there (bareAtMostOne): the editor marks it too.
  if (o.bareAtMostOne === true) out.maximum = Math.min(out.maximum ?? Number.POSITIVE_INFINITY, 1 / size);
  return out;
}

/** The canonical value of a bare 1 of `kind` read in `bare`; null where a unit is required. */
function bareSize(kind: QuantityKind, bare: string | null): number | null | undefined {
  if (bare === null) return null;
  const one = parseQuantity(1, kind, bare);
  return one.ok ? one.value : undefined;
}

/** A quantity such as `1323 W`; a bare number is read in the kind's documented default unit. */
export function quantity(kind: QuantityKind, o: QuantityOptions) {
  const bare = o.bareUnit === undefined ? QUANTITY_KINDS[kind].bareUnit : o.bareUnit;
  // A field that takes no 0: a figure too near 0 to hold is told its least, not to give 0.
  const least =
    o.above !== undefined
      ? `more than ${o.shownMin ?? grouped(o.above)}`
      : o.min !== undefined && o.min > 0
        ? `at least ${o.shownMin ?? grouped(o.min)}`
        : undefined;
  return parsed(
    (input) => {
      const result =
        o.bareUnit === undefined ? parseQuantity(input, kind) : parseQuantity(input, kind, o.bareUnit);
      if (!result.ok && o.mistakenFor && parseQuantity(input, o.mistakenFor.kind).ok)
        return { ok: false, message: `${result.message}; ${o.mistakenFor.advice(input)}` };
      if (!result.ok && result.tooSmall && least !== undefined)
        return {
          ok: false,
          message: unitMessages.tooSmall(
            QUANTITY_KINDS[kind].noun,
            QUANTITY_KINDS[kind].example,
            input,
            least,
          ),
        };
      const rule = o.perYear ?? 'linear';
      if (!result.ok || result.perPeriod === undefined || rule === 'linear') return result;
      const { amount, periodsPerYear } = result.perPeriod;
      const value = yearRate(rule, amount, periodsPerYear);
      if (!Number.isFinite(value)) return { ok: false, message: m.periodRateOutOfRange(rule) };
      // Past the bound, the year's value says why: 50 %/month of wear is 99.98 % a year.
      if (o.max !== undefined && value > o.max + Math.abs(o.max) * ROUNDING)
        return {
          ok: false,
          message: m.atMostAYear(o.shownMax ?? grouped(o.max), `${Number((value * 100).toPrecision(4))} %`),
        };
      return { ok: true, value };
    },
    {
      ...o,
      bareSize: o.bareSize === undefined ? bareSize(kind, bare) : o.bareSize,
      bareFraction: bare === '',
    },
  ).meta({
    ...(bare === null ? {} : { [BARE_UNIT_KEYWORD]: bare === '' ? 'fraction' : bare }),
    ...(kind === 'rate-per-year' ? { [PER_YEAR_KEYWORD]: true } : {}),
  });
}

/** An amount of money, USD, from 0 to the scenario's limit on money. */
export function money(description: string) {
  return quantity('money', {
    description,
    min: 0,
    max: LIMITS.moneyUsd,
    shownMin: '0 USD',
    shownMax: LIMITS.shownMoney,
  });
}

/** A value read by `parse` (canonical units out), then held to the options' bounds. */
export function parsed(parse: (input: string | number) => QuantityResult, o: QuantityOptions) {
  // A value neither a number nor a string (a key left empty, `null`, a list) is told what to give,
  // as a string it cannot read is (`expected an amount of money, like 2000 USD`), not "another kind
  // of value" (scenario/issues.ts reads the union's message).
  // Its message for an empty string, before what it got (`expected <noun>, like <example> (got ...)`:
  // messages/units.ts); the problem's own `(got null)` follows it.
  const whatToGive = () => {
    const empty = parse('');
    return empty.ok ? undefined : empty.message.split(' (got ')[0];
  };
  return z
    .union([z.number(), z.string()], {
      error: (issue) => (issue.code === 'invalid_union' ? whatToGive() : undefined),
    })
    .transform((input, ctx) => {
      const result = parse(input);
      if (!result.ok) {
        ctx.addIssue({ code: 'custom', message: result.message, input });
        return z.NEVER;
      }
      const v = result.value;
      // A bound written in another unit (10000 USD/kW/month) is converted too: the value at the
      // bound must not fail by the last bits of the two conversions.
      if (o.min !== undefined && v < o.min - Math.abs(o.min) * ROUNDING)
        ctx.addIssue({ code: 'custom', message: m.atLeast(o.shownMin ?? grouped(o.min)), input });
      else if (o.above !== undefined && v <= o.above)
        ctx.addIssue({ code: 'custom', message: m.above(o.shownMin ?? grouped(o.above)), input });
      else if (o.max !== undefined && v > o.max + Math.abs(o.max) * ROUNDING) {
        const bound = m.atMost(o.shownMax ?? grouped(o.max));
        const message =
          o.bareFraction === true && writtenBare(input)
            ? unitMessages.bareFractionPastBound(bound, input, v)
            : bound;
        ctx.addIssue({ code: 'custom', message, input });
      } else {
        const problem = o.check?.(v);
        if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem, input });
      }
      return v;
    })
    .meta({
      description: describeBounds(o),
      ...(o.examples ? { examples: o.examples } : {}),
      // The text of every such value is at most MAX_QUANTITY_CHARS (a difficulty's and a
      // hashprice's less: network-units.ts).
      [EDITOR_KEYWORD]: {
        pattern: QUANTITY_TEXT_PATTERN,
        maxLength: MAX_QUANTITY_CHARS,
        ...bareNumber(o.bareSize, o),
      },
    });
}

/** The description with the allowed range appended, so the reference documents every bound. */
function describeBounds(o: QuantityOptions): string {
  const parts: string[] = [];
  if (o.shownMin !== undefined)
    parts.push(`${o.above !== undefined ? 'more than' : 'at least'} ${o.shownMin}`);
  if (o.shownMax !== undefined) parts.push(`at most ${o.shownMax}`);
  return parts.length > 0 ? `${o.description} Allowed: ${parts.join(', ')}.` : o.description;
}

/** A percentage or fraction: `5 %`, `5%` or `0.05`. */
export function fraction(o: QuantityOptions) {
  return quantity('fraction', o);
}
