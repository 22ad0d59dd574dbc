import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERIES } from '../../src/engine/kernel/checkpoints.js';
import { NODE_FOLDER_IO } from '../../src/report/folder-io.js';
import { writeRunOutput } from '../../src/report/write.js';
import { QUANTILES, type RunSummary } from '../../src/stats/summary.js';
import { FIXTURE_MANIFEST, FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

const CHARTS = ['roi-fan', 'payback-cdf', 'payback-histogram', 'revenue-cost', 'price-difficulty'];
const LAYOUT = [
  'manifest.json',
  'paths.csv',
  'payback.csv',
  'report.html',
  'summary.json',
  'summary.md',
  'timeline.csv',
  ...CHARTS.flatMap((c) => [`charts/${c}.png`, `charts/${c}.svg`, `charts/${c}.vl.json`]),
].sort();

/** Every file under `dir`, relative path -> bytes. */
async function snapshotFolder(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), await readFile(path));
  }
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** File -> SHA-256, to compare folders quickly (deep equality walks buffers byte by byte). */
function digests(files: Map<string, Buffer>): Map<string, string> {
  return new Map([...files].map(([file, data]) => [file, createHash('sha256').update(data).digest('hex')]));
}

let root: string;
let out: string;
let first: Map<string, Buffer>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'minesim-write-'));
  out = join(root, 'output', 'north-korea');
  await writeRunOutput(FIXTURE_SUMMARY, out, FIXTURE_MANIFEST);
  first = await snapshotFolder(out);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const text = (file: string) => first.get(file)?.toString('utf8') ?? '';

describe('writeRunOutput()', () => {
  it('writes the complete layout: tables, report, manifest, and every chart as spec, SVG and PNG', () => {
    expect([...first.keys()].sort()).toEqual(LAYOUT);
  });

  it('writes summary.json as JSON.stringify(summary, null, 2) plus a newline, byte for byte', () => {
    expect(text('summary.json')).toBe(`${JSON.stringify(FIXTURE_SUMMARY, null, 2)}\n`);
  });

  it('writes manifest.json from the manifest it is given', () => {
    expect(JSON.parse(text('manifest.json'))).toEqual({ ...FIXTURE_MANIFEST, files: LAYOUT });
  });

  it('writes timeline.csv tidy: a header, then one date,metric,quantile,value,unit,low,high row per observation', () => {
    const [header, ...rows] = text('timeline.csv').trimEnd().split('\n');
    expect(header).toBe('date,metric,quantile,value,unit,low,high');
    const { dates } = FIXTURE_SUMMARY.timeline;
    // A series the summary leaves out (the equity's, without financing) has no rows.
    const present = SERIES.filter((s) => FIXTURE_SUMMARY.timeline[s] !== undefined);
    expect(rows).toHaveLength(dates.length * present.length * QUANTILES.length);
    const dateSet = new Set(dates);
    const metrics = new Set<string>(SERIES);
    const quantiles = new Set<number>(QUANTILES);
    const untidy = rows.filter((row) => {
      const fields = row.split(',');
      const [date, metric, quantile, value, unit] = fields;
      return (
        // The fixture is a summary, not a run: no histograms, so no interval (low, high empty).
        fields.length !== 7 ||
        fields[5] !== '' ||
        fields[6] !== '' ||
        unit === '' ||
        !dateSet.has(date) ||
        !metrics.has(metric) ||
        !quantiles.has(Number(quantile)) ||
        value === '' ||
        !Number.isFinite(Number(value))
      );
    });
    expect(untidy).toEqual([]);
    expect(rows[0]).toBe(`${dates[0]},netUsd,0.05,${FIXTURE_SUMMARY.timeline.netUsd.p5[0]},USD,,`);
  });

  it('writes payback.csv with inclusive day bins, the CDF, and a never row; counts add up to the paths', () => {
    const [header, ...rows] = text('payback.csv').trimEnd().split('\n');
    expect(header).toBe('day_from,day_to,count,cdf,cdf_se,cdf_low,cdf_high');
    expect(rows[0]).toBe(`0,29,${FIXTURE_SUMMARY.payback.counts[0]},${FIXTURE_SUMMARY.payback.cdf[0].p},,,`);
    expect(rows.at(-1)).toBe(`never,,${FIXTURE_SUMMARY.payback.never},,,,`);
    const total = rows.reduce((sum, row) => sum + Number(row.split(',')[2]), 0);
    expect(total).toBe(FIXTURE_SUMMARY.run.paths);
  });

  it('writes paths.csv tidy, with the sample paths and the back-test as path "actual"', () => {
    const [header, ...rows] = text('paths.csv').trimEnd().split('\n');
    expect(header).toBe('path,date,metric,value');
    const paths = new Set(rows.map((r) => r.split(',')[0]));
    expect([...paths]).toEqual([...FIXTURE_SUMMARY.samplePaths.map((p) => String(p.index)), 'actual']);
  });

  it('writes summary.md with the headline probabilities, payback dates and claim verdicts', () => {
    const md = text('summary.md');
    expect(md).toContain('| P(payback ≤ 1 year) | 0.575 ± 0.016 |');
    expect(md).toContain('| P(no payback within the horizon) | 0.343 ± 0.015 |');
    expect(md).toContain('| 50 % | 283 | 2018-02-24 | 0.77 |');
    expect(md).toMatch(/\| payback \\> 1 year \| .* \| refuted \|/);
    expect(md).toContain('inconclusive');
  });

  it('writes report.html with the assumptions before the charts', () => {
    const html = text('report.html');
    expect(html.indexOf('<h2>Assumptions</h2>')).toBeGreaterThan(0);
    expect(html.indexOf('<h2>Assumptions</h2>')).toBeLessThan(html.indexOf('<h2>Charts</h2>'));
  });

  it('writes each chart PNG at twice the pixel size of its SVG', () => {
    for (const chart of CHARTS) {
      const svg = text(`charts/${chart}.svg`);
      const png = first.get(`charts/${chart}.png`)!;
      const svgWidth = Number(/<svg[^>]* width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(Math.round(svgWidth * 2));
    }
  });

  it('escapes user text: markup in the description is shown, not run, in summary.md and report.html', async () => {
    const dir = join(root, 'escaped');
    const hostile = '<script>alert(1)</script> | *bold* & "quoted"';
    const summary = makeSummary({
      scenario: { ...FIXTURE_SUMMARY.scenario, name: '<b>name</b>', description: hostile },
    });
    await writeRunOutput(summary, dir, FIXTURE_MANIFEST);
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    const md = await readFile(join(dir, 'summary.md'), 'utf8');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<b>name</b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; | *bold* &amp; &quot;quoted&quot;');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\| \\*bold\\* & "quoted"');
  });
});

describe('writeRunOutput() atomicity', () => {
  async function expectUnchanged() {
    expect(digests(await snapshotFolder(out))).toEqual(digests(first));
    const litter = (await readdir(join(root, 'output'))).filter((name) => name.startsWith('.tmp-'));
    expect(litter).toEqual([]);
  }

  it('leaves the previous folder intact and no temp files when a file write fails midway', async () => {
    let written = 0;
    const failingWrite = async (file: string, data: string | Uint8Array) => {
      if (++written === 9) throw new Error('disk full (simulated)');
      await NODE_FOLDER_IO.writeFile(file, data);
    };
    const changed = makeSummary({ run: { ...FIXTURE_SUMMARY.run, seed: 99 } });
    await expect(
      writeRunOutput(changed, out, FIXTURE_MANIFEST, { io: { writeFile: failingWrite } }),
    ).rejects.toThrow('disk full (simulated)');
    expect(written).toBe(9);
    await expectUnchanged();
  });

  it('puts the previous folder back when the swap into place fails', async () => {
    const { rename } = await import('node:fs/promises');
    let renames = 0;
    const failingRename = async (from: string, to: string) => {
      if (++renames === 2) throw new Error('rename refused (simulated)');
      await rename(from, to);
    };
    await expect(
      writeRunOutput(FIXTURE_SUMMARY, out, FIXTURE_MANIFEST, { io: { rename: failingRename } }),
    ).rejects.toThrow('rename refused');
    await expectUnchanged();
  });

  it('leaves the previous folder intact when the summary cannot be rendered', async () => {
    const broken = makeSummary({ timeline: undefined as unknown as RunSummary['timeline'] });
    await expect(writeRunOutput(broken, out, FIXTURE_MANIFEST)).rejects.toThrow();
    await expectUnchanged();
  });

  it('creates no folder at all when the first write of a new folder fails', async () => {
    const dir = join(root, 'output', 'never-written');
    const failingWrite = async () => {
      throw new Error('read-only (simulated)');
    };
    await expect(
      writeRunOutput(FIXTURE_SUMMARY, dir, FIXTURE_MANIFEST, { io: { writeFile: failingWrite } }),
    ).rejects.toThrow();
    const names = await readdir(join(root, 'output'));
    expect(names).not.toContain('never-written');
    expect(names.filter((n) => n.startsWith('.tmp-'))).toEqual([]);
  });

  it('replaces the previous folder whole, dropping files the new run does not write', async () => {
    const dir = join(root, 'replace');
    await writeRunOutput(FIXTURE_SUMMARY, dir, FIXTURE_MANIFEST);
    // A file the earlier run wrote (its manifest lists it) and this one does not.
    await writeFile(join(dir, 'stale.txt'), 'from an older minesim');
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { files: string[] };
    manifest.files.push('stale.txt');
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
    await writeRunOutput(FIXTURE_SUMMARY, dir, FIXTURE_MANIFEST);
    expect([...(await snapshotFolder(dir)).keys()].sort()).toEqual(LAYOUT);
  });
});
