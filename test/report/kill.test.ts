// Kill trials of the write phase: a write in a child process (test/fixtures/slow-write.mjs, the
// built code with each file operation announced, stopping before a chosen one) is sent SIGKILL
// before every one of its steps, and SIGINT or SIGTERM before a few. After a SIGKILL the folder must be at its name
// with every file complete (the earlier run's or the new run's), and the next write must clean up
// and finish; after SIGINT or SIGTERM the process must have cleaned up itself and exited 130 or
// 143, the folder being wholly the earlier output or wholly the new one. `npm test` builds first.
import { type ChildProcess, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputMessages as m } from '../../src/messages/output.js';
import { writeFolderAtomic } from '../../src/report/folder.js';
import { withFileList } from '../../src/report/manifest.js';
import { writeRunOutput } from '../../src/report/write.js';
import { ROOT } from '../fixtures/node-process.js';
import { scenarioText } from '../fixtures/scenarios.js';
import { FIXTURE_MANIFEST, FIXTURE_SUMMARY } from '../fixtures/summary.js';

const root = mkdtempSync(join(tmpdir(), 'minesim-kill-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const DRIVER = join(ROOT, 'test/fixtures/slow-write.mjs');

/** An output; its manifest lists its files already, as writeFolderAtomic writes it. */
function output(version: 'earlier' | 'later'): Record<string, string> {
  const files: Record<string, string> = {
    'summary.json': `{"version":"${version}"}\n`,
    'report.html': `<p>${version}</p>\n`.repeat(20_000),
    'charts/fan.svg': `<svg>${version}</svg>`,
    [version === 'earlier' ? 'stale.csv' : 'fresh.csv']: version,
  };
  const manifest = JSON.stringify({
    minesimVersion: '0.1.0',
    scenario: { path: 'a', sha256: 'ab' },
    version,
  });
  return { ...files, 'manifest.json': withFileList(manifest, [...Object.keys(files), 'manifest.json']) };
}
const EARLIER = output('earlier');
const LATER = output('later');
const PLAN = join(root, 'later.json');
writeFileSync(PLAN, JSON.stringify(LATER));

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const e of readdirSync(at, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(at, e.name));
      else out[relative(dir, join(at, e.name))] = readFileSync(join(at, e.name), 'utf8');
    }
  };
  walk(dir);
  return out;
}
const temps = (parent: string) => readdirSync(parent).filter((n) => n.startsWith('.tmp-'));

interface Trial {
  code: number | null;
  signal: string | null;
  steps: string[];
  stderr: string;
}

/** Runs the driver, stopping it before step `at` and sending `signal` there (never, for 0). */
function trial(args: string[], at: number, signal: NodeJS.Signals = 'SIGKILL'): Promise<Trial> {
  return new Promise((done, fail) => {
    const child: ChildProcess = spawn(process.execPath, [DRIVER, String(at), ...args], { cwd: ROOT });
    const steps: string[] = [];
    let stderr = '';
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines.filter((l) => l.startsWith('step '))) {
        steps.push(line);
        if (steps.length === at) child.kill(signal);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', fail);
    child.on('close', (code, sig) => done({ code, signal: sig, steps, stderr }));
  });
}

let serial = 0;
async function earlierFolder(): Promise<{ parent: string; dir: string }> {
  const parent = join(root, `trial-${serial++}`);
  const dir = join(parent, 'run');
  await writeFolderAtomic(dir, new Map(Object.entries(EARLIER)));
  return { parent, dir };
}

/** Runs `count` trials two at a time (the machine's cores), in order of their index. */
async function inPairs<T>(count: number, run: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i += 2)
    out.push(...(await Promise.all([i, i + 1].filter((j) => j < count).map(run))));
  return out;
}

describe('kill trials of a folder write', { timeout: 120_000 }, () => {
  it.concurrent('SIGKILL before each step of a replacement leaves the folder at its name, every file whole; the next write cleans up', async () => {
    const probe = await earlierFolder();
    const full = await trial(['folder', probe.dir, PLAN], 0);
    expect(full.code).toBe(0);
    const steps = full.steps.length;
    const firstCommit = full.steps.findIndex((s) => / (link|rename) /.test(s)) + 1;
    expect(steps).toBeGreaterThan(12);
    const outcomes = await inPairs(steps, async (i) => {
      const at = i + 1;
      const { parent, dir } = await earlierFolder();
      const run = await trial(['folder', dir, PLAN], at);
      expect(run.signal, `step ${at}`).toBe('SIGKILL');
      const after = snapshot(dir);
      for (const [file, text] of Object.entries(after))
        expect([EARLIER[file], LATER[file]], `step ${at}: ${file}`).toContain(text);
      expect(JSON.parse(after['manifest.json']).minesimVersion).toBe('0.1.0');
      if (at <= firstCommit) expect(after, `step ${at}`).toEqual(EARLIER);
      await writeFolderAtomic(dir, new Map(Object.entries(LATER)));
      expect(snapshot(dir)).toEqual(LATER);
      expect(temps(parent), `step ${at}`).toEqual([]);
      return after;
    });
    expect(outcomes).toHaveLength(steps);
  });

  it.concurrent('SIGKILL before each step of a new folder’s write leaves no folder or a whole one', async () => {
    const parent = join(root, 'new');
    mkdirSync(parent);
    const full = await trial(['folder', join(parent, 'probe'), PLAN], 0);
    await inPairs(full.steps.length, async (i) => {
      const dir = join(parent, `run-${i}`);
      const run = await trial(['folder', dir, PLAN], i + 1);
      expect(run.signal).toBe('SIGKILL');
      if (existsSync(dir)) expect(snapshot(dir)).toEqual(LATER);
      await writeFolderAtomic(dir, new Map(Object.entries(LATER)));
    });
    expect(temps(parent)).toEqual([]);
  });

  it.concurrent.each([
    ['SIGINT', 1, 130],
    ['SIGINT', 3, 130],
    ['SIGINT', 6, 130],
    ['SIGINT', 7, 130],
    ['SIGINT', 10, 130],
    ['SIGINT', 14, 130],
    ['SIGTERM', 2, 143],
    ['SIGTERM', 9, 143],
  ] as const)(
    '%s before step %i cleans up and exits %i, the folder wholly earlier or wholly new',
    async (signal, at, code) => {
      const { parent, dir } = await earlierFolder();
      const run = await trial(['folder', dir, PLAN], at, signal);
      expect(run.code).toBe(code);
      expect(temps(parent)).toEqual([]);
      // Steps 1 to 6 make the staging folder and write its five files; the replacement starts at 7.
      const finished = at >= 7;
      expect(run.stderr).toBe(`minesim: ${m.interrupted(dir, finished)}\n`);
      expect(snapshot(dir)).toEqual(finished ? LATER : EARLIER);
    },
  );
});

describe('kill trials of minesim run', { timeout: 120_000 }, () => {
  const scenario = join(root, 'short.yaml');
  const flagship = scenarioText();
  // One chart of five: drawing charts is most of a small run's time, and the claim is about where
  // the files go, not what they show. The replacement starts at step 13 (12 staged files).
  writeFileSync(
    scenario,
    `${flagship.replace('horizon: 5 years', 'horizon: 2 years')}\noutputs:\n  charts: [payback-cdf]\n`,
  );
  const args = (dir: string) => ['cli', 'run', scenario, '--paths', '50', '--workers', '1', '--out', dir];

  it.concurrent('SIGKILL amid the replacement, then SIGINT amid staging: the earlier output stays at its name', async () => {
    const killed = join(root, 'cli', 'killed');
    const interrupted = join(root, 'cli', 'interrupted');
    await writeRunOutput(FIXTURE_SUMMARY, killed, FIXTURE_MANIFEST);
    cpSync(killed, interrupted, { recursive: true });
    const earlier = snapshot(killed);
    const [kill, int] = await Promise.all([trial(args(killed), 28), trial(args(interrupted), 5, 'SIGINT')]);
    expect(kill.signal).toBe('SIGKILL');
    expect(kill.steps[27]).toMatch(/ (link|rename) /);
    expect(int.code).toBe(130);
    expect(int.stderr).toContain(m.interrupted(interrupted, false));
    expect(snapshot(interrupted)).toEqual(earlier);
    expect(temps(join(root, 'cli'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\.tmp-killed-/)]),
    );
    const half = snapshot(killed);
    // The next run, a process of the built command as the killed one was (a run in this process
    // would load the charts' code through the test's transform, most of this test's time): it
    // removes what the killed one left.
    const next = await trial(args(killed), 0);
    expect(next.code, next.stderr).toBe(0);
    const later = snapshot(killed);
    expect(temps(join(root, 'cli'))).toEqual([]);
    // manifest.json and report.html carry the clock; the others are the same at every run.
    for (const [file, text] of Object.entries(half)) {
      if (file === 'manifest.json' || file === 'report.html') continue;
      expect([earlier[file], later[file]], file).toContain(text);
    }
    expect(JSON.parse(half['manifest.json'])).toEqual(JSON.parse(earlier['manifest.json']));
  });
});
