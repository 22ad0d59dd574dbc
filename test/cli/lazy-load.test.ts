// What a command loads: the files of the bundle (dist/cli/bundle/) Node reads for a command, seen
// through Node's own module log (NODE_DEBUG=esm), mapped to the packages each file holds (the
// build's dist/cli/bundle-packages.json); `validate` and `run` run from bundles of their own
// (validate.cjs, run.cjs), which the log does not show. A command that draws nothing loads no chart
// library, and `run --json` still writes the whole folder: --json changes what is printed, not
// what is written.
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
  /** The bundle's ES module files that Node loaded. */
  files: Set<string>;
  /** The packages they hold. */
  packages: Set<string>;
}

/** The packages each file of the bundle holds, by file name. */
function held(): Record<string, string[]> {
  return JSON.parse(readFileSync(join(ROOT, 'dist/cli/bundle-packages.json'), 'utf8'));
}

/** `minesim ...args`, with the packages of every bundle file it loaded; `env` adds to the environment. */
function minesimLoading(args: string[], env: Record<string, string> = {}): Promise<Loaded> {
  const packagesOf = held();
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['bin/minesim.mjs', ...args],
      { cwd: ROOT, env: { ...process.env, NODE_DEBUG: 'esm', NO_COLOR: '1', ...env }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const files = new Set(
          (stderr.match(/dist\/cli\/bundle\/[\w-]+\.js/g) ?? []).map((file) => file.split('/').at(-1) ?? ''),
        );
        const packages = new Set([...files].flatMap((file) => packagesOf[file] ?? []));
        done({ code: error ? Number(error.code) : 0, stdout, files, packages });
      },
    );
  });
}

describe('what a command loads', () => {
  it('minesim validate --json runs from its own bundle, which holds no chart library', async () => {
    const run = await minesimLoading(['validate', '--json', FLAGSHIP]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).valid).toBe(true);
    expect(run.files).toEqual(new Set());
    const validate = held()['validate.cjs'];
    expect(validate).toContain('zod');
    for (const pkg of CHART_PACKAGES) expect(validate, pkg).not.toContain(pkg);
  }, 60_000);

  it('minesim run runs from its own bundle, which holds neither the chart libraries nor mathjs (they load apart)', () => {
    const run = held()['run.cjs'];
    expect(run).toContain('zod');
    for (const pkg of [...CHART_PACKAGES, 'mathjs']) expect(run, pkg).not.toContain(pkg);
    expect(held()['validate.cjs'], 'mathjs').not.toContain('mathjs');
  });

  it('the bundles of minesim validate and run are ASCII text, which V8 holds one byte a character', () => {
    for (const name of ['validate.cjs', 'run.cjs']) {
      const text = readFileSync(join(ROOT, 'dist/cli/bundle', name), 'utf8');
      expect(text.match(/[\u0080-\uffff]/g) ?? [], name).toEqual([]);
    }
  });

  it('the bundles of minesim validate and run build no Unicode-property regular expression at their top level (string-width waits for its first call)', () => {
    for (const name of ['validate.cjs', 'run.cjs']) {
      const text = readFileSync(join(ROOT, 'dist/cli/bundle', name), 'utf8');
      expect(text.match(/^(?:var|let|const) [^\n]*new RegExp\([^\n]*\\\\p\{/gm) ?? [], name).toEqual([]);
      expect(text, name).toContain('\\p{Default_Ignorable_Code_Point}');
    }
  });

  it('the bundles of minesim validate and run make no Intl object at their top level (the first of a process loads ICU’s locale data)', () => {
    for (const name of ['validate.cjs', 'run.cjs']) {
      const text = readFileSync(join(ROOT, 'dist/cli/bundle', name), 'utf8');
      expect(text.match(/^(?:var|let|const) [^\n]*new Intl\./gm) ?? [], name).toEqual([]);
    }
  });

  it('minesim validate and run read a unit that needs mathjs through mathjs.cjs, beside their bundles', async () => {
    // USD/GJ is not among the units read without mathjs (known-units.ts), and the bundles hold no mathjs.
    const set = ['--set', 'power.price=27.8 USD/GJ'];
    const check = await minesimLoading(['validate', '--json', FLAGSHIP, ...set]);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).valid).toBe(true);
    const dir = join(out, 'gigajoule');
    const run = await minesimLoading(['run', FLAGSHIP, '--paths', '10', '--out', dir, '--json', ...set]);
    expect(run.code).toBe(0);
    expect(run.files).toEqual(new Set());
    expect(JSON.parse(run.stdout).run.paths).toBe(10);
  }, 60_000);

  it('minesim validate under other V8 flags, which its code cache does not fit, runs from main.js alike', async () => {
    const cached = await minesimLoading(['validate', '--json', FLAGSHIP]);
    const run = await minesimLoading(['validate', '--json', FLAGSHIP], {
      NODE_OPTIONS: '--max-old-space-size=4096',
    });
    expect(run.code).toBe(0);
    expect(run.files.has('main.js')).toBe(true);
    expect(run.stdout).toBe(cached.stdout);
    for (const pkg of CHART_PACKAGES) expect(run.packages.has(pkg), pkg).toBe(false);
  }, 60_000);

  it('minesim hashprice --json loads no chart library', async () => {
    const run = await minesimLoading(['hashprice', '--date', '2021-08-07', '--json']);
    expect(run.code).toBe(0);
    expect(run.files.has('main.js')).toBe(true);
    for (const pkg of CHART_PACKAGES) expect(run.packages.has(pkg), pkg).toBe(false);
  }, 60_000);

  it('minesim run --json prints summary.json and writes the same whole folder, charts included', async () => {
    const dir = join(out, 'run');
    const run = await minesimLoading(['run', FLAGSHIP, '--paths', '10', '--out', dir, '--json']);
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
