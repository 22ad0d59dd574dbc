// `minesim init <name>` at the name's bounds: a starter minesim itself refuses must not be written
// (a name of 201 to 250 characters was, and `minesim validate` then refused its `name`).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliMessages } from '../../src/messages/cli.js';
import { LIMITS } from '../../src/scenario/schema/limits.js';
import { runCommand } from '../hostile/in-process.js';

const dir = mkdtempSync(join(tmpdir(), 'minesim-init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('minesim init at the bounds of a name', () => {
  it(`writes a starter named with ${LIMITS.nameChars} characters, which validates`, async () => {
    const name = 'a'.repeat(LIMITS.nameChars);
    const init = await runCommand(['init', name, '--dir', dir]);
    expect(init.exit).toBe(0);
    const check = await runCommand(['validate', join(dir, `${name}.yaml`)]);
    expect(check.output).not.toContain('name:');
    expect(check.exit).toBe(0);
  });

  it(`refuses ${LIMITS.nameChars + 1} characters and writes nothing`, async () => {
    const name = 'b'.repeat(LIMITS.nameChars + 1);
    const init = await runCommand(['init', name, '--dir', dir]);
    expect(init.exit).toBe(2);
    expect(init.output).toBe(`minesim: ${cliMessages.badName(name, LIMITS.nameChars)}\n`);
    expect(existsSync(join(dir, `${name}.yaml`))).toBe(false);
  });

  it('says a name starts with a letter or a digit (it said "_" was allowed, and refused "_x")', async () => {
    const init = await runCommand(['init', '_x', '--dir', dir]);
    expect(init.exit).toBe(2);
    expect(init.output).toContain('starting with a letter or a digit');
  });
});
