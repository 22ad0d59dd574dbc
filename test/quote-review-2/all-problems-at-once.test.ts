// `minesim quote` refused its flags one problem at a time: on a day far past the data with
// --difficulty alone it asked for --price, then (given) for --fees, then for --height, three tries
// for one answer. Every problem of its flags is now said at once, one a line, each naming what to
// give, exit 2: here every combination of --price, --fees and --height on a day 930 days past the
// Bitcoin data (past both the 31 days its fees and the 400 days its height are carried), with
// --difficulty, with --hashprice and with neither.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildQuote } from '../../src/cli/quote-build.js';
import type { Args } from '../../src/cli/quote-inputs.js';

const base: Args = {
  machine: 'Antminer S21',
  tariff: '0.06',
  date: '2028-06-01',
  'pool-fee': '0%',
  metered: false,
  uptime: '100%',
  pue: 1,
  coin: 'bitcoin',
  json: true,
};
const figures = { price: '90000', fees: '1%', height: '990000' } as const;
type Figure = keyof typeof figures;
const subsets: Figure[][] = [
  [],
  ['price'],
  ['fees'],
  ['height'],
  ['price', 'fees'],
  ['price', 'height'],
  ['fees', 'height'],
  ['price', 'fees', 'height'],
];

/** The problems a quote is refused with, one a line; [] where it is quoted. */
function problems(args: Args): string[] {
  try {
    buildQuote(args);
    return [];
  } catch (error) {
    return (error as Error).message.split('\nminesim: ');
  }
}
const given = (names: Figure[]) => Object.fromEntries(names.map((n) => [n, figures[n]]));
/** Which figure each problem asks for. */
const asked = (lines: string[]) =>
  lines.map((l) =>
    l.includes('give --price too')
      ? 'price'
      : l.startsWith('--fees:')
        ? 'fees'
        : l.startsWith('--height:')
          ? 'height'
          : l.startsWith('no bitcoin history')
            ? 'figures'
            : l,
  );

describe('quote on a day far past the data: every missing figure asked for at once', () => {
  for (const names of subsets) {
    const missing = (['price', 'fees', 'height'] as const).filter((n) => !names.includes(n));
    it(`--difficulty with ${names.join(', ') || 'nothing else'}: asks for ${missing.join(', ') || 'nothing'}`, () => {
      expect(asked(problems({ ...base, difficulty: '150T', ...given(names) }))).toEqual(missing);
    });
    // With a hashprice the price is only the break-even's, and the fees a block are needed where the
    // halving falls before the payback (at 50 USD/PH/s/day, 2,800 USD: it does, at block 990,000).
    const missingWithHashprice = (['fees', 'height'] as const).filter((n) => !names.includes(n));
    it(`--hashprice with ${names.join(', ') || 'nothing else'}: asks for ${missingWithHashprice.join(', ') || 'nothing'}`, () => {
      const lines = asked(problems({ ...base, hashprice: '50', ...given(names) }));
      expect([...lines].sort()).toEqual([...missingWithHashprice].sort());
    });
    it(`neither with ${names.join(', ') || 'nothing else'}: one refusal naming the figures${names.includes('fees') ? ', and --fees without them' : ''}`, () => {
      const lines = problems({ ...base, ...given(names) });
      expect(asked(lines).sort()).toEqual(
        (names.includes('fees') ? ['fees', 'figures'] : ['figures']).sort(),
      );
      const figuresLine = lines.find((l) => l.startsWith('no bitcoin history')) ?? '';
      // It asks for the height and the fees only where not given.
      expect(figuresLine.includes('and --height')).toBe(!names.includes('height'));
      expect(figuresLine.includes('with --fees')).toBe(!names.includes('fees'));
    });
  }

  it('Monero 2,092 days past its data with --difficulty alone: the price and the fees at once (no height to date)', () => {
    const lines = problems({
      ...base,
      machine: 'AMD Ryzen 9 7950X',
      coin: 'monero',
      date: '2025-11-01',
      difficulty: '500G',
      'unit-price': '600',
    });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^--difficulty: no monero price on 2025-11-01 .*give --price too$/);
    expect(lines[1]).toMatch(/^--fees: 2025-11-01 is 2,092 days after the monero data ends .*give --fees/);
  });

  it('before the data: Bitcoin with --difficulty alone asks for the price (the data begins then), the fees and the height at once', () => {
    const lines = problems({ ...base, machine: 'Antminer S9', date: '2010-01-01', difficulty: '1G' });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      '--difficulty: no bitcoin price on 2010-01-01 (the data begins 2010-07-18) to make a hashprice from the difficulty: give --price too',
    );
    expect(lines[1]).toMatch(/^--fees: 2010-01-01 is 198 days before the bitcoin data begins/);
    expect(lines[2]).toMatch(/^--height: 2010-01-01 is before the bitcoin data begins/);
    const figures = problems({ ...base, machine: 'Antminer S9', date: '2010-01-01' });
    expect(figures).toHaveLength(1);
    expect(figures[0]).toContain("the data's first are held back only 31 days");
    expect(figures[0]).toContain('and --height, the block height on 2010-01-01, to date the halvings ahead');
  });

  it('before the data: Monero names --height for the reward a difficulty needs, and asks for it with the price', () => {
    const xmr = { ...base, machine: 'Intel Core i7-2600K', coin: 'monero' as const, date: '2014-05-01' };
    const figures = problems(xmr);
    expect(figures).toHaveLength(1);
    expect(figures[0]).toContain(
      'and --height, the block height on 2014-05-01, for the block reward a hashprice is made from with --difficulty',
    );
    expect(figures[0]).not.toContain('--fees');
    const lines = problems({ ...xmr, difficulty: '50M' });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('(the data begins 2014-05-20)');
    expect(lines[1]).toMatch(/give --height/);
  });

  it('bad flags and the missing figures together: each refused, a flag given but unreadable not asked for again', () => {
    const lines = problems({ ...base, tariff: undefined, pue: 5, difficulty: '150T', price: 'abc' });
    expect(lines.map((l) => l.split(':')[0])).toEqual([
      '--tariff is required (the electricity price, e.g. `--tariff 0.06` for 0.06 USD/kWh), unless --hosting is an all-in rate per kWh'.split(
        ':',
      )[0],
      '--pue',
      '--price',
      '--fees',
      '--height',
    ]);
  });

  it('the command prints each problem on its own line, exit 2', () => {
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
          '0.06',
          '--date',
          '2028-06-01',
          '--difficulty',
          '150T',
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
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => l.startsWith('minesim: '))).toBe(true);
    expect(lines[0]).toContain('give --price too');
    expect(lines[1]).toContain('give --fees');
    expect(lines[2]).toContain('give --height');
  });
});

describe('a --height refused said with what else the day lacks', () => {
  it('Monero past its data with --height and --difficulty alone: the height, the price and the fees at once', () => {
    const lines = problems({
      ...base,
      machine: 'AMD Ryzen 9 7950X',
      coin: 'monero',
      date: '2025-11-01',
      difficulty: '500G',
      height: '3000000',
      'unit-price': '600',
    });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('--height: monero has no halvings for a block height to date; leave out --height');
    expect(lines[1]).toContain('give --price too');
    expect(lines[2]).toMatch(/^--fees: /);
  });
});
