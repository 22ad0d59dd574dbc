// Opens a written report.html in headless Chromium: every chart must draw, the console must stay
// clean, the tooltips must work, no request may leave the page (the report is self-contained), and
// at 800 px and 1,400 px wide no chart may be wider than the column it sits in (screenshots of
// both go to test-output/, which git ignores). CI installs Debian's chromium; without it this
// suite is skipped, with a line on stderr saying how to get it, so a local run stays green.

import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRunOutput } from '../../src/report/write.js';
import { FIXTURE_MANIFEST, FIXTURE_SUMMARY } from '../fixtures/summary.js';

const CHROMIUM = '/usr/bin/chromium';
const HOW_TO_GET_CHROMIUM = 'install it with `apt-get install chromium` (Debian) to run it';
const SCREENSHOTS = fileURLToPath(new URL('../../test-output/', import.meta.url));
const WIDTHS = [800, 1400] as const;

if (!existsSync(CHROMIUM))
  process.stderr.write(`report.html browser test skipped: no ${CHROMIUM}; ${HOW_TO_GET_CHROMIUM}.\n`);
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Waits until every chart of the page has drawn an svg of some size. */
async function chartsDrawn(page: Page): Promise<void> {
  // A string, evaluated in the page: this project's TypeScript has no DOM types.
  await page.waitForFunction(
    `[...document.querySelectorAll('.chart')].every((chart) => {
      const box = chart.querySelector('svg, canvas')?.getBoundingClientRect();
      return box !== undefined && box.width > 0 && box.height > 0;
    })`,
    undefined,
    { timeout: 20_000 },
  );
}

describe.skipIf(!existsSync(CHROMIUM))(
  `report.html in headless Chromium (without ${CHROMIUM}: ${HOW_TO_GET_CHROMIUM})`,
  () => {
    let root: string;
    let context: BrowserContext;
    let page: Page;
    let reportUrl: string;
    const consoleProblems: string[] = [];
    const requests: string[] = [];

    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), 'minesim-browser-'));
      const out = join(root, 'run');
      reportUrl = pathToFileURL(join(out, 'report.html')).href;
      // The report is written while Chromium starts (and Chromium is closed after, if it fails).
      const launching = chromium.launchPersistentContext(join(root, 'profile'), {
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_ARGS,
        offline: true,
        viewport: { width: 1200, height: 900 },
      });
      try {
        await writeRunOutput(FIXTURE_SUMMARY, out, FIXTURE_MANIFEST);
      } finally {
        context = await launching;
      }
      // Anything bound for the network is refused as well as recorded.
      await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
      context.on('request', (request) => requests.push(request.url()));
      page = context.pages()[0] ?? (await context.newPage());
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') {
          consoleProblems.push(`${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => consoleProblems.push(`pageerror: ${error.message}`));
      await page.goto(reportUrl, { waitUntil: 'load' });
      await chartsDrawn(page);
    }, 60_000);

    afterAll(async () => {
      await context?.close();
      if (root) await rm(root, { recursive: true, force: true });
    });

    it('draws every chart as a non-empty svg or canvas in its container', async () => {
      const sizes = await page.$$eval('.chart', (charts) =>
        charts.map((chart) => {
          const box = chart.querySelector('svg, canvas')?.getBoundingClientRect();
          return { name: chart.getAttribute('data-chart'), width: box?.width ?? 0, height: box?.height ?? 0 };
        }),
      );
      expect(sizes.map((s) => s.name)).toEqual([
        'roi-fan',
        'payback-cdf',
        'payback-histogram',
        'revenue-cost',
        'price-difficulty',
      ]);
      for (const size of sizes) {
        expect(size.width, size.name ?? '').toBeGreaterThan(300);
        expect(size.height, size.name ?? '').toBeGreaterThan(200);
      }
    });

    it('shows the scenario name, the claims with verdict badges and the assumptions', async () => {
      expect(await page.textContent('h1')).toBe(FIXTURE_SUMMARY.scenario.name);
      const badges = await page.$$eval('.badge', (els) => els.map((el) => el.textContent));
      expect(badges).toEqual(FIXTURE_SUMMARY.claims.map((c) => c.verdict));
      expect(await page.textContent('body')).toContain(FIXTURE_SUMMARY.scenario.assumptions[0].value);
    });

    it('shows a tooltip with the date and the median when the pointer is over the ROI fan', async () => {
      const box = await page.locator('#chart-roi-fan svg').boundingBox();
      expect(box).not.toBeNull();
      await page.locator('#chart-roi-fan').scrollIntoViewIfNeeded();
      const after = await page.locator('#chart-roi-fan svg').boundingBox();
      await page.mouse.move(after!.x + after!.width * 0.5, after!.y + after!.height * 0.45);
      const tooltip = page.locator('#vg-tooltip-element.visible');
      await tooltip.waitFor({ state: 'visible', timeout: 20_000 });
      const text = await tooltip.textContent();
      expect(text).toContain('Median (USD)');
      expect(text).toMatch(/\d{4}-\d{2}-\d{2}/);
    });

    it('logs no console error or warning and sends no request beyond the report file itself', () => {
      expect(consoleProblems).toEqual([]);
      expect(requests.filter((url) => url !== reportUrl)).toEqual([]);
    });

    it('puts the assumptions before the charts', async () => {
      const headings = await page.$$eval('h2', (els) => els.map((el) => el.textContent));
      expect(headings.indexOf('Assumptions')).toBeGreaterThan(-1);
      expect(headings.indexOf('Assumptions')).toBeLessThan(headings.indexOf('Charts'));
    });

    it.each(WIDTHS)(
      'at %i px wide draws every chart inside its column, and saves a screenshot to test-output/',
      async (width) => {
        await page.setViewportSize({ width, height: 900 });
        await page.reload({ waitUntil: 'load' });
        await chartsDrawn(page);
        // A chart too wide for its column is drawn again narrower after its first drawing: wait
        // until every chart fits (not a fixed time, which a loaded machine outlasts), or 20 s; the
        // checks below then say which chart sticks out, and by how much.
        await page
          .waitForFunction(
            `[...document.querySelectorAll('.chart')].every((chart) => {
              const svg = chart.querySelector('svg')?.getBoundingClientRect();
              const column = chart.parentElement.getBoundingClientRect();
              return svg !== undefined && svg.right <= column.right + 1 && svg.left >= column.left - 1;
            })`,
            undefined,
            { timeout: 20_000 },
          )
          .catch(() => {});
        const overflow = await page.$$eval('.chart', (charts) =>
          charts.map((chart) => {
            const column = chart.parentElement!.getBoundingClientRect();
            const svg = chart.querySelector('svg')!.getBoundingClientRect();
            return {
              name: chart.getAttribute('data-chart'),
              right: Math.round(svg.right - column.right),
              left: Math.round(column.left - svg.left),
              width: svg.width,
            };
          }),
        );
        for (const chart of overflow) {
          expect(chart.right, `${chart.name} sticks out on the right at ${width} px`).toBeLessThanOrEqual(1);
          expect(chart.left, `${chart.name} sticks out on the left at ${width} px`).toBeLessThanOrEqual(1);
          expect(chart.width, chart.name ?? '').toBeGreaterThan(width === 800 ? 500 : 700);
        }
        const file = join(SCREENSHOTS, `report-${width}px.png`);
        await mkdir(SCREENSHOTS, { recursive: true });
        await page.mouse.move(0, 0);
        await page.screenshot({ path: file, fullPage: true });
        expect(existsSync(file)).toBe(true);
        expect(consoleProblems).toEqual([]);
      },
      60_000,
    );
  },
);
