// The same run split into shards and merged gives the whole run's summary.json to the byte, on
// scenarios that combine features: a covenanted loan on coins held with coin-basis tax, a put and
// antithetic pairs; and a market replayed from the history, cut at its end with a loan and a hedge open.
import { expect, it } from 'vitest';
import { stringify } from 'yaml';
import { mergeParts, type NamedPart } from '../../src/engine/run/merge-parts.js';
import { partOrigin } from '../../src/engine/run/part-origin.js';
import { accumulateRun, finishRun, runMonteCarlo } from '../../src/engine/run/run.js';
import { shardRange, toPart } from '../../src/engine/run/shard.js';
import { scenarioDraft, scenarioOf } from '../fixtures/scenarios.js';

async function check(name: string, d: Record<string, unknown>, paths: number, n: number) {
  const source = stringify(d);
  const s = await scenarioOf(source);
  const single = await runMonteCarlo(s, { paths, workers: 1 });
  const out: NamedPart[] = [];
  for (let k = 0; k < n; k++) {
    const acc = await accumulateRun(s, { paths, workers: 1 }, shardRange(paths, { k, n }));
    const part = toPart(acc, { k, n }, { path: 'test.yaml', source, sets: [] }, await partOrigin(s.coin));
    out.push({ file: `part-${k}-of-${n}.json`, part: JSON.parse(JSON.stringify(part)) });
  }
  const merged = mergeParts(out);
  if (!merged.ok) throw new Error(merged.message);
  const result = await finishRun(s, merged.accumulation);
  const a = JSON.stringify(result.summary, null, 1).split('\n');
  const b = JSON.stringify(single.summary, null, 1).split('\n');
  const diffs = a.map((l, i) => (l === b[i] ? null : `${i}: ${l} | ${b[i]}`)).filter((x) => x !== null);
  expect(diffs, name).toEqual([]);
}

it("mergeParts() of shards of combined-feature runs gives the single run's summary byte for byte", async () => {
  const d = scenarioDraft('top-of-market-2021-11-10-loan');
  d.horizon = '2 years';
  d.treasury = 'hold';
  d.finance.tax.coinBasis = true;
  d.finance.hedges = [
    { type: 'put', coins: 2, strike: '50000 USD', premium: '1000 USD', expiry: '2022-11-01' },
  ];
  d.claims = ['P(default) < 10 %', 'P(hedges net >= 0 USD) >= 0.5', 'P(equity payback <= 1 year) >= 0.5'];
  d.monteCarlo.antithetic = true;
  await check('hold covenant hedges antithetic', d, 600, 3);
  const h = scenarioDraft('top-of-market-2021-11-10-loan');
  h.start = '2024-06-01';
  h.horizon = '2 years';
  h.price = { model: { type: 'historical' } };
  h.finance.hedges = [
    { type: 'put', coins: 2, strike: '50000 USD', premium: '1000 USD', expiry: '2025-12-01' },
  ];
  h.finance.loans[0].loanToValue = '30 %';
  h.finance.loans[0].term = '24 months';
  h.claims = ['P(default) < 10 %', 'P(hedges net >= 0 USD) >= 0.5'];
  await check('historical cut', h, 400, 2);
}, 300000);
