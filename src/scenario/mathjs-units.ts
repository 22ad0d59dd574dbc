// The unit algebra behind the table of common units (known-units.ts): mathjs, loaded only for a
// scenario that writes another unit or an expression (it costs ~0.7 s to import). units.ts asks it
// for a unit the table lacks, or says it is wanted before it is loaded (validate.ts then loads it and
// reads the scenario again).
//
// `H` means hashes, not henry: in a unit string every whole token `H`, `kH`, `MH` ... `ZH` becomes
// the unit `hash` (SI prefixes) before mathjs sees it, so `h` (hour), `kWh`, `Hz` and `mH` keep
// their mathjs meanings. Henry stays reachable as `henry`; no mining quantity needs it. A few
// tokens whose case cannot change their meaning (`kwh`, `KW`, `usd`) are read in any case.
//
// Calendar units are mathjs's: a year is 365.25 days and a month a twelfth of that (30.4375 days),
// so `18 months` is 547.875 days, not a calendar span. The short forms minesim prints (`421 d`,
// `2 y`) and analysts write (`wk`, `yr`, `mo`) are those same units (TIME_ABBREVIATIONS); `w` is
// a watt, not a week.
import type { MathJsInstance, Unit } from 'mathjs';
import { QUANTITY_KINDS, type QuantityKind } from './quantity-kinds.js';

/** Dimensions worth naming in a message although no field takes them. */
const OTHER_DIMENSIONS: readonly [noun: string, reference: string][] = [
  ['an energy', 'kWh'],
  ['a number of hashes', 'hash'],
  ['a length', 'm'],
  ['a mass', 'kg'],
  ['a temperature', 'K'],
];

let math: MathJsInstance | undefined;
let mathjsModule: typeof import('mathjs') | undefined;
let loading: Promise<void> | undefined;
const references = new Map<string, Unit>();

/** Loads mathjs for units and for expressions (see expression.ts); later calls are free. */
export function loadUnits(): Promise<void> {
  loading ??= import('mathjs').then((mathjs) => {
    const instance = mathjs.create(mathjs.all);
    instance.createUnit('USD');
    instance.createUnit('hash', { prefixes: 'short', aliases: ['hashes'] });
    for (const info of Object.values(QUANTITY_KINDS))
      if (info.reference) references.set(info.reference, instance.unit(info.reference));
    for (const [, reference] of OTHER_DIMENSIONS) references.set(reference, instance.unit(reference));
    math = instance;
    mathjsModule = mathjs;
  });
  return loading;
}

/** The mathjs module, for expression.ts; throws unless loadUnits() has resolved. */
export function loadedMathjs(): typeof import('mathjs') {
  if (!mathjsModule) throw new Error('internal: await loadUnits() before using units or expressions');
  return mathjsModule;
}

const HASH_TOKEN = /^[kMGTPEZ]?H$/;
/**
 * Unit tokens as people also type them (`USD/kwh`, `3 kw`, `2000 usd`), read in the case mathjs
 * knows. Only tokens that no other unit shares in any case are folded: `mwh` is left alone, since
 * mathjs reads `mWh` as a milliwatt-hour, and MWh has to be written with a capital M.
 */
const CASE_FOLDED: ReadonlyMap<string, string> = new Map([
  ['w', 'W'],
  ['kw', 'kW'],
  ['wh', 'Wh'],
  ['kwh', 'kWh'],
  ['usd', 'USD'],
]);
/**
 * Short forms of the calendar units, which mathjs does not know: minesim prints payback times as
 * `421 d` and a batch's or the explorer's years as `2 y`, and an analyst copying them, or writing
 * `wk`, `yr` or `mo`, means the day, week, year (365.25 days) and month (30.4375 days, a twelfth of
 * the year) that `days`, `weeks`, `years` and `months` are. `w` stays a watt (`3 w` is a power).
 */
export const TIME_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['d', 'day'],
  ['wk', 'week'],
  ['wks', 'weeks'],
  ['y', 'year'],
  ['yr', 'year'],
  ['yrs', 'years'],
  ['mo', 'month'],
  ['mos', 'months'],
]);

let unitsWanted = false;

/** True when a quantity since the last call needed mathjs before it was loaded (then reset). */
export function takeUnitsWanted(): boolean {
  const wanted = unitsWanted;
  unitsWanted = false;
  return wanted;
}

/** Marks that mathjs is needed (an expression met before it was loaded). */
export function wantUnits(): void {
  unitsWanted = true;
}

/** True once loadUnits() has resolved. */
export function unitsLoaded(): boolean {
  return math !== undefined;
}

export interface WrittenUnit {
  /** null for a dimensionless value. */
  unit: Unit | null;
  /** 0.01 after a leading `%`. */
  scale: number;
}

/** The unit the user wrote; a string names an unknown unit; undefined means unreadable. */
export function readUnit(written: string, kind: QuantityKind): WrittenUnit | string | undefined {
  if (!math) throw new Error('internal: await loadUnits() before parseQuantity()');
  let text = written.trim();
  let scale = 1;
  if (text.startsWith('%')) {
    scale = 0.01;
    text = text.slice(1).trim();
  }
  if (text === '' && kind === 'rate-per-year') text = '/year';
  if (text === '') return { unit: null, scale };
  text = text.replace(/[A-Za-z_]+/g, (token) =>
    HASH_TOKEN.test(token)
      ? `${token.slice(0, -1)}hash`
      : (TIME_ABBREVIATIONS.get(token) ?? CASE_FOLDED.get(token.toLowerCase()) ?? token),
  );
  try {
    // Unit.parse reads only a number and units; nothing in the text is evaluated.
    return { unit: math.unit(`1 ${text}`), scale };
  } catch (error) {
    return /^Unit "(.*)" not found/.exec(String((error as Error).message))?.[1];
  }
}

const hasPowerComponent = (unit: Unit) => unit.units.some((u) => u.unit.base.key === 'POWER');

export function fits(unit: Unit | null, kind: QuantityKind): boolean {
  const reference = QUANTITY_KINDS[kind].reference;
  if (unit === null || reference === null) return unit === null && reference === null;
  if (!unit.equalBase(references.get(reference)!)) return false;
  // USD/kWh and USD/kW/month share a dimension; the written form tells an energy price (per
  // energy) from a capacity charge (per power and time), and reading one as the other is a mistake.
  if (kind === 'energy-price') return !hasPowerComponent(unit);
  if (kind === 'money-per-power-time') return hasPowerComponent(unit);
  return true;
}

/** Names the dimension of `unit` for a message, if it is one we know. */
export function recognise(unit: Unit | null): string | undefined {
  const kind = (Object.keys(QUANTITY_KINDS) as QuantityKind[]).find((k) => fits(unit, k));
  if (kind) return QUANTITY_KINDS[kind].noun;
  if (unit === null) return undefined;
  return OTHER_DIMENSIONS.find(([, reference]) => unit.equalBase(references.get(reference)!))?.[0];
}

/**
 * How mathjs converts `written` for `kind`: [scale, factor] with value = number x scale x factor,
 * or null when it does not fit the kind. Needs loadUnits(); for known-units.ts and its test.
 */
export function mathjsConversion(written: string, kind: QuantityKind): [number, number] | null {
  const unit = readUnit(written, kind);
  if (typeof unit !== 'object' || !fits(unit.unit, kind)) return null;
  const reference = QUANTITY_KINDS[kind].reference;
  return [unit.scale, unit.unit && reference ? unit.unit.toNumber(reference) : 1];
}
