// quote --uptime takes what a scenario's uptime takes, 1 % to 100 %: at 1e-300 % it printed a payback
// held fixed of 1.6e305 days in 300 digits (a scenario refuses an uptime under 1 % for that reason).
import { describe, expect, it } from 'vitest';
import { quoteMessages } from '../../src/messages/quote.js';
import { runCommand } from '../hostile/in-process.js';

const QUOTE = ['quote', '--machine', 'Antminer S21', '--tariff', '0.05', '--date', '2024-04-01'];

describe('quote --uptime at its bounds', () => {
  it.each(['1e-300%', '0.99%', '0.0099'])('--uptime %s is refused', async (uptime) => {
    const out = await runCommand([...QUOTE, '--uptime', uptime]);
    expect(out.exit).toBe(2);
    expect(out.output).toBe(`minesim: ${quoteMessages.outOfRange('uptime', uptime, 'from 1 % to 100 %')}\n`);
  });

  it.each(['1%', '0.01', '100%'])('--uptime %s is answered', async (uptime) => {
    const out = await runCommand([...QUOTE, '--uptime', uptime]);
    expect(out.exit).toBe(0);
    expect(out.output).not.toMatch(/[0-9,]{30,}/);
  });
});
