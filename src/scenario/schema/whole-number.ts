// Whole-number fields (a cohort's `count`, `monteCarlo.paths`) read as minesim prints them and as
// amounts are read: with thousands separators (`1,000`, `10,000,000`). YAML reads `1,000` as text,
// in a file and in `--set` alike; text grouped in threes becomes its number here, and a comma that
// groups no thousands (`1,00`, `1,5`) is refused with what to write.
import { z } from 'zod';
import { schemaMessages as m } from '../../messages/schema.js';
import { numberFormProblem } from '../typed-number.js';
import { EDITOR_KEYWORD } from './quantity.js';

/** Digits grouped in threes by commas: `1,000`, `-10,000,000` (and `1,000.5`, which the field then refuses as no whole number). */
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** A number written with a comma somewhere: `1,00`, `1,5`, `10,00,000`, `1,000.5`. */
const COMMA_NUMBER = /^[+-]?[\d,]*\d[\d,]*(?:\.\d*)?$/;

/**
 * The text an editor takes for a whole number of one of these fields (none is below 0): digits
 * grouped in threes, with a `+` and a fraction of zeros, as GROUPED reads a whole number.
 */
const GROUPED_WHOLE = String.raw`^\s*\+?\d{1,3}(?:,\d{3})+(?:\.0+)?\s*$`;

/** `inner` (a z.int() with its bounds), also taking its value in thousands (`1,000`). */
export function wholeNumber<T extends z.ZodType>(inner: T) {
  return z
    .preprocess((input, ctx) => {
      if (typeof input !== 'string') return input;
      const text = input.trim();
      const form = numberFormProblem(text);
      if (form !== undefined) {
        ctx.addIssue({ code: 'custom', message: form, input });
        return z.NEVER;
      }
      if (GROUPED.test(text)) return Number(text.replaceAll(',', ''));
      if (text.includes(',') && COMMA_NUMBER.test(text)) {
        ctx.addIssue({ code: 'custom', message: m.badGrouping(text.replaceAll(',', '')), input });
        return z.NEVER;
      }
      return input;
    }, inner)
    .meta({ [EDITOR_KEYWORD]: { type: ['integer', 'string'], pattern: GROUPED_WHOLE } });
}
