// --out refusals of every command that writes a folder: a folder of other files, a file, a FIFO, a
// path through a file. Each is exit 2 with the message, before any simulation runs, and touches
// nothing. Most run the command line in-process (main()); two spawn the built command end to end.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/cli/exit.js';
import { main } from '../../src/cli/main.js';
import { runShard } from '../../src/cli/shard-run.js';
import { outputMessages as m } from '../../src/messages/output.js';
import { shardMessages } from '../../src/messages/shards.js';
import { NODE_FOLDER_IO } from '../../src/report/folder-io.js';
import { OutputError } from '../../src/report/output-error.js';
import { runNode } from '../fixtures/node-process.js';
import { scenarioText } from '../fixtures/scenarios.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-out-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const project = join(dir, 'project');
mkdirSync(join(project, 'src'), { recursive: true });
writeFileSync(join(project, 'src', 'main.c'), 'int main(void) { return 0; }\n');
writeFileSync(join(project, 'NOTES.md'), '# notes\n');
const file = join(dir, 'a-file.txt');
writeFileSync(file, 'keep me\n');
const fifo = join(dir, 'fifo');
execFileSync('mkfifo', [fifo]);
const scenario = join(dir, 'short.yaml');
const flagship = scenarioText();
// Two years: the shortest horizon a sweep or a sensitivity takes, and the flagship's claims need.
writeFileSync(scenario, flagship.replace('horizon: 5 years', 'horizon: 2 years'));

/** main() in-process: its exit code and what it wrote on stderr. */
async function cli(...args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await main(args);
    return { code: Number(process.exitCode ?? 0), stderr };
  } finally {
    process.exitCode = undefined;
    err.mockRestore();
    out.mockRestore();
  }
}

const untouched = () => {
  expect(readdirSync(project).sort()).toEqual(['NOTES.md', 'src']);
  expect(readFileSync(file, 'utf8')).toBe('keep me\n');
};

describe('--out refusals', () => {
  it.each([
    ['run', ['run', scenario]],
    ['backtest', ['backtest', scenario]],
    ['sweep', ['sweep', scenario, '--vary', 'power.price=0.05,0.1']],
    ['sensitivity', ['sensitivity', scenario]],
    ['calibrate', ['calibrate']],
  ])('minesim %s --out <a folder of other files> exits 2 and touches nothing', async (_, args) => {
    expect(await cli(...args, '--out', project)).toEqual({
      code: 2,
      stderr: `minesim: ${m.notMinesimFolder(project)}\n`,
    });
    untouched();
  });

  it('minesim batch --out <a folder of other files> exits 2 before running anything', async () => {
    const run = await cli('batch', scenario, '--out', project);
    expect(run).toEqual({ code: 2, stderr: `minesim: ${m.notCollection(project)}\n` });
    untouched();
  });

  it('minesim batch refuses a scenario whose folder minesim did not write, and runs nothing', async () => {
    const out = join(dir, 'batch');
    mkdirSync(join(out, 'north-korea-2017-s9'), { recursive: true });
    writeFileSync(join(out, 'north-korea-2017-s9', 'mine.txt'), 'mine\n');
    mkdirSync(join(out, 'earlier'));
    writeFileSync(
      join(out, 'earlier', 'manifest.json'),
      '{"minesimVersion":"0.1.0","scenario":{"sha256":"ab"}}',
    );
    const run = await cli('batch', scenario, '--out', out);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${scenario}: ${m.notMinesimFolder(join(out, 'north-korea-2017-s9'))}`);
    expect(readdirSync(join(out, 'north-korea-2017-s9'))).toEqual(['mine.txt']);
  });

  it.each([
    ['a file', file, m.notAFolder(file, 'a file')],
    ['a FIFO', fifo, m.notAFolder(fifo, 'a FIFO (named pipe)')],
    ['a path through a file', join(file, 'out'), m.throughNonFolder(join(file, 'out'), file)],
  ])('minesim run --out <%s> exits 2', async (_, out, message) => {
    expect(await cli('run', scenario, '--out', out)).toEqual({ code: 2, stderr: `minesim: ${message}\n` });
    untouched();
  });

  it('run --shard refuses a parts folder of other files, and more shards than paths', async () => {
    const shard = { scenario, paths: 300, set: [] as string[] };
    await expect(runShard({ ...shard, shard: '0/2', out: project })).rejects.toEqual(
      new OutputError(m.notPartsFolder(project, 'NOTES.md')),
    );
    await expect(runShard({ ...shard, shard: '0/1000000', out: join(dir, 'parts') })).rejects.toEqual(
      new UsageError(shardMessages.tooManyShards('0/1000000', 300)),
    );
    expect(readdirSync(dir)).not.toContain('parts');
  });

  it('a full disk while writing (EFBIG, injected) is exit 2 with the folder and the reason, no stack', async () => {
    const real = NODE_FOLDER_IO.writeFile;
    NODE_FOLDER_IO.writeFile = async () => {
      throw Object.assign(new Error('EFBIG: file too large, write'), { code: 'EFBIG' });
    };
    try {
      const out = join(dir, 'full');
      const run = await cli('run', scenario, '--paths', '50', '--workers', '1', '--out', out);
      expect(run).toEqual({ code: 2, stderr: `minesim: ${m.cannotWrite(out, 'file too large', 'EFBIG')}\n` });
      expect(readdirSync(dir).filter((n) => n.startsWith('.tmp-') || n === 'full')).toEqual([]);
    } finally {
      NODE_FOLDER_IO.writeFile = real;
    }
  });

  it('minesim run --out, spawned: a folder of other files and a FIFO are refused with exit 2, no stack', async () => {
    const [folder, pipe] = await Promise.all([
      runNode(['bin/minesim.mjs', 'run', scenario, '--out', project]),
      runNode(['bin/minesim.mjs', 'run', scenario, '--out', fifo]),
    ]);
    expect(folder).toEqual({ code: 2, stdout: '', stderr: `minesim: ${m.notMinesimFolder(project)}\n` });
    expect(pipe).toEqual({
      code: 2,
      stdout: '',
      stderr: `minesim: ${m.notAFolder(fifo, 'a FIFO (named pipe)')}\n`,
    });
    untouched();
  });
});
