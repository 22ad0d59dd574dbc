// `minesim quote` past the data (2025-11-14) took a hashprice and a price but no difficulty, the
// figure an analyst reads off a block explorer. `--difficulty` now makes the hashprice from it: the
// subsidy at the height (carried forward or given), the fees a block (given with `--fees`, else the
// data's last day's, said) and the price. By hand for an Antminer S21 on 2026-12-07 at 150 T and
// 90,000 USD with fees of 1 % of the subsidy: (3.125 + 0.03125) BTC x 90,000 USD x 86,400 s /
// (150e12 x 2^32) = 3.8096e-14 USD per H/s a day, 38.10 USD/PH/s/day: the scenario run's held-fixed
// view of the same inputs (difficulty 150 T, BTC 90,000 USD, fees 1 % of the subsidy) prints 38.10.
import { describe, expect, it } from 'vitest';
import { buildQuote } from '../../src/cli/quote-build.js';
import { compilePlan } from '../../src/engine/compile/compile.js';
import { planDailyView } from '../../src/engine/compile/daily-view.js';
import { loadCompileInputs } from '../../src/engine/compile/inputs.js';
import { quoteMessages } from '../../src/messages/quote.js';
import { runNode } from '../fixtures/node-process.js';
import { scenarioOf } from '../fixtures/scenarios.js';

const args = {
  machine: 'Antminer S21',
  tariff: '0.06',
  date: '2026-12-07',
  price: '90000',
  'unit-price': '2800',
  'pool-fee': '0%',
  metered: false,
  uptime: '100%',
  pue: 1,
  coin: 'bitcoin' as const,
  json: true,
};

const byHand = (rewardBtc: number, priceUsd: number, difficulty: number) =>
  ((rewardBtc * priceUsd * 86_400) / (difficulty * 2 ** 32)) * 1e15;

describe('minesim quote --difficulty', () => {
  it('buildQuote() at 150T, 90,000 USD and --fees 1% gives 38.10 USD/PH/s/day, by hand and as the scenario’s held-fixed view', async () => {
    const q = buildQuote({ ...args, difficulty: '150T', fees: '1%' });
    expect(q.hashpriceUsd).toBeCloseTo(byHand(3.125 * 1.01, 90_000, 150e12), 10);
    expect(q.hashpriceUsd.toFixed(2)).toBe('38.10');
    const s = await scenarioOf({
      name: 'quote-difficulty',
      coin: 'bitcoin',
      start: '2026-12-07',
      horizon: '3 years',
      fleet: [{ model: 'Antminer S21', count: 500, unitPrice: '2800 USD' }],
      power: { price: '0.06 USD/kWh' },
      network: { difficulty: '150 T', model: { type: 'growth', rate: '30 %' } },
      price: { start: '90000 USD', model: { type: 'fixed' } },
      fees: { model: { type: 'share-of-subsidy', share: '1 %' } },
      monteCarlo: { paths: 10, seed: 1 },
    });
    const inputs = await loadCompileInputs(s);
    const view = planDailyView(s, compilePlan(s, inputs), inputs.history);
    expect(q.hashpriceUsd).toBeCloseTo(view.hashpriceUsd, 10);
    // The same machine at the same conditions pays back on the same day.
    expect(q.day.paybackDays).toBeCloseTo(view.fleet.paybackDays ?? Number.NaN, 6);
  }, 60_000);

  it('buildQuote() without --fees within 31 days of the data holds the data’s last day’s fees (0.02394 BTC a block): 38.01 USD/PH/s/day, and says so; 388 days past, asks for --fees', () => {
    const q = buildQuote({ ...args, date: '2025-12-10', difficulty: '150 T' });
    expect(q.hashpriceUsd.toFixed(2)).toBe('38.01');
    expect(q.hashpriceUsd).toBeCloseTo(byHand(3.125 + 0.02394, 90_000, 150e12), 2);
    expect(q.source).toContain(
      'hashprice from the difficulty as given (150 T) with a subsidy of 3.125 BTC a block',
    );
    expect(q.source).toContain('those of 2025-11-14, the data’s last day, held; --fees to change');
    expect(q.source).toContain("carried forward from 2025-11-14 (the data's last day, 26 days before)");
    expect(() => buildQuote({ ...args, difficulty: '150 T' })).toThrow(
      /^--fees: 2026-12-07 is 388 days after/,
    );
  });

  it('buildQuote() takes fees in coins a block and a height given (the subsidy at 1,050,000 is 1.5625 BTC)', () => {
    const q = buildQuote({ ...args, difficulty: '1.5e14', fees: '0.05 BTC' });
    expect(q.hashpriceUsd).toBeCloseTo(byHand(3.175, 90_000, 150e12), 10);
    const halved = buildQuote({ ...args, difficulty: '150T', fees: '0', height: '1050000' });
    expect(halved.hashpriceUsd).toBeCloseTo(byHand(1.5625, 90_000, 150e12), 10);
    expect(halved.source).toContain('subsidy of 1.5625 BTC a block');
  });

  it('buildQuote() inside the data puts the difficulty in place of the day’s: the history’s own difficulty gives the history’s hashprice', () => {
    const day = buildQuote({ ...args, date: '2025-11-14', price: undefined });
    const given = buildQuote({ ...args, date: '2025-11-14', price: undefined, difficulty: '150T' });
    expect(given.priceUsd).toBe(day.priceUsd);
    expect(given.source).toContain('hashprice from the difficulty as given (150 T)');
    expect(given.hashpriceUsd).not.toBeCloseTo(day.hashpriceUsd, 1);
    // hashprice scales as 1 / difficulty at the day's reward and price.
    const difficulty = (150e12 * given.hashpriceUsd) / day.hashpriceUsd;
    expect(
      buildQuote({ ...args, date: '2025-11-14', price: undefined, difficulty: String(difficulty) })
        .hashpriceUsd,
    ).toBeCloseTo(day.hashpriceUsd, 8);
  });

  it('buildQuote() refuses --difficulty with --hashprice, --fees without --difficulty or --hashprice, and --difficulty past the data without --price', () => {
    expect(() => buildQuote({ ...args, difficulty: '150T', hashprice: '38' })).toThrow(
      quoteMessages.difficultyWithHashprice(),
    );
    expect(() => buildQuote({ ...args, fees: '1%' })).toThrow(quoteMessages.feesWithoutDifficulty());
    expect(() => buildQuote({ ...args, difficulty: '150T', price: undefined })).toThrow(
      quoteMessages.difficultyNeedsPrice('bitcoin', '2026-12-07', '2025-11-14'),
    );
    expect(() => buildQuote({ ...args, difficulty: '0' })).toThrow(
      '--difficulty: must be from 1 to 1e30 (got "0")',
    );
    expect(() => buildQuote({ ...args, difficulty: '150 X' })).toThrow('--difficulty: expected a difficulty');
  });

  it('buildQuote() refuses a difficulty at which the machine would out-hash the network, naming the flag', () => {
    expect(() => buildQuote({ ...args, difficulty: '1', fees: '1%' })).toThrow(
      '(at the --difficulty given, blocks on target)',
    );
  });

  it('buildQuote() of Monero past its data (2020-02-09) makes the hashprice from the difficulty and the emission’s reward', () => {
    const q = buildQuote({
      ...args,
      coin: 'monero',
      machine: 'AMD Ryzen 9 7950X',
      date: '2020-06-01',
      price: '60',
      difficulty: '200G',
      fees: '0',
    });
    const reward = q.emission?.rewardNow ?? Number.NaN;
    // Monero: D hashes a block, so reward x price x 86,400 / D per H/s a day, per kH/s x 1000.
    expect(q.hashpriceUsd).toBeCloseTo(((reward * 60 * 86_400) / 200e9) * 1e3, 10);
  });
});

describe('minesim quote --difficulty on the command line', () => {
  it('minesim quote --machine "Antminer S21" --tariff 0.06 --date 2025-12-10 --difficulty 150T --price 90000 quotes 38.01 USD/PH/s/day; --help names --difficulty and --fees', async () => {
    const run = await runNode([
      'bin/minesim.mjs',
      'quote',
      '--machine',
      'Antminer S21',
      '--tariff',
      '0.06',
      '--date',
      '2025-12-10',
      '--difficulty',
      '150T',
      '--price',
      '90000',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('BTC 90,000 USD, hashprice 38.01 USD/PH/s/day');
    const help = await runNode(['bin/minesim.mjs', 'quote', '--help']);
    expect(help.stdout).toContain('--difficulty');
    expect(help.stdout).toContain('--fees');
  });
});
