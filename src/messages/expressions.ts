// Messages about expressions (tariff formulas and other mathjs expressions in a scenario). One
// function a message; see shown.ts.
import { shown } from './shown.js';

export const expressionMessages = {
  tooLong: (length: number, limit: number) =>
    `the expression is ${length} characters long; the limit is ${limit}, so use a schedule or split it`,
  tooLarge: (limit: number) => `the expression has more than ${limit} parts; simplify it or use a schedule`,
  tooDeep: (limit: number) => `the expression nests brackets more than ${limit} deep; simplify it`,
  syntax: (detail: string) => `cannot read the expression: ${detail}`,
  empty: () =>
    'the expression is empty (blank, or only a comment); write a formula in t, like 0.05 + 0.01 * t / 365',
  /** `part` is the offending piece of the expression, as mathjs prints it. */
  refused: (what: string, part: string) => `an expression may not contain ${what} (got ${shown(part)})`,
  unknownName: (name: string, allowed: readonly string[], isUnit: boolean) =>
    `unknown name ${JSON.stringify(name)}; an expression may use ${allowed.join(', ')}` +
    (isUnit ? ` (units are not allowed in expressions: write the number in the field's unit)` : ''),
  timeOfDay: (name: string, allowed: readonly string[]) =>
    `unknown name ${JSON.stringify(name)}: the price is one a day (t counts whole days from the start), so an expression has no time of day; give a time-of-use tariff as its day's average; an expression may use ${allowed.join(', ')}`,
  unknownFunction: (name: string, allowed: readonly string[]) =>
    `${JSON.stringify(name)} is not an allowed function; an expression may call ${allowed.join(', ')}`,
  arity: (name: string, min: number, max: number, got: number) => {
    const count = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    return `${name}() takes ${count} argument${(max === Infinity ? min : max) === 1 ? '' : 's'} (got ${got})`;
  },
  notFinite: (value: string) => `the expression gives ${value}, not a finite number`,
  failed: (detail: string) => `the expression failed: ${detail}`,
  onDay: (day: number, date: string, reason: string) => `on day t = ${day} (${date}), ${reason}`,
};
