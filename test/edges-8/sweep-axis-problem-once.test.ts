// An axis in a unit its field does not read (`--vary 'power.price=0.05 USD/TH..0.1:1000'`) was
// refused once for each of its values: a thousand lines that differ only in the value they quote.
// The problem of an axis that its values share is said once, with how many more values it holds
// for and the last of them; two values are still said each.
import { describe, expect, it } from 'vitest';
import { sweepMessages } from '../../src/messages/sweep.js';
import { runMain } from '../fixtures/main-in-process.js';

const FLAGSHIP = 'scenarios/north-korea-2017-s9.yaml';
const sweep = (...vary: string[]) =>
  runMain([
    'sweep',
    FLAGSHIP,
    ...vary.flatMap((v) => ['--vary', v]),
    '--paths',
    '10',
    '--out',
    '/nonexistent/edges-8/sweep-axis-problem',
  ]);

describe('sweep of an axis whose values share a problem', () => {
  it('minesim sweep says the problem once, with the number of values it holds for and the last one', async () => {
    const r = await sweep('power.price=0.05 USD/TH..0.1:4');
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      `--vary power.price=0.05 USD/TH..0.1:4 power.price: expected an energy price, like 0.05 USD/kWh (got "0.05 USD/TH"${sweepMessages.alikeValues(3, '"0.1 USD/TH"')})`,
    ]);
  });

  it('minesim sweep still says each value where an axis has two, and each axis apart', async () => {
    const r = await sweep('power.price=0.05 USD/TH..0.1:2', 'fleet[0].unitPrice=1 EUR..3 EUR:3');
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('--vary power.price'))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith('--vary fleet[0].unitPrice'))).toEqual([
      `--vary fleet[0].unitPrice=1 EUR..3 EUR:3 fleet[0].unitPrice: expected an amount of money, like 2000 USD (got "1 EUR", and "EUR" is not a unit minesim knows${sweepMessages.alikeValues(2, '"3 EUR", and "EUR" is not a unit minesim knows')})`,
    ]);
  });
});
