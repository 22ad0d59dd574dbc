// report.html's charts and explore.html as readers meet them, in headless Chromium, from a run of
// the flagship (200 paths):
// - the charts over dates show every series of the date pointed at in one tooltip; its figures are
//   text the spec computes (the exponent form from 1e15), which vega-lite read from the wrong object
//   on the nearest-date layer, so every figure read "undefined" (`Median (USD) undefined`);
// - "Hover a chart for the values of each date" was true for a mouse alone: a tap showed nothing and
//   a chart could not be reached from the keyboard. A tap now shows the values where it lands, and
//   a chart over dates takes the focus (Tab), its arrow keys stepping through its dates;
// - explore.html printed on A4 8 px wider than the page (its YAML box and its link box, 100 % wide
//   plus their padding and border).
// Without Chromium the suite is skipped, with a line on stderr saying how to get it.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minesim } from '../fixtures/cli-runs.js';

const CHROMIUM = '/usr/bin/chromium';
const HOW_TO_GET_CHROMIUM = 'install it with `apt-get install chromium` (Debian) to run it';
/** The printable width of A4 (210 mm) less the stylesheet's 15 mm margins, in CSS px. */
const A4_PRINTABLE_PX = Math.floor(((210 - 30) / 25.4) * 96);
/** The charts drawn over dates, with one tooltip a date. */
const OVER_DATES = ['roi-fan', 'revenue-cost', 'price-difficulty'];

if (!existsSync(CHROMIUM))
  process.stderr.write(`chart readers' test skipped: no ${CHROMIUM}; ${HOW_TO_GET_CHROMIUM}.\n`);

/** The tooltip's text where it is shown, its lines joined by " | ", else null. */
const tooltip = (page: Page) =>
  page.evaluate(() => {
    const t = document.getElementById('vg-tooltip-element');
    return t?.classList.contains('visible') ? t.innerText.replace(/\s*\n\s*/g, ' | ') : null;
  });

/** A tooltip's first line, its date: what a poll waits for before the rest is read. */
const DATED = /^Date \| \d{4}-\d{2}-\d{2} \| /;

const drawn = `[...document.querySelectorAll('.chart')].every((c) => c.querySelector('svg')?.getBoundingClientRect().width > 0)`;

describe.skipIf(!existsSync(CHROMIUM))(
  `the report's charts by mouse, touch and keyboard, and the explorer on paper (without ${CHROMIUM}: ${HOW_TO_GET_CHROMIUM})`,
  () => {
    let root: string;
    let out: string;
    let browser: Browser;
    let pages: Record<'pointer' | 'tap' | 'keys' | 'note' | 'explorer', Promise<Page>>;

    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), 'minesim-chart-readers-'));
      out = join(root, 'run');
      // The run and Chromium's start-up overlap.
      const run = minesim(['run', 'scenarios/north-korea-2017-s9.yaml', '--paths', '200', '--out', out]);
      run.catch(() => {});
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      });
      await run;
      // Each test has a page of its own, fresh as before, but the five load side by side here.
      const load = <T>(page: Promise<T>) => {
        page.catch(() => {});
        return page;
      };
      pages = {
        pointer: load(report(false)),
        tap: load(report(true)),
        keys: load(report(false)),
        note: load(report(false)),
        explorer: load(explorer()),
      };
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      if (root) await rm(root, { recursive: true, force: true });
    });

    async function report(touch: boolean): Promise<Page> {
      const context = await browser.newContext({
        offline: true,
        viewport: { width: 1200, height: 900 },
        hasTouch: touch,
      });
      const page = await context.newPage();
      await page.goto(pathToFileURL(join(out, 'report.html')).href, { waitUntil: 'load' });
      await page.waitForFunction(drawn, undefined, { timeout: 30_000 });
      return page;
    }

    async function explorer(): Promise<Page> {
      const context = await browser.newContext({ offline: true, viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      await page.goto(pathToFileURL(join(out, 'explore.html')).href, { waitUntil: 'load' });
      await page.waitForFunction(
        `document.querySelector('.control input[type=range]') !== null && document.querySelector('#headline table') !== null`,
        undefined,
        { timeout: 60_000 },
      );
      return page;
    }

    it('a pointer on a chart over dates shows each series’ figure of that date, none "undefined"', async () => {
      const page = await pages.pointer;
      for (const name of OVER_DATES) {
        const svg = page.locator(`#chart-${name} svg`);
        await svg.scrollIntoViewIfNeeded();
        const box = (await svg.boundingBox())!;
        await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.3);
        await expect.poll(() => tooltip(page), { timeout: 10_000 }).toMatch(DATED);
        const text = await tooltip(page);
        expect(text, name).toMatch(/^Date \| \d{4}-\d{2}-\d{2} \| /);
        expect(text, name).not.toContain('undefined');
        expect(text, name).toMatch(/\| -?[\d,.]+( [kMGTPEZY]?[A-Za-z/]+)? \|/);
        await page.mouse.move(0, 0);
        // Gone before the next chart, so no chart is judged by the one before's tooltip.
        await expect.poll(() => tooltip(page), { timeout: 10_000 }).toBeNull();
      }
      await page.context().close();
    });

    it('a tap on a chart over dates shows the figures where it lands', async () => {
      const page = await pages.tap;
      const svg = page.locator('#chart-roi-fan svg');
      await svg.scrollIntoViewIfNeeded();
      const box = (await svg.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width * 0.5, box.y + box.height * 0.4);
      await expect.poll(() => tooltip(page), { timeout: 10_000 }).toMatch(DATED);
      const text = await tooltip(page);
      expect(text).toMatch(/^Date \| \d{4}-\d{2}-\d{2} \| 5 % of paths below \(USD\) \| -?[\d,]+ \|/);
      await page.context().close();
    });

    it('Tab reaches each chart over dates, and its arrow keys step through its dates, each shown as a pointer shows it', async () => {
      const page = await pages.keys;
      const reached: string[] = [];
      for (let i = 0; i < 20 && reached.length < OVER_DATES.length; i++) {
        await page.keyboard.press('Tab');
        const name = await page.evaluate(() =>
          document.activeElement?.matches('[role=img]')
            ? document.activeElement.querySelector('.chart')?.getAttribute('data-chart')
            : undefined,
        );
        if (name) reached.push(name);
      }
      expect(reached).toEqual(OVER_DATES);
      await page.locator('#chart-roi-fan').locator('..').focus();
      await page.keyboard.press('Home');
      await expect.poll(() => tooltip(page), { timeout: 10_000 }).toMatch(/^Date \| 2017-05-17 \| /);
      const first = await tooltip(page);
      expect(first).toMatch(/^Date \| 2017-05-17 \| /);
      expect(first).not.toContain('undefined');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => tooltip(page), { timeout: 10_000 }).toMatch(/^Date \| 2017-05-24 \| /);
      await page.keyboard.press('End');
      await expect.poll(() => tooltip(page), { timeout: 10_000 }).toMatch(/^Date \| 2022-05-1\d \| /);
      await page.keyboard.press('Escape');
      await expect.poll(() => tooltip(page), { timeout: 10_000 }).toBeNull();
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe('none');
      await page.context().close();
    });

    it('the charts’ note says how to reach the values by pointer, touch and keyboard', async () => {
      const page = await pages.note;
      const note = await page.locator('h2:text("Charts") + p.note').textContent();
      expect(note).not.toMatch(/^Hover/);
      expect(note).toContain('tap');
      expect(note).toContain('arrow keys');
      await page.context().close();
    });

    it('explore.html prints on A4 with nothing wider than the page', async () => {
      const page = await pages.explorer;
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: A4_PRINTABLE_PX, height: 1100 });
      const wide = await page.$$eval(
        'body *',
        (els, width) =>
          els
            .map((e) => ({
              what: `${e.tagName}#${e.id}`,
              right: Math.round(e.getBoundingClientRect().right),
            }))
            .filter((b) => b.right > width),
        A4_PRINTABLE_PX,
      );
      expect(wide).toEqual([]);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
        A4_PRINTABLE_PX,
      );
      await page.context().close();
    });
  },
);
