// Runs before every test file: MINESIM_DATA points at a fresh, empty folder, so no test sees the
// imported history of whoever runs the suite, and the CLI processes a test spawns inherit it
// (test/fixtures/node-process.ts passes process.env on). The folder goes when the file is done.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'minesim-test-data-'));
process.env.MINESIM_DATA = folder;

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});
