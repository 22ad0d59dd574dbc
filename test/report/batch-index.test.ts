// The batch index from fixed entries: the fixture run (with a hostile-named copy), a refused file
// and a failed run. Only fanMultipleSpec() and writeBatchIndex() render charts.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  batchIndexHtml,
  batchIndexMarkdown,
  fanMultipleSpec,
  writeBatchIndex,
} from '../../src/report/batch-index.js';
import { failureLines, indexTables } from '../../src/report/batch-tables.js';
import { claimCoverage } from '../../src/report/coverage.js';
import { formatEstimate, formatPercent, formatUsd } from '../../src/report/format.js';
import { renderChart } from '../../src/report/render.js';
import { formatProblem, type Problem } from '../../src/scenario/problem.js';
import type { BatchEntry } from '../../src/study/batch.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

const HOSTILE = '<script>alert(1)</script> & "quoted" | pipe';
const hostile = makeSummary({ scenario: { ...FIXTURE_SUMMARY.scenario, name: HOSTILE } });
const backtest = makeSummary({ kind: 'backtest' });
const PROBLEM: Problem = {
  file: 'bad<b>.yaml',
  line: 2,
  col: 8,
  path: 'start',
  message: 'expected a calendar date YYYY-MM-DD, like 2017-05-17',
};
const ENTRIES: BatchEntry[] = [
  {
    status: 'ok',
    file: 'scenarios/s9.yaml',
    folder: 'north-korea-2017-s9',
    backtestFolder: 'north-korea-2017-s9-backtest',
    run: FIXTURE_SUMMARY,
    backtest,
    seconds: 1,
  },
  {
    status: 'ok',
    file: 'odd.yaml',
    folder: 'script-alert',
    backtestFolder: null,
    run: hostile,
    backtest: null,
    seconds: 1,
  },
  { status: 'invalid', file: PROBLEM.file, problems: [PROBLEM] },
  {
    status: 'failed',
    file: 'boom.yaml',
    message: 'boom.yaml: the Monte Carlo run failed: <oops>',
    error: new Error('<oops>'),
    folder: 'boom',
    backtestFolder: null,
  },
];
const META = { minesimVersion: '0.1.0', finishedAt: '2026-01-05T09:00:00.000Z' };
/** Both run folders draw the fan chart (the default outputs.charts). */
const FAN_FOLDERS = new Set(['north-korea-2017-s9', 'script-alert']);
const FANS = new Map([
  ['north-korea-2017-s9', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
  ['script-alert', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
]);

describe('batchIndexHtml()', () => {
  const html = batchIndexHtml(ENTRIES, META, FANS);

  it('batchIndexHtml() escapes every scenario name, file name and message, and runs no script', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<oops>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;');
    expect(html).toContain('bad&lt;b&gt;.yaml');
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
  });

  it('batchIndexHtml() links each scenario to its report and each actual payback to its back-test', () => {
    expect(html).toContain('href="north-korea-2017-s9/report.html"');
    expect(html).toContain('href="north-korea-2017-s9-backtest/report.html"');
    expect(html).toContain('href="script-alert/report.html"');
  });

  it('batchIndexHtml() inlines one small multiple per scenario that ran, as an SVG image', () => {
    expect(html.match(/<img [^>]*src="data:image\/svg\+xml;base64,/g)).toHaveLength(2);
  });
});

describe('batchIndexMarkdown()', () => {
  const md = batchIndexMarkdown(ENTRIES, META, FAN_FOLDERS);

  it('batchIndexMarkdown() lists every scenario, its claims and every file that did not run', () => {
    expect(md).toContain('[north-korea-2017-s9](north-korea-2017-s9/report.html)');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> & "quoted" \\| pipe');
    expect(md).toContain(
      `- bad\\<b\\>.yaml\n  - ${formatProblem(PROBLEM).replaceAll('<', '\\<').replaceAll('>', '\\>')}`,
    );
    expect(md).toContain('- boom.yaml\n  - boom.yaml: the Monte Carlo run failed: \\<oops\\>');
    expect(md).toContain('(north-korea-2017-s9/charts/roi-fan.svg)');
    for (const claim of FIXTURE_SUMMARY.claims) expect(md).toContain(claim.text.replace('>', '\\>'));
  });

  it('batchIndexMarkdown() links only the report of a run whose folder holds no fan chart', () => {
    const only = batchIndexMarkdown(ENTRIES, META, new Set(['north-korea-2017-s9']));
    expect(only).toContain('(north-korea-2017-s9/charts/roi-fan.svg)');
    expect(only).not.toContain('script-alert/charts/');
    expect(only).toContain(
      '- [\\<script\\>alert(1)\\</script\\> & "quoted" \\| pipe](script-alert/report.html)',
    );
    const none = batchIndexMarkdown(ENTRIES, META, new Set());
    expect(none).not.toContain('charts/');
    expect(none).not.toContain('| --- | --- |\n|');
  });
});

describe('indexTables()', () => {
  it('indexTables() states the payback probabilities with their standard errors, and the back-test payback', () => {
    const [scenarios] = indexTables(ENTRIES);
    const h = FIXTURE_SUMMARY.headline;
    const row = scenarios.rows[0].map((c) => c.text);
    expect(row).toContain(formatEstimate(h.paybackWithin1y));
    expect(row).toContain(formatEstimate(h.paybackWithin2y));
    expect(row).toContain(formatEstimate(h.noPayback));
    expect(scenarios.rows[1].at(-1)).toEqual({ text: 'no history at the start' });
    expect(scenarios.rows).toHaveLength(2);
  });

  it("indexTables() adds a financing table for a run with books: its odds, the equity's figures and the actual default", () => {
    expect(indexTables(ENTRIES).map((t) => t.title)).not.toContain('Financing and tax');
    const h = FIXTURE_SUMMARY.headline;
    const books = {
      ...h,
      marginCall: { p: 0.48, se: 0.016 },
      default: { p: 0.37, se: 0.015 },
      equityNoPayback: { p: 0.36, se: 0.015 },
      equityNpvUsd: h.npvUsd,
      equityIrr: h.irr,
      afterTaxNpvUsd: h.npvUsd,
    };
    const equity = {
      paybackDate: null,
      npvUsd: -499_086,
      irr: -0.9999,
      marginCall: true,
      defaultDate: '2022-01-07',
    };
    const run = makeSummary({ headline: books, actual: { ...FIXTURE_SUMMARY.actual!, equity } });
    const financed: BatchEntry = { ...(ENTRIES[0] as BatchEntry & { status: 'ok' }), run };
    const table = indexTables([financed]).find((t) => t.title === 'Financing and tax');
    // The equity's share not paid back, worded as the Scenarios table's 'P(no payback)': it said
    // 'P(equity never pays back)' of a share over the horizon, after which a payback may come.
    expect(table?.header[3]).toBe('P(no equity payback)');
    // A median equity IRR of -100 % (more than half the equities lost all they put in) is defined
    // where the index shows it, as the run's tables define it.
    expect(table?.note).toContain('An IRR of -100 % is a total loss');
    expect(table?.rows.map((r) => r.map((c) => c.text))).toEqual([
      [
        FIXTURE_SUMMARY.scenario.name,
        '0.480 ± 0.016',
        '0.370 ± 0.015',
        '0.360 ± 0.015',
        // The fixture's distributions have no 95 % interval (as summary.json's of under 6 paths).
        `${formatUsd(h.npvUsd.quantiles.p50)} (too few paths for one)`,
        `${formatPercent(h.irr.quantiles.p50)} (too few paths for one)`,
        `${formatUsd(h.npvUsd.quantiles.p50)} (too few paths for one)`,
        'default on 2022-01-07',
        '-499,086 USD',
      ],
    ]);
  });

  it("indexTables() says where a financed run's back-test was cut and how many contracts were open then, and an undecided back-test claim as undecided", () => {
    const h = FIXTURE_SUMMARY.headline;
    const books = { ...h, equityNoPayback: { p: 0.36, se: 0.015 }, equityNpvUsd: h.npvUsd, equityIrr: h.irr };
    const equity = { paybackDate: null, npvUsd: -73_807, irr: -0.9945, marginCall: false, defaultDate: null };
    const swap = {
      kind: 'price-swap' as const,
      name: 's',
      counted: 'not-counted' as const,
      settlementsLeft: 6,
    };
    const run = makeSummary({
      headline: books,
      actual: { ...FIXTURE_SUMMARY.actual!, equity, cutAt: '2025-11-14', booksAtCut: [swap, swap] },
      claims: [
        {
          text: 'P(equity npv > 0) >= 0.5',
          share: 0,
          se: 0,
          low: 0,
          high: 0,
          threshold: '>= 0.5',
          verdict: 'refuted',
        },
      ],
    });
    const undecided = makeSummary({
      kind: 'backtest',
      claims: [{ ...run.claims[0], verdict: 'inconclusive', openAtCut: 2 }],
    });
    const financed: BatchEntry = {
      ...(ENTRIES[0] as BatchEntry & { status: 'ok' }),
      run,
      backtest: undecided,
    };
    const tables = indexTables([financed]);
    const finance = tables.find((t) => t.title === 'Financing and tax');
    expect(finance?.rows[0][7].text).toBe("no margin call; to 2025-11-14 (the history's end), 2 open then");
    const claims = tables.find((t) => t.title === 'Claims');
    expect(claims?.rows[0].at(-1)?.text).toBe('undecided');
  });

  it('indexTables() says over how many paths a claim’s share is when some were left out, as the run’s report does', () => {
    // 912 of the fixture's paths have an IRR: the share 0.600 is over them, not over every path;
    // the index printed "P(irr > 0.1) > 0.5 | 0.600" with no word of it.
    const run = makeSummary({
      claims: [
        {
          text: 'P(irr > 0.1) > 0.5',
          share: 0.6,
          se: 0.016,
          low: 0.568,
          high: 0.631,
          threshold: '> 0.5',
          verdict: 'supported',
          paths: 912,
        },
      ],
    });
    const entry: BatchEntry = { ...(ENTRIES[0] as BatchEntry & { status: 'ok' }), run };
    const claims = indexTables([entry]).find((t) => t.title === 'Claims');
    expect(claims?.rows[0][1].text).toBe(`P(irr > 0.1) > 0.5${claimCoverage(run.claims[0], run.run.paths)}`);
    expect(claims?.rows[0][1].text).toContain('over 912 of');
  });

  it('indexTables() of a run cut at the end of the history gives a median not reached as not by the cut, not "not within the horizon"', () => {
    // A 3-year replay cut on 2025-11-14, over half its paths not paid back by then: they may after it.
    const h = FIXTURE_SUMMARY.headline;
    const run = makeSummary({
      scenario: { ...FIXTURE_SUMMARY.scenario, cutAt: '2025-11-14' },
      headline: {
        ...h,
        paybackDays: { ...h.paybackDays, quantiles: { ...h.paybackDays.quantiles, p50: null } },
      },
    });
    const entry: BatchEntry = { ...(ENTRIES[0] as BatchEntry & { status: 'ok' }), run };
    const row = indexTables([entry])
      .find((t) => t.title === 'Scenarios')!
      .rows[0].map((c) => c.text);
    expect(row).toContain('not by 2025-11-14 (the end of the history)');
    expect(row).not.toContain('not within the horizon');
  });

  it('failureLines() gives a refused file its positioned problems; a failed run is listed apart', () => {
    expect(failureLines(ENTRIES)).toEqual([{ file: PROBLEM.file, lines: [formatProblem(PROBLEM)] }]);
  });
});

describe('fanMultipleSpec() and writeBatchIndex()', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'minesim-batch-index-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('fanMultipleSpec() renders a small fan with no legend', async () => {
    const { svg } = await renderChart(fanMultipleSpec(FIXTURE_SUMMARY), { onWarning: () => {} });
    const width = Number(svg.match(/<svg[^>]* width="(\d+(?:\.\d+)?)"/)?.[1]);
    expect(width).toBeGreaterThan(300);
    expect(width).toBeLessThan(420);
    expect(svg).not.toContain('of paths');
  });

  it('writeBatchIndex() writes index.md and index.html beside the folders and leaves other files alone', async () => {
    await writeFile(join(dir, 'keep.txt'), 'kept');
    await writeBatchIndex(dir, ENTRIES, META, FAN_FOLDERS, () => {});
    expect((await readdir(dir)).sort()).toEqual(['index.html', 'index.md', 'keep.txt']);
    expect(await readFile(join(dir, 'index.md'), 'utf8')).toBe(
      batchIndexMarkdown(ENTRIES, META, FAN_FOLDERS),
    );
    expect(await readFile(join(dir, 'keep.txt'), 'utf8')).toBe('kept');
  });
});

describe('indexTables() horizon', () => {
  it('prints a whole number of years without a decimal (it printed "3.0 y" for a 3-year horizon)', () => {
    // 1,096 days / 365.25 = 3.0007 y; 548 days = 1.50 y; 731 days = 2.001 y.
    const horizon = (days: number) => {
      const run = makeSummary({ scenario: { ...FIXTURE_SUMMARY.scenario, days } });
      const [table] = indexTables([{ ...(ENTRIES[0] as Extract<BatchEntry, { status: 'ok' }>), run }]);
      return table.rows[0][table.header.indexOf('Horizon')].text;
    };
    expect(horizon(1096)).toBe('3 y');
    expect(horizon(548)).toBe('1.5 y');
    expect(horizon(731)).toBe('2 y');
    // 14 days are 0.04 y: it printed "0 y".
    expect(horizon(14)).toBe('14 d');
    expect(horizon(19)).toBe('0.1 y');
  });
});
