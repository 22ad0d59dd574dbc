// Every committed scenario, run in-process at a few hundred paths on one worker, against a rounded
// snapshot in test/output/golden/<name>.json. Any change of a result shows up in review as a
// change of that file; after an intended change, `npx vitest run test/output/golden.test.ts -u`
// rewrites the snapshots (and the diff says what moved).
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from '../../src/engine/run/run.js';
import { roundedByName, roundedShare, roundedUsd } from '../fixtures/rounded.js';
import { loadScenario, scenarioNames } from '../fixtures/scenarios.js';

const GOLDEN_PATHS = 250;

// The summary is read as its JSON (the contract of summary.json), not as a TypeScript type.
// biome-ignore lint/suspicious/noExplicitAny: summary.json read as plain JSON
type Json = any;

const quantiles = (key: string, q: Record<string, number | null>) =>
  Object.fromEntries(Object.entries(q).map(([name, x]) => [name, roundedByName(key, x)]));

/** The figures a reader takes from a summary, rounded: headline, claims, payback and the back-test's day. */
function goldenSummary(summary: Json): Json {
  const headline = Object.fromEntries(
    Object.entries(summary.headline as Record<string, Json>).map(([key, m]) =>
      // null: a share the horizon cannot judge (P(payback <= 2 years) over a shorter horizon).
      m === null
        ? [key, null]
        : 'p' in m
          ? [key, roundedShare(m.p)]
          : [
              key,
              {
                mean: roundedByName(key, m.mean),
                quantiles: quantiles(key, m.quantiles),
                // How many paths the figures are over, where some have no value (no IRR, no coin).
                ...('paths' in m ? { paths: m.paths } : {}),
                // How many are censored at a bound of the IRRs searched.
                ...('censored' in m ? { censored: m.censored } : {}),
              },
            ],
    ),
  );
  return {
    scenario: summary.scenario.name,
    coin: summary.scenario.coin,
    start: summary.scenario.start,
    days: summary.scenario.days,
    capexUsd: roundedUsd(summary.scenario.capexUsd),
    run: summary.run,
    headline,
    neverPaysBack: summary.payback.never,
    claims: (summary.claims as Json[]).map((c) => ({
      text: c.text,
      share: roundedShare(c.share),
      verdict: c.verdict,
      ...('paths' in c ? { paths: c.paths } : {}),
    })),
    actualPaybackDate: summary.actual?.paybackDate ?? null,
  };
}

describe('golden summaries of every committed scenario', () => {
  it.each(scenarioNames())(
    `runMonteCarlo() of scenarios/%s.yaml at ${GOLDEN_PATHS} paths matches its rounded snapshot`,
    async (name) => {
      const result = await runMonteCarlo(await loadScenario(name), { paths: GOLDEN_PATHS, workers: 1 });
      const json = JSON.parse(JSON.stringify(result.summary));
      await expect(`${JSON.stringify(goldenSummary(json), null, 2)}\n`).toMatchFileSnapshot(
        `golden/${name}.json`,
      );
    },
    60_000,
  );
});
