// Reads, overrides and validates the scenario a command runs; bad input becomes an InputError.
import { parseOverrides } from '../scenario/overrides.js';
import { InputError } from '../scenario/problem.js';
import { type Validation, validateScenarioFile } from '../scenario/validate.js';

export async function loadScenario(
  file: string,
  sets: readonly string[] = [],
): Promise<Extract<Validation, { ok: true }>> {
  const overrides = parseOverrides(sets);
  if (!overrides.ok) throw new InputError(overrides.problems);
  const v = await validateScenarioFile(file, overrides.overrides);
  if (!v.ok) throw new InputError(v.problems);
  return v;
}

/**
 * A folder-safe slug of the scenario name, for output/<name>/. It never starts with a dot, so a
 * name such as `..` or `.` cannot point the atomic folder swap at a parent folder.
 */
export function outputName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+/, '');
  // Trailing dashes trimmed without a regular expression (`-+$` retries from every dash).
  let end = slug.length;
  while (end > 0 && slug[end - 1] === '-') end--;
  return slug.slice(0, end) || 'scenario';
}
