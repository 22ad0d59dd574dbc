// The last gate before a summary leaves the engine: it must be what schema/summary.schema.json
// promises. zod's numbers are finite, so a NaN or an infinity anywhere (an overflow the
// scenario's bounds should have made impossible) fails here, and the run ends as an internal
// error (exit 1) instead of writing `null` where a number belongs. Parsing the in-memory object
// costs a few milliseconds for a usual run, and about 0.3 s for the most sample points a scenario
// may ask for (a million: 1000 sample paths over 19 years), less than writing them.

import type { RunSummary } from './summary.js';
import { summarySchema } from './summary-schema.js';

/** Most issues named in the error; a broken run can have thousands. */
const SHOWN_ISSUES = 5;

export class SummaryCheckError extends Error {
  override readonly name = 'SummaryCheckError';
}

/** Throws SummaryCheckError unless `summary` satisfies the published summary schema. */
export function checkSummary(summary: RunSummary): RunSummary {
  const result = summarySchema.safeParse(summary);
  if (result.success) return summary;
  const issues = result.error.issues;
  const listed = issues
    .slice(0, SHOWN_ISSUES)
    .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    .join('; ');
  throw new SummaryCheckError(
    `internal: the summary fails its schema in ${issues.length} place${issues.length === 1 ? '' : 's'} (${listed}${issues.length > SHOWN_ISSUES ? '; ...' : ''})`,
  );
}
