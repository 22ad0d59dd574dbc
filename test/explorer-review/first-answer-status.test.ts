// While explore.html refines a change, the figures drawn are still its first answer's (256 paths):
// the status said only "Refining: 3,000 of 20,000 paths…", read as the figures of 3,000 paths. It
// now names the paths the figures shown come from. Without Chromium the suite is skipped.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIRST_PATHS } from '../../src/explorer/simulate.js';
import { setScenarioValue } from '../../src/explorer/yaml-edit.js';

const CHROMIUM = '/usr/bin/chromium';
const HOW_TO_GET_CHROMIUM = 'install it with `apt-get install chromium` (Debian) to run it';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

if (!existsSync(CHROMIUM))
  process.stderr.write(`explorer first-answer test skipped: no ${CHROMIUM}; ${HOW_TO_GET_CHROMIUM}.\n`);

describe.skipIf(!existsSync(CHROMIUM))(
  `the explorer's status while it refines (without ${CHROMIUM}: ${HOW_TO_GET_CHROMIUM})`,
  () => {
    let root: string;
    let browser: Browser;

    beforeAll(async () => {
      root = await mkdtemp(join(tmpdir(), 'minesim-explorer-first-'));
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      });
    });

    afterAll(async () => {
      await browser?.close();
      if (root) await rm(root, { recursive: true, force: true });
    });

    it('says the figures shown are the first answer of 256 paths while the full count runs', async () => {
      const out = join(root, 'flagship');
      execFileSync(
        'node',
        ['bin/minesim.mjs', 'run', 'scenarios/north-korea-2017-s9.yaml', '--paths', '60', '--out', out],
        { cwd: ROOT, stdio: 'pipe' },
      );
      const page = await browser.newPage();
      await page.goto(pathToFileURL(join(out, 'explore.html')).href);
      await page.waitForFunction('document.querySelector(".control input[type=range]") !== null', undefined, {
        timeout: 60_000,
      });
      const yaml = await page.inputValue('#yaml');
      await page.fill('#yaml', setScenarioValue(yaml, ['monteCarlo', 'paths'], 20_000));
      await page.waitForFunction(
        `document.body.dataset.state === 'partial' && /of 20,000 paths/.test(document.getElementById('status').textContent)`,
        undefined,
        { timeout: 60_000 },
      );
      expect(await page.textContent('#status')).toMatch(
        new RegExp(`^First answer shown \\(${FIRST_PATHS} paths\\); refining: [\\d,]+ of 20,000 paths…$`),
      );
      await page.close();
    }, 120_000);
  },
);
