// Words of the command line at their edges, in this process: a switch given a value yargs does not
// read (it reads any value but `true` as off), and a value that begins with `-`, which yargs reads
// as a group of one-letter options. Both must be refused naming the option and what to write.
import { describe, expect, it } from 'vitest';
import { cliMessages } from '../../src/messages/cli.js';
import { runCommand } from '../hostile/in-process.js';

const FLAGSHIP = 'scenarios/north-korea-2017-s9.yaml';
const QUOTE = ['quote', '--machine', 'Antminer S21', '--tariff', '0.05', '--date', '2024-04-01'];
const HOSTED = [...QUOTE, '--hosting', '10 USD/kW/month', '--uptime', '50%'];

describe('a switch given a value', () => {
  it('--metered=yes is refused (it was read as off: the unmetered hosting of 1.15 USD a day)', async () => {
    const out = await runCommand([...HOSTED, '--metered=yes', '--json']);
    expect(out.exit).toBe(2);
    expect(out.output).toBe(
      `minesim: ${cliMessages.usage(cliMessages.switchValue('--metered', 'yes'), 'quote')}\n`,
    );
  });

  it('--metered=true and --metered=false are read as written', async () => {
    const on = await runCommand([...HOSTED, '--metered=true', '--json']);
    const bare = await runCommand([...HOSTED, '--metered', '--json']);
    const off = await runCommand([...HOSTED, '--metered=false', '--json']);
    const none = await runCommand([...HOSTED, '--json']);
    expect([on.exit, bare.exit, off.exit, none.exit]).toEqual([0, 0, 0, 0]);
    expect(on.output).toBe(bare.output);
    expect(off.output).toBe(none.output);
    expect(on.output).not.toBe(off.output);
  });

  it('run --json=1 --antithetic=on says both at once, before running', async () => {
    const out = await runCommand(['run', FLAGSHIP, '--paths', '2', '--json=1', '--antithetic=on']);
    expect(out.exit).toBe(2);
    const detail = [cliMessages.switchValue('--json', '1'), cliMessages.switchValue('--antithetic', 'on')];
    expect(out.output).toBe(`minesim: ${cliMessages.usage(detail.join('\n'), 'run')}\n`);
  });
});

describe('a value that begins with -', () => {
  it('quote --pool-fee -2% names the option and the way to write it (it said "Unknown arguments: 2, %")', async () => {
    const out = await runCommand([...QUOTE, '--pool-fee', '-2%']);
    expect(out.exit).toBe(2);
    expect(out.output).toBe(
      `minesim: ${cliMessages.usage(cliMessages.dashValue('--pool-fee', '-2%'), 'quote')}\n`,
    );
  });

  it('sensitivity --by -5% and --seed -abc are said together, and an unknown option beside them too', async () => {
    const out = await runCommand(['sensitivity', FLAGSHIP, '--by', '-5%', '--seed', '-abc', '--pths', '3']);
    expect(out.exit).toBe(2);
    const detail = [
      cliMessages.dashValue('--by', '-5%'),
      cliMessages.dashValue('--seed', '-abc'),
      cliMessages.unknownOption('pths', 'paths'),
    ];
    expect(out.output).toBe(`minesim: ${cliMessages.usage(detail.join('\n'), 'sensitivity')}\n`);
  });

  it('--by=-5% reaches the option, which says what it takes', async () => {
    const out = await runCommand(['sensitivity', FLAGSHIP, '--by=-5%']);
    expect(out.exit).toBe(2);
    expect(out.output).toContain('--by must be a percentage above 0 and below 100');
  });
});

describe('a switch turned off with a value', () => {
  it('--no-explorer=true names the switch and what to write (it said "Unknown arguments: no-explorer, noExplorer")', async () => {
    const out = await runCommand(['run', FLAGSHIP, '--no-explorer=true', '--no-json=false', '--pths', '2']);
    expect(out.exit).toBe(2);
    const detail = [
      cliMessages.negatedValue('--no-explorer', 'true'),
      cliMessages.negatedValue('--no-json', 'false'),
      cliMessages.unknownOption('pths', 'paths'),
    ];
    expect(out.output).toBe(`minesim: ${cliMessages.usage(detail.join('\n'), 'run')}\n`);
  });

  it('quote --no-metered=1 is said so too', async () => {
    const out = await runCommand([...HOSTED, '--no-metered=1']);
    expect(out.exit).toBe(2);
    expect(out.output).toBe(
      `minesim: ${cliMessages.usage(cliMessages.negatedValue('--no-metered', '1'), 'quote')}\n`,
    );
  });
});
