// A --date takes the days a scenario may start on (2009-01-01 to 2100-12-31), as `start` does:
// `quote --date 9999-12-31` dated a halving "+010000-01-06", and `network-fit --date 9999-12-31`
// carried the hardware frontier forward to an efficiency of "0.00 J/TH".
import { describe, expect, it } from 'vitest';
import { cliMessages } from '../../src/messages/cli.js';
import { LIMITS } from '../../src/scenario/schema/limits.js';
import { runCommand } from '../hostile/in-process.js';

const QUOTE = [
  'quote',
  '--machine',
  'Antminer S21',
  '--tariff',
  '0.01',
  '--price',
  '90000',
  '--difficulty',
  '150T',
  '--fees',
  '1%',
];
const outside = (date: string) =>
  cliMessages.dateOutOfRange('--date', date, LIMITS.firstDate, LIMITS.lastDate);

describe('--date within the days a run can start on', () => {
  it('quote --date 9999-12-31 is refused (it dated a halving +010000-01-06)', async () => {
    const out = await runCommand([...QUOTE, '--date', '9999-12-31', '--height', '1049000']);
    expect(out.exit).toBe(2);
    expect(out.output).toBe(`minesim: ${outside('9999-12-31')}\n`);
  });

  it('quote --date 2100-12-31, the last such day, is answered', async () => {
    const out = await runCommand([...QUOTE, '--date', LIMITS.lastDate, '--height', '4000000']);
    expect(out.exit).toBe(0);
    expect(out.output).toContain(`at ${LIMITS.lastDate} held fixed`);
  });

  it('network-fit says every date outside at once', async () => {
    const out = await runCommand([
      'network-fit',
      '--date',
      '9999-12-31',
      '--date',
      '2024-04-20',
      '--date',
      '2008-12-31',
    ]);
    expect(out.exit).toBe(2);
    expect(out.output).toBe(`minesim: ${outside('9999-12-31')}\n${outside('2008-12-31')}\n`);
  });
});
