// Advice in the commands' own refusals, followed literally: each case's refusal, then the command
// line the advice gives, accepted. The commands run in-process through main() (their exit code,
// stdout and stderr are the spawned command's, and a spawn cost a second or more a command); the
// runs' worker threads are the built ones (run `npm run build` first).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../fixtures/main-in-process.js';

const minesim = (...args: string[]) => runMain(args);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'minesim-advice-'));
  mkdirSync(join(dir, 'store'));
  writeFileSync(join(dir, 'a-file'), '');
  const row = '2025-11-15,95000,152271405447597,144,0.02';
  writeFileSync(join(dir, 'twice.csv'), `date,price_usd,difficulty,blocks,fees_per_block\n${row}\n${row}\n`);
  writeFileSync(join(dir, 'once.csv'), `date,price_usd,difficulty,blocks,fees_per_block\n${row}\n`);
  const flagship = readFileSync('scenarios/north-korea-2017-s9.yaml', 'utf8');
  writeFileSync(join(dir, 'same-name.yaml'), flagship);
  writeFileSync(join(dir, 'own-name.yaml'), flagship.replace(/^name: .*$/m, 'name: north-korea-2017-s9-own'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Case {
  what: string;
  refused: () => string[];
  advice: string;
  followed: () => string[];
  /** The command prints its progress on stderr (batch): only its code and a problem count are checked. */
  progress?: true;
}

const QUOTE = ['quote', '--tariff', '0.05'];
const HEDGE = 'scenarios/hashprice-hedge-2024-05.yaml';
const FLAGSHIP = 'scenarios/north-korea-2017-s9.yaml';
const CASES: Case[] = [
  {
    what: 'quote of a SHA-256 machine with --coin monero names the coin it mines (it said "give --coin" alone)',
    refused: () => [...QUOTE, '--machine', 'Antminer S9', '--coin', 'monero'],
    advice: 'or give --coin bitcoin',
    followed: () => [...QUOTE, '--machine', 'Antminer S9', '--coin', 'bitcoin'],
  },
  {
    what: 'quote of a CryptoNight CPU without --coin names --coin monero',
    refused: () => [...QUOTE, '--machine', 'Intel Core i7-6700', '--date', '2019-06-01'],
    advice: 'or give --coin monero',
    followed: () => [...QUOTE, '--machine', 'Intel Core i7-6700', '--date', '2019-06-01', '--coin', 'monero'],
  },
  {
    what: 'quote of a CryptoNight CPU on a RandomX day gives the last day of CryptoNight',
    refused: () => [...QUOTE, '--machine', 'Intel Core i7-6700', '--coin', 'monero'],
    advice: 'give a --date before 2019-11-30',
    followed: () => [...QUOTE, '--machine', 'Intel Core i7-6700', '--coin', 'monero', '--date', '2019-11-29'],
  },
  {
    what: 'quote of an X3 after the fork that shut it out gives a date before it',
    refused: () => [...QUOTE, '--machine', 'Antminer X3', '--coin', 'monero', '--date', '2019-06-01'],
    advice: 'give a --date before then',
    followed: () => [...QUOTE, '--machine', 'Antminer X3', '--coin', 'monero', '--date', '2018-04-05'],
  },
  {
    what: 'quote with an all-in hosting rate and a tariff: leave out --tariff',
    refused: () => ['quote', '--machine', 'Antminer S21', '--hosting', '0.075 USD/kWh', '--tariff', '0.05'],
    advice: 'leave out --tariff (or give `--tariff 0`)',
    followed: () => ['quote', '--machine', 'Antminer S21', '--hosting', '0.075 USD/kWh', '--tariff', '0'],
  },
  {
    what: 'quote before the history: give --hashprice',
    refused: () => [...QUOTE, '--machine', 'Antminer S9', '--date', '2009-01-05'],
    advice: 'give --hashprice',
    followed: () => [...QUOTE, '--machine', 'Antminer S9', '--date', '2009-01-05', '--hashprice', '1000'],
  },
  {
    // It asked for --hashprice alone, and then refused the quote for want of --height.
    what: 'quote far past the data: give --hashprice, --price and --height at once',
    refused: () => [...QUOTE, '--machine', 'Antminer S21', '--date', '2030-01-01', '--unit-price', '3400'],
    advice: 'and --height, the block height on 2030-01-01, to date the halvings ahead',
    followed: () => [
      ...QUOTE,
      '--machine',
      'Antminer S21',
      '--date',
      '2030-01-01',
      '--unit-price',
      '3400',
      '--hashprice',
      '50',
      '--price',
      '100000',
      '--height',
      '1100000',
    ],
  },
  {
    what: 'quote with a height the history gives: leave out --height',
    refused: () => [...QUOTE, '--machine', 'Antminer S21', '--date', '2024-01-01', '--height', '10'],
    advice: 'leave out --height',
    followed: () => [...QUOTE, '--machine', 'Antminer S21', '--date', '2024-01-01'],
  },
  {
    what: "quote past the data with a height below the data's: give one from the data's end up",
    refused: () => [
      ...QUOTE,
      '--machine',
      'Antminer S21',
      '--date',
      '2026-06-01',
      '--hashprice',
      '50',
      '--height',
      '10',
    ],
    advice: 'give a --height from 923663 up',
    followed: () => [
      ...QUOTE,
      '--machine',
      'Antminer S21',
      '--date',
      '2026-06-01',
      '--hashprice',
      '50',
      '--height',
      '923663',
    ],
  },
  {
    // It advised "at least 2.2e-308", below the least normal double, refused again.
    what: 'quote with a coin price nearer 0 than a double holds: the least coin price it takes',
    refused: () => [...QUOTE, '--machine', 'Antminer S21', '--price', '1e-400'],
    advice: 'give a figure of at least 0.000001 USD, or leave out --price',
    followed: () => [...QUOTE, '--machine', 'Antminer S21', '--price', '0.000001'],
  },
  {
    // It asked for the start figures a run before the history needs (network.height, price.start),
    // which the back-test then refused: it replays the history from its start.
    what: 'backtest of a start before the history: a start inside it',
    refused: () => ['backtest', HEDGE, '--set', 'start=2009-06-01', '--out', join(dir, 'early')],
    advice: 'give a start on 2010-07-18 or after',
    followed: () => [
      'backtest',
      HEDGE,
      '--set',
      'start=2014-01-01',
      '--set',
      'finance.hedges=[]',
      '--set',
      'claims=[]',
      '--set',
      'fleet[0]={ hashrate: 1 GH/s, power: 100 W, count: 1, unitPrice: 100 USD }',
      '--out',
      join(dir, 'early'),
    ],
  },
  {
    what: 'hashprice of Monero per PH: drop --per',
    refused: () => ['hashprice', '--date', '2020-01-01', '--coin', 'monero', '--per', 'PH'],
    advice: 'drop --per',
    followed: () => ['hashprice', '--date', '2020-01-01', '--coin', 'monero'],
  },
  {
    what: 'sweep of a key both set and varied: drop one',
    refused: () => [
      'sweep',
      FLAGSHIP,
      '--vary',
      'fleet[0].count=5,10',
      '--set',
      'fleet[0].count=3',
      '--paths',
      '10',
      '--out',
      join(dir, 'sweep'),
    ],
    advice: 'drop one',
    followed: () => [
      'sweep',
      FLAGSHIP,
      '--vary',
      'fleet[0].count=5,10',
      '--paths',
      '10',
      '--out',
      join(dir, 'sweep'),
    ],
  },
  {
    what: 'batch of two scenarios of one name: give each its own name',
    refused: () => [
      'batch',
      FLAGSHIP,
      join(dir, 'same-name.yaml'),
      '--paths',
      '10',
      '--out',
      join(dir, 'batch'),
    ],
    advice: 'give each scenario of a batch its own name',
    followed: () => [
      'batch',
      FLAGSHIP,
      join(dir, 'own-name.yaml'),
      '--paths',
      '10',
      '--out',
      join(dir, 'batch-named'),
    ],
    progress: true,
  },
  {
    what: 'data status with --data naming a file: give --data a folder',
    refused: () => ['data', 'status', '--data', join(dir, 'a-file')],
    advice: 'give --data a folder',
    followed: () => ['data', 'status', '--data', join(dir, 'store')],
  },
  {
    what: 'data import of a day given twice: give each day one row',
    refused: () => ['data', 'import', join(dir, 'twice.csv'), '--data', join(dir, 'store')],
    advice: 'give each day one row',
    followed: () => ['data', 'import', join(dir, 'once.csv'), '--data', join(dir, 'store')],
  },
];

describe("advice in the commands' refusals, followed", () => {
  for (const c of CASES)
    it(`minesim ${c.what}`, async () => {
      const refused = await minesim(...c.refused());
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(c.advice);
      const followed = await minesim(...c.followed());
      expect(refused.stderr).not.toContain('network.height');
      if (c.progress) expect(followed.stderr).not.toContain('bad input');
      else expect(followed.stderr).toBe('');
      expect(followed.code).toBe(0);
    }, 60_000);
});
