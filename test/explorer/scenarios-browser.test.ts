// Every shipped scenario's explore.html, as `minesim run` writes it, in one headless Chromium:
// *Re-run here* must give the CLI's summary.json bit for bit (the flagship at the run's full count
// is browser.test.ts; here every file of scenarios/ at a few hundred paths), the headline table must
// show its figures, the books' (margin call, default, equity, after tax) where it has them, and an
// edit typed into the page must give what `minesim run --set` gives (a loan rate whose annuity
// powers a browser's own Math.pow rounds otherwise). Without Chromium the suite is skipped, with a
// line on stderr saying how to get it.
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headlineRows } from '../../src/explorer/headline-rows.js';
import { explorerView, rowText } from '../../src/explorer/view.js';
import { setScenarioValue } from '../../src/explorer/yaml-edit.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { inLanes, minesim } from '../fixtures/cli-runs.js';

const CHROMIUM = '/usr/bin/chromium';
const HOW_TO_GET_CHROMIUM = 'install it with `apt-get install chromium` (Debian) to run it';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PATHS = 300;
const SCENARIOS = readdirSync(join(ROOT, 'scenarios'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const LOAN = 'top-of-market-2021-11-10-loan.yaml';
const FLAGSHIP = 'north-korea-2017-s9.yaml';
/** Overrides that spread the flagship's net position over twelve orders of magnitude. */
const WILD = ['price.model.volatility=400 %', 'treasury=hold'];
/** A rate whose (1 + r/12)^-n a browser's pow rounds otherwise than Node's for several n. */
const EDITED_RATE = '11 %';

if (!existsSync(CHROMIUM))
  process.stderr.write(`explorer scenarios test skipped: no ${CHROMIUM}; ${HOW_TO_GET_CHROMIUM}.\n`);

async function run(file: string, out: string, sets: string[] = []): Promise<string> {
  const args = ['run', `scenarios/${file}`, '--paths', String(PATHS), '--out', out];
  await minesim([...args, ...sets.flatMap((s) => ['--set', s])]);
  const text = await readFile(join(out, 'summary.json'), 'utf8');
  if (sets.length === 0) return text;
  // The page runs its YAML with the changes written in: it has no --set to state, so the run's
  // scenario.overrides (what --set changed from the file) is left out of what it is compared with.
  const summary = JSON.parse(text);
  delete summary.scenario.overrides;
  return JSON.stringify(summary);
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

describe.skipIf(!existsSync(CHROMIUM))(
  `every scenario's explore.html in headless Chromium (without ${CHROMIUM}: ${HOW_TO_GET_CHROMIUM})`,
  () => {
    let root: string;
    let browser: Browser;
    const problems: string[] = [];
    // Every command line the tests compare with starts in beforeAll, two at a time in the tests'
    // order, and runs while the pages before it are driven; a test awaits its own.
    const cli = new Map<string, Promise<string>>();
    const EDITED = 'edited';
    const WILD_RUN = 'wild';

    async function open(file: string, out: string): Promise<Page> {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${file}: ${m.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${file}: ${error.message}`));
      await page.goto(pathToFileURL(join(out, 'explore.html')).href, { waitUntil: 'load' });
      await page.waitForFunction('document.querySelector(".control input[type=range]") !== null', undefined, {
        timeout: 60_000,
      });
      return page;
    }

    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), 'minesim-explorer-scenarios-'));
      const lane = inLanes(2);
      for (const file of SCENARIOS)
        cli.set(
          file,
          lane(() => run(file, join(root, file))),
        );
      cli.set(
        WILD_RUN,
        lane(() => run(FLAGSHIP, join(root, WILD_RUN), WILD)),
      );
      cli.set(
        EDITED,
        lane(() => run(LOAN, join(root, EDITED), [`finance.loans[0].rate=${EDITED_RATE}`])),
      );
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      });
    }, 60_000);

    afterAll(async () => {
      await Promise.allSettled(cli.values());
      await browser?.close();
      if (root) await rm(root, { recursive: true, force: true });
    });

    // The scenarios' pages are driven two at a time (each its own page, as before): one page's
    // loading and drawing, on one core, overlaps another's re-run.
    const pageLane = inLanes(2);

    it.concurrent.for(SCENARIOS)(
      "%s: Re-run here gives minesim run's summary.json, bit for bit, and shows its headline and books",
      { timeout: 300_000 },
      (file, { expect }) =>
        pageLane(async () => {
          const out = join(root, file);
          const summary: RunSummary = JSON.parse(await cli.get(file)!);
          const page = await open(file, out);
          expect(await rerun(page, () => page.click('#rerun'))).toBe(JSON.stringify(summary));
          const shown = await page.$$eval('#headline tr', (trs) =>
            trs.slice(1).map((tr) => [...tr.querySelectorAll('th, td')].map((td) => td.textContent)),
          );
          const view = explorerView(summary);
          expect(shown).toEqual(headlineRows(view).map((row) => [row.label, rowText(row, view)]));
          if (summary.headline.default !== undefined)
            expect(shown.map(([label]) => label)).toEqual(
              expect.arrayContaining([
                'Margin call (share of paths)',
                'Equity NPV, median',
                'NPV after tax, median',
              ]),
            );
          if (summary.headline.hedgeNetUsd !== undefined)
            expect(shown.map(([label]) => label)).toContain('Hedges net (settlements and premiums), median');
          await page.close();
        }),
    );

    it(`${LOAN}: a loan rate of ${EDITED_RATE} typed into the page gives minesim run --set's summary`, async () => {
      const out = join(root, LOAN);
      await cli.get(LOAN);
      const page = await open(LOAN, out);
      const yaml = setScenarioValue(
        await page.inputValue('#yaml'),
        ['finance', 'loans', 0, 'rate'],
        EDITED_RATE,
      );
      const edited = await rerun(page, () => page.fill('#yaml', yaml));
      expect(edited).toBe(JSON.stringify(JSON.parse(await cli.get(EDITED)!)));
      await page.close();
    }, 180_000);

    it(`${FLAGSHIP}: with ${WILD.join(' and ')}, Re-run here gives minesim run's summary.json, bit for bit, its net position binned by signed log`, async () => {
      // A net position spread over orders of magnitude: its weeks' histograms are binned by signed
      // log (src/stats/log-bins.ts), whose bins the page must read as the command line does.
      const out = join(root, WILD_RUN);
      const summary: RunSummary = JSON.parse(await cli.get(WILD_RUN)!);
      const week = summary.timeline.dates.indexOf('2022-05-11');
      expect(summary.timeline.netUsd.p5[week]).toBeLessThan(0);
      const page = await open(FLAGSHIP, out);
      expect(await rerun(page, () => page.click('#rerun'))).toBe(JSON.stringify(summary));
      await page.close();
    }, 180_000);

    it('logs no console error or warning on any page', () => {
      expect(problems).toEqual([]);
    });
  },
);
