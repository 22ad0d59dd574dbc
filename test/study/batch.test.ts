// Batches over a temporary folder: two short good scenarios (the flagship cut to one year, 40
// paths), a file with a bad date, and a dangling symbolic link that the glob matches but no one can
// read. Only the first test runs scenarios end to end; the others plan, or run one scenario.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { exitCode } from '../../src/cli/batch-output.js';
import { batch } from '../../src/cli/commands/batch.js';
import { outputName } from '../../src/cli/scenario-input.js';
import { backtestFolderName } from '../../src/cli/scenario-outputs.js';
import { batchMessages } from '../../src/messages/batch.js';
import { documentMessages } from '../../src/messages/documents.js';
import { formatProblem } from '../../src/scenario/problem.js';
import { validateScenarioFile } from '../../src/scenario/validate.js';
import { expandPatterns, planBatch, runBatch } from '../../src/study/batch.js';
import { ONE_YEAR_CLAIMS } from '../fixtures/scenarios.js';

const flagship = parse(
  await readFile(new URL('../../scenarios/north-korea-2017-s9.yaml', import.meta.url), 'utf8'),
);
const scenario = (name: string) =>
  stringify({ ...flagship, name, horizon: '1 year', claims: ONE_YEAR_CLAIMS });
const FOLDERS = { run: outputName, backtest: backtestFolderName };
const PATHS = 40;

/** A stream that keeps what is written, and is not a terminal. */
function captured(): { stream: NodeJS.WriteStream; text: () => string } {
  const chunks: string[] = [];
  const stream = { isTTY: false, write: (chunk: string) => chunks.push(chunk) > 0 };
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
}

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minesim-batch-'));
  await writeFile(file('a-good.yaml'), scenario('good-one'));
  await writeFile(
    file('b-broken.yaml'),
    scenario('broken').replace('start: 2017-05-17', 'start: 2017-02-30'),
  );
  await writeFile(file('c-good.yaml'), scenario('good-two'));
  await symlink(file('missing-target'), file('d-gone.yaml'));
  await mkdir(file('nested/deeper'), { recursive: true });
  await writeFile(file('nested/deeper/e.yaml'), scenario('nested'));
  await writeFile(file('nested/.hidden.yaml'), scenario('hidden'));
  await writeFile(file('same-name.yaml'), scenario('good-one'));
  await writeFile(file('dots.yaml'), scenario('..'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Each case runs scenarios and back-tests in-process, about 4 s alone; generous so a busy
// machine does not fail them.
describe('batch()', () => {
  it('batch() runs the good files into their folders, reports the bad ones positioned, indexes all and exits 2', async () => {
    const out = file('out');
    const stdout = captured();
    const stderr = captured();
    const code = await batch(
      { patterns: [join(dir, '?-*.yaml')], out, paths: PATHS, json: false },
      { stdout: stdout.stream, stderr: stderr.stream },
    );
    expect(code).toBe(2);
    for (const folder of ['good-one', 'good-one-backtest', 'good-two', 'good-two-backtest']) {
      expect(existsSync(join(out, folder, 'report.html'))).toBe(true);
      expect(existsSync(join(out, folder, 'summary.json'))).toBe(true);
    }
    expect(existsSync(join(out, 'good-one-backtest', 'daily.csv'))).toBe(true);
    const summary = JSON.parse(await readFile(join(out, 'good-one', 'summary.json'), 'utf8'));
    expect(summary.run.paths).toBe(PATHS);

    const broken = await validateScenarioFile(file('b-broken.yaml'));
    if (broken.ok) throw new Error('the broken file validated');
    expect(broken.problems[0].line).toBeGreaterThan(0);
    const gone = `${file('d-gone.yaml')}: ${documentMessages.unreadable('no such file')}`;
    expect(stderr.text()).toContain(formatProblem(broken.problems[0]));
    expect(stderr.text()).toContain(gone);

    const index = await readFile(join(out, 'index.md'), 'utf8');
    for (const text of ['[good-one](good-one/report.html)', '[good-two](good-two/report.html)'])
      expect(index).toContain(text);
    expect(index).toContain(`- ${file('b-broken.yaml')}`);
    expect(index).toContain(`- ${file('d-gone.yaml')}`);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(stdout.text()).toContain(batchMessages.totals(2, 2, 0));
    // Four folders rendered end to end: seconds on a busy machine.
  });
});

describe('expandPatterns()', () => {
  it('expandPatterns() sorts matches, spans folders with **, skips dot-files, and reports a pattern that matches nothing', async () => {
    const { files, problems } = await expandPatterns([
      join(dir, '**/*.yaml'),
      join(dir, 'a-good.yaml'),
      join(dir, '*.yml'),
    ]);
    expect(files).toEqual(
      [
        'a-good.yaml',
        'b-broken.yaml',
        'c-good.yaml',
        'd-gone.yaml',
        'dots.yaml',
        'nested/deeper/e.yaml',
        'same-name.yaml',
      ].map(file),
    );
    expect(problems.map(formatProblem)).toEqual([
      `${join(dir, '*.yml')}: ${batchMessages.noMatch(join(dir, '*.yml'))}`,
    ]);
  });

  it('expandPatterns() passes a plain path through, even one that does not exist', async () => {
    expect(await expandPatterns(['no/such.yaml'])).toEqual({ files: ['no/such.yaml'], problems: [] });
  });
});

describe('planBatch()', () => {
  it('planBatch() refuses a second scenario that would write the same folders, and keeps a name of dots inside the output folder', async () => {
    const items = await planBatch([file('a-good.yaml'), file('same-name.yaml'), file('dots.yaml')], FOLDERS);
    expect(items.map((i) => i.ok)).toEqual([true, false, true]);
    const [, same] = items.map((i) => (i.ok ? [] : i.problems.map((p) => p.message)));
    expect(same).toEqual([batchMessages.folderTaken('good-one', file('a-good.yaml'))]);
    // outputName() never starts a folder with a dot, so `..` cannot reach above the output folder.
    expect(items[2]).toMatchObject({ ok: true, folder: 'scenario' });
  });
});

describe('runBatch()', () => {
  it('runBatch() records a failing write as a failed run and exitCode() is then 1', async () => {
    const items = await planBatch([file('a-good.yaml')], FOLDERS);
    const entries = await runBatch(items, {
      paths: PATHS,
      write: () => Promise.reject(new Error('disk full')),
    });
    expect(entries).toMatchObject([
      {
        status: 'failed',
        message: batchMessages.failed(file('a-good.yaml'), 'writing the output folders', 'disk full'),
      },
    ]);
    expect(exitCode(entries)).toBe(1);
  });
});
