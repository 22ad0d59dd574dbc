// What a command loads: the files of the bundle (dist/cli/bundle/) Node reads for a command, seen
// through Node's own module log (NODE_DEBUG=esm), mapped to the packages each file holds (the
// build's dist/cli/bundle-packages.json). A command that draws nothing loads no chart library, and
// `run --json` still writes the whole folder: --json changes what is printed, not what is written.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures/node-process.js';

const FLAGSHIP = 'scenarios/north-korea-2017-s9.yaml';
const CHART_PACKAGES = ['vega', 'vega-lite', '@resvg/resvg-js'];
const out = mkdtempSync(join(tmpdir(), 'minesim-lazy-load-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Loaded {
  code: number;
  stdout: string;
  /** The packages held by the bundle's files that Node loaded. */
  packages: Set<string>;
}

/** `minesim ...args`, with the packages of every bundle file it loaded. */
function minesimLoading(...args: string[]): Promise<Loaded> {
  const held: Record<string, string[]> = JSON.parse(
    readFileSync(join(ROOT, 'dist/cli/bundle-packages.json'), 'utf8'),
  );
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['bin/minesim.mjs', ...args],
      { cwd: ROOT, env: { ...process.env, NODE_DEBUG: 'esm', NO_COLOR: '1' }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const files = new Set(stderr.match(/dist\/cli\/bundle\/[\w-]+\.js/g) ?? []);
        const packages = new Set([...files].flatMap((file) => held[file.split('/').at(-1) ?? ''] ?? []));
        done({ code: error ? Number(error.code) : 0, stdout, packages });
      },
    );
  });
}

describe('what a command loads', () => {
  it('minesim validate --json loads no chart library and not mathjs', async () => {
    const run = await minesimLoading('validate', '--json', FLAGSHIP);
    expect(run.code).toBe(0);
    expect(run.packages.has('zod')).toBe(true);
    for (const pkg of [...CHART_PACKAGES, 'mathjs']) expect(run.packages.has(pkg), pkg).toBe(false);
  }, 60_000);

  it('minesim hashprice --json loads no chart library', async () => {
    const run = await minesimLoading('hashprice', '--date', '2021-08-07', '--json');
    expect(run.code).toBe(0);
    for (const pkg of CHART_PACKAGES) expect(run.packages.has(pkg), pkg).toBe(false);
  }, 60_000);

  it('minesim run --json prints summary.json and writes the same whole folder, charts included', async () => {
    const dir = join(out, 'run');
    const run = await minesimLoading('run', FLAGSHIP, '--paths', '10', '--out', dir, '--json');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(dir, 'summary.json'), 'utf8'));
    const linked = new Set(
      ['summary.md', 'report.html'].flatMap(
        (file) => readFileSync(join(dir, file), 'utf8').match(/charts\/[\w-]+\.(?:svg|png)/g) ?? [],
      ),
    );
    expect(linked.size).toBeGreaterThan(0);
    for (const chart of linked) expect(existsSync(join(dir, chart)), chart).toBe(true);
    for (const name of ['roi-fan', 'payback-cdf', 'payback-histogram', 'revenue-cost', 'price-difficulty'])
      for (const ext of ['vl.json', 'svg', 'png'])
        expect(existsSync(join(dir, `charts/${name}.${ext}`))).toBe(true);
  }, 60_000);
});
