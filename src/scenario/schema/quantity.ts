// Schema building blocks: quantities with units, dates and percentages. Each converts the user's
// text to canonical units here, once; the rest of minesim only sees numbers.
import { z } from 'zod';
import { isIsoDate } from '../../data/dates.js';
import { schemaMessages as m } from '../messages.js';
import { parseQuantity, type QuantityKind, type QuantityResult } from '../units.js';

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
}

/** A quantity such as `1323 W`; a bare number is read in the kind's documented default unit. */
export function quantity(kind: QuantityKind, o: QuantityOptions) {
  return parsed(
    (input) =>
      o.bareUnit === undefined ? parseQuantity(input, kind) : parseQuantity(input, kind, o.bareUnit),
    o,
  );
}

/** A value read by `parse` (canonical units out), then held to the options' bounds. */
export function parsed(parse: (input: string | number) => QuantityResult, o: QuantityOptions) {
  return z
    .union([z.number(), z.string()])
    .transform((input, ctx) => {
      const result = parse(input);
      if (!result.ok) {
        ctx.addIssue({ code: 'custom', message: result.message, input });
        return z.NEVER;
      }
      const v = result.value;
      if (o.min !== undefined && v < o.min)
        ctx.addIssue({ code: 'custom', message: m.atLeast(o.shownMin ?? String(o.min)), input });
      else if (o.above !== undefined && v <= o.above)
        ctx.addIssue({ code: 'custom', message: m.above(o.shownMin ?? String(o.above)), input });
      else if (o.max !== undefined && v > o.max)
        ctx.addIssue({ code: 'custom', message: m.atMost(o.shownMax ?? String(o.max)), input });
      return v;
    })
    .meta({ description: o.description, ...(o.examples ? { examples: o.examples } : {}) });
}

/** A percentage or fraction: `5 %`, `5%` or `0.05`. */
export function fraction(o: QuantityOptions) {
  return quantity('fraction', o);
}

/** A calendar date `YYYY-MM-DD` (UTC). Kept as the ISO string. */
export function isoDate(description: string) {
  return z
    .string()
    .transform((input, ctx) => {
      const year = Number(input.slice(0, 4));
      const ok = isIsoDate(input) && year >= 2009 && year <= 2100;
      if (!ok) {
        ctx.addIssue({ code: 'custom', message: m.badDate(), input });
        return z.NEVER;
      }
      return input;
    })
    .meta({ description, format: 'date', examples: ['2017-05-17'] });
}
