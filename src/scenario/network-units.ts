// The two network figures analysts quote outside mathjs's unit algebra: difficulty with an SI
// suffix (`141.67 T`, as pools and explorers print it) and hashprice in USD per hashrate per day
// (`34.8 USD/PH/day`, the industry's quote, which means per PH/s per day). Read once here into
// canonical numbers: a plain difficulty, and USD per H/s per day.
import { unitMessages as m } from '../messages/units.js';
import { scaleDecimal } from './decimal-scale.js';
import type { QuantityResult } from './units.js';

const SI: Readonly<Record<string, number>> = {
  '': 1,
  k: 1e3,
  K: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Z: 1e21,
};
const MAX_INPUT_LENGTH = 60;
const SCALED = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*([kKMGTPEZ]?)$/;
const HASHPRICE =
  /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(?:USD|\$)\s*\/\s*([kMGTPEZ]?)H(?:\s*\/\s*s)?\s*\/\s*day$/;

export const DIFFICULTY_EXAMPLE = '141.67 T';
export const HASHPRICE_EXAMPLE = '34.8 USD/PH/day';

const read = (input: unknown, pattern: RegExp) =>
  typeof input === 'string' && input.length <= MAX_INPUT_LENGTH ? pattern.exec(input.trim()) : null;

/** A difficulty: a plain number or one with an SI suffix, `141.67 T` = 1.4167e14. */
export function parseDifficulty(input: unknown): QuantityResult {
  const noun = 'a difficulty';
  let value: number;
  if (typeof input === 'number') value = input;
  else {
    const match = read(input, SCALED);
    if (!match) return { ok: false, message: m.expected(noun, DIFFICULTY_EXAMPLE, input) };
    // The decimal point moved: `2.01 T` is 2.01e12, not 2.01 x 1e12 = 2009999999999.9998.
    value = scaleDecimal(match[1], Number(match[1]), SI[match[2]]);
  }
  if (!Number.isFinite(value)) return { ok: false, message: m.notFinite(noun, DIFFICULTY_EXAMPLE, input) };
  return { ok: true, value };
}

/** Hashprice per H/s per day from `34.8 USD/PH/day` (or `/PH/s/day`, `/TH/s/day`, `/kH/s/day`). */
export function parseHashprice(input: unknown): QuantityResult {
  const noun = 'a hashprice';
  const match = read(input, HASHPRICE);
  if (!match) {
    return {
      ok: false,
      message:
        typeof input === 'number'
          ? m.needsUnit(noun, HASHPRICE_EXAMPLE, input)
          : m.expected(noun, HASHPRICE_EXAMPLE, input),
    };
  }
  // The decimal point moved: `50.13 USD/PH/day` is 5.013e-14 a H/s, the figure `0.05013 USD/TH/day`
  // reads as, not 50.13 / 1e15 = 5.0130000000000003e-14.
  const value = scaleDecimal(match[1], Number(match[1]), 1 / SI[match[2]]);
  if (!Number.isFinite(value)) return { ok: false, message: m.notFinite(noun, HASHPRICE_EXAMPLE, input) };
  return { ok: true, value };
}
