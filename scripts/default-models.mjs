#!/usr/bin/env node
// The README's table "Under the default market models": each committed scenario run again with its
// `price.model` and `network.model` removed (so it takes the calibration study's choice), at its own
// seed and paths, beside the scenario as written. Writes output/default-models.csv, which
// test/output/readme-figures.test.ts reads the README's figures against. Called by
// scripts/outputs.sh (with the shipped history alone); needs a build (dist/).
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { runMonteCarlo } from '../dist/engine/run/run.js';
import { writeFileAtomic } from '../dist/report/atomic.js';
import { validateScenarioText } from '../dist/scenario/validate.js';

/** The scenarios the README's table lists, in its order. */
const SCENARIOS = [
  'north-korea-2017-s9',
  'north-korea-2017-s9-hold',
  'north-korea-2017-state-scale',
  'north-korea-2017-monero-cpu',
  'cryptonight-asic-2018-x3',
  's21-fleet-2026',
  'top-of-market-2021-11-10-loan',
];
const OUT = 'output/default-models.csv';

const rows = [
  'scenario,p_payback_1y,p_payback_2y,p_no_payback,payback_p50_days,p_default,claim,claim_share,claim_low,claim_high,claim_verdict',
];
for (const name of SCENARIOS) {
  const file = `scenarios/${name}.yaml`;
  const doc = parseDocument(readFileSync(file, 'utf8'));
  doc.deleteIn(['price', 'model']);
  doc.deleteIn(['network', 'model']);
  const v = await validateScenarioText(doc.toString(), `${file} (default models)`);
  // More than 31 days past the history the default price is refused (it would carry the trend of
  // the history's last years): the row says so, with no figures.
  if (
    !v.ok &&
    v.problems.every((p) => p.message.startsWith('the scenario names no price model, and its start'))
  ) {
    rows.push(`${name},,,,,,,,,,refused`);
    process.stdout.write(`   ${name}: refused (the default price past the history)\n`);
    continue;
  }
  if (!v.ok) {
    for (const p of v.problems) process.stderr.write(`${JSON.stringify(p)}\n`);
    throw new Error(`${file} without its models does not validate`);
  }
  const { summary } = await runMonteCarlo(v.scenario);
  const h = summary.headline;
  // The claim the README quotes: payback > 2 years, where the scenario makes it.
  const claim = summary.claims.find((c) => c.text === 'payback > 2 years');
  rows.push(
    [
      name,
      h.paybackWithin1y.p,
      h.paybackWithin2y.p,
      h.noPayback.p,
      // null: the median path does not pay back within the horizon.
      h.paybackDays.quantiles.p50 ?? '',
      h.default?.p ?? '',
      claim?.text ?? '',
      claim?.share ?? '',
      claim?.low ?? '',
      claim?.high ?? '',
      claim?.verdict ?? '',
    ].join(','),
  );
  process.stdout.write(`   ${name}: ${rows[rows.length - 1]}\n`);
}
await writeFileAtomic(OUT, `${rows.join('\n')}\n`);
