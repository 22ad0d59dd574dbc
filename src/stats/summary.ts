// The result of a run, as written to summary.json. Its one definition is the zod schema in
// summary-schema.ts (which also publishes schema/summary.schema.json); the types here are inferred
// from it. Everything in it depends only on the scenario, the seed and the number of paths: never on
// the number of workers or shards, the machine, or the time (those go in manifest.json).
import type { z } from 'zod';
import type { claimResultSchema } from './claim-result-schema.js';
import type { dailyViewSchema } from './daily-view-schema.js';
import type {
  bandsSchema,
  distributionSchema,
  estimateSchema,
  quantileIntervalsSchema,
  quantilesSchema,
} from './distribution-schema.js';
import type { bookAtCutSchema } from './summary-cut-schema.js';
import type { chartEventSchema, samplePathSchema, summarySchema } from './summary-schema.js';

export { QUANTILE_KEYS, QUANTILES, type QuantileKey } from './distribution-schema.js';
export { SUMMARY_VERSION } from './summary-schema.js';

export type RunSummary = z.infer<typeof summarySchema>;
/** Quantiles of a distribution; null where undefined (e.g. no path paid back). */
export type Quantiles = z.infer<typeof quantilesSchema>;
/** Each quantile's 95 % interval (stats/quantile-interval.ts); null where too few paths give one. */
export type QuantileIntervals = z.infer<typeof quantileIntervalsSchema>;
/** A probability estimated from the paths, with its Monte Carlo standard error. */
export type Estimate = z.infer<typeof estimateSchema>;
export type Distribution = z.infer<typeof distributionSchema>;
/** Weekly checkpoint series; one array per quantile, aligned with `dates`. */
export type Bands = z.infer<typeof bandsSchema>;

/**
 * How a Monte Carlo run's figures read: over its paths, or as its one outcome (one path, or paths
 * all the same); report/distribution-table.ts outcomesOf() says which.
 */
export type FiguresOver = 'paths' | 'one path' | 'all the same';
export type ClaimResult = z.infer<typeof claimResultSchema>;
/** A contract of the books open at a back-test's cut at the end of the history. */
export type BookAtCut = z.infer<typeof bookAtCutSchema>;
export type ChartEvent = z.infer<typeof chartEventSchema>;
export type SamplePath = z.infer<typeof samplePathSchema>;
/** The calculator's answer at the start day's conditions held fixed, and the run's next to it. */
export type DailyView = z.infer<typeof dailyViewSchema>;
