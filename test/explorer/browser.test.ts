// Opens explore.html, as `minesim run` writes it, from disk in headless Chromium: the page must show
// the committed run, re-run the flagship to the CLI's summary.json bit for bit, answer a higher
// tariff with a lower net, say what is wrong with a bad value where it is wrong (the CLI's own
// message) without breaking, come back to the same view from its link, compare with a pinned
// result, and never log an error or send a request. Screenshots go to test-output/. Without
// Chromium the suite is skipped, with a line on stderr saying how to get it.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setScenarioValue } from '../../src/explorer/yaml-edit.js';
import { explorerMessages } from '../../src/messages/explorer.js';
import { formatProblem } from '../../src/scenario/problem.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { minesim } from '../fixtures/cli-runs.js';

const CHROMIUM = '/usr/bin/chromium';
const HOW_TO_GET_CHROMIUM = 'install it with `apt-get install chromium` (Debian) to run it';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOTS = join(ROOT, 'test-output');
const SCENARIO = 'scenarios/north-korea-2017-s9.yaml';
const PATHS = 2000;

if (!existsSync(CHROMIUM))
  process.stderr.write(`explore.html browser test skipped: no ${CHROMIUM}; ${HOW_TO_GET_CHROMIUM}.\n`);

/** Types `text` into a control's box (as an analyst would) and waits for the page to settle. */
async function typeInto(page: Page, key: string, text: string, state: 'final' | 'invalid'): Promise<void> {
  const runs = await page.evaluate<number>('window.minesimExplorer.timings.length');
  await page.fill(`.control[data-key="${key}"] input.typed`, text);
  await page.press(`.control[data-key="${key}"] input.typed`, 'Enter');
  await page.locator(`.control[data-key="${key}"] input.typed`).blur();
  const more = state === 'final' ? `&& window.minesimExplorer.timings.length > ${runs}` : '';
  await page.waitForFunction(`document.body.dataset.state === '${state}' ${more}`, undefined, {
    timeout: 60_000,
  });
}

const summaryOf = (page: Page) => page.evaluate<RunSummary>('window.minesimExplorer.summary');
const netMedian = (s: RunSummary) => s.headline.netAtHorizonUsd.quantiles.p50 as number;

describe.skipIf(!existsSync(CHROMIUM))(
  `explore.html in headless Chromium (without ${CHROMIUM}: ${HOW_TO_GET_CHROMIUM})`,
  () => {
    let root: string;
    let context: BrowserContext;
    let page: Page;
    let url: string;
    let cli: RunSummary;
    const problems: string[] = [];
    const requests: string[] = [];

    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), 'minesim-explorer-'));
      const out = join(root, 'run');
      // The run overlaps Chromium's start-up.
      const run = minesim(['run', SCENARIO, '--paths', String(PATHS), '--out', out]);
      run.catch(() => {});
      url = pathToFileURL(join(out, 'explore.html')).href;
      context = await chromium.launchPersistentContext(join(root, 'profile'), {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
        ],
        offline: true,
        viewport: { width: 1400, height: 1000 },
      });
      await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
      context.on('request', (request) => requests.push(request.url()));
      page = context.pages()[0] ?? (await context.newPage());
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      await run;
      cli = JSON.parse(await readFile(join(out, 'summary.json'), 'utf8'));
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForFunction('document.querySelector(".control input[type=range]") !== null', undefined, {
        timeout: 60_000,
      });
      await mkdir(SCREENSHOTS, { recursive: true });
    }, 180_000);

    afterAll(async () => {
      await context?.close();
      if (root) await rm(root, { recursive: true, force: true });
    });

    it('shows the committed run at once, with its headline and both charts', async () => {
      expect(await page.getAttribute('body', 'data-state')).toBe('committed');
      expect(await page.textContent('#headline')).toContain(cli.headline.paybackWithin1y!.p.toFixed(3));
      expect(await page.locator('#fan svg .median').count()).toBe(1);
      expect(await page.locator('#cdf svg .cdf').count()).toBe(1);
      await page.screenshot({ path: join(SCREENSHOTS, 'explorer-committed.png'), fullPage: true });
    });

    it("re-runs the flagship to minesim run's summary.json, bit for bit", async () => {
      await page.click('#rerun');
      await page.waitForFunction("document.body.dataset.state === 'final'", undefined, { timeout: 60_000 });
      const browser = await summaryOf(page);
      expect(browser.headline).toEqual(cli.headline);
      expect(JSON.stringify(browser)).toBe(JSON.stringify(cli));
      const status = (await page.textContent('#status')) ?? '';
      const ms = Number(/in (\d+) ms/.exec(status)?.[1]);
      expect(status).toBe(explorerMessages.done(PATHS, cli.run.seed, ms, true));
    }, 90_000);

    it('a higher tariff lowers the median net and the payback shares, drawn in place', async () => {
      const before = await summaryOf(page);
      await typeInto(page, 'power.price', '0.15', 'final');
      const after = await summaryOf(page);
      expect(netMedian(after)).toBeLessThan(netMedian(before));
      expect(after.headline.paybackWithin2y!.p).toBeLessThan(before.headline.paybackWithin2y!.p);
      expect(await page.inputValue('#yaml')).toContain('price: 0.15 USD/kWh');
      expect(page.url()).toMatch(/#s=/);
      await page.screenshot({ path: join(SCREENSHOTS, 'explorer-tariff.png'), fullPage: true });
    }, 90_000);

    it('the link with the state in its fragment gives the same view after a reload', async () => {
      const headline = await page.textContent('#headline');
      const summary = await summaryOf(page);
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction("document.body.dataset.state === 'final'", undefined, { timeout: 90_000 });
      expect(await page.inputValue('#yaml')).toContain('price: 0.15 USD/kWh');
      expect(await page.textContent('#headline')).toBe(headline);
      expect((await summaryOf(page)).headline).toEqual(summary.headline);
    }, 120_000);

    it("a bad value shows the CLI's positioned message, keeps the last result and the page working", async () => {
      const headline = await page.textContent('#headline');
      const yaml = await page.inputValue('#yaml');
      await typeInto(page, 'power.price', '-5', 'invalid');
      const expected = await validateScenarioText(
        setScenarioValue(yaml, ['power', 'price'], '-5 USD/kWh'),
        SCENARIO,
      );
      expect(expected.ok).toBe(false);
      const shown = await page.$$eval('#problems li', (items) => items.map((li) => li.textContent));
      expect(shown).toEqual(expected.ok ? [] : expected.problems.map(formatProblem));
      expect(shown[0]).toMatch(/^scenarios\/north-korea-2017-s9\.yaml:\d+:\d+ power\.price: /);
      expect(await page.textContent('#headline')).toBe(headline);
      expect(await page.textContent('#status')).toBe(explorerMessages.invalid());
      await page.screenshot({ path: join(SCREENSHOTS, 'explorer-problem.png'), fullPage: true });
      await typeInto(page, 'power.price', '0.15', 'final');
      expect(await page.$$eval('#problems li', (items) => items.length)).toBe(0);
    }, 120_000);

    it('a pinned result is compared with the next change: two fans, two CDFs, a table of differences', async () => {
      await page.click('#pin');
      await typeInto(page, 'power.price', '0.05', 'final');
      expect(await page.$$eval('#headline thead th', (ths) => ths.map((th) => th.textContent))).toEqual([
        'Measure',
        'Pinned',
        'Now',
        'Change',
      ]);
      expect(await page.locator('#fan svg .pinned-median').count()).toBe(1);
      expect(await page.locator('#cdf svg .pinned-cdf').count()).toBe(1);
      await page.screenshot({ path: join(SCREENSHOTS, 'explorer-pinned.png'), fullPage: true });
    }, 90_000);

    it('logs no console error or warning and sends no request beyond its own file and blobs', () => {
      expect(problems).toEqual([]);
      expect(requests.filter((r) => !r.startsWith('file:') && !r.startsWith('blob:'))).toEqual([]);
      expect(requests.filter((r) => r.startsWith('file:') && !r.startsWith(url.split('#')[0]))).toEqual([]);
    });
  },
);
