// Following a message's advice literally: a case triggers a message, takes the advice out of it,
// applies it, and minesim must then accept the input (or refuse it for another, real reason).
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { type Override, parseOverrides } from '../../src/scenario/overrides.js';
import type { Problem } from '../../src/scenario/problem.js';
import { validateScenarioText } from '../../src/scenario/validate.js';

/** The shipped scenario `name` (scenarios/<name>.yaml), its text. */
export const shipped = (name: string) => readFileSync(`scenarios/${name}.yaml`, 'utf8');

/** `--set` texts as the command line reads them; throws on one it refuses. */
export function sets(texts: readonly string[]): Override[] {
  const parsed = parseOverrides(texts);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.overrides;
}

/** The problems minesim finds in `text` with `overrides` (none: accepted). */
export async function problemsOf(text: string, overrides: readonly string[] = []): Promise<Problem[]> {
  const v = await validateScenarioText(text, 'case.yaml', sets(overrides));
  return v.ok ? [] : v.problems;
}

/** The one problem whose message contains `words`; fails the test when none does. */
export function problemWith(problems: readonly Problem[], words: string): Problem {
  const found = problems.find((p) => p.message.includes(words));
  expect(
    found,
    `no problem says "${words}"; problems:\n${problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`,
  ).toBeDefined();
  return found as Problem;
}

/** The text between the backticks after `lead` in `message` (`write \`x: 1\`` -> `x: 1`). */
export function quoted(message: string, lead: string): string {
  const at = message.indexOf(`${lead} \``);
  expect(at, `"${lead} \`...\`" is not in: ${message}`).toBeGreaterThanOrEqual(0);
  const start = at + lead.length + 2;
  return message.slice(start, message.indexOf('`', start));
}

/** A written `key: value` (the advice's form) as the `--set key=value` that writes it. */
export function asSet(written: string): string {
  const colon = written.indexOf(': ');
  return `${written.slice(0, colon)}=${written.slice(colon + 2)}`;
}
