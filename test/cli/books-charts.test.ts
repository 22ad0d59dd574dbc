// The books' charts in the folders `minesim sweep` and `minesim sensitivity` write (in-process,
// main()): with `finance`, the equity's NPV (and with a covenant the risks) beside the payback
// charts; without it, the payback charts alone, as before the books' charts existed.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { scenarioText } from '../fixtures/scenarios.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-books-charts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const LOAN = 'scenarios/top-of-market-2021-11-10-loan.yaml';
const flagship = join(dir, 'short.yaml');
// Two years: the shortest horizon a sweep or a sensitivity takes.
writeFileSync(flagship, scenarioText().replace('horizon: 5 years', 'horizon: 2 years'));

/** main() in-process, quiet; throws on a non-zero exit. */
async function cli(...args: string[]): Promise<void> {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await main(args);
    expect(process.exitCode ?? 0).toBe(0);
  } finally {
    process.exitCode = undefined;
    out.mockRestore();
    err.mockRestore();
  }
}

/** The chart names (file stems) a folder's charts/ holds, each as .vl.json, .svg and .png. */
function chartNames(out: string): string[] {
  const files = readdirSync(join(out, 'charts'));
  const names = [...new Set(files.map((f) => f.replace(/\.(vl\.json|svg|png)$/, '')))].sort();
  expect(files).toHaveLength(3 * names.length);
  return names;
}

describe('the books’ charts in a study’s folder', { timeout: 60_000 }, () => {
  it('minesim sweep of a loan’s rate writes the equity NPV and the margin call and default charts', async () => {
    const out = join(dir, 'loan-sweep');
    await cli(
      'sweep',
      LOAN,
      '--vary',
      'finance.loans[0].rate=8 %,16 %',
      '--paths',
      '50',
      '--workers',
      '1',
      '--out',
      out,
    );
    expect(chartNames(out)).toEqual([
      'sweep-equity-npv',
      'sweep-margin-default',
      'sweep-median-payback',
      'sweep-payback-2y',
    ]);
  });

  it('minesim sweep of a scenario without finance writes the payback charts alone', async () => {
    const out = join(dir, 'plain-sweep');
    await cli(
      'sweep',
      flagship,
      '--vary',
      'power.price=0.05,0.1',
      '--paths',
      '50',
      '--workers',
      '1',
      '--out',
      out,
    );
    expect(chartNames(out)).toEqual(['sweep-median-payback', 'sweep-payback-2y']);
  });

  it('minesim sensitivity of a scenario with finance adds the equity’s NPV tornado; without finance it does not', async () => {
    const loan = join(dir, 'loan-sensitivity');
    await cli(
      'sensitivity',
      LOAN,
      '--input',
      'finance.loans[0].rate=8 %..16 %',
      '--paths',
      '50',
      '--workers',
      '1',
      '--out',
      loan,
    );
    expect(chartNames(loan)).toEqual([
      'tornado-equity-npv',
      'tornado-median-payback',
      'tornado-npv',
      'tornado-payback-2y',
    ]);
    const plain = join(dir, 'plain-sensitivity');
    await cli(
      'sensitivity',
      flagship,
      '--input',
      'power.price',
      '--paths',
      '50',
      '--workers',
      '1',
      '--out',
      plain,
    );
    expect(chartNames(plain)).toEqual(['tornado-median-payback', 'tornado-npv', 'tornado-payback-2y']);
  });
});
