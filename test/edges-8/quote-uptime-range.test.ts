// `quote --uptime` takes 1 % to 100 % (a scenario's least uptime): below it the refusal said "from
// 1 % to 100 %", above it "from 0 % to 100 %", a range that takes the 0.5 % it refuses.
import { describe, expect, it } from 'vitest';
import { quoteMessages } from '../../src/messages/quote.js';
import { runMain } from '../fixtures/main-in-process.js';

const quote = (uptime: string) =>
  runMain(['quote', '--machine', 'S9', '--date', '2021-08-07', '--tariff', '0.05', '--uptime', uptime]);

describe('quote --uptime out of its range', () => {
  it.each(['0.5%', '101%', '1.01'])(
    'quote --uptime %s says the range it takes, 1 % to 100 %',
    async (uptime) => {
      const r = await quote(uptime);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`minesim: ${quoteMessages.outOfRange('uptime', uptime, 'from 1 % to 100 %')}\n`);
    },
  );
});
