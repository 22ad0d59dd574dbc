// explore.html driven as a hostile analyst would, in one headless Chromium: the run's --paths,
// --seed and --antithetic and the YAML's own monteCarlo block are what the page runs (to minesim
// run's summary, bit for bit); a link cut short or with a pinned scenario that has problems says
// so and leaves a working page, with the committed view's link to copy; a link holding another
// scenario runs it and says so; a fragment edited in the address bar and Back
// show their state; a scenario of another coin is refused at `coin`; Pin takes the last full result,
// not the invalid text in the box; a drift slider of a scenario without a network model runs as
// minesim run --set runs it. Without Chromium the suite is skipped, with a line on stderr.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../src/explorer/fragment.js';
import { setScenarioValue } from '../../src/explorer/yaml-edit.js';
import { explorerMessages as m } from '../../src/messages/explorer.js';
import { DEFAULT_NETWORK_MODEL } from '../../src/model/market/defaults.js';
import { inLanes, minesim } from '../fixtures/cli-runs.js';

const CHROMIUM = '/usr/bin/chromium';
const HOW_TO_GET_CHROMIUM = 'install it with `apt-get install chromium` (Debian) to run it';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FLAGSHIP = 'scenarios/north-korea-2017-s9.yaml';
const HEDGE = 'scenarios/hashprice-hedge-2024-05.yaml';
const LOAN = 'scenarios/top-of-market-2021-11-10-loan.yaml';
/** The flagship's run: none of these is the scenario's own (10,000 paths, seed 2017, no pairing). */
const RUN_FLAGS = ['--paths', '300', '--seed', '5', '--antithetic'];

if (!existsSync(CHROMIUM))
  process.stderr.write(`explorer edge-case test skipped: no ${CHROMIUM}; ${HOW_TO_GET_CHROMIUM}.\n`);

/** The seed-7 run's changes, typed into the page's YAML by its test. */
const SEED_7 = ['monteCarlo.paths=260', 'monteCarlo.seed=7', 'monteCarlo.antithetic=true'];
/** The network drift typed into the hedge's page by its test. */
const DRIFT = '13.37';

async function run(scenario: string, out: string, args: string[]): Promise<string> {
  await minesim(['run', scenario, '--out', out, ...args]);
  // The page runs its YAML with the changes written in: it has no --set to state, so the run's
  // scenario.overrides (what --set changed from the file) is left out of what it is compared with.
  const summary = JSON.parse(await readFile(join(out, 'summary.json'), 'utf8'));
  delete summary.scenario.overrides;
  return JSON.stringify(summary);
}

const runs = (page: Page) => page.evaluate<number>('window.minesimExplorer.timings.length');
const summaryOf = (page: Page) => page.evaluate<string>('JSON.stringify(window.minesimExplorer.summary)');

/** Waits until a run begun after `before` runs is drawn in full, or the page has settled otherwise. */
async function settled(page: Page, before: number, state: 'final' | 'invalid' = 'final'): Promise<void> {
  const more = state === 'final' ? `&& window.minesimExplorer.timings.length > ${before}` : '';
  await page.waitForFunction(`document.body.dataset.state === '${state}' ${more}`, undefined, {
    timeout: 60_000,
  });
}

async function fillYaml(page: Page, yaml: string, state: 'final' | 'invalid' = 'final'): Promise<void> {
  const before = await runs(page);
  await page.fill('#yaml', yaml);
  await settled(page, before, state);
}

describe.skipIf(!existsSync(CHROMIUM))(
  `explore.html against a hostile analyst in headless Chromium (without ${CHROMIUM}: ${HOW_TO_GET_CHROMIUM})`,
  () => {
    let root: string;
    let browser: Browser;
    let url: string;
    let cli: string;
    let page: Page;
    const problems: string[] = [];
    // The command lines the later tests compare with start in beforeAll, two at a time, and run
    // while the pages are driven; a test awaits its own.
    let seed7: Promise<string>;
    let hedgeRun: Promise<string>;
    let hedgeDrift: Promise<string>;

    async function open(href: string): Promise<Page> {
      const opened = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      opened.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning') problems.push(msg.text());
      });
      opened.on('pageerror', (error) => problems.push(error.message));
      await opened.goto(href, { waitUntil: 'load' });
      await opened.waitForFunction(
        'document.querySelector(".control input[type=range]") !== null || document.body.dataset.state === "failed"',
        undefined,
        { timeout: 60_000 },
      );
      return opened;
    }

    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), 'minesim-explorer-edges-'));
      const lane = inLanes(2);
      const flagship = lane(() => run(FLAGSHIP, join(root, 'flagship'), RUN_FLAGS));
      seed7 = lane(() =>
        run(
          FLAGSHIP,
          join(root, 'seed-7'),
          SEED_7.flatMap((s) => ['--set', s]),
        ),
      );
      hedgeRun = lane(() => run(HEDGE, join(root, 'hedge'), ['--paths', '200']));
      const model = JSON.stringify({ ...DEFAULT_NETWORK_MODEL, drift: `${DRIFT} %` });
      hedgeDrift = lane(() =>
        run(HEDGE, join(root, 'hedge-drift'), ['--paths', '200', '--set', `network.model=${model}`]),
      );
      url = pathToFileURL(join(root, 'flagship', 'explore.html')).href;
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      });
      cli = await flagship;
      page = await open(url);
    }, 120_000);

    afterAll(async () => {
      await Promise.allSettled([seed7, hedgeRun, hedgeDrift]);
      await browser?.close();
      if (root) await rm(root, { recursive: true, force: true });
    });

    it("Re-run here of a run with --paths, --seed and --antithetic gives minesim run's summary, bit for bit", async () => {
      const yaml = await page.inputValue('#yaml');
      expect(yaml).toMatch(/paths: 300\b/);
      expect(yaml).toMatch(/seed: 5\b/);
      expect(yaml).toMatch(/antithetic: true\b/);
      const before = await runs(page);
      await page.click('#rerun');
      await settled(page, before);
      expect(await summaryOf(page)).toBe(cli);
    }, 60_000);

    it('the paths and seed edited in the YAML are the ones the page runs, as minesim run runs them', async () => {
      const yaml = await page.inputValue('#yaml');
      const edited = setScenarioValue(
        setScenarioValue(yaml, ['monteCarlo', 'paths'], 260),
        ['monteCarlo', 'seed'],
        7,
      );
      await fillYaml(page, edited);
      expect(await summaryOf(page)).toBe(await seed7);
      expect(await page.textContent('#status')).toMatch(/^Done: 260 paths, seed 7, in \d+ ms\.$/);
      await fillYaml(page, yaml);
    }, 60_000);

    it('a link cut short says so and leaves the committed run with its controls, not a dead page', async () => {
      const whole = await encodeState({ yaml: await page.inputValue('#yaml'), pinned: null });
      const cut = await open(`${url}${whole.slice(0, 40)}`);
      await cut.waitForFunction('!document.getElementById("notice").hidden', undefined, { timeout: 30_000 });
      expect(await cut.getAttribute('body', 'data-state')).toBe('committed');
      expect(await cut.textContent('#notice')).toBe(m.linkUnread(m.linkCut(), true));
      expect(await cut.locator('.control input[type=range]').count()).toBeGreaterThan(5);
      expect(await cut.inputValue('#yaml')).toContain('name: north-korea-2017-s9');
      // Copy link gives the committed view's link, not the broken one, nor nothing.
      expect(await cut.inputValue('#share')).toBe(url);
      await cut.close();
    }, 60_000);

    it("a link whose pinned scenario has problems pins nothing and says so, and runs the link's scenario", async () => {
      const yaml = await page.inputValue('#yaml');
      const state = await encodeState({
        yaml: setScenarioValue(yaml, ['power', 'price'], '0.07 USD/kWh'),
        pinned: setScenarioValue(yaml, ['power', 'price'], '-1 USD/kWh'),
      });
      const linked = await open(`${url}${state}`);
      await settled(linked, 0);
      expect(await linked.textContent('#notice')).toMatch(
        /^This link's pinned scenario has problems, so nothing is pinned; the first: .*power\.price: must be at least 0 USD\/kWh/,
      );
      expect(await linked.$$eval('#headline thead th', (ths) => ths.map((th) => th.textContent))).toEqual([
        'Measure',
        'Value',
      ]);
      expect(await linked.inputValue('#yaml')).toContain('price: 0.07 USD/kWh');
      await linked.close();
    }, 60_000);

    it('a fragment edited in the address bar shows its state, and Back the one before', async () => {
      const yaml = await page.inputValue('#yaml');
      const first = await encodeState({
        yaml: setScenarioValue(yaml, ['power', 'price'], '0.07 USD/kWh'),
        pinned: null,
      });
      const second = await encodeState({
        yaml: setScenarioValue(yaml, ['power', 'price'], '0.13 USD/kWh'),
        pinned: null,
      });
      let before = await runs(page);
      await page.goto(`${url}${first}`);
      await settled(page, before);
      expect(await page.inputValue('#yaml')).toContain('price: 0.07 USD/kWh');
      const net07 = await summaryOf(page);
      before = await runs(page);
      await page.goto(`${url}${second}`);
      await settled(page, before);
      expect(await page.inputValue('#yaml')).toContain('price: 0.13 USD/kWh');
      before = await runs(page);
      await page.goBack();
      await settled(page, before);
      expect(await page.inputValue('#yaml')).toContain('price: 0.07 USD/kWh');
      expect(await summaryOf(page)).toBe(net07);
    }, 90_000);

    it('a scenario of another coin is refused at coin, and the page runs the next valid edit', async () => {
      const yaml = await page.inputValue('#yaml');
      await fillYaml(page, yaml.replace('coin: bitcoin', 'coin: monero'), 'invalid');
      const shown = await page.$$eval('#problems li', (items) => items.map((li) => li.textContent));
      expect(shown).toHaveLength(1);
      expect(shown[0]).toMatch(/north-korea-2017-s9\.yaml:\d+:\d+ coin: /);
      expect(shown[0]).toContain(m.otherCoin('monero', 'bitcoin'));
      await fillYaml(page, yaml);
      expect(await page.$$eval('#problems li', (items) => items.length)).toBe(0);
    }, 60_000);

    it("Pin with a bad value in the box pins the last result's scenario, not the text that has problems", async () => {
      const before = await runs(page);
      await page.click('#rerun');
      await settled(page, before);
      const good = await page.inputValue('#yaml');
      await fillYaml(page, setScenarioValue(good, ['power', 'price'], '-5 USD/kWh'), 'invalid');
      await page.click('#pin');
      // The fragment already holds the edit's state; the pin's follows once compressed.
      await expect
        .poll(async () => (await decodeState(new URL(page.url()).hash))?.pinned, { timeout: 30_000 })
        .toBe(good);
      await page.click('#unpin');
      await fillYaml(page, good);
    }, 60_000);

    it("a link holding another scenario of the page's coin runs it, and says it is not the page's", async () => {
      const loan = setScenarioValue(readFileSync(join(ROOT, LOAN), 'utf8'), ['monteCarlo', 'paths'], 200);
      const before = await runs(page);
      await page.goto(`${url}${await encodeState({ yaml: loan, pinned: null })}`);
      await settled(page, before);
      expect(await page.textContent('#notice')).toBe(
        m.linkOtherScenario('top-of-market-2021-11-10-loan', 'north-korea-2017-s9'),
      );
      expect(await page.textContent('#headline')).toContain('Default: the lender takes the machines');
    }, 60_000);

    it('a network drift moved on a scenario without a network model runs as minesim run --set runs the default model with it', async () => {
      const out = join(root, 'hedge');
      await hedgeRun;
      const hedge = await open(pathToFileURL(join(out, 'explore.html')).href);
      const before = await runs(hedge);
      const box = '.control[data-key="network.model.drift"] input.typed';
      await hedge.fill(box, DRIFT);
      await hedge.press(box, 'Enter');
      await settled(hedge, before);
      expect(await summaryOf(hedge)).toBe(await hedgeDrift);
      await hedge.close();
    }, 90_000);

    it('logs no console error or warning on any page', () => {
      expect(problems).toEqual([]);
    });
  },
);
