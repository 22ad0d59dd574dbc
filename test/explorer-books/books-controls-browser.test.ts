// The explore.html of runs with the books, in headless Chromium: the loan scenario, and the same
// fleet hosted at an all-in rate with a deposit, with a covenant (covenant-hosting.yaml) or with a
// second cohort leased (lease-hosting.yaml). Re-run here must give minesim run's summary.json and
// show its rows; each of the books' controls (the loan's rate, share, term, fee and covenant, the
// lease's payment, term and residual, the hosting rate, deposit and term, the tax rate, its
// depreciation and loss limit), and the market's and the tariff's, typed into its box or a slider
// dragged to either end, must give what `minesim run --set` gives at the same paths and seed,
// summary.json bit for bit. Without Chromium the suite is skipped, with a line on stderr.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headlineRows } from '../../src/explorer/headline-rows.js';
import { explorerView, rowText } from '../../src/explorer/view.js';

const CHROMIUM = '/usr/bin/chromium';
const HOW_TO_GET_CHROMIUM = 'install it with `apt-get install chromium` (Debian) to run it';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOAN = 'scenarios/top-of-market-2021-11-10-loan.yaml';
const COVENANT = 'test/explorer-books/covenant-hosting.yaml';
const LEASE = 'test/explorer-books/lease-hosting.yaml';
const FILES = [LOAN, COVENANT, LEASE];
const PATHS = 120;

if (!existsSync(CHROMIUM))
  process.stderr.write(`explorer books controls test skipped: no ${CHROMIUM}; ${HOW_TO_GET_CHROMIUM}.\n`);

function run(file: string, out: string, sets: string[] = [], paths = PATHS): string {
  const args = ['bin/minesim.mjs', 'run', file, '--paths', String(paths), '--out', out];
  execFileSync('node', [...args, ...sets.flatMap((s) => ['--set', s])], { cwd: ROOT, stdio: 'pipe' });
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
  // The page has no --set to state: what --set changed from the file is left out of the comparison.
  delete summary.scenario.overrides;
  return JSON.stringify(summary);
}

/** Typed into a control's box (a slider's or a written number's), as an analyst would. */
const TYPED: [file: string, key: string, typed: string, set: string][] = [
  [LOAN, 'power.price', '0.07', 'power.price=0.07 USD/kWh'],
  [LOAN, 'network.model.rate', '40', 'network.model.rate=40 %'],
  [LOAN, 'finance.loans[0].rate', '18 %', 'finance.loans[0].rate=18 %'],
  [LOAN, 'finance.loans[0].rate', '0 %', 'finance.loans[0].rate=0 %'],
  [LOAN, 'finance.loans[0].rate', '100 %', 'finance.loans[0].rate=100 %'],
  [LOAN, 'power.price', '0', 'power.price=0 USD/kWh'],
  [LOAN, 'finance.loans[0].loanToValue', '70 %', 'finance.loans[0].loanToValue=70 %'],
  [LOAN, 'finance.loans[0].term', '12 months', 'finance.loans[0].term=12 months'],
  [LOAN, 'finance.loans[0].fee', '5 %', 'finance.loans[0].fee=5 %'],
  [LOAN, 'finance.loans[0].marginCall.loanToValue', '77 %', 'finance.loans[0].marginCall.loanToValue=77 %'],
  [LOAN, 'finance.loans[0].marginCall.restoreTo', '40 %', 'finance.loans[0].marginCall.restoreTo=40 %'],
  [LOAN, 'finance.loans[0].marginCall.topUp', '1e12 USD', 'finance.loans[0].marginCall.topUp=1e12 USD'],
  [LOAN, 'finance.tax.rate', '100 %', 'finance.tax.rate=100 %'],
  [LOAN, 'finance.tax.depreciation.bonus', '0 %', 'finance.tax.depreciation.bonus=0 %'],
  [LOAN, 'finance.tax.lossOffsetLimit', '100 %', 'finance.tax.lossOffsetLimit=100 %'],
  [LOAN, 'price.model.from', '2019-11-10', 'price.model.from=2019-11-10'],
  [COVENANT, 'power.hosting.rate', '0.09', 'power.hosting.rate=0.09 USD/kWh'],
  [COVENANT, 'power.hosting.deposit', '12 months', 'power.hosting.deposit=12 months'],
  [COVENANT, 'power.hosting.term', '6 months', 'power.hosting.term=6 months'],
  [
    COVENANT,
    'finance.loans[0].marginCall.loanToValue',
    '77 %',
    'finance.loans[0].marginCall.loanToValue=77 %',
  ],
  [LEASE, 'finance.leases[0].payment', '90000 USD/month', 'finance.leases[0].payment=90000 USD/month'],
  [LEASE, 'finance.leases[0].term', '36 months', 'finance.leases[0].term=36 months'],
  [LEASE, 'finance.leases[0].residual', '0 USD', 'finance.leases[0].residual=0 USD'],
  [LEASE, 'finance.tax.rate', '0 %', 'finance.tax.rate=0 %'],
];

/**
 * Typed values minesim refuses: the page lists the problem in the words `minesim validate --set`
 * gives (the part after the path it names; the command line names --set where the page names the line).
 */
const REFUSED: [file: string, key: string, typed: string, set: string, path: string][] = [
  [LOAN, 'fleet[0].count', '1', 'fleet[0].count=1', 'finance.loans[0].loanToValue'],
  [LOAN, 'finance.loans[0].term', '45 days', 'finance.loans[0].term=45 days', 'finance.loans[0].term'],
  [LOAN, 'finance.loans[0].term', '37 months', 'finance.loans[0].term=37 months', 'finance.loans[0].term'],
  [LOAN, 'finance.tax.rate', '150 %', 'finance.tax.rate=150 %', 'finance.tax.rate'],
  [
    LOAN,
    'finance.loans[0].marginCall.restoreTo',
    '95 %',
    'finance.loans[0].marginCall.restoreTo=95 %',
    'finance.loans[0].marginCall.restoreTo',
  ],
  [
    LEASE,
    'finance.leases[0].term',
    '37 months',
    'finance.leases[0].term=37 months',
    'finance.leases[0].term',
  ],
];

/** What `minesim validate --set` says of `path`, from the path on. */
function refusal(file: string, set: string, path: string): string {
  try {
    execFileSync('node', ['bin/minesim.mjs', 'validate', file, '--set', set], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    const line = String((error as { stderr: Buffer }).stderr)
      .split('\n')
      .find((l) => l.includes(` ${path}: `));
    if (line !== undefined) return line.slice(line.indexOf(` ${path}: `) + 1);
  }
  throw new Error(`minesim validate --set ${set} did not refuse ${path}`);
}

/** A price that falls 95 % a year and a covenant just above the drawdown's loan-to-value. */
const CRASH = [
  'price.model={type: gbm, drift: -300 %, volatility: 10 %}',
  'finance.loans[0].marginCall.loanToValue=76.3 %',
  'finance.loans[0].marginCall.restoreTo=10 %',
];
/** Runs at the edges, written with --set: one path, and every path defaulting and never paid back. */
const EDGES: [name: string, file: string, paths: number, sets: string[]][] = [
  ['one path that defaults', LOAN, 1, CRASH],
  ['one path that pays back', LEASE, 1, []],
  ['every path defaulting, none paid back', COVENANT, 60, CRASH],
];

/** A slider dragged to an end of its range: the value the box then shows is what --set is given. */
const DRAGGED: [file: string, key: string, end: 'min' | 'max'][] = [
  [LOAN, 'power.price', 'min'],
  [LOAN, 'power.price', 'max'],
  [LOAN, 'network.model.rate', 'max'],
  [LOAN, 'money.discountRate', 'max'],
  [LOAN, 'fleet[0].count', 'min'],
  [COVENANT, 'power.hosting.rate', 'min'],
  [LEASE, 'power.hosting.rate', 'max'],
];

describe.skipIf(!existsSync(CHROMIUM))(
  `the loan scenario's controls against minesim run --set (without ${CHROMIUM}: ${HOW_TO_GET_CHROMIUM})`,
  () => {
    let root: string;
    const hrefs = new Map<string, string>();
    const committed = new Map<string, string>();
    let browser: Browser;

    async function open(file: string): Promise<Page> {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(hrefs.get(file)!, { waitUntil: 'load' });
      await page.waitForFunction('document.querySelector(".control input[type=range]") !== null', undefined, {
        timeout: 60_000,
      });
      return page;
    }

    /** The page's summary once its full run after `act` is drawn. */
    async function rerun(page: Page, act: () => Promise<void>): Promise<string> {
      const runs = await page.evaluate<number>('window.minesimExplorer.timings.length');
      await act();
      await page.waitForFunction(
        `document.body.dataset.state === 'final' && window.minesimExplorer.timings.length > ${runs}`,
        undefined,
        { timeout: 120_000 },
      );
      return page.evaluate<string>('JSON.stringify(window.minesimExplorer.summary)');
    }

    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), 'minesim-explorer-books-'));
      for (const [i, file] of FILES.entries()) {
        const out = join(root, `page-${i}`);
        committed.set(file, run(file, out));
        hrefs.set(file, pathToFileURL(join(out, 'explore.html')).href);
      }
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      });
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      if (root) await rm(root, { recursive: true, force: true });
    });

    it.each(FILES)(
      "%s: Re-run here gives minesim run's summary.json and shows its rows",
      async (file) => {
        const page = await open(file);
        expect(await rerun(page, () => page.click('#rerun'))).toBe(committed.get(file));
        const shown = await page.$$eval('#headline tr', (trs) =>
          trs.slice(1).map((tr) => [...tr.querySelectorAll('th, td')].map((td) => td.textContent)),
        );
        const view = explorerView(JSON.parse(committed.get(file)!));
        expect(shown).toEqual(headlineRows(view).map((row) => [row.label, rowText(row, view)]));
        await page.close();
      },
      180_000,
    );

    it.each(EDGES)(
      "%s (%s): Re-run here gives minesim run's summary.json and shows its rows",
      async (_, file, paths, sets) => {
        const out = join(root, `edge-${file.length}-${paths}-${sets.length}`);
        const cli = run(file, out, sets, paths);
        const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
        await page.goto(pathToFileURL(join(out, 'explore.html')).href, { waitUntil: 'load' });
        await page.waitForFunction('document.querySelector(".control input[type=range]") !== null');
        expect(await rerun(page, () => page.click('#rerun'))).toBe(cli);
        const shown = await page.$$eval('#headline tr', (trs) =>
          trs.slice(1).map((tr) => [...tr.querySelectorAll('th, td')].map((td) => td.textContent)),
        );
        const view = explorerView(JSON.parse(cli));
        expect(shown).toEqual(headlineRows(view).map((row) => [row.label, rowText(row, view)]));
        await page.close();
      },
      180_000,
    );

    it.each(REFUSED)(
      '%s: %s typed as %s is refused in the words of --set %s',
      async (file, key, typed, set, path) => {
        const page = await open(file);
        await page.$$eval('#controls details', (folds) => {
          for (const fold of folds) (fold as HTMLDetailsElement).open = true;
        });
        const box = `.control[data-key="${key}"] input.typed`;
        await page.fill(box, typed);
        await page.press(box, 'Enter');
        await page.waitForFunction("document.body.dataset.state === 'invalid'", undefined, {
          timeout: 60_000,
        });
        const problems = await page.$$eval('#problems li', (lis) => lis.map((li) => li.textContent ?? ''));
        const said = refusal(file, set, path);
        expect(problems.some((p) => p.endsWith(said))).toBe(true);
        await page.close();
      },
      180_000,
    );

    it.each(TYPED)(
      '%s: %s typed as %s gives --set %s',
      async (file, key, typed, set) => {
        const page = await open(file);
        const box = `.control[data-key="${key}"] input.typed`;
        // The written numbers are in a fold, "Every other number in the scenario": opened as a reader would.
        await page.$$eval('#controls details', (folds) => {
          for (const fold of folds) (fold as HTMLDetailsElement).open = true;
        });
        const shown = await rerun(page, async () => {
          await page.fill(box, typed);
          await page.press(box, 'Enter');
        });
        expect(shown).toBe(run(file, join(root, `${file.length}-${key}-${typed}`), [set]));
        await page.close();
      },
      180_000,
    );

    it.each(DRAGGED)(
      '%s: %s dragged to its %s gives --set of the value its box shows',
      async (file, key, end) => {
        const page = await open(file);
        const row = `.control[data-key="${key}"]`;
        const shown = await rerun(page, () =>
          page.$eval(
            `${row} input[type=range]`,
            (range, to) => {
              const r = range as HTMLInputElement;
              r.value = to === 'min' ? r.min : r.max;
              r.dispatchEvent(new Event('input', { bubbles: true }));
            },
            end,
          ),
        );
        const value = await page.inputValue(`${row} input.typed`);
        const unit = (await page.textContent(`${row} .unit`)) ?? '';
        const set = `${key}=${value}${unit === '' ? '' : ` ${unit.replace('%/year', '%')}`}`;
        expect(shown).toBe(run(file, join(root, `${file.length}-${key}-${end}`), [set]));
        await page.close();
      },
      180_000,
    );
  },
);
