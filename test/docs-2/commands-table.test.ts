// README's Commands table gives each command's line with its options. It lacked some that `--help`
// lists: `--catalog FILE` on backtest, sweep, sensitivity, batch and validate (the Hardware paragraph
// names them), and sweep's `--shard k/n`. Every option a command's builder declares is checked to
// stand in its row, but for those every command takes (`--data`, `--help`, `--version`), a flag's
// other form where the row gives one (`--explorer` beside `--no-explorer`) and schema's `--json`,
// whose output is JSON either way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import yargs, { type Argv } from 'yargs';
import type { AnyCommand } from '../../src/cli/command-line.js';
import { COMMANDS } from '../../src/cli/main.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const EVERY = new Set(['data', 'help', 'version']);
const LEFT_OUT: Record<string, string[]> = { schema: ['json'] };

/** The options a command module's builder declares (with their aliases). */
function declared(module: AnyCommand): string[] {
  const y = yargs([]);
  const built =
    typeof module.builder === 'function'
      ? (module.builder as (y: Argv) => Argv)(y)
      : y.options(module.builder ?? {});
  // getOptions() is yargs' own, not in its typings.
  const options = (built as unknown as { getOptions(): { key: Record<string, unknown> } }).getOptions();
  return Object.keys(options.key).filter((k) => k.length > 1 && !k.includes('_'));
}

/** The command lines of the Commands table's first cells that begin `minesim <name>` (run's two and merge's, beside run's shards), joined. */
function row(name: string): string | undefined {
  const spans = readme
    .split('\n')
    .filter((l) => l.startsWith('| `minesim '))
    .flatMap((l) => [...l.split(' | ')[0].matchAll(/`(minesim [^`]+)`/g)].map((m) => m[1]))
    .filter((span) => span === `minesim ${name}` || span.startsWith(`minesim ${name} `));
  return spans.length > 0 ? spans.join(' ') : undefined;
}

/** The positional arguments a command's line names (`<scenario>`, `<files..>`). */
const positionals = (command: string) => [...command.matchAll(/[<[](\w+)/g)].map((m) => m[1]);

const commands = COMMANDS.map((c) => c.command.split(' ')[0]).filter((name) => name !== 'data');

describe("README's Commands table", () => {
  it.each(commands)('minesim %s: its row shows every option the command takes', async (name) => {
    const entry = COMMANDS.find((c) => c.command.split(' ')[0] === name)!;
    const cell = row(name);
    expect(cell, `no row for minesim ${name}`).toBeDefined();
    const missing = declared((await entry.load()) as AnyCommand).filter(
      (option) =>
        !EVERY.has(option) &&
        !positionals(entry.command).includes(option) &&
        !(LEFT_OUT[name] ?? []).includes(option) &&
        !cell!.includes(`--${option}`) &&
        !cell!.includes(`--no-${option}`),
    );
    expect(missing).toEqual([]);
  });
});
