// README.md's Commands section is where an analyst looks up what a command takes: every option a
// command's --help lists must be named there (the options every command takes, --data, --version
// and --help, are written once under the table).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runNode } from '../fixtures/node-process.js';

const root = new URL('../../', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Commands'), readme.indexOf('### What a run writes'));

const COMMANDS = [
  ['run'],
  ['backtest'],
  ['sweep'],
  ['sensitivity'],
  ['batch'],
  ['calibrate'],
  ['quote'],
  ['hashprice'],
  ['network-fit'],
  ['validate'],
  ['schema'],
  ['init'],
  ['merge'],
  ['data', 'status'],
  ['data', 'import'],
  ['data', 'fetch'],
];
const EVERY_COMMAND = new Set(['--data', '--version', '--help']);

/** Each command's --help, spawned once for both tests that read it: all at once, before them. */
const helps = new Map<string, string>();
beforeAll(async () => {
  const runs = await Promise.all(
    COMMANDS.map((command) => runNode(['bin/minesim.mjs', ...command, '--help'])),
  );
  for (const [i, run] of runs.entries()) helps.set(COMMANDS[i].join(' '), run.stdout);
});

/** The options `minesim <command> --help` lists, as `--name` (a boolean shown as its --no- form too). */
function optionsOf(command: string[]): string[] {
  const help = helps.get(command.join(' '));
  if (help === undefined) throw new Error(`no --help of minesim ${command.join(' ')}`);
  return [...help.matchAll(/^\s+(?:-\w, )?(--[a-zA-Z-]+)/gm)]
    .map((m) => m[1])
    .filter((o) => !EVERY_COMMAND.has(o));
}

describe('README Commands: every option of every command', () => {
  // run's --antithetic and --no-explorer, quote's --metered, --uptime and --pue and init's --force
  // were in --help but not in the section.
  it.each(COMMANDS.map((c) => [c.join(' '), c] as const))(
    'minesim %s --help options are in the section',
    (_, command) => {
      const options = optionsOf([...command]);
      expect(options.length).toBeGreaterThan(0);
      // --explorer is a flag whose use is its --no- form.
      const missing = options.filter(
        (o) => !section.includes(o) && !section.includes(o.replace(/^--/, '--no-')),
      );
      expect(missing).toEqual([]);
    },
  );

  // The table row is where a command's options are looked up: sweep's and sensitivity's --seed,
  // --workers and --set, calibrate's --seed, quote's --coin and merge's --json were in --help and
  // named elsewhere in the section (under another command), but not in the command's own row.
  // --catalog is listed once, with the commands that take it, under Hardware; sweep's --shard in
  // the row of shards and merge; schema's --json changes nothing (the schema is JSON either way).
  const rows = section.split('\n').filter((line) => line.startsWith('| `minesim '));
  const catalogCommands = /`--catalog FILE` \(([^);]*)[);]/.exec(section.replace(/\s+/g, ' '))?.[1] ?? '';
  const elsewhere = (command: string, option: string) =>
    (option === '--catalog' && catalogCommands.split(/, | and /).includes(command)) ||
    (command === 'sweep' && option === '--shard' && section.includes('`sweep --shard k/n`')) ||
    (command === 'schema' && option === '--json');
  it.each(COMMANDS.map((c) => [c.join(' '), c] as const))(
    'minesim %s --help options are in its own row of the table',
    (name, command) => {
      const mine = rows
        .map((row) => row.split(' | ')[0])
        .filter((cell) => cell.includes(`\`minesim ${name} `) || cell.includes(`\`minesim ${name}\``));
      expect(mine.length).toBeGreaterThan(0);
      const missing = optionsOf([...command]).filter(
        (o) =>
          !mine.some((cell) => cell.includes(o) || cell.includes(o.replace(/^--/, '--no-'))) &&
          !elsewhere(name, o),
      );
      expect(missing).toEqual([]);
    },
  );
});
