// Runs the built command (`npm test` builds first through `pretest`; run `npm run build` before
// running this file alone). Files the tests write go to a temporary folder, never the repo.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHistory } from '../../src/data/history.js';
import { cliMessages } from '../../src/messages/cli.js';
import { dailyViewMessages } from '../../src/messages/daily-view.js';
import { dataMessages } from '../../src/messages/data.js';
import { documentMessages } from '../../src/messages/documents.js';
import { quoteMessages } from '../../src/messages/quote.js';
import { editorJsonSchema } from '../../src/scenario/editor-schema.js';
import { formatProblem, type Problem } from '../../src/scenario/problem.js';
import { LIMITS } from '../../src/scenario/schema/limits.js';
import { validateScenarioFile } from '../../src/scenario/validate.js';
import { ROOT, type Run, runNode } from '../fixtures/node-process.js';

const SCENARIOS = readdirSync(join(ROOT, 'scenarios'))
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `scenarios/${f}`);
const FLAGSHIP = 'scenarios/north-korea-2017-s9.yaml';
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

function minesim(...args: string[]): Promise<Run> {
  return runNode(['bin/minesim.mjs', ...args]);
}

const lines = (text: string) => text.split('\n').filter((l) => l !== '');

let dir: string;
let broken: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'minesim-cli-'));
  broken = join(dir, 'broken.yaml');
  writeFileSync(
    broken,
    [
      'name: broken',
      'start: 2019-02-30',
      'fleet:',
      '  - model: Antminer S99',
      '    count: 0',
      '    unitPrice: 300 USD',
      'power:',
      '  price: 5 W',
      '',
    ].join('\n'),
  );
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// Every test below runs its own processes on its own files: all of them run together, the groups
// too, so that no group waits for the slowest process of the one before.
describe.concurrent('minesim as a process', () => {
  describe.concurrent('minesim validate', () => {
    it('minesim validate scenarios/*.yaml exits 0 with one ok line per file', async () => {
      const run = await minesim('validate', ...SCENARIOS);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      // A valid file may be followed by its hardware notes (the X3 scenario buys its machines on
      // 2018-02-15, before the catalog's 2018-03 release: a counterfactual it says it is).
      const out = lines(run.stdout).filter((line) => !line.includes(': note: '));
      expect(out).toHaveLength(SCENARIOS.length);
      for (const [i, file] of SCENARIOS.entries()) expect(out[i]).toMatch(cliMessages.validSummary(file, ''));
      // The S21 fleet starts 2026-01-22, past the history, but gives its height, difficulty, price
      // and fee share: nothing is carried forward, and no note says it is.
      expect(lines(run.stdout).filter((line) => line.includes(': note: '))).toEqual([
        expect.stringMatching(
          /cryptonight-asic-2018-x3\.yaml: note: fleet\[0\]\.model: the Antminer X3 came out in 2018-03/,
        ),
      ]);
    });

    it('minesim validate exits 2 on broken or missing files, printing every problem positioned on stderr', async () => {
      const missing = join(dir, 'missing.yaml');
      const run = await minesim('validate', broken, missing);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const problems: Problem[] = [];
      for (const file of [broken, missing]) {
        const v = await validateScenarioFile(file);
        expect(v.ok).toBe(false);
        if (!v.ok) problems.push(...v.problems);
      }
      expect(problems.length).toBeGreaterThanOrEqual(5);
      expect(run.stderr).toBe(
        [...problems.map(formatProblem), cliMessages.invalidCount(2, problems.length), ''].join('\n'),
      );
      const positioned = new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ \\S+: .+`);
      for (const line of lines(run.stderr).slice(0, problems.length - 1)) expect(line).toMatch(positioned);
      expect(run.stderr).toContain(`${missing}: ${documentMessages.unreadable('no such file')}`);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    });

    it('minesim validate --json prints one JSON document for a valid file', async () => {
      const run = await minesim('validate', '--json', FLAGSHIP);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      const report = JSON.parse(run.stdout);
      expect(report).toMatchObject({ valid: true, files: [{ file: FLAGSHIP, ok: true }] });
      expect(report.files[0].summary).toMatchObject({ coin: 'bitcoin', units: 10 });
    });

    it('minesim validate --json prints one JSON document, and exits 2, for invalid input', async () => {
      const run = await minesim('validate', '--json', broken, SCENARIOS[0]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('');
      const report = JSON.parse(run.stdout);
      expect(report.valid).toBe(false);
      expect(report.files.map((f: { ok: boolean }) => f.ok)).toEqual([false, true]);
      const [first] = report.files[0].problems;
      expect(first).toMatchObject({ file: broken, line: 2, col: 8, path: 'start' });
      expect(first.text).toBe(formatProblem(first));
    });
  });

  describe.concurrent('minesim schema, usage and help', () => {
    it('minesim schema prints the scenario JSON Schema, byte for byte the committed file editors read', async () => {
      const run = await minesim('schema');
      expect(run.code).toBe(0);
      const schema = JSON.parse(run.stdout);
      expect(schema.$schema).toMatch(/json-schema\.org/);
      expect(schema).toEqual(editorJsonSchema());
      expect(run.stdout).toBe(readFileSync(join(ROOT, 'schema', 'scenario.schema.json'), 'utf8'));
    });

    it.each([
      ['an unknown command', ['frobnicate'], /^Unknown argument: frobnicate$/, undefined],
      ['no command', [], /^Name a command\.$/, undefined],
      ['validate without files', ['validate'], /^Not enough non-option arguments/, 'validate'],
    ] as const)(
      'minesim exits 2 with a usage message on %s, pointing to the help that explains it',
      async (_, args, detail, command) => {
        const run = await minesim(...args);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        const message = run.stderr.replace(/^minesim: /, '').trimEnd();
        const [first] = message.split('\n');
        expect(first).toMatch(detail);
        expect(message).toBe(cliMessages.usage(first, command));
      },
    );

    it('minesim run --path 500 suggests --paths and points to minesim run --help', async () => {
      const run = await minesim('run', FLAGSHIP, '--path', '500', '--seedd', '3');
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const detail = [
        cliMessages.unknownOption('path', 'paths'),
        cliMessages.unknownOption('seedd', 'seed'),
      ].join('\n');
      expect(run.stderr).toBe(`minesim: ${cliMessages.usage(detail, 'run')}\n`);
    });

    it('minesim run with --paths or --seed given twice exits 2 (yargs ran 100 + 1 paths, and crashed on two seeds)', async () => {
      const run = await minesim('run', FLAGSHIP, '--paths', '100', '--paths', '1', '--seed=1', '--seed', '2');
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const detail = [
        cliMessages.repeatedOption(['--paths', '--paths']),
        cliMessages.repeatedOption(['--seed', '--seed']),
      ];
      expect(run.stderr).toBe(`minesim: ${cliMessages.usage(detail.join('\n'), 'run')}\n`);
    });

    it('minesim run --paths abc --workers=x exits 2 showing the words typed (it printed got NaN)', async () => {
      const run = await minesim('run', FLAGSHIP, '--paths', 'abc', '--workers=x', '--seed', '3');
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      const detail = [cliMessages.notANumber('--paths', 'abc'), cliMessages.notANumber('--workers', 'x')];
      expect(run.stderr).toBe(`minesim: ${cliMessages.usage(detail.join('\n'), 'run')}\n`);
      const quote = await minesim('quote', '--machine', 'S21', '--tariff', '0.06', '--pue', 'abc');
      expect(quote.code).toBe(2);
      expect(quote.stderr).toBe(
        `minesim: ${cliMessages.usage(cliMessages.notANumber('--pue', 'abc'), 'quote')}\n`,
      );
      const none = await minesim('run', FLAGSHIP, '--paths');
      expect(none.stderr).toBe(
        `minesim: ${cliMessages.usage(cliMessages.notANumber('--paths', undefined), 'run')}\n`,
      );
    });

    it('minesim hashprice --per XX exits 2 naming the bad --per before the missing --date (it named only the --date)', async () => {
      const run = await minesim('hashprice', '--per', 'XX', '--coin=abc');
      expect(run.code).toBe(2);
      const detail = [
        cliMessages.notAChoice('coin', 'abc', ['bitcoin', 'monero']),
        cliMessages.notAChoice('per', 'XX', ['PH', 'TH']),
        'Missing required argument: date',
      ];
      expect(run.stderr).toBe(`minesim: ${cliMessages.usage(detail.join('\n'), 'hashprice')}\n`);
      const quote = await minesim('quote', '--coin', 'x');
      expect(quote.stderr).toBe(
        `minesim: ${cliMessages.usage(`${cliMessages.notAChoice('coin', 'x', ['bitcoin', 'monero'])}\nMissing required argument: machine`, 'quote')}\n`,
      );
    });

    it('minesim validate - exits 2 naming /dev/stdin (yargs dropped the `-`: it validated nothing and exited 0)', async () => {
      for (const args of [
        ['validate', '-'],
        ['run', '-'],
      ]) {
        const run = await minesim(...args);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe(`minesim: ${cliMessages.usage(cliMessages.dashArgument(), args[0])}\n`);
      }
    });

    it('minesim run --data <a file> exits 2 saying it is not a folder (it crashed on ENOTDIR)', async () => {
      const file = join(dir, 'not-a-folder.txt');
      writeFileSync(file, 'x');
      const run = await minesim(
        'run',
        FLAGSHIP,
        '--data',
        file,
        '--paths',
        '5',
        '--out',
        join(dir, 'data-file'),
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`minesim: ${dataMessages.dataFolderNotAFolder(file, '--data')}\n`);
      expect(existsSync(join(dir, 'data-file'))).toBe(false);
    });

    it('minesim quote with --machine given twice exits 2 (it crashed on the list)', async () => {
      const run = await minesim('quote', '--machine', 'S21', '--machine', 'S9', '--tariff', '0.06');
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `minesim: ${cliMessages.usage(cliMessages.repeatedOption(['--machine', '--machine']), 'quote')}\n`,
      );
    });

    it('minesim validate --set checks the scenario with the overrides, reading USD/kwh as USD/kWh', async () => {
      const ok = await minesim(
        'validate',
        FLAGSHIP,
        '--set',
        'power.price=0.06 USD/kwh',
        '--set',
        'fleet[0].count=100',
      );
      expect(ok.stderr).toBe('');
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain('100 units');
      const bad = await minesim('validate', FLAGSHIP, '--set', 'fleet[0].count=0');
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('--set fleet[0].count=0 fleet[0].count: must be at least 1 (got 0)');
    });

    it.each(['run', 'backtest', 'validate', 'hashprice', 'schema', 'init'])(
      'minesim %s --help exits 0 and shows the command',
      async (command) => {
        const run = await minesim(command, '--help');
        expect(run.code).toBe(0);
        expect(run.stdout).toContain(`minesim ${command}`);
      },
    );
  });

  describe.concurrent('minesim init', () => {
    it('minesim init writes a starter scenario that validates and names the schema', async () => {
      const file = join(dir, 'demo.yaml');
      const run = await minesim('init', 'demo', '--dir', dir);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${cliMessages.initWrote(file)}\n`);
      const text = readFileSync(file, 'utf8');
      const schemaPath = /^# yaml-language-server: \$schema=(.+)$/m.exec(text.split('\n')[0])?.[1];
      expect(schemaPath).toBeDefined();
      expect(resolve(dirname(file), schemaPath ?? '')).toBe(join(ROOT, 'schema', 'scenario.schema.json'));
      const v = await validateScenarioFile(file);
      expect(v.ok ? [] : v.problems).toEqual([]);
    });

    it('minesim init refuses to overwrite without --force (exit 2) and overwrites with it', async () => {
      const file = join(dir, 'mine.yaml');
      writeFileSync(file, 'name: mine\n');
      const refused = await minesim('init', 'mine', '--dir', dir);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toBe(`minesim: ${cliMessages.initExists(file)}\n`);
      expect(readFileSync(file, 'utf8')).toBe('name: mine\n');
      const forced = await minesim('init', 'mine', '--dir', dir, '--force');
      expect(forced.code).toBe(0);
      expect(readFileSync(file, 'utf8')).toMatch(/^name: mine$/m);
      expect(readFileSync(file, 'utf8')).not.toBe('name: mine\n');
    });

    it('minesim init refuses a name that is not a file-safe slug', async () => {
      const run = await minesim('init', '../escape', '--dir', dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`minesim: ${cliMessages.badName('../escape', LIMITS.nameChars)}\n`);
      expect(existsSync(join(dir, '..', 'escape.yaml'))).toBe(false);
    });
  });

  describe.concurrent('minesim hashprice', () => {
    it('minesim hashprice --date 2021-08-07 prints a hashprice near 390 USD/PH/s/day, and 0.39 per TH/s with --per TH', async () => {
      const run = await minesim('hashprice', '--date', '2021-08-07');
      expect(run.code).toBe(0);
      const value = /hashprice (\d+\.\d+) USD\/PH\/s\/day/.exec(run.stdout)?.[1];
      expect(Number(value)).toBeCloseTo(389.6, 1);
      const th = await minesim('hashprice', '--date', '2021-08-07', '--per', 'TH');
      expect(Number(/hashprice (\d+\.\d+) USD\/TH\/s\/day/.exec(th.stdout)?.[1])).toBeCloseTo(0.3896, 4);
    });

    it('minesim hashprice --coin monero --per TH exits 2 saying Monero is quoted per kH/s only (it ignored --per and printed USD/kH/s/day)', async () => {
      for (const per of ['TH', 'PH']) {
        const run = await minesim('hashprice', '--date', '2019-06-01', '--coin', 'monero', '--per', per);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe(
          `minesim: ${cliMessages.hashpricePerCoin('Monero', 'monero', per, 'USD/kH/s/day')}\n`,
        );
        expect(run.stdout).toBe('');
      }
      const kh = await minesim('hashprice', '--date', '2019-06-01', '--coin', 'monero');
      expect(kh.code, kh.stderr).toBe(0);
      expect(kh.stdout).toMatch(/USD\/kH\/s\/day/);
    });

    it('minesim hashprice --date 1999-01-01 exits 2 naming the genesis block', async () => {
      const run = await minesim('hashprice', '--date', '1999-01-01');
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/began on 2009-01-03 .* nothing was mined on 1999-01-01/);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    });
  });

  describe.concurrent('minesim quote', () => {
    it('minesim quote of an S21 at 0.06 USD/kWh and 34.8 USD/PH/s/day prints the hand-computed day (see test/model/daily-view.test.ts)', async () => {
      const run = await minesim(
        'quote',
        '--machine',
        'Antminer S21',
        '--tariff',
        '0.06',
        '--hashprice',
        '34.8',
        '--price',
        '78600',
        '--unit-price',
        '3400',
        '--json',
      );
      expect(run.code, run.stderr).toBe(0);
      const q = JSON.parse(run.stdout);
      expect(q.day.revenueUsd).toBeCloseTo(6.96, 10);
      expect(q.day.powerUsd).toBeCloseTo(5.04, 10);
      expect(q.day.profitUsd).toBeCloseTo(1.92, 10);
      expect(q.day.breakEvenHashpriceUsd).toBeCloseTo(25.2, 10);
      expect(Math.round(q.day.breakEvenPriceUsd)).toBe(56_917);
      expect(Math.round(q.day.paybackDays)).toBe(1771);
      const text = await minesim(
        'quote',
        '--machine',
        'S21',
        '--tariff',
        '60 USD/MWh',
        '--hashprice',
        '34.8',
        '--price',
        '78600',
        '--unit-price',
        '3400',
      );
      expect(text.stdout).toMatch(/Profit \(USD\/day\)\s+1\.92\n/);
      // 3,400 / 1.92 = 1,770.83 days of profit: the run's day 1,770 (heldFixedPaybackDay).
      expect(text.stdout).toMatch(/Days to payback, held fixed\s+1,770 d/);
    });

    it('minesim quote --hosting "30%" prints the revenue before the site’s share and the share as hosting: 6.96 - 5.04 - 2.088 = -0.168', async () => {
      const given = ['--hashprice', '34.8', '--price', '78600', '--unit-price', '3400'];
      const base = ['quote', '--machine', 'S21', '--tariff', '0.06', '--hosting', '30%', ...given];
      const run = await minesim(...base);
      expect(run.code, run.stderr).toBe(0);
      const cell = (label: string) =>
        run.stdout
          .split('\n')
          .find((l) => l.startsWith(`  ${label} `))
          ?.slice(label.length + 2)
          .trim();
      expect(cell(dailyViewMessages.revenueRow())).toBe('6.96');
      expect(cell(dailyViewMessages.powerRow())).toBe('5.04');
      expect(cell(dailyViewMessages.shareHostingRow('30 %', null))).toBe('2.088');
      expect(cell(dailyViewMessages.profitRow())).toBe('-0.168');
      expect(cell(dailyViewMessages.paybackRow())).toBe(dailyViewMessages.never());
      const q = JSON.parse((await minesim(...base, '--json')).stdout);
      expect(q.day.revenueUsd - q.day.powerUsd - q.day.hostingUsd).toBeCloseTo(q.day.profitUsd, 12);
      expect(q.hosting).toEqual({
        basis: 'revenue-share',
        allInUsdPerKwh: null,
        siteShare: 0.3,
        siteShareAfter: null,
      });
    });

    it('minesim quote --hosting "0.075 USD/kWh" names the all-in rate in its first line, not a 0 tariff, and marks the power as in it', async () => {
      const given = ['--hashprice', '34.8', '--price', '78600', '--unit-price', '3400'];
      const run = await minesim('quote', '--machine', 'S21', '--hosting', '0.075 USD/kWh', ...given);
      expect(run.code, run.stderr).toBe(0);
      const [first] = run.stdout.split('\n');
      expect(first).toBe(
        `Antminer S21 (200 TH/s, 3,500 W, 17.5 J/TH) at 2025-11-14 held fixed: BTC 78,600 USD, hashprice 34.8 USD/PH/s/day, ${dailyViewMessages.allInRate('0.075 USD/kWh')}`,
      );
      expect(run.stdout).toMatch(
        new RegExp(`\n  Power \\(USD/day\\) +${dailyViewMessages.powerInAllIn()}\n`),
      );
      // 3.5 kW x 24 h x 0.075 USD/kWh = 6.3 USD; 6.96 - 6.3 = 0.66.
      const escaped = (text: string) => text.replace(/[()/.]/g, '\\$&');
      expect(run.stdout).toMatch(new RegExp(`\n  ${escaped(dailyViewMessages.allInHostingRow())} +6\\.3\n`));
      expect(run.stdout).toMatch(new RegExp(`\n  ${escaped(dailyViewMessages.profitRow())} +0\\.66\n`));
      const noPrice = await minesim(
        'quote',
        '--machine',
        'S21',
        '--hosting',
        '0.075 USD/kWh',
        '--date',
        '2026-06-01',
        '--hashprice',
        '34.8',
        // 199 days past the data: its last fees are not carried, and a halving falls before the payback.
        '--fees',
        '1%',
      );
      expect(noPrice.stdout.split('\n')[0]).toContain(dailyViewMessages.allInRate('0.075 USD/kWh'));
    });

    it('minesim quote past the end of the data without --hashprice exits 2 saying what to give', async () => {
      const run = await minesim('quote', '--machine', 'S21', '--tariff', '0.06', '--date', '2099-01-01');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        quoteMessages.pastTheData('bitcoin', '2099-01-01', '2010-07-18', '2025-11-14', true, 31),
      );
      expect(run.stderr).not.toMatch(STACK_FRAME);
    });

    it('minesim quote refuses an all-in rate next to a tariff, and a revenue share above 100 %', async () => {
      const allIn = await minesim(
        'quote',
        '--machine',
        'S21',
        '--tariff',
        '0.06',
        '--hosting',
        '0.075 USD/kWh',
      );
      expect(allIn.code).toBe(2);
      // The quote's own flags, not a scenario file's fields (power.price, basis: per-kw).
      expect(allIn.stderr).toBe(`minesim: ${quoteMessages.allInWithTariff('0.06')}\n`);
      expect(allIn.stderr).not.toMatch(/power\.price|basis/);
      const share = await minesim('quote', '--machine', 'S21', '--tariff', '0.06', '--hosting', '130%');
      expect(share.code).toBe(2);
      expect(share.stderr).toContain(quoteMessages.outOfRange('hosting', '130%', 'from 0 % to 100 %'));
    });

    it('minesim quote of a catalog CPU without a price says the capex and payback are unknown (they were 0 and never), its hashrate in kH/s', async () => {
      const args = ['quote', '--machine', 'Intel Core i7-2600K', '--coin', 'monero', '--tariff', '0.1'];
      const run = await minesim(...args, '--date', '2014-06-01');
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(
        'Intel Core i7-2600K (0.266 kH/s, 120 W, 451 J/kH) at 2014-06-01 held fixed: XMR 1.732 USD',
      );
      expect(run.stdout).toMatch(
        new RegExp(
          `Unit capex \\(USD\\) +${quoteMessages.unknownWithoutUnitPrice().replace(/[()]/g, '\\$&')}`,
        ),
      );
      expect(run.stdout).toMatch(
        new RegExp(
          `Days to payback, held fixed +${quoteMessages.unknownWithoutUnitPrice().replace(/[()]/g, '\\$&')}`,
        ),
      );
      const json = JSON.parse((await minesim(...args, '--date', '2014-06-01', '--json')).stdout);
      expect(json.day.unitCapexUsd).toBeNull();
      expect(json.day.paybackDays).toBeNull();
    });

    it('minesim quote of a Monero machine on a day it could not mine as the catalog rates it exits 2', async () => {
      const cpu = await minesim(
        'quote',
        '--machine',
        'Intel Core i7-2600K',
        '--coin',
        'monero',
        '--tariff',
        '0.1',
      );
      expect(cpu.code).toBe(2);
      expect(cpu.stderr).toContain(
        quoteMessages.replacedAlgorithm(
          'Intel Core i7-2600K',
          'cryptonight',
          'Monero',
          'randomx',
          '2019-11-30',
        ),
      );
      const x3 = ['quote', '--machine', 'Antminer X3', '--coin', 'monero', '--tariff', '0.1', '--date'];
      const after = await minesim(...x3, '2018-06-01');
      expect(after.code).toBe(2);
      expect(after.stderr).toContain(
        quoteMessages.stranded('Antminer X3', 'Monero', 'CryptoNight v7', '2018-04-06'),
      );
      const before = await minesim(...x3, '2018-03-01');
      expect(before.code).toBe(0);
      // 36 days before the fork, held fixed it pays back on day 44 (44.67 days of profit): the quote says the fork comes first.
      expect(before.stdout).toContain(
        quoteMessages.strandedLater('Antminer X3', 'CryptoNight v7', '2018-04-06', 36, true),
      );
    });

    it('minesim quote of a machine that hashes more than the whole network on its date exits 2', async () => {
      const history = loadHistory('bitcoin');
      const early = await minesim('quote', '--machine', 'S21', '--tariff', '0.05', '--date', '2010-07-18');
      expect(early.code).toBe(2);
      expect(early.stderr).toContain(
        quoteMessages.aboveNetwork(
          'Antminer S21',
          200e12,
          history.hashrateHs[history.indexOf('2010-07-18')],
          '2010-07-18',
        ),
      );
      // A hashprice given states the day's earnings without the history's network.
      const given = ['--hashprice', '50', '--price', '0.08'];
      expect(
        (await minesim('quote', '--machine', 'S21', '--tariff', '0.05', '--date', '2010-07-18', ...given))
          .code,
      ).toBe(0);
    });

    it('minesim quote --coin monero of a SHA-256 machine exits 2: its hashes mine no Monero', async () => {
      const run = await minesim('quote', '--machine', 'S21', '--tariff', '0.06', '--coin', 'monero');
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(
        quoteMessages.wrongAlgorithm(
          'Antminer S21',
          'sha256',
          'Monero',
          ['cryptonight', 'cryptonight-v7', 'cryptonight-v8', 'cryptonight-r', 'randomx'],
          ['bitcoin'],
        ),
      );
    });
  });
});
