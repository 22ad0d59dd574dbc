// `run`, `backtest` and `validate` note a hedge larger than the production it hedges (test/hedge-and-
// held/hedge-beyond-production.test.ts); a run sharded and put back together by `merge` must say the
// same, in the same words, on the terminal and in summary.json's assumptions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/stats/summary.js';
import { cli, useScratchFolder } from '../analyst-questions-2/hand.js';

const { outDir, scenarioFile } = useScratchFolder({ charts: false });

const over = scenarioFile(
  'merge-over-hedged',
  `name: merge-over-hedged
start: 2024-06-01
horizon: 1 year
fleet:
  - { model: Antminer S21, count: 20, unitPrice: 3400 USD }
power: { price: 0.05 USD/kWh }
costs: { poolFee: 2 % }
monteCarlo: { paths: 8 }
finance:
  hedges:
    - { name: forward, type: price-swap, coins: 0.25, price: 68000 USD, term: 6 months }
`,
);
const noteOf = (text: string) =>
  text.split('\n').find((l) => l.startsWith('note: Hedge vs production: forward'));

describe('merge notes an over-hedge as run does', { timeout: 120_000 }, () => {
  it('the merged run’s terminal and summary.json carry the run’s note', async () => {
    const whole = await cli('run', over, '--workers', '1', '--no-explorer', '--out', join(outDir, 'whole'));
    expect(whole.code).toBe(0);
    const said = noteOf(whole.stdout + whole.stderr);
    expect(said).toContain('more than the fleet produces');
    const parts = join(outDir, 'parts');
    for (const k of ['0/2', '1/2']) {
      const r = await cli('run', over, '--workers', '1', '--shard', k, '--out', parts);
      expect(r.code, r.stderr + r.stdout).toBe(0);
    }
    const merged = join(outDir, 'merged');
    const m = await cli(
      'merge',
      join(parts, 'part-0-of-2.json'),
      join(parts, 'part-1-of-2.json'),
      '--out',
      merged,
    );
    expect(m.code, m.stderr).toBe(0);
    expect(noteOf(m.stdout + m.stderr)).toBe(said);
    const summary = JSON.parse(readFileSync(join(merged, 'summary.json'), 'utf8')) as RunSummary;
    const run = JSON.parse(readFileSync(join(outDir, 'whole', 'summary.json'), 'utf8')) as RunSummary;
    const line = (s: RunSummary) =>
      s.scenario.assumptions.find((a) => a.label === 'Hedge vs production: forward');
    expect(line(summary)).toEqual(line(run));
  });
});
