// A Problem is one thing wrong with a user's input, positioned in its file. Every stage collects
// problems instead of throwing, so a user sees all of them at once.
import { shownText } from '../messages/shown.js';

export interface Problem {
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  col: number;
  /** Dotted path into the scenario, e.g. `fleet[2].power`; empty for the whole document. */
  path: string;
  message: string;
}

/** `s9.yaml:14:7 fleet[2].power: expected a power, like 1323 W (got "13 TH/s")` */
export function formatProblem(p: Problem): string {
  // A file named by empty text is shown as "", so the line still names what it is about.
  // A file's name and a key are shown with their control characters escaped (`"a\nb": 1` names a
  // key of a line break), so neither can start a line of its own or send a terminal a sequence.
  const file = p.file === '' ? '""' : shownText(p.file);
  const where = p.line > 0 ? `${file}:${p.line}:${p.col}` : file;
  return p.path ? `${where} ${shownText(p.path)}: ${p.message}` : `${where}: ${p.message}`;
}

export type PathKey = string | number;

/** A problem found by a rule on the validated scenario, before it has a position in the file. */
export interface RuleProblem {
  path: PathKey[];
  message: string;
  /** Point at the key rather than its value. */
  key?: boolean;
}

export function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${key}` : key;
  }
  return out;
}

/** A user's input was wrong: the CLI prints the problems and exits with code 2, no stack trace. */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
  }
}
