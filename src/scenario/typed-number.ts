// How minesim reads a number an analyst types, on the command line (a number option, `--set`,
// `--vary`, `--by`, `--seed`, quote's flags) and in a scenario file alike: in decimal, an optional
// sign (`-5`, `+5`), digits, whole or grouped in threes by commas (`1000`, `1,000`), an optional
// fraction (`0.5`, `.5`, `5.`) and exponent (`1e3`, `2.5E-4`). Forms some readers of numbers take
// and others do not are refused everywhere with the decimal to write: hexadecimal (`0x10`, which
// YAML and JavaScript read as 16 and a unit reader as 0 followed by `x10`), octal (`0o17`), binary
// (`0b11`) and digits joined by underscores (`1_000`, which YAML 1.1 reads as 1000 and YAML 1.2
// as text). A leading zero (`017`) is decimal, as YAML 1.2 and every reader here take it.
import { numberFormMessages as m } from '../messages/units.js';

/** A decimal number as minesim reads one, the whole text. */
export const DECIMAL = /^[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A number in another base at the start of a text, up to a space or its end: `0x10`, `-0o17 USD`. */
const OTHER_BASE = /^([+-]?)0([xXoObB])([0-9a-fA-F]+)(?=\s|$|[^\w.])/;
/** Digits joined by underscores at the start of a text: `1_000`, `2_000.5`, `1_000 USD`. */
const UNDERSCORES = /^[+-]?\d+(?:_+\d+)+(?:\.\d+)?(?:[eE][+-]?\d+)?(?=\s|$|[^\w.])/;

const BASES = {
  x: ['hexadecimal', 16, /^[0-9a-f]+$/i],
  o: ['octal', 8, /^[0-7]+$/],
  b: ['binary', 2, /^[01]+$/],
} as const;

/** The decimal `digits` in base `radix` stand for, exact past 2^53 too. */
function decimalOf(digits: string, radix: number): string {
  let n = 0n;
  for (const d of digits.toLowerCase()) n = n * BigInt(radix) + BigInt(Number.parseInt(d, radix));
  return n.toString();
}

/**
 * Why the number at the start of `text` is in a form minesim does not read, with the decimal to
 * write instead; undefined when it is not such a form (a decimal, or no number at all).
 */
export function numberFormProblem(text: string): string | undefined {
  const trimmed = text.trim();
  const base = OTHER_BASE.exec(trimmed);
  if (base) {
    const [name, radix, valid] = BASES[base[2].toLowerCase() as keyof typeof BASES];
    if (!valid.test(base[3])) return undefined;
    const written = base[0];
    return m.otherBase(written, name, `${base[1] === '-' ? '-' : ''}${decimalOf(base[3], radix)}`);
  }
  const joined = UNDERSCORES.exec(trimmed);
  if (joined) return m.underscores(joined[0], joined[0].replaceAll('_', ''));
  return undefined;
}
