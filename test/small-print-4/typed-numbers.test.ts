// One rule for a number an analyst types. `--paths 0x10` ran 16 paths (yargs reads hexadecimal),
// `--set fleet[0].count=0x10` and a file's `count: 0x10` bought 16 machines (YAML reads it), while
// `--vary fleet[0].count=0x10,2` read 0 with a unit "x10" and quote's flags refused it as no amount;
// `1_000` was "expected a number"; `quote --price 90,000` was refused though the quote prints
// "BTC 67,714 USD". Now every reader takes decimals only, in thousands or not, with a sign, a
// fraction or an exponent (scenario/typed-number.ts), and refuses another base or underscores with
// the decimal to write.
import { describe, expect, it } from 'vitest';
import { parseBy } from '../../src/cli/commands/sensitivity.js';
import { readHeight } from '../../src/cli/quote-flags.js';
import { seedOption } from '../../src/cli/scenario-outputs.js';
import { parseVary } from '../../src/scenario/axes.js';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { numberFormProblem } from '../../src/scenario/typed-number.js';
import { parseQuantity } from '../../src/scenario/units.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { runCommand } from '../hostile/in-process.js';

const FLAGSHIP = 'scenarios/north-korea-2017-s9.yaml';
const scenario = (count: string) => `name: x
coin: bitcoin
start: 2025-01-01
horizon: 2 years
fleet:
  - model: Antminer S21
    count: ${count}
    unitPrice: 3000 USD
power:
  price: 0.05 USD/kWh
`;

async function problems(text: string, sets: string[] = []): Promise<string> {
  const parsed = parseOverrides(sets);
  if (!parsed.ok) return parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n');
  const v = await validateScenarioText(text, 'x.yaml', parsed.overrides);
  return v.ok ? '' : v.problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

const quote = (...flags: string[]) =>
  runCommand([
    'quote',
    '--machine',
    'Antminer S21',
    '--tariff',
    '0.05',
    '--date',
    '2024-06-01',
    '--json',
    ...flags,
  ]);

describe('the forms refused, with the decimal to write', () => {
  it.each([
    ['0x10', 'hexadecimal', 'write 16'],
    ['0X1F', 'hexadecimal', 'write 31'],
    ['0o17', 'octal', 'write 15'],
    ['0b11', 'binary', 'write 3'],
    ['-0x10', 'hexadecimal', 'write -16'],
    ['1_000', 'underscores', 'write 1000 or 1,000'],
  ])('%s', (text, what, advice) => {
    const problem = numberFormProblem(text);
    expect(problem).toContain(what);
    expect(problem).toContain(advice);
  });

  it('decimals in every form the rule takes are no problem', () => {
    for (const text of ['16', '017', '+5', '-5', '.5', '5.', '1e3', '2.5E-4', '1,000', '0', '0.0'])
      expect(numberFormProblem(text)).toBeUndefined();
  });
});

describe('every reader of a typed number applies it', () => {
  it('a number option: --paths 0x10, --workers 1_0', async () => {
    const out = await runCommand(['run', FLAGSHIP, '--paths', '0x10', '--workers', '1_0']);
    expect(out.exit).toBe(2);
    expect(out.output).toContain('--paths: `0x10` is written in hexadecimal');
    expect(out.output).toContain('write 16');
    expect(out.output).toContain('--workers: `1_0` joins its digits with underscores');
  });

  it('quote: --pue 0x2 refused, --price 0x10 refused, --price 90,000 and a height 940,000 read as printed', async () => {
    const pue = await quote('--pue', '0x2');
    expect(pue.exit).toBe(2);
    expect(pue.output).toContain('write 2');
    const hex = await quote('--price', '0x10');
    expect(hex.exit).toBe(2);
    expect(hex.output).toContain('--price: `0x10` is written in hexadecimal');
    expect(readHeight('940,000')).toBe(940_000);
    const grouped = await quote('--price', '90,000');
    const plain = await quote('--price', '90000');
    expect(grouped.exit, grouped.output).toBe(0);
    expect(grouped.output).toBe(plain.output);
    const signs = await quote('--pue', '+1.', '--price', '.9e5');
    expect(signs.exit, signs.output).toBe(0);
    expect(JSON.parse(signs.output)).toMatchObject({ priceUsd: 90_000, pue: 1 });
  });

  it('--vary: 0x10 is not 0 in a unit "x10"', () => {
    expect(parseVary('fleet[0].count=0x10,2')).toMatch(/written in hexadecimal.*write 16/);
    expect(parseVary('fleet[0].count=10..20:0x3')).toMatch(/write 3$/);
    expect(parseVary('fleet[0].count=10..20:+3')).toMatchObject({ values: [10, 15, 20] });
  });

  it('a unit reader (a scenario string, quote, --by): 0x10 USD', () => {
    const q = parseQuantity('0x10 USD', 'money');
    expect(q.ok).toBe(false);
    expect(!q.ok && q.message).toContain('write 16');
    expect(() => parseBy('0x14%')).toThrow(/write 20/);
  });

  it('--set and a scenario file: 0x10 and 1_000', async () => {
    expect(await problems(scenario('0x10'))).toContain('`0x10` is written in hexadecimal');
    expect(await problems(scenario('10'), ['fleet[0].count=0x10'])).toContain('write 16');
    expect(await problems(scenario('10'), ['fleet[0].count=1_000'])).toContain('write 1000 or 1,000');
    expect(await problems(scenario('10'), ['power.pue=1_0'])).toContain('write 10');
    expect(await problems(scenario('1,000'))).toBe('');
  });

  it('--seed 0x10 is refused as the file refuses `seed: 0x10`', async () => {
    expect(() => seedOption('0x10', 1)).toThrow(/write 16/);
    expect(seedOption('1e3', 1)).toBe(1000);
    expect(seedOption('north-korea', 1)).toBe('north-korea');
    const file = await problems(`${scenario('10')}monteCarlo:\n  seed: 0x10\n`);
    expect(file).toContain('write 16');
  });
});
