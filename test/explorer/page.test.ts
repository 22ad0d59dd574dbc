// explore.html as `minesim run` writes it: beside report.html, linked from it, self-contained,
// under its size budget; `--no-explorer` leaves it out. Needs the build (the page's bundle).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_EXPLORER, EXPLORER_MAX_BYTES } from '../../src/explorer/page.js';
import { minesim } from '../fixtures/cli-runs.js';

const run = (args: string[]) => minesim(['run', ...args]);

describe('explore.html written by minesim run', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'minesim-explorer-page-'));
    // The two runs side by side.
    await Promise.all([
      run(['scenarios/north-korea-2017-s9.yaml', '--paths', '300', '--out', join(dir, 'with')]),
      run([
        'scenarios/north-korea-2017-s9.yaml',
        '--paths',
        '300',
        '--out',
        join(dir, 'without'),
        '--no-explorer',
      ]),
    ]);
  }, 120_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('minesim run writes explore.html beside report.html, which links to it', () => {
    expect(existsSync(join(dir, 'with', 'explore.html'))).toBe(true);
    expect(readFileSync(join(dir, 'with', 'report.html'), 'utf8')).toContain('<a href="explore.html">');
  });

  it(`explore.html of the flagship stays under ${EXPLORER_MAX_BYTES / 1024 / 1024} MB`, () => {
    expect(statSync(join(dir, 'with', 'explore.html')).size).toBeLessThan(EXPLORER_MAX_BYTES);
  });

  it('explore.html carries its content security policy and names nothing outside itself', () => {
    const html = readFileSync(join(dir, 'with', 'explore.html'), 'utf8');
    expect(html).toContain(`content="${CSP_EXPLORER}"`);
    expect(CSP_EXPLORER).toContain("connect-src 'none'");
    expect(html).not.toMatch(/\s(src|href)="(https?:|\/\/)/);
  });

  it('minesim run --no-explorer writes no explore.html and no link to it', () => {
    expect(existsSync(join(dir, 'without', 'explore.html'))).toBe(false);
    expect(readFileSync(join(dir, 'without', 'report.html'), 'utf8')).not.toContain('explore.html');
  });
});
