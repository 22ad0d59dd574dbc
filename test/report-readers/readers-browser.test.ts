// report.html and explore.html as `minesim run` writes them, opened from disk in headless Chromium
// as their readers meet them: by screen reader (every chart an image named by what it shows, every
// control named, a slider's value announced in its unit, tables captioned), by keyboard (every
// control reached by Tab, its focus drawn), on paper (A4 or Letter: charts and tables inside the
// page's width), on a phone (nothing wider than the screen) and offline (no request leaves either
// page). One run, one browser, one load of each page for all the tests. Without Chromium the suite
// is skipped, with a line on stderr saying how to get it.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minesim } from '../fixtures/cli-runs.js';

const CHROMIUM = '/usr/bin/chromium';
const HOW_TO_GET_CHROMIUM = 'install it with `apt-get install chromium` (Debian) to run it';
/** The printable width of A4 (210 mm) less the stylesheet's 15 mm margins, in CSS px; Letter's is wider. */
const A4_PRINTABLE_PX = Math.floor(((210 - 30) / 25.4) * 96);
const PHONE_PX = 375;

if (!existsSync(CHROMIUM))
  process.stderr.write(
    `report and explorer readers' test skipped: no ${CHROMIUM}; ${HOW_TO_GET_CHROMIUM}.\n`,
  );

/** Requests for anything but the page's own file and its data: and blob: URLs. */
const remote = (urls: string[]) => urls.filter((u) => !/^(file|data|blob):/.test(u));

describe.skipIf(!existsSync(CHROMIUM))(
  `report.html and explore.html for every reader (without ${CHROMIUM}: ${HOW_TO_GET_CHROMIUM})`,
  () => {
    let root: string;
    let browser: Browser;
    let context: BrowserContext;
    let report: Page;
    let explorer: Page;
    const requests: string[] = [];

    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), 'minesim-readers-'));
      const out = join(root, 'run');
      // The run overlaps Chromium's start-up, and the two pages load side by side.
      const run = minesim(['run', 'scenarios/north-korea-2017-s9.yaml', '--paths', '200', '--out', out]);
      run.catch(() => {});
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      });
      context = await browser.newContext({ offline: true, viewport: { width: 1200, height: 900 } });
      await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
      context.on('request', (request) => requests.push(request.url()));
      [report, explorer] = await Promise.all([context.newPage(), context.newPage()]);
      await run;
      await Promise.all([
        (async () => {
          await report.goto(pathToFileURL(join(out, 'report.html')).href, { waitUntil: 'load' });
          await report.waitForFunction(
            `[...document.querySelectorAll('.chart')].every((c) => c.querySelector('svg')?.getBoundingClientRect().width > 0)`,
            undefined,
            { timeout: 30_000 },
          );
        })(),
        (async () => {
          await explorer.goto(pathToFileURL(join(out, 'explore.html')).href, { waitUntil: 'load' });
          await explorer.waitForFunction(
            `document.querySelector('.control input[type=range]') !== null && document.querySelector('#headline table') !== null`,
            undefined,
            { timeout: 60_000 },
          );
        })(),
      ]);
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      if (root) await rm(root, { recursive: true, force: true });
    });

    it('report.html: each chart is one image named by its title and caption, not by its tick labels', async () => {
      const figures = await report.$$eval('figure', (fs) =>
        fs.map((f) => ({
          caption: f.querySelector('figcaption')?.textContent ?? '',
          title:
            f.querySelector('.chart svg .role-title-text, .chart svg .role-title text')?.textContent ?? '',
        })),
      );
      expect(figures.length).toBeGreaterThan(3);
      for (const [i, figure] of figures.entries()) {
        const snapshot = await report.locator('figure').nth(i).ariaSnapshot();
        // One image, and none of the drawing's marks offered one by one.
        const images = snapshot.split('\n').filter((line) => /^\s*- '?img\b/.test(line));
        expect(images, snapshot.slice(0, 300)).toHaveLength(1);
        expect(snapshot).not.toMatch(/graphics-symbol|- text: "?0\.0 0\.5/);
        const caption = figure.caption.replace(/ Files:.*$/, '');
        expect(images[0]).toContain(caption.slice(0, 40));
        expect(images[0]).toContain('north-korea-2017-s9');
      }
    });

    it('report.html prints on A4 with every chart and table inside the page’s width, charts kept whole', async () => {
      await report.emulateMedia({ media: 'print' });
      await report.setViewportSize({ width: A4_PRINTABLE_PX, height: 1100 });
      try {
        const boxes = await report.$$eval('.chart svg, table', (els) =>
          els.map((e) => ({ tag: e.tagName, right: Math.round(e.getBoundingClientRect().right) })),
        );
        expect(boxes.filter((b) => b.right > A4_PRINTABLE_PX)).toEqual([]);
        const breaks = await report.$$eval('figure', (fs) => fs.map((f) => getComputedStyle(f).breakInside));
        expect(new Set(breaks)).toEqual(new Set(['avoid']));
      } finally {
        await report.emulateMedia({ media: 'screen' });
        await report.setViewportSize({ width: 1200, height: 900 });
      }
    });

    it('report.html on a phone: nothing wider than the screen (wide tables scroll in their box)', async () => {
      await report.setViewportSize({ width: PHONE_PX, height: 800 });
      try {
        expect(await report.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE_PX);
      } finally {
        await report.setViewportSize({ width: 1200, height: 900 });
      }
    });

    it('explore.html: every control has a name a screen reader reads', async () => {
      const unnamed = await explorer.$$eval('input, select, textarea, button', (els) =>
        els
          .filter((e) => {
            const el = e as HTMLInputElement;
            const label = el.labels ? [...el.labels].map((l) => l.textContent ?? '').join('') : '';
            return (label + (el.getAttribute('aria-label') ?? '') + (el.textContent ?? '')).trim() === '';
          })
          .map((e) => e.outerHTML.slice(0, 120)),
      );
      expect(unnamed).toEqual([]);
    });

    it('explore.html: a slider announces the value it stands for, in its unit, as it moves', async () => {
      const rows = await explorer.$$eval('.control:has(input[type=range])', (rs) =>
        rs.map((r) => ({
          key: (r as HTMLElement).dataset.key ?? '',
          text: (r.querySelector('input.typed') as HTMLInputElement).value,
          unit: r.querySelector('.unit')?.textContent ?? '',
          valueText: r.querySelector('input[type=range]')?.getAttribute('aria-valuetext') ?? null,
          typedName: r.querySelector('input.typed')?.getAttribute('aria-label') ?? '',
          range: r.querySelector('.range')?.textContent ?? '',
        })),
      );
      expect(rows.length).toBeGreaterThan(5);
      for (const r of rows) {
        expect(r.valueText, r.key).toBe(r.unit === '' ? r.text : `${r.text} ${r.unit}`);
        if (r.unit !== '') expect(r.typedName).toContain(r.unit);
        // The slider's ends, under it, in the same unit.
        if (r.unit !== '')
          expect(r.range, r.key).toMatch(new RegExp(` to .* ${r.unit.replace(/[/%]/g, '\\$&')}$`));
      }
      // Moved by the keyboard, it announces its new value.
      const slider = explorer.locator('.control[data-key="power.price"] input[type=range]');
      await slider.focus();
      await explorer.keyboard.press('ArrowRight');
      const moved = await explorer.$eval('.control[data-key="power.price"]', (r) => ({
        text: (r.querySelector('input.typed') as HTMLInputElement).value,
        valueText: r.querySelector('input[type=range]')?.getAttribute('aria-valuetext'),
      }));
      expect(moved.text).not.toBe(rows.find((r) => r.key === 'power.price')!.text);
      expect(moved.valueText).toBe(`${moved.text} USD/kWh`);
    });

    it('explore.html: Tab reaches every control, each with its focus drawn', async () => {
      const wanted = await explorer.$$eval(
        'a[href], input, select, textarea, button:not([disabled]), summary',
        (els) => els.filter((e) => !e.closest('details:not([open]) > :not(summary)')).length,
      );
      await explorer.evaluate('document.activeElement?.blur(); window.scrollTo(0, 0)');
      const reached = new Set<string>();
      const unfocused: string[] = [];
      for (let i = 0; i < wanted + 10; i++) {
        await explorer.keyboard.press('Tab');
        const focus = await explorer.evaluate<{ id: string; outline: string } | null>(`(() => {
          const e = document.activeElement;
          if (!e || e === document.body) return null;
          const all = [...document.querySelectorAll('*')];
          const s = getComputedStyle(e);
          return { id: e.tagName + '#' + all.indexOf(e), outline: s.outlineStyle + ' ' + s.outlineWidth };
        })()`);
        if (focus === null) continue;
        reached.add(focus.id);
        if (/^none|\b0px$/.test(focus.outline)) unfocused.push(`${focus.id} ${focus.outline}`);
      }
      expect(reached.size).toBe(wanted);
      expect(unfocused).toEqual([]);
    });

    it('explore.html: headings in order, the results table captioned with scoped headers, charts named', async () => {
      const levels = await explorer.$$eval('h1, h2, h3, h4, h5, h6', (hs) =>
        hs.map((h) => Number(h.tagName[1])),
      );
      expect(levels[0]).toBe(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeLessThanOrEqual(levels[i - 1] + 1);
      const table = await explorer.$eval('#headline table', (t) => ({
        caption: t.querySelector('caption')?.textContent ?? '',
        unscoped: t.querySelectorAll('th:not([scope])').length,
        rowHeads: t.querySelectorAll('tbody tr > th[scope=row]:first-child').length,
        rows: t.querySelectorAll('tbody tr').length,
      }));
      expect(table.caption).not.toBe('');
      expect(table.unscoped).toBe(0);
      expect(table.rowHeads).toBe(table.rows);
      const charts = await explorer.$$eval('#fan svg, #cdf svg', (ss) =>
        ss.map((s) => `${s.getAttribute('role')}: ${s.getAttribute('aria-label')}`),
      );
      expect(charts).toHaveLength(2);
      for (const c of charts) expect(c).toMatch(/^img: \S+( \S+){4,}/);
    });

    it('neither page sends a request', () => {
      expect(remote(requests)).toEqual([]);
    });
  },
);
