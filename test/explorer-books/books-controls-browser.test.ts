// The explore.html of runs with the books, in headless Chromium: the loan scenario, and the same
// fleet hosted at an all-in rate with a deposit, with a covenant (covenant-hosting.yaml) or with a
// second cohort leased (lease-hosting.yaml). Re-run here must give minesim run's summary.json and
// show its rows; each of the books' controls (the loan's rate, share, term, fee and covenant, the
// lease's payment, term and residual, the hosting rate, deposit and term, the tax rate, its
// depreciation and loss limit), and the market's and the tariff's, typed into its box or a slider
// dragged to either end, must give what `minesim run --set` gives at the same paths and seed,
// summary.json bit for bit. Without Chromium the suite is skipped, with a line on stderr.
//
// `minesim run` and `minesim validate` run on two lanes, this process (main(), its outputs and exit
// codes those of the spawned command) and a spawned one, that the page's work does not wait on: the
// runs the cases compare with are queued before the first case, and a dragged slider's once its box
// shows the value; the runs whose page is not opened are given --no-explorer and draw no charts
// (outputs.charts=[]: summary.json is the same but for the --set it states, which the comparison
// leaves out; the charts were a quarter or more of such a run's CPU time). A scenario file's page
// is opened once; a case begins on it as it opened, its edits undone by removing the link's fragment
// (the page then shows the committed run and redraws the controls from the file's YAML, checked
// before each case).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headlineRows } from '../../src/explorer/headline-rows.js';
import { explorerView, rowText } from '../../src/explorer/view.js';
import { runMain } from '../fixtures/main-in-process.js';

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

/** A scenario file of the checkout, named as from the checkout's folder when that is the working one. */
const here = (file: string) => relative(process.cwd(), join(ROOT, file));

/** `minesim ARGS`, on either lane: its exit code and what it wrote on stderr. */
type Lane = (args: string[]) => Promise<{ code: number; stderr: string }>;

/** `minesim ARGS` as a process of its own (for the second lane: the command is the same). */
async function spawned(args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await promisify(execFile)('node', [join(ROOT, 'bin/minesim.mjs'), ...args]);
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stderr: failed.stderr ?? '' };
  }
}

/**
 * Two lanes for the commands, in the order asked, while the pages work: this process (one command
 * at a time, as each captures the process's stdout and stderr) and a spawned one, so that both
 * cores are busy. A command's failure is its own promise's alone.
 */
const lanes: Lane[] = [runMain, spawned];
const waiting: (() => void)[] = [];
const commands: Promise<unknown>[] = [];
function queued<T>(job: (lane: Lane) => Promise<T>): Promise<T> {
  const done = (async () => {
    while (lanes.length === 0) await new Promise<void>((resolve) => waiting.push(resolve));
    const lane = lanes.shift()!;
    try {
      return await job(lane);
    } finally {
      lanes.push(lane);
      waiting.shift()?.();
    }
  })();
  commands.push(done);
  // Awaited by its case later: a failure meanwhile is not an unhandled rejection.
  done.catch(() => {});
  return done;
}

/**
 * `minesim run FILE --paths PATHS --out OUT --set ...`'s summary.json; `explorer`: also its
 * explore.html and charts (without, --no-explorer and outputs.charts=[] leave the summary as it is).
 */
function run(
  file: string,
  out: string,
  sets: string[] = [],
  paths = PATHS,
  explorer = true,
): Promise<string> {
  return queued(async (lane) => {
    const args = [
      'run',
      here(file),
      '--paths',
      String(paths),
      '--out',
      out,
      ...(explorer ? [] : ['--no-explorer', '--set', 'outputs.charts=[]']),
      ...sets.flatMap((s) => ['--set', s]),
    ];
    const { code, stderr } = await lane(args);
    if (code !== 0) throw new Error(`minesim ${args.join(' ')} exited with ${code}: ${stderr}`);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    // The page has no --set to state: what --set changed from the file is left out of the comparison.
    delete summary.scenario.overrides;
    return JSON.stringify(summary);
  });
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
function refusal(file: string, set: string, path: string): Promise<string> {
  return queued(async (lane) => {
    const { code, stderr } = await lane(['validate', here(file), '--set', set]);
    const line = stderr.split('\n').find((l) => l.includes(` ${path}: `));
    if (code !== 0 && line !== undefined) return line.slice(line.indexOf(` ${path}: `) + 1);
    throw new Error(`minesim validate --set ${set} did not refuse ${path}`);
  });
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
    const committed = new Map<string, string>();
    /** Each scenario file's page, opened once, and the YAML it opened with. */
    const pages = new Map<string, { page: Page; yaml: string }>();
    /** What the edges', the refused and the typed cases compare with, queued in their order before the first case. */
    const expected = new Map<string, Promise<string>>();
    /** A case's row (it.each gives its items), as the key of what it compares with. */
    const caseOf = (...row: unknown[]) => JSON.stringify(row);
    let browser: Browser;

    const out = (name: string) => join(root, name);

    async function open(href: string): Promise<Page> {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(href, { waitUntil: 'load' });
      await page.waitForFunction('document.querySelector(".control input[type=range]") !== null', undefined, {
        timeout: 60_000,
      });
      return page;
    }

    /**
     * `file`'s page as it opened: an edit (saved in the link's fragment) is undone by removing the
     * fragment, which shows the committed run and draws the controls again from the file's YAML.
     */
    async function opened(file: string): Promise<Page> {
      const { page, yaml } = pages.get(file)!;
      if ((await page.inputValue('#yaml')) !== yaml) {
        // The edit's state is in the fragment once its saving (which compresses) is done.
        await page.waitForFunction("location.hash.replace(/^#/, '') !== ''", undefined, { timeout: 60_000 });
        await page.evaluate("location.hash = ''");
        await page.waitForFunction(
          `document.body.dataset.state === 'committed' && document.getElementById('yaml').value === ${JSON.stringify(yaml)} && document.querySelector(".control input[type=range]") !== null`,
          undefined,
          { timeout: 60_000 },
        );
      }
      expect(await page.inputValue('#yaml')).toBe(yaml);
      return page;
    }

    /** Waits for the page's full run after `runs` runs to be drawn: its summary. */
    async function finished(page: Page, runs: number): Promise<string> {
      await page.waitForFunction(
        `document.body.dataset.state === 'final' && window.minesimExplorer.timings.length > ${runs}`,
        undefined,
        { timeout: 120_000 },
      );
      return page.evaluate<string>('JSON.stringify(window.minesimExplorer.summary)');
    }

    /** The page's summary once its full run after `act` is drawn. */
    async function rerun(page: Page, act: () => Promise<void>): Promise<string> {
      const runs = await page.evaluate<number>('window.minesimExplorer.timings.length');
      await act();
      return finished(page, runs);
    }

    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), 'minesim-explorer-books-'));
      const launched = chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      });
      const pageRuns = FILES.map((file, i) => run(file, out(`page-${i}`)));
      for (const edge of EDGES) {
        const [, file, paths, sets] = edge;
        expected.set(
          caseOf(...edge),
          run(file, out(`edge-${file.length}-${paths}-${sets.length}`), sets, paths),
        );
      }
      for (const refused of REFUSED) {
        const [file, , , set, path] = refused;
        expected.set(caseOf(...refused), refusal(file, set, path));
      }
      for (const typed of TYPED) {
        const [file, key, text, set] = typed;
        expected.set(caseOf(...typed), run(file, out(`${file.length}-${key}-${text}`), [set], PATHS, false));
      }
      browser = await launched;
      await Promise.all(
        FILES.map(async (file, i) => {
          committed.set(file, await pageRuns[i]);
          const page = await open(pathToFileURL(join(out(`page-${i}`), 'explore.html')).href);
          pages.set(file, { page, yaml: await page.inputValue('#yaml') });
        }),
      );
    }, 180_000);

    afterAll(async () => {
      // The queued commands end before their folders go.
      await Promise.allSettled(commands);
      await browser?.close();
      if (root) await rm(root, { recursive: true, force: true });
    }, 180_000);

    it.each(FILES)(
      "%s: Re-run here gives minesim run's summary.json and shows its rows",
      async (file) => {
        const page = await opened(file);
        expect(await rerun(page, () => page.click('#rerun'))).toBe(committed.get(file));
        const shown = await page.$$eval('#headline tr', (trs) =>
          trs.slice(1).map((tr) => [...tr.querySelectorAll('th, td')].map((td) => td.textContent)),
        );
        const view = explorerView(JSON.parse(committed.get(file)!));
        expect(shown).toEqual(headlineRows(view).map((row) => [row.label, rowText(row, view)]));
      },
      180_000,
    );

    it.each(EDGES)(
      "%s (%s): Re-run here gives minesim run's summary.json and shows its rows",
      async (...edge) => {
        const [, file, paths, sets] = edge;
        const cli = await expected.get(caseOf(...edge))!;
        const page = await open(
          pathToFileURL(join(out(`edge-${file.length}-${paths}-${sets.length}`), 'explore.html')).href,
        );
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
      async (...refused) => {
        const [file, key, typed] = refused;
        const said = expected.get(caseOf(...refused))!;
        const page = await opened(file);
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
        const words = await said;
        expect(problems.some((p) => p.endsWith(words))).toBe(true);
      },
      180_000,
    );

    it.each(TYPED)(
      '%s: %s typed as %s gives --set %s',
      async (...typed) => {
        const [file, key, text] = typed;
        const cli = expected.get(caseOf(...typed))!;
        const page = await opened(file);
        const box = `.control[data-key="${key}"] input.typed`;
        // The written numbers are in a fold, "Every other number in the scenario": opened as a reader would.
        await page.$$eval('#controls details', (folds) => {
          for (const fold of folds) (fold as HTMLDetailsElement).open = true;
        });
        const shown = await rerun(page, async () => {
          await page.fill(box, text);
          await page.press(box, 'Enter');
        });
        expect(shown).toBe(await cli);
      },
      180_000,
    );

    it.each(DRAGGED)(
      '%s: %s dragged to its %s gives --set of the value its box shows',
      async (file, key, end) => {
        const page = await opened(file);
        const row = `.control[data-key="${key}"]`;
        const runs = await page.evaluate<number>('window.minesimExplorer.timings.length');
        await page.$eval(
          `${row} input[type=range]`,
          (range, to) => {
            const r = range as HTMLInputElement;
            r.value = to === 'min' ? r.min : r.max;
            r.dispatchEvent(new Event('input', { bubbles: true }));
          },
          end,
        );
        // The box shows the dragged value at once: the command runs while the page does.
        const value = await page.inputValue(`${row} input.typed`);
        const unit = (await page.textContent(`${row} .unit`)) ?? '';
        const set = `${key}=${value}${unit === '' ? '' : ` ${unit.replace('%/year', '%')}`}`;
        const cli = run(file, out(`${file.length}-${key}-${end}`), [set], PATHS, false);
        const shown = await finished(page, runs);
        // And still shows it once the page's run is drawn.
        expect(await page.inputValue(`${row} input.typed`)).toBe(value);
        expect(await page.textContent(`${row} .unit`)).toBe(unit);
        expect(shown).toBe(await cli);
      },
      180_000,
    );
  },
);
