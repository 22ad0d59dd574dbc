// A slider's box in explore.html, in headless Chromium: it shows the value the scenario holds. A new
// range typed in the box ("0.01 to 0.3", or a refused "5 to 5") put the box and the slider back on
// the value the page opened with (0.1 USD/kWh) while the scenario and the results stayed at the
// dragged 0.155; a written 2000.1234 USD showed 2000.12, the run using 2000.1234; a typed 1e-400,
// which a double reads as 0, ran a free tariff where `minesim run --set` refuses it. Without
// Chromium the suite is skipped, with a line on stderr.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const HOW_TO_GET_CHROMIUM = 'install it with `apt-get install chromium` (Debian) to run it';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FLAGSHIP = 'scenarios/north-korea-2017-s9.yaml';
const TARIFF = '.control[data-key="power.price"]';

if (!existsSync(CHROMIUM))
  process.stderr.write(`explorer slider-box test skipped: no ${CHROMIUM}; ${HOW_TO_GET_CHROMIUM}.\n`);

function explorePage(scenario: string, out: string): string {
  execFileSync('node', ['bin/minesim.mjs', 'run', scenario, '--paths', '60', '--out', out], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  return pathToFileURL(join(out, 'explore.html')).href;
}

const runs = (page: Page) => page.evaluate<number>('window.minesimExplorer.timings.length');

async function settled(page: Page, before: number, state: 'final' | 'invalid'): Promise<void> {
  const more = state === 'final' ? `&& window.minesimExplorer.timings.length > ${before}` : '';
  await page.waitForFunction(`document.body.dataset.state === '${state}' ${more}`, undefined, {
    timeout: 60_000,
  });
}

/** Types `text` into the tariff's box as an analyst would (Enter sends the change). */
async function typeTariff(page: Page, text: string): Promise<void> {
  await page.fill(`${TARIFF} input.typed`, text);
  await page.press(`${TARIFF} input.typed`, 'Enter');
}

const heldTariff = async (page: Page) => /\n {2}price: (\S+ \S+)/.exec(await page.inputValue('#yaml'))?.[1];

describe.skipIf(!existsSync(CHROMIUM))(
  `a slider's box shows the value the scenario holds (without ${CHROMIUM}: ${HOW_TO_GET_CHROMIUM})`,
  () => {
    let root: string;
    let browser: Browser;
    let page: Page;

    async function open(href: string): Promise<Page> {
      const opened = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await opened.goto(href, { waitUntil: 'load' });
      await opened.waitForFunction(
        'document.querySelector(".control input[type=range]") !== null',
        undefined,
        {
          timeout: 60_000,
        },
      );
      return opened;
    }

    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), 'minesim-explorer-box-'));
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      });
      page = await open(explorePage(FLAGSHIP, join(root, 'flagship')));
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      if (root) await rm(root, { recursive: true, force: true });
    });

    it('a range typed after a drag keeps the dragged value in the box and on the slider; a refused range too', async () => {
      const before = await runs(page);
      // The slider's steps run 0-200 over 0.02-0.2 USD/kWh: step 150 is 0.155.
      await page.$eval(`${TARIFF} input[type=range]`, (el: HTMLInputElement) => {
        el.value = '150';
        el.dispatchEvent(new Event('input'));
      });
      await settled(page, before, 'final');
      expect(await heldTariff(page)).toBe('0.155 USD/kWh');
      await typeTariff(page, '0.01 to 0.3');
      expect(await page.textContent(`${TARIFF} .range`)).toBe('0.01 to 0.3 USD/kWh');
      expect(await page.inputValue(`${TARIFF} input.typed`)).toBe('0.155');
      // 0.155 over 0.01-0.3 in 200 steps: step 100.
      expect(await page.inputValue(`${TARIFF} input[type=range]`)).toBe('100');
      await typeTariff(page, '5 to 5');
      expect(await page.textContent(`${TARIFF} .range`)).toMatch(/is no range a slider can take/);
      expect(await page.inputValue(`${TARIFF} input.typed`)).toBe('0.155');
      expect(await heldTariff(page)).toBe('0.155 USD/kWh');
    }, 90_000);

    it('a typed 1e-400 USD/kWh is refused as minesim run --set refuses it, not run as a free tariff', async () => {
      const before = await runs(page);
      await typeTariff(page, '1e-400');
      await settled(page, before, 'invalid');
      expect(await heldTariff(page)).toBe('1e-400 USD/kWh');
      expect(await page.textContent('#problems')).toMatch(
        /power\.price: .*\(got "1e-400 USD\/kWh", nearer 0 than 2\.2e-308.*give 0 if none is meant\)/,
      );
    }, 90_000);

    it("a value written to more digits than a slider's 6 shows in its box as written", async () => {
      const file = join(root, 'digits.yaml');
      const text = readFileSync(join(ROOT, FLAGSHIP), 'utf8')
        .replace('unitPrice: 2000 USD', 'unitPrice: 2000.1234 USD')
        .replace('importPremium: 30 %', 'importPremium: 30.123456 %');
      writeFileSync(file, text);
      const digits = await open(explorePage(file, join(root, 'digits')));
      const box = (key: string) => digits.inputValue(`.control[data-key="${key}"] input.typed`);
      expect(await box('fleet[0].unitPrice')).toBe('2000.1234');
      expect(await box('fleet[0].importPremium')).toBe('30.123456');
      expect(await box('power.price')).toBe('0.1');
      await digits.close();
    }, 90_000);
  },
);
