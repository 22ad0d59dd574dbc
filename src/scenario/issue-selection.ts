// Which of zod's issues a problem is made of: a bound zod adds to every whole number left out where
// the field has its own, and among a union's failed branches the one the user meant.
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/**
 * zod's whole numbers are bounded by the safe integers; a field with a bound of its own reports
 * both for a value like 1e300, and the user should see only the schema's.
 */
export function withoutSafeIntegerBounds(issues: readonly Issue[]): Issue[] {
  const bounded = new Set<string>();
  const isSafeBound = (issue: Issue) =>
    (issue.code === 'too_big' && Number(issue.maximum) === Number.MAX_SAFE_INTEGER) ||
    (issue.code === 'too_small' && Number(issue.minimum) === Number.MIN_SAFE_INTEGER);
  for (const issue of issues)
    if ((issue.code === 'too_big' || issue.code === 'too_small') && !isSafeBound(issue))
      bounded.add(`${issue.code} ${issue.path.join('.')}`);
  return issues.filter(
    (issue) => !isSafeBound(issue) || !bounded.has(`${issue.code} ${issue.path.join('.')}`),
  );
}

/** Among a union's failed branches, the one the user evidently meant: not rejected at its root. */
export function bestBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  const plausible = branches.filter((b) => !b.some(rejectsAtRoot));
  plausible.sort((a, b) => a.length - b.length);
  return plausible[0];
}

/** An issue that says the value is of another kind altogether (directly, or in every branch of a nested union). */
function rejectsAtRoot(issue: Issue): boolean {
  if (issue.path.length > 0) return false;
  if (issue.code === 'invalid_type') return true;
  return (
    issue.code === 'invalid_union' &&
    issue.errors.length > 0 &&
    issue.errors.every((branch) => branch.some(rejectsAtRoot))
  );
}
