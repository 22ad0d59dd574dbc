// Messages about quantities with units (`13.5 TH/s`, `0.05 USD/kWh`). One function a message; see
// shown.ts.
import { grouped, shown, unsigned } from './shown.js';

// shown() renders NaN and Infinity as JSON does (null), so numbers are printed as themselves, with
// an exponent as minesim writes it (1e30, not String()'s 1e+30).
const shownInput = (got: unknown) => (typeof got === 'number' ? unsigned(String(got)) : shown(got));
/** A bare number as written, or as minesim writes it where it came read (1e30, not 1e+30). */
const bareText = (got: unknown) => unsigned(String(got).trim());

// A quantity's messages all read `expected <noun>, like <example> (got <input>...)`, so a field's
// path can go in front: `fleet[0].power: expected a power, like 1323 W (got "13 TH/s", a hashrate)`.
/** What a bare fraction reads as, and what to write if a percentage was meant. */
const bareFractionReading = (got: unknown, value: number) =>
  `a bare number here is a fraction, so ${bareText(got)} would read as ${grouped(Number((value * 100).toPrecision(12)))} %: write it with its unit, \`${bareText(got)} %\` if that is meant`;

export const unitMessages = {
  /** `recognised` names the dimension of what was written, when minesim knows it. */
  expected: (noun: string, example: string, got: unknown, recognised?: string) =>
    `expected ${noun}, like ${example} (got ${shownInput(got)}${recognised ? `, ${recognised}` : ''})`,
  unknownUnit: (noun: string, example: string, got: unknown, unit: string) =>
    `expected ${noun}, like ${example} (got ${shownInput(got)}, and ${JSON.stringify(unit)} is not a unit minesim knows)`,
  notFinite: (noun: string, example: string, got: unknown) =>
    `expected ${noun}, like ${example} (got ${shownInput(got)}, which is not a finite number)`,
  /** A number nearer 0 than the smallest normal double, as written or in the canonical unit. */
  /** `least`: the field's least value where it takes no 0 (`at least 1 H/s`), for what to give instead. */
  tooSmall: (noun: string, example: string, got: unknown, least?: string) =>
    `expected ${noun}, like ${example} (got ${shownInput(got)}, nearer 0 than 2.2e-308, the smallest number minesim holds with all its digits, so it would read as 0 or with its digits lost; ${least === undefined ? 'give 0 if none is meant' : `give ${least}`})`,
  /** A duration in a unit minesim does not know (`2 fortnights`, `2 Yrs`): the units it reads. */
  unknownDurationUnit: (got: unknown, unit: string) =>
    `expected a duration, like 18 months (got ${shownInput(got)}, and ${JSON.stringify(unit)} is not a unit minesim knows): write it in days (\`d\`), weeks (\`wk\`), months (\`mo\`, 30.4375 days) or years (\`y\` or \`yr\`, 365.25 days), like \`421 d\`, \`18 months\` or \`2 years\``,
  /** A duration written in `w` or `W`, which minesim reads as watts (`3 w` is a power), not weeks. */
  wattNotWeek: (noun: string, example: string, got: unknown, digits: string, unit: string) =>
    `expected ${noun}, like ${example} (got ${shownInput(got)}, a power: \`${unit}\` is a watt; write weeks as \`${digits} weeks\` or \`${digits} wk\`)`,
  /** A number typed in another base or with underscores: `problem` says what to write (typed-number.ts). */
  numberForm: (noun: string, example: string, problem: string) =>
    `expected ${noun}, like ${example}: ${problem}`,
  /** A bare number above 1 in a field whose bare number is a fraction (schema/quantity.ts bareAtMostOne). */
  bareFractionOverOne: (got: unknown, value: number) =>
    `${bareFractionReading(got, value)} (got ${shownInput(got)})`,
  /** The same reading after a bound a bare fraction passes (`must be at most 1,000 %`), its `(got X)` to follow. */
  bareFractionPastBound: (bound: string, got: unknown, value: number) =>
    `${bound}: ${bareFractionReading(got, value)}`,
  /**
   * A unit written with the micro sign (U+00B5) or the Greek mu (U+03BC), which the unit reader
   * does not take: `asU` is the quantity with `u` for micro, as minesim reads it (`1 uW`).
   */
  microSign: (noun: string, example: string, got: unknown, asU: string) =>
    `expected ${noun}, like ${example} (got ${shownInput(got)}): minesim reads micro as \`u\`, so write \`${asU}\``,
  needsUnit: (noun: string, example: string, got: unknown) =>
    `expected ${noun} with its unit, like ${example} (got ${shownInput(got)})`,
};

/** A number typed in another base or with underscores (scenario/typed-number.ts): what to write instead. */
export const numberFormMessages = {
  otherBase: (written: string, base: string, decimal: string) =>
    `\`${written}\` is written in ${base}, which minesim does not read (it reads numbers in decimal only, so that a file, --set and every option read one alike): write ${decimal}`,
  underscores: (written: string, plain: string) =>
    `\`${written}\` joins its digits with underscores, which minesim does not read in a number: write ${plain}${/^[+-]?\d{4,}$/.test(plain) ? ` or ${Number(plain).toLocaleString('en-US')}` : ''}`,
};
