// Words of the command line yargs would read wrongly, refused before a command runs. A bare `-`
// (standard input, by convention) yargs drops: `minesim validate -` validated nothing and exited 0.
// An option given twice that takes one value is refused. yargs would make a list of the values,
// which a command reading one value crashes on (`--seed 1 --seed 2`), or, where the second value
// is 1, add it to the first (its parser counts a flag given again with 1: `--paths 100 --paths 1`
// ran 101 paths). Options that take a list (`--set`) may be repeated. A number option given a
// word that is not a number yargs reads as NaN, which the command's own check then showed as
// `(got NaN)` instead of what was typed.
import type { Argv } from 'yargs';
import { cliMessages } from '../messages/cli.js';
import { DECIMAL, numberFormProblem } from '../scenario/typed-number.js';

/** The options yargs knows once a command's builder has run (getOptions() is not in its typings). */
export interface KnownOptions {
  key: Record<string, unknown>;
  array: string[];
  number: string[];
  boolean: string[];
  choices: Record<string, readonly unknown[]>;
  alias: Record<string, string[]>;
}

export const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The option a command-line word names (`--pool-fee=2%` -> poolFee), if it names one. */
export function optionOf(word: string, names: ReadonlyMap<string, string>): string | undefined {
  const match = /^--?([^=]+)/.exec(word);
  if (!match || /^-\d/.test(word)) return undefined;
  const name = camel(match[1]);
  return (
    names.get(name) ?? (name.startsWith('no') ? names.get(camel(match[1].replace(/^no-/, ''))) : undefined)
  );
}

/** Every name and alias of an option, camel-cased, to the option's own camel-cased name. */
export function optionNames(known: KnownOptions): Map<string, string> {
  const names = new Map<string, string>();
  for (const key of Object.keys(known.key)) names.set(camel(key), camel(key));
  for (const [key, aliases] of Object.entries(known.alias))
    for (const alias of aliases) names.set(camel(alias), names.get(camel(key)) ?? camel(key));
  return names;
}

/**
 * What is wrong when `argv` gives a number option a value that is not a number (a line for each),
 * or undefined: the value as typed, which yargs would have made NaN.
 */
export function nonNumbers(argv: readonly string[], cli: Argv): string | undefined {
  const known = (cli as unknown as { getOptions(): KnownOptions }).getOptions();
  const numbers = new Set(known.number.map(camel));
  const names = optionNames(known);
  const end = argv.indexOf('--');
  const words = end < 0 ? argv : argv.slice(0, end);
  const lines: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const option = optionOf(words[i], names);
    if (option === undefined || !numbers.has(option)) continue;
    const eq = words[i].indexOf('=');
    const value = eq >= 0 ? words[i].slice(eq + 1) : words[i + 1];
    // A decimal as minesim reads every typed number (typed-number.ts), in thousands or not; one too
    // large for a double (`--workers 1e400`) is a number too: the option's own check says it is
    // above its bound, as it does of 1e308. yargs would also take `0x10` as 16.
    if (value !== undefined && DECIMAL.test(value.trim())) continue;
    const word = eq >= 0 ? words[i].slice(0, eq) : words[i];
    const form = value === undefined ? undefined : numberFormProblem(value);
    lines.push(form === undefined ? cliMessages.notANumber(word, value) : cliMessages.numberForm(word, form));
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/**
 * A number in thousands (`10,000`), as minesim prints counts and bounds (`--paths must be a whole
 * number from 1 to 10,000,000`): groups of three digits, so `1,5` is no number here.
 */
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Where `args` keeps each number option's value as written (readGroupedNumbers()). */
const WRITTEN = Symbol('number options as written');

/**
 * A number option's value as the command line wrote it (`--paths 1e308`: `1e308`, where the parsed
 * number prints 1e+308), to show in a refusal; undefined where it was not given.
 */
export function writtenNumber(args: object, option: string): string | undefined {
  return (args as { [WRITTEN]?: Map<string, string> })[WRITTEN]?.get(option);
}

/**
 * Sets in `args` (yargs' parsed options, where such a value is NaN) each number option `argv` gives
 * in thousands (`--paths 10,000`) to its number, under every name yargs keeps it by; and keeps each
 * number option's value as written, for writtenNumber().
 */
export function readGroupedNumbers(argv: readonly string[], cli: Argv, args: Record<string, unknown>): void {
  const known = (cli as unknown as { getOptions(): KnownOptions }).getOptions();
  const numbers = new Set(known.number.map(camel));
  const names = optionNames(known);
  const end = argv.indexOf('--');
  const words = end < 0 ? argv : argv.slice(0, end);
  const written = new Map<string, string>();
  Object.defineProperty(args, WRITTEN, { value: written, enumerable: false, configurable: true });
  for (let i = 0; i < words.length; i++) {
    const option = optionOf(words[i], names);
    if (option === undefined || !numbers.has(option)) continue;
    const eq = words[i].indexOf('=');
    const value = (eq >= 0 ? words[i].slice(eq + 1) : words[i + 1])?.trim();
    if (value !== undefined) written.set(option, value);
    if (value === undefined || !GROUPED.test(value)) continue;
    const number = Number(value.replaceAll(',', ''));
    for (const [name, to] of names)
      if (to === option) {
        args[name] = number;
        const kebab = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
        if (kebab in args) args[kebab] = number;
      }
  }
}

/**
 * What is wrong when `argv` gives an option of one value more than once (a line for each such
 * option), or undefined; the words after `--` are values, not options.
 */
export function repeatedOptions(argv: readonly string[], cli: Argv): string | undefined {
  const known = (cli as unknown as { getOptions(): KnownOptions }).getOptions();
  const lists = new Set(known.array.map(camel));
  const names = optionNames(known);
  const end = argv.indexOf('--');
  const given = new Map<string, string[]>();
  for (const word of end < 0 ? argv : argv.slice(0, end)) {
    const option = optionOf(word, names);
    if (option === undefined || lists.has(option)) continue;
    given.set(option, [...(given.get(option) ?? []), word.replace(/=.*$/s, '')]);
  }
  const repeated = [...given].filter(([, words]) => words.length > 1);
  if (repeated.length === 0) return undefined;
  return repeated.map(([, words]) => cliMessages.repeatedOption(words)).join('\n');
}

/**
 * What is wrong when `argv` gives a switch (`--metered`, `--json`) a value other than true or
 * false, a line for each, or undefined: yargs reads `--metered=yes` and `--json=1` as off.
 */
export function switchValues(argv: readonly string[], cli: Argv): string | undefined {
  const known = (cli as unknown as { getOptions(): KnownOptions }).getOptions();
  const switches = new Set(known.boolean.map(camel));
  const names = optionNames(known);
  const end = argv.indexOf('--');
  const lines: string[] = [];
  for (const word of end < 0 ? argv : argv.slice(0, end)) {
    const option = optionOf(word, names);
    const eq = word.indexOf('=');
    if (option === undefined || !switches.has(option) || eq < 0) continue;
    const value = word.slice(eq + 1);
    if (value !== 'true' && value !== 'false') lines.push(cliMessages.switchValue(word.slice(0, eq), value));
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/**
 * The words of `argv` that turn a switch off with a value (`--no-explorer=true`), which yargs
 * reads as an unknown option named twice (`no-explorer, noExplorer`): each word with its value.
 */
export function negatedValues(argv: readonly string[], cli: Argv): { word: string; value: string }[] {
  const known = (cli as unknown as { getOptions(): KnownOptions }).getOptions();
  const switches = new Set(known.boolean.map(camel));
  const names = optionNames(known);
  const end = argv.indexOf('--');
  const out: { word: string; value: string }[] = [];
  for (const word of end < 0 ? argv : argv.slice(0, end)) {
    const match = /^(--no-[^=]+)=(.*)$/s.exec(word);
    if (!match || names.has(camel(match[1].slice(2)))) continue;
    const option = optionOf(word, names);
    if (option !== undefined && switches.has(option)) out.push({ word: match[1], value: match[2] });
  }
  return out;
}

/** A negative number, which yargs reads as a value after an option (yargs-parser's own test). */
const NEGATIVE = /^-(?:\d+(?:\.\d+)?|\.\d+)$/;

/**
 * A line for each option of `argv` that takes a value and is followed by a word beginning with `-`
 * that is neither an option nor a negative number (`--pool-fee -2%`, `--seed -abc`): yargs reads
 * that word as a group of one-letter options and says only that they are unknown.
 */
export function dashValues(argv: readonly string[], cli: Argv): string[] {
  const known = (cli as unknown as { getOptions(): KnownOptions }).getOptions();
  const switches = new Set(known.boolean.map(camel));
  const names = optionNames(known);
  const end = argv.indexOf('--');
  const words = end < 0 ? argv : argv.slice(0, end);
  const lines: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const option = optionOf(words[i], names);
    if (option === undefined || switches.has(option) || words[i].includes('=')) continue;
    const next = words[i + 1];
    if (!next.startsWith('-') || next === '-' || NEGATIVE.test(next) || optionOf(next, names) !== undefined)
      continue;
    lines.push(cliMessages.dashValue(words[i], next));
  }
  return lines;
}

/** What is wrong when `argv` holds a bare `-` before any `--`, or undefined. */
export function dashArgument(argv: readonly string[]): string | undefined {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('-') ? cliMessages.dashArgument() : undefined;
}

/** Every word of `argv` yargs would read wrongly, said at once (a line each), or undefined. */
export function misreadWords(argv: readonly string[], cli: Argv): string | undefined {
  const dash = dashArgument(argv);
  if (dash !== undefined) return dash;
  const lines = [repeatedOptions(argv, cli), nonNumbers(argv, cli), switchValues(argv, cli)].filter(
    (line) => line !== undefined,
  );
  return lines.length > 0 ? lines.join('\n') : undefined;
}
