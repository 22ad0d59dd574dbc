// Every problem of the options' values at once. yargs checks them in its own order and stops at the
// first: `minesim hashprice --per XX` said only that --date was missing, not that XX is no unit.
// So every value outside its option's choices is said first, then yargs' own message (a missing
// option, an unknown one), which names every option of its kind.
import type { Argv } from 'yargs';
import { cliMessages } from '../messages/cli.js';
import {
  camel,
  dashValues,
  type KnownOptions,
  negatedValues,
  optionNames,
  optionOf,
} from './repeated-options.js';

/** yargs' message of values outside their choices, which the lines here say in full. */
const CHOICES_MESSAGE = /^Invalid values:/;

/** The values given to `option` in `words`, as typed (the word after it, or after its `=`). */
function valuesOf(option: string, words: readonly string[], names: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (optionOf(words[i], names) !== option) continue;
    const eq = words[i].indexOf('=');
    const value = eq >= 0 ? words[i].slice(eq + 1) : words[i + 1];
    if (value !== undefined) out.push(value);
  }
  return out;
}

/**
 * yargs' usage error `message` said in full: every value outside its option's choices, then
 * yargs' message when it is about something else (a missing option; an unknown one, said by
 * `other`).
 */
export function usageProblems(
  message: string,
  argv: readonly string[],
  cli: Argv,
  other: (message: string) => string = (m) => m,
): string {
  const known = (cli as unknown as { getOptions(): KnownOptions }).getOptions();
  const names = optionNames(known);
  const end = argv.indexOf('--');
  const words = end < 0 ? argv : argv.slice(0, end);
  const lines: string[] = [];
  for (const [key, choices] of Object.entries(known.choices ?? {}))
    for (const value of valuesOf(camel(key), words, names))
      if (!choices.map(String).includes(value))
        lines.push(cliMessages.notAChoice(key, value, choices.map(String)));
  const negated = negatedValues(argv, cli);
  lines.push(...negated.map((n) => cliMessages.negatedValue(n.word, n.value)));
  const dashes = dashValues(argv, cli);
  lines.push(...dashes);
  const said = new Set(negated.flatMap((n) => [n.word.slice(2), camel(n.word.slice(2))]));
  const rest = dashes.length > 0 || said.size > 0 ? typedUnknowns(message, words, said) : message;
  if (rest !== undefined && (lines.length === 0 || !CHOICES_MESSAGE.test(rest))) lines.push(other(rest));
  return lines.join('\n');
}

/**
 * yargs' message of unknown options kept to those typed as options (`--pths`, `-z`) and not `said`, or undefined
 * when none is: the letters it read out of a value that begins with `-` (`-2%` as -2 and -%) are
 * said by that value's line. Any other message is kept whole.
 */
function typedUnknowns(
  message: string,
  words: readonly string[],
  said: ReadonlySet<string>,
): string | undefined {
  const unknown = /^Unknown arguments?: (.+)$/.exec(message);
  if (!unknown) return message;
  const typed = unknown[1]
    .split(', ')
    .filter(
      (name) =>
        !said.has(name) &&
        words.some((word) => word === `--${name}` || word.startsWith(`--${name}=`) || word === `-${name}`),
    );
  if (typed.length === 0) return undefined;
  return `Unknown argument${typed.length === 1 ? '' : 's'}: ${typed.join(', ')}`;
}
