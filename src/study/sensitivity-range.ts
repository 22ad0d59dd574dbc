// The range a sensitivity input moves over when no range is given: its base moved down and up by
// --by, written in the unit the field reads a bare number in (costs.fixed: USD/month, held in
// USD/day), so the variant's field reads the value meant (study/sensitivity.ts).
import { boundsAt } from '../scenario/field-least.js';
import type { PathKey } from '../scenario/problem.js';
import { QUANTITY_KINDS, type QuantityKind, type QuantityKindInfo } from '../scenario/quantity-kinds.js';
import { parseQuantity } from '../scenario/units.js';
import type { InputSpec } from './sensitivity-inputs.js';
import { isFractionUnit, type SweepAxis } from './vary.js';

/**
 * The canonical value of 1 in `bare`, the unit a field reads a bare number in, when that is not
 * its canonical unit (1 USD/month is 0.0329 USD/day, 1 TH/s 1e12 H/s); 1 when it is, or unnamed.
 */
export function bareScale(bare: string | null): number {
  if (bare === null) return 1;
  for (const [kind, info] of Object.entries(QUANTITY_KINDS) as [QuantityKind, QuantityKindInfo][]) {
    if (info.bareUnit !== bare || info.canonical === bare) continue;
    const one = parseQuantity(`1 ${bare}`, kind);
    if (one.ok) return one.value;
  }
  return 1;
}

/** Equal to 12 significant digits (byRange rounds to those). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-11 * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * The base moved down and up by `by`, before the input's bounds keep it within them; ascending; a
 * whole-number input's rounded, as byRange rounds it (a count of 3 moved 20 % is 2 and 4, not cut).
 */
export function byEnds(base: number, by: number, integer = false): [number, number] {
  const ends = [1 - by, 1 + by].map((f) => {
    const end = Number((base * f).toPrecision(12));
    return integer ? Math.round(end) : end;
  });
  return [Math.min(...ends), Math.max(...ends)];
}

/** The base moved down and up by `by`, kept within the input's bounds; null when that moves nothing. */
export function byRange(spec: InputSpec, base: number, by: number): SweepAxis | null {
  // 12 significant digits drop float noise (0.1 * 0.8 is 0.08, not 0.08000000000000002).
  const whole = (x: number) => (spec.integer === true ? Math.round(x) : x);
  const at = (f: number) =>
    Math.max(
      Math.min(whole(Number((base * f).toPrecision(12))), spec.max ?? Number.POSITIVE_INFINITY),
      spec.min ?? Number.NEGATIVE_INFINITY,
    );
  const values = [...new Set([at(1 - by), at(1 + by)])].sort((a, b) => a - b);
  if (values.length < 2) return null;
  return {
    text: `${spec.key}=${values[0]}..${values[1]}`,
    key: spec.key,
    path: spec.path,
    values,
    unit: null,
    canonical: true,
  };
}

/**
 * The bounds the schema states for the field at `path` (`at most 1e12 USD/month`), in `bare`, the
 * unit it reads a bare number in: where --by stops for a field no default input bounds, rather than
 * step past and refuse the study with a range the user never wrote.
 */
export function schemaBounds(path: readonly PathKey[], bare: string | null): { max?: number; min?: number } {
  const { most, least } = boundsAt(path);
  const read = (shown: string | undefined): number | undefined => {
    if (shown === undefined) return undefined;
    const plain = Number(shown.replace(/,/g, ''));
    if (Number.isFinite(plain)) return plain;
    if (bare === null) return undefined;
    // A share or a rate per year reads a bare number as a fraction (`100 %` is 1).
    const unit = isFractionUnit(bare) ? '' : bare;
    for (const [kind, info] of Object.entries(QUANTITY_KINDS) as [QuantityKind, QuantityKindInfo][]) {
      if (info.bareUnit !== unit) continue;
      const parsed = parseQuantity(shown, kind);
      if (parsed.ok) return Number((parsed.value / bareScale(bare)).toPrecision(12));
    }
    return undefined;
  };
  const max = read(most);
  const min = read(least);
  return { ...(max === undefined ? {} : { max }), ...(min === undefined ? {} : { min }) };
}
