import { beforeAll, describe, expect, it } from 'vitest';
import { expressionMessages as m } from '../../src/messages/expressions.js';
import {
  type CompiledExpression,
  compileExpression,
  DAILY_VARIABLES,
  EXPRESSION_FUNCTIONS,
  ExpressionEvaluationError,
  MAX_EXPRESSION_DEPTH,
  MAX_EXPRESSION_LENGTH,
  MAX_EXPRESSION_NODES,
  tabulateDaily,
} from '../../src/scenario/expression.js';
import { loadUnits } from '../../src/scenario/mathjs-units.js';

beforeAll(async () => {
  await loadUnits();
});

function compiled(source: string): CompiledExpression {
  const result = compileExpression(source, DAILY_VARIABLES);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const ALLOWED = [...DAILY_VARIABLES, 'pi', 'e', 'tau'];

describe('compileExpression()', () => {
  const valid: [string, Record<string, number>, number][] = [
    ['0.05', {}, 0.05],
    ['0.05 + 0.02 * sin(2 * pi * t / 365)', { t: 365 / 4 }, 0.07],
    ['month >= 6 and month <= 8 ? 0.09 : 0.05', { month: 7 }, 0.09],
    ['month >= 6 and month <= 8 ? 0.09 : 0.05', { month: 1 }, 0.05],
    ['6 <= month <= 8 ? 0.09 : 0.05', { month: 8 }, 0.09],
    ['0.05 * (1 + 3%) ^ (year - 2017)', { year: 2019 }, 0.05 * 1.03 ** 2],
    ['clamp(0.04 + t / 1000, 0.04, 0.06)', { t: 100 }, 0.06],
    ['max(0.03, min(0.08, 0.05 + 0.001 * t))', { t: 10 }, 0.06],
    ['2 pi', {}, 2 * Math.PI],
    ['-t + tau - e', { t: 1 }, 2 * Math.PI - Math.E - 1],
    ['log(8, 2) + log10(100) + log2(8) + exp(0) + sqrt(16) + cbrt(27)', {}, 3 + 2 + 3 + 1 + 4 + 3],
    [
      'abs(-1) + sign(-2) + floor(1.5) + ceil(1.5) + round(1.25, 1) + mod(7, 3) + 7 % 3',
      {},
      1 - 1 + 1 + 2 + 1.3 + 1 + 1,
    ],
    ['pow(2, 3) + hypot(3, 4) + atan2(0, 1) + cos(0) + tanh(0) + not 0', {}, 8 + 5 + 0 + 1 + 0 + 1],
    ['dayOfYear / 366', { dayOfYear: 183 }, 0.5],
  ];
  it.each(valid)('compileExpression() evaluates %s', (source, scope, value) => {
    expect(compiled(source).evaluate(scope)).toBeCloseTo(value, 12);
  });

  const refused: [string, string][] = [
    ['import({}, {})', m.unknownFunction('import', EXPRESSION_FUNCTIONS)],
    ['createUnit("x")', m.unknownFunction('createUnit', EXPRESSION_FUNCTIONS)],
    ['evaluate("1")', m.unknownFunction('evaluate', EXPRESSION_FUNCTIONS)],
    ['parse("1")', m.unknownFunction('parse', EXPRESSION_FUNCTIONS)],
    ['simplify("t")', m.unknownFunction('simplify', EXPRESSION_FUNCTIONS)],
    ['derivative("t^2", "t")', m.unknownFunction('derivative', EXPRESSION_FUNCTIONS)],
    ['random()', m.unknownFunction('random', EXPRESSION_FUNCTIONS)],
    ['randomInt(1, 9)', m.unknownFunction('randomInt', EXPRESSION_FUNCTIONS)],
    ['config({predictable: false})', m.unknownFunction('config', EXPRESSION_FUNCTIONS)],
    ['f(x) = x', m.refused('a function definition', 'f(x) = x')],
    ['a = 1', m.refused('an assignment', 'a = 1')],
    ['[1, 2]', m.refused('an array or matrix', '[1, 2]')],
    ['{a: 1}', m.refused('an object', '{"a": 1}')],
    ['"str"', m.refused('a string', '"str"')],
    ['x.y', m.refused('a property or index access', 'x.y')],
    ['t[1]', m.refused('a property or index access', 't[1]')],
    ['x.y(1)', m.refused('a call of a computed function', 'x.y(1)')],
    ['1:3', m.refused('a range', '1:3')],
    ['t; 1', m.refused('several statements', 't;\n1')],
    ['true', m.refused('the value', 'true')],
    ['null', m.refused('the value', 'null')],
    ['1e400', m.refused('a number too large', 'Infinity')],
    ['t!', m.refused('the operator "!"', 't!')],
    ['t & 1', m.refused('the operator "&"', 't & 1')],
    ["t'", m.refused(`the operator "'"`, "t'")],
    ['t to cm', m.refused('the operator "to"', 't to cm')],
    ['5 kW', m.unknownName('kW', ALLOWED, true)],
    ['0.05 * x', m.unknownName('x', ALLOWED, false)],
    ['sin', m.unknownName('sin', ALLOWED, false)],
    // `hour` is a unit to mathjs: it was refused as "units are not allowed", not as the time of
    // day a daily price does not have.
    ['hour < 6 ? 0.03 : 0.08', m.timeOfDay('hour', ALLOWED)],
    ['h >= 18 ? 0.12 : 0.05', m.timeOfDay('h', ALLOWED)],
    ['sin(1, 2)', m.arity('sin', 1, 1, 2)],
    ['max()', m.arity('max', 1, Infinity, 0)],
    ['0.05 +', 'cannot read the expression: Unexpected end of expression (char 7)'],
  ];
  it.each(refused)('compileExpression() refuses %s', (source, message) => {
    expect(compileExpression(source, DAILY_VARIABLES)).toEqual({ ok: false, message });
  });

  it('compileExpression() names the function it refuses and the arguments it takes', () => {
    const result = compileExpression('import({}, {})', DAILY_VARIABLES);
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^"import" is not an allowed function; .*sin, cos/),
    });
    expect(compileExpression('sin(1, 2)', DAILY_VARIABLES)).toEqual({
      ok: false,
      message: 'sin() takes 1 argument (got 2)',
    });
    expect(compileExpression('log()', DAILY_VARIABLES)).toEqual({
      ok: false,
      message: 'log() takes 1 to 2 arguments (got 0)',
    });
  });

  it('compileExpression() refuses a 10,000-character expression before parsing it', () => {
    const source = `0.05${' + t'.repeat(2499)}`.padEnd(10_000, ' ');
    expect(compileExpression(source, DAILY_VARIABLES)).toEqual({
      ok: false,
      message: m.tooLong(10_000, MAX_EXPRESSION_LENGTH),
    });
  });

  it('compileExpression() refuses a tree of more than 500 nodes', () => {
    const source = Array.from({ length: 300 }, () => '1').join('+');
    expect(source.length).toBeLessThanOrEqual(MAX_EXPRESSION_LENGTH);
    expect(compileExpression(source, DAILY_VARIABLES)).toEqual({
      ok: false,
      message: m.tooLarge(MAX_EXPRESSION_NODES),
    });
  });

  it('compileExpression() refuses brackets nested deeper than the parser can take', () => {
    const source = `${'('.repeat(400)}t${')'.repeat(400)}`;
    expect(compileExpression(source, DAILY_VARIABLES)).toEqual({
      ok: false,
      message: m.tooDeep(MAX_EXPRESSION_DEPTH),
    });
    expect(
      compiled(`${'('.repeat(MAX_EXPRESSION_DEPTH)}t${')'.repeat(MAX_EXPRESSION_DEPTH)}`).evaluate({ t: 2 }),
    ).toBe(2);
  });

  it('compileExpression() throws ExpressionEvaluationError on a non-finite value', () => {
    const c = compiled('1 / (t - 3)');
    expect(c.evaluate({ t: 4 })).toBe(1);
    expect(() => c.evaluate({ t: 3 })).toThrow(new ExpressionEvaluationError(m.notFinite('Infinity')));
    expect(() => compiled('sqrt(t)').evaluate({ t: -1 })).toThrow(m.notFinite('NaN'));
    expect(() => compiled('t > 1').evaluate({ t: 2 })).toThrow(m.notFinite('true'));
  });
});

describe('tabulateDaily()', () => {
  it('tabulateDaily() gives t, year, month and dayOfYear in UTC', () => {
    const start = '2016-12-30';
    const t = tabulateDaily(compiled('t'), 4, start);
    const month = tabulateDaily(compiled('month'), 4, start);
    const dayOfYear = tabulateDaily(compiled('dayOfYear'), 4, start);
    const year = tabulateDaily(compiled('year'), 4, start);
    expect([...t]).toEqual([0, 1, 2, 3]);
    expect([...month]).toEqual([12, 12, 1, 1]);
    expect([...dayOfYear]).toEqual([365, 366, 1, 2]);
    expect(year[1]).toBeCloseTo(2016 + 365 / 366, 12);
    expect(year[2]).toBe(2017);
    expect(tabulateDaily(compiled('year'), 1, '2017-05-16')[0]).toBeCloseTo(2017.37, 2);
  });

  it('tabulateDaily() names the first day whose value is not finite', () => {
    const run = () => tabulateDaily(compiled('0.05 / (t - 17)'), 30, '2017-01-01');
    expect(run).toThrow(
      new ExpressionEvaluationError(m.onDay(17, '2017-01-18', m.notFinite('Infinity')), 17),
    );
  });

  it('tabulateDaily() refuses a malformed start date as a bug', () => {
    expect(() => tabulateDaily(compiled('t'), 3, '2017-02-30')).toThrow(RangeError);
  });

  it('tabulateDaily() tabulates ten years of a seasonal tariff day by day', () => {
    const c = compiled('0.05 + 0.02 * sin(2 * pi * t / 365) + (month >= 6 and month <= 8 ? 0.01 : 0)');
    const table = tabulateDaily(c, 3650, '2017-01-01');
    expect(table).toHaveLength(3650);
    expect(table[0]).toBeCloseTo(0.05, 12);
    // 2017-06-01 is day 151: summer surcharge on top of the seasonal term.
    expect(table[151]).toBeCloseTo(0.05 + 0.02 * Math.sin((2 * Math.PI * 151) / 365) + 0.01, 12);
  });
});
