// Reading a scenario with its size capped while reading: files, folders, and FIFOs made here in a
// temporary folder (one nobody writes to, one fed too much, one fed a scenario).
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { documentMessages as m } from '../../src/messages/documents.js';
import { MAX_FILE_BYTES } from '../../src/scenario/document.js';
import { readInputFile } from '../../src/scenario/read-input.js';
import { validateScenarioFile } from '../../src/scenario/validate.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-read-input-'));
const BASE = new URL('../hostile/base.yaml', import.meta.url).pathname;
const fifos = process.platform !== 'win32';

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fifo(name: string): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  return path;
}

describe('readInputFile()', () => {
  it('readInputFile() refuses a regular file over the cap from its size, before reading it', async () => {
    const path = join(dir, 'big.yaml');
    writeFileSync(path, Buffer.alloc(MAX_FILE_BYTES + 1, 0x23));
    expect(await readInputFile(path, { maxBytes: MAX_FILE_BYTES })).toEqual({
      ok: false,
      kind: 'too-large',
      size: MAX_FILE_BYTES + 1,
      known: true,
    });
  });

  it('readInputFile() says a folder is not a file', async () => {
    const result = await readInputFile(dir, { maxBytes: MAX_FILE_BYTES });
    expect(result).toEqual({ ok: false, kind: 'unreadable', reason: 'it is a folder, not a file' });
  });

  it.runIf(fifos)('readInputFile() gives up on a FIFO nobody writes to after its time limit', async () => {
    const path = fifo('silent');
    const started = performance.now();
    const result = await readInputFile(path, { maxBytes: MAX_FILE_BYTES, timeoutMs: 300 });
    expect(result).toEqual({ ok: false, kind: 'timeout', seconds: 0.3 });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it.runIf(fifos)(
    'readInputFile() stops reading a FIFO at the cap, however much is written to it',
    async () => {
      const path = fifo('flood');
      const reading = readInputFile(path, { maxBytes: MAX_FILE_BYTES, timeoutMs: 10_000 });
      const writer = createWriteStream(path);
      writer.on('error', () => {}); // The reader leaves first: the writer's pipe breaks, as it should.
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let written = 0;
      const pump = () => {
        while (written < 20 * MAX_FILE_BYTES && !writer.destroyed) {
          written += chunk.length;
          if (!writer.write(chunk)) return writer.once('drain', pump);
        }
        writer.end();
      };
      pump();
      const result = await reading;
      writer.destroy();
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.kind).toBe('too-large');
      if (!result.ok && result.kind === 'too-large') {
        expect(result.known).toBe(false);
        expect(result.size).toBeLessThan(MAX_FILE_BYTES + 256 * 1024);
      }
    },
  );

  it.runIf(fifos)('validateScenarioFile() reads a scenario written to a FIFO', async () => {
    const path = fifo('scenario');
    const reading = validateScenarioFile(path, [], { read: { timeoutMs: 10_000 } });
    const writer = createWriteStream(path);
    writer.end(execFileSync('cat', [BASE]));
    const v = await reading;
    expect(v.ok ? v.scenario.name : v.problems).toBe('hostile-base');
  });

  it.runIf(fifos)(
    'validateScenarioFile() reports a silent FIFO as bad input with the time it waited',
    async () => {
      const path = fifo('silent-2');
      const v = await validateScenarioFile(path, [], { read: { timeoutMs: 200 } });
      expect(v.ok ? [] : v.problems.map((p) => p.message)).toEqual([m.noInput(0.2)]);
    },
  );

  it('validateScenarioFile() names a missing file', async () => {
    const v = await validateScenarioFile(join(dir, 'nothing-here.yaml'));
    expect(v.ok ? [] : v.problems.map((p) => p.message)).toEqual([m.unreadable('no such file')]);
  });
});
