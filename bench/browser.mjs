#!/usr/bin/env node
// The explorer's speed in headless Chromium (`npm run bench:browser`; `npm run bench` runs it when
// Chromium is there): the flagship's explore.html, written by `minesim run` at its own 10,000
// paths x 5 years, opened from disk. Figures: page load to the committed result drawn, and for a
// move of the tariff control, the first answer and the full re-simulation (best and median of a
// few moves, after one move to warm up). Prints figures, asserts nothing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.log(`explorer bench skipped: no ${CHROMIUM} (install it with \`apt-get install chromium\`)`);
  process.exit(0);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = await mkdtemp(join(tmpdir(), 'minesim-bench-explorer-'));
const MOVES = [0.07, 0.13, 0.05, 0.11, 0.09];
try {
  execFileSync(
    'node',
    ['bin/minesim.mjs', 'run', 'scenarios/north-korea-2017-s9.yaml', '--out', join(dir, 'run')],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  const url = pathToFileURL(join(dir, 'run', 'explore.html')).href;
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
    offline: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const loads = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(url);
    await page.waitForFunction('window.minesimExplorer?.committedMs != null', undefined, { timeout: 30_000 });
    loads.push(await page.evaluate('window.minesimExplorer.committedMs'));
  }
  await page.waitForFunction('document.querySelector(".control input[type=range]") !== null');
  const cores = await page.evaluate('navigator.hardwareConcurrency');
  const move = async (tariff) => {
    const before = await page.evaluate('window.minesimExplorer.timings.length');
    await page.evaluate(`(() => {
      const typed = document.querySelector('.control[data-key="power.price"] input.typed');
      typed.value = '${tariff}';
      typed.dispatchEvent(new Event('change'));
    })()`);
    await page.waitForFunction(
      `window.minesimExplorer.timings.length > ${before} && window.minesimExplorer.state === 'final'`,
      undefined,
      { timeout: 60_000 },
    );
    return page.evaluate('window.minesimExplorer.timings.at(-1)');
  };
  await move(0.08);
  const runs = [];
  for (const tariff of MOVES) runs.push(await move(tariff));
  await context.close();
  // The same run in Node, in this process, for a ratio that holds on a busy machine.
  const { validateScenarioFile } = await import(
    new URL('../dist/scenario/validate.js', import.meta.url).href
  );
  const { runMonteCarlo } = await import(new URL('../dist/engine/run/run.js', import.meta.url).href);
  const v = await validateScenarioFile(join(root, 'scenarios/north-korea-2017-s9.yaml'));
  const node = [];
  for (let i = 0; i < 4; i++) {
    const t = performance.now();
    // Its threads kept from run to run, as the page keeps its Web Workers.
    await runMonteCarlo(v.scenario, { keepWorkers: true });
    node.push(performance.now() - t);
  }
  node.shift();
  const best = (xs) => Math.min(...xs).toFixed(0);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(0);
  const row = (name, xs, goal) =>
    console.log(
      `${name.padEnd(50)} ${best(xs).padStart(6)} ms best ${median(xs).padStart(6)} ms median  (goal ${goal})`,
    );
  console.log(`explorer bench: flagship, 10,000 paths x 5 years, headless Chromium, ${cores} cores\n`);
  row('page load to the committed result drawn', loads, '< 1000 ms');
  row(
    'tariff moved: first answer (256 paths)',
    runs.map((r) => r.firstMs),
    '< 150 ms',
  );
  row(
    'tariff moved: full re-simulation (10,000 paths)',
    runs.map((r) => r.finalMs),
    '< 1000 ms',
  );
  row('the same run in Node (runMonteCarlo, all cores)', node, 'none; for comparison');
} finally {
  await rm(dir, { recursive: true, force: true });
}
