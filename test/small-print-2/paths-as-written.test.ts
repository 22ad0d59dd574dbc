// `minesim run --paths 1e308` was refused "(got 1e+308)", the value as JavaScript prints it, not as
// the user wrote it; `--workers 2.50` likewise "(got 2.5)". The refusal now shows the value as
// written, as a word that is no number is shown ("--paths takes a number (got "abc")").
import { describe, expect, it } from 'vitest';
import { cliMessages } from '../../src/messages/cli.js';
import { LIMITS } from '../../src/scenario/schema/limits.js';
import { runCommand } from '../hostile/in-process.js';

describe('--paths and --workers out of bounds or not whole are shown as written', () => {
  it('--paths 1e308: "(got 1e308)", not "(got 1e+308)"', async () => {
    const outcome = await runCommand(['run', 'no-such.yaml', '--paths', '1e308']);
    expect(outcome.exit).toBe(2);
    expect(outcome.output).toContain(cliMessages.badPaths('1e308', LIMITS.paths));
    expect(outcome.output).toContain('(got 1e308)');
    expect(outcome.output).not.toContain('1e+308');
  });

  it('--paths=2.50 and --paths 0x0 as written', async () => {
    expect((await runCommand(['run', 'no-such.yaml', '--paths=2.50'])).output).toContain('(got 2.50)');
    // Hexadecimal is no number minesim reads (typed-number.ts): named as written, with the decimal.
    expect((await runCommand(['sweep', 'no-such.yaml', '--paths', '0x0'])).output).toContain(
      '--paths: `0x0` is written in hexadecimal',
    );
  });

  it('--workers 2.50: "(got 2.50)", not "(got 2.5)"', async () => {
    const outcome = await runCommand(['run', 'no-such.yaml', '--workers', '2.50']);
    expect(outcome.exit).toBe(2);
    expect(outcome.output).toContain('(got 2.50)');
  });

  it('--workers 1e308, capped, is named as written in its note: "--workers 1e308", not "1e+308"', async () => {
    const capped = await runCommand(['run', 'no-such.yaml', '--paths', '2', '--workers', '1e308']);
    expect(capped.output).toContain('--workers 1e308: a run or a study starts at most');
    expect(capped.output).not.toContain('1e+308');
  });
});
