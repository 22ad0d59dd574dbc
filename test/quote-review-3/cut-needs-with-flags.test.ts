// `minesim quote --hashprice` on a day far from the data asked for --height and --fees (what a
// halving or the emission before the payback needs) only once every cost flag read: a bad
// --tariff, --pue, --uptime or --machine was refused alone, and the fixed command line was then
// refused again for the height and the fees. Every problem of one command line now comes in one
// list (exit 2): with a flag refused the payback is not known, so each figure a cut of the reward
// could need is asked for with it; a fixed command line is never refused for something new.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildQuote } from '../../src/cli/quote-build.js';
import type { Args } from '../../src/cli/quote-inputs.js';

const base: Args = {
  machine: 'Antminer S21',
  tariff: '0.06',
  date: '2028-06-01',
  hashprice: '50',
  'pool-fee': '0%',
  metered: false,
  uptime: '100%',
  pue: 1,
  coin: 'bitcoin',
  json: true,
};

/** The problems a quote is refused with, one a line; [] where it is quoted. */
function problems(args: Args): string[] {
  try {
    buildQuote(args);
    return [];
  } catch (error) {
    return (error as Error).message.split('\nminesim: ');
  }
}
const flagOf = (line: string) => line.split(':')[0];

describe('quote --hashprice far past the data: the height and the fees asked with the other flags', () => {
  it('alone (every flag readable): the height and the fees, as before', () => {
    expect(problems(base).map(flagOf)).toEqual(['--height', '--fees']);
  });

  const bad: [string, Partial<Args>, string][] = [
    ['--tariff abc', { tariff: 'abc' }, '--tariff'],
    ['--pue 5', { pue: 5 }, '--pue'],
    ['--uptime 0.1%', { uptime: '0.1%' }, '--uptime'],
    ['--pool-fee 80%', { 'pool-fee': '80%' }, '--pool-fee'],
    ['--unit-price -5', { 'unit-price': '-5' }, '--unit-price'],
    ['--machine "Antminer S99"', { machine: 'Antminer S99' }, '--machine'],
  ];
  for (const [written, flags, flag] of bad)
    it(`${written}: refused with the height and the fees in one list`, () => {
      expect(problems({ ...base, ...flags }).map(flagOf)).toEqual([flag, '--height', '--fees']);
    });

  it('the flag fixed, the rest is what was said, nothing new', () => {
    const first = problems({ ...base, tariff: 'abc', height: undefined });
    const fixed = problems({ ...base, tariff: '0.06' });
    expect(first.slice(1)).toEqual(fixed);
    // And with the height and fees given as asked, the quote is made.
    expect(problems({ ...base, height: '990000', fees: '1%' })).toEqual([]);
  });

  it('a height given but the fees not: the fees with the bad flag (the halving at 1,050,000 could fall before a payback)', () => {
    expect(problems({ ...base, height: '990000', tariff: 'abc' }).map(flagOf)).toEqual([
      '--tariff',
      '--fees',
    ]);
  });

  it('a machine without a catalog price and no --unit-price has no payback to cut: the bad flag alone', () => {
    expect(problems({ ...base, machine: 'Antminer S7', tariff: 'abc' }).map(flagOf)).toEqual(['--tariff']);
    expect(problems({ ...base, machine: 'Antminer S7' })).toEqual([]);
  });

  it('Monero 113 days past its data, its reward still falling: --fees with the bad flag', () => {
    const xmr: Args = {
      ...base,
      machine: 'AMD Ryzen 9 7950X',
      coin: 'monero',
      date: '2020-06-01',
      hashprice: '5',
      'unit-price': '600',
      tariff: '0.01',
    };
    const fixed = problems(xmr);
    expect(fixed.map(flagOf)).toEqual(['--fees']);
    expect(problems({ ...xmr, tariff: 'abc' }).map(flagOf)).toEqual(['--tariff', '--fees']);
  });

  it('Monero at its tail emission (2025-11-01): no cut ahead, so no --fees asked with the bad flag', () => {
    const xmr: Args = {
      ...base,
      machine: 'AMD Ryzen 9 7950X',
      coin: 'monero',
      date: '2025-11-01',
      hashprice: '0.5',
      'unit-price': '600',
    };
    expect(problems(xmr)).toEqual([]);
    expect(problems({ ...xmr, tariff: 'abc' }).map(flagOf)).toEqual(['--tariff']);
  });

  it('the command line: one list on stderr, exit 2', () => {
    let stderr = '';
    let status = 0;
    try {
      execFileSync(
        process.execPath,
        [
          'bin/minesim.mjs',
          'quote',
          '--machine',
          'S21',
          '--tariff',
          'abc',
          '--date',
          '2028-06-01',
          '--hashprice',
          '50',
        ],
        { encoding: 'utf8', stdio: 'pipe' },
      );
    } catch (error) {
      const e = error as { stderr: string; status: number };
      stderr = e.stderr;
      status = e.status;
    }
    expect(status).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines.map((l) => l.replace(/^minesim: /, '').split(':')[0])).toEqual([
      '--tariff',
      '--height',
      '--fees',
    ]);
  });
});
