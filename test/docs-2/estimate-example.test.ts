// README's estimate examples: the s21 sweep of 21 tariffs at ten million paths a point (said, then
// run) and the same over 1,000 tariffs, "1.1e13 path-days, about 3 days: refused". The page quoted
// the first without the bytes the estimate now says and left the second's scenario unnamed; the
// refused one is run here as the page gives it (refused before any work, so it costs a start-up).
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNode } from '../fixtures/node-process.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s*\n\s*/g, ' ');

describe("README's estimate examples", () => {
  const said = /\(`estimate: (s21-fleet-2026 sweep: 21 runs, [^`]+)`, for `minesim (sweep [^`]+):21`\)/.exec(
    readme,
  );
  const refused =
    /The same sweep over 1,000 tariffs \(`--vary power\.price=0\.02\.\.0\.12:1000`\), each bound kept on its own, is ([\d.e]+) path-days, (about \d+ days): refused/.exec(
      readme,
    );

  it('are there', () => {
    expect(said).not.toBeNull();
    expect(refused).not.toBeNull();
  });

  it('the sweep over 1,000 tariffs is refused with the path-days and time the page says', async () => {
    const argv = `${said![2]}:1000`.split(' ');
    // The page's figures are for 2 workers (the bench's 2 cores): a machine of more cores is told less time.
    const out = join(tmpdir(), `minesim-estimate-${process.pid}`);
    const run = await runNode(['bin/minesim.mjs', ...argv, '--workers', '2', '--out', out]);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(run.stderr).toContain(
      `s21-fleet-2026 sweep: 1,000 runs, ${refused![1]} path-days, ${refused![2]} on 2 workers`,
    );
    // The 21-tariff line differs from it in its runs, path-days, time and bytes only.
    expect(said![1]).toMatch(
      /^s21-fleet-2026 sweep: 21 runs, [\d.e]+ path-days, about \d+ min on 2 workers and 1\.5 GB of memory, writing \d+ MB$/,
    );
  });
});
