// Sandboxed mathjs expressions for per-day tables, such as a seasonal tariff
// `0.05 + 0.02 * sin(2 * pi * t / 365)`. A scenario file may come from anyone, so an expression
// must not run code, read files, allocate much or hang. Three layers, after mathjs's security guide:
//   1. limits on the length of the source and the size of the tree;
//   2. a whitelist walk of the parsed tree: numbers, the given variables, pi/e/tau, arithmetic,
//      comparisons, logic, `a ? b : c` and calls of scalar functions; nothing else (no assignments,
//      definitions, property access, arrays, objects, strings, units, ranges);
//   3. a private mathjs instance on which import, createUnit, evaluate, parse, ... are disabled.
// With no loops, definitions or collections left, evaluation time is proportional to the tree size.
// Parse and compile once; evaluate once a day, before the simulation loop.
import type { ConstantNode, FunctionNode, MathNode, OperatorNode, RelationalNode } from 'mathjs';
import { expressionMessages as m } from '../messages/expressions.js';
import { loadedMathjs, unitsLoaded, wantUnits } from './mathjs-units.js';

export const MAX_EXPRESSION_LENGTH = 1000;
export const MAX_EXPRESSION_NODES = 500;
/** mathjs parses recursively and overflows the stack at a few hundred nested brackets. */
export const MAX_EXPRESSION_DEPTH = 50;

/** The variables of tabulateDaily(); compile daily expressions with these. */
export const DAILY_VARIABLES = ['t', 'year', 'month', 'dayOfYear'] as const;

const CONSTANTS: readonly string[] = ['pi', 'e', 'tau'];

/** Names a time-of-use tariff reaches for; a daily expression has no time of day. */
const TIME_OF_DAY = new Set(['hour', 'hours', 'h', 'hourOfDay', 'minute', 'minutes', 'time', 'timeOfDay']);

const UNARY = 'sin cos tan asin acos atan sinh cosh tanh exp log10 log2 sqrt cbrt abs sign floor ceil';

/** Allowed functions and their [min, max] argument counts. */
const FUNCTIONS: Readonly<Record<string, readonly [number, number]>> = Object.assign(
  Object.fromEntries(UNARY.split(' ').map((name) => [name, [1, 1] as const])),
  { atan2: [2, 2], log: [1, 2], round: [1, 2], mod: [2, 2], pow: [2, 2], clamp: [3, 3] } as const,
  { min: [1, Infinity], max: [1, Infinity], hypot: [1, Infinity] } as const,
);

/** The functions an expression may call, for messages and documentation. */
export const EXPRESSION_FUNCTIONS: readonly string[] = Object.keys(FUNCTIONS);

const COMPARISONS = new Set(['smaller', 'larger', 'smallerEq', 'largerEq', 'equal', 'unequal']);
const OPERATORS = new Set([
  ...COMPARISONS,
  ...['add', 'subtract', 'multiply', 'divide', 'pow', 'mod', 'unaryMinus', 'unaryPlus', 'and', 'or', 'not'],
]);

/** Functions switched off on the instance, should anything get past the walk. `config` is left alone:
 * replacing it breaks the instance's own settings (such as `predictable`), and the walk refuses it. */
const DISABLED = (
  'import createUnit evaluate parse compile parser simplify simplifyConstant simplifyCore rationalize ' +
  'derivative resolve reviver chain random randomInt pickRandom'
).split(' ');

/** What a refused node type is called in a message. */
const REFUSED_NODES: Readonly<Record<string, string>> = {
  AssignmentNode: 'an assignment',
  FunctionAssignmentNode: 'a function definition',
  AccessorNode: 'a property or index access',
  IndexNode: 'a property or index access',
  ArrayNode: 'an array or matrix',
  ObjectNode: 'an object',
  BlockNode: 'several statements',
  RangeNode: 'a range',
};

export interface CompiledExpression {
  ok: true;
  source: string;
  /** A finite number, or throws ExpressionEvaluationError. */
  evaluate(scope: Readonly<Record<string, number>>): number;
}

export type ExpressionResult = CompiledExpression | { ok: false; message: string };
const refuse = (message: string): ExpressionResult => ({ ok: false, message });

/** An expression that failed or gave a non-finite value; `message` is for the user. */
export class ExpressionEvaluationError extends Error {
  override readonly name = 'ExpressionEvaluationError';
  /** `day`: the day (t) it happened on, when known. */
  constructor(
    message: string,
    readonly day?: number,
  ) {
    super(message);
  }
}

let engine: ReturnType<typeof createEngine> | undefined;

function createEngine() {
  const { create, all } = loadedMathjs();
  // predictable: sqrt(-1) is NaN, not a complex number, so the finiteness check catches it.
  const math = create(all, { predictable: true });
  math.import({ clamp: (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi) });
  const parse = math.parse;
  const disabled = (name: string) => () => {
    throw new Error(`${name} is disabled in scenario expressions`);
  };
  math.import(Object.fromEntries(DISABLED.map((name) => [name, disabled(name)])), { override: true });
  return { parse, isUnitName: (name: string) => math.Unit.isValuelessUnit(name) };
}

/**
 * Expressions already compiled, by variables and source: the schema, the rules and compile each
 * ask for a scenario's tariff, and it is parsed and compiled once. Bounded, oldest dropped first,
 * as a file may hold any number of expressions.
 */
const compiledOnce = new Map<string, ExpressionResult>();
const REMEMBERED_EXPRESSIONS = 64;

/** Parses `source` and checks it against the whitelist; needs loadUnits() to have resolved. */
export function compileExpression(source: string, variables: readonly string[]): ExpressionResult {
  if (engine === undefined && !unitsLoaded()) {
    // Validation runs again once mathjs is loaded (validate.ts); this answer is not shown.
    wantUnits();
    return refuse(m.syntax('mathjs is not loaded'));
  }
  for (const v of variables)
    if (!/^[A-Za-z_]\w*$/.test(v) || Object.hasOwn(FUNCTIONS, v) || CONSTANTS.includes(v))
      throw new Error(`internal: ${JSON.stringify(v)} cannot be an expression variable`);
  const key = `${variables.join(' ')}\n${source}`;
  let result = compiledOnce.get(key);
  if (result === undefined) {
    result = compileNew(source, variables);
    if (compiledOnce.size >= REMEMBERED_EXPRESSIONS) compiledOnce.delete(compiledOnce.keys().next().value!);
    compiledOnce.set(key, result);
  }
  return result;
}

function compileNew(source: string, variables: readonly string[]): ExpressionResult {
  engine ??= createEngine();
  if (source.length > MAX_EXPRESSION_LENGTH) return refuse(m.tooLong(source.length, MAX_EXPRESSION_LENGTH));
  if (bracketDepth(source) > MAX_EXPRESSION_DEPTH) return refuse(m.tooDeep(MAX_EXPRESSION_DEPTH));
  let tree: MathNode;
  try {
    tree = engine.parse(source);
  } catch (error) {
    return refuse(m.syntax(errorText(error)));
  }
  const refused = refusal(tree, { variables, nodes: 0 });
  if (refused) return refuse(refused);
  const code = tree.compile();
  return {
    ok: true,
    source,
    evaluate(scope) {
      let value: unknown;
      try {
        value = code.evaluate(scope as Record<string, number>);
      } catch (error) {
        throw new ExpressionEvaluationError(m.failed(errorText(error)));
      }
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw new ExpressionEvaluationError(m.notFinite(describe(value)));
      return value;
    },
  };
}

type Walk = { variables: readonly string[]; nodes: number };

/** The message for the first part of the tree that is not allowed, or undefined. */
function refusal(node: MathNode, walk: Walk): string | undefined {
  if (++walk.nodes > MAX_EXPRESSION_NODES) return m.tooLarge(MAX_EXPRESSION_NODES);
  let children: readonly MathNode[] = [];
  switch (node.type) {
    case 'ConstantNode': {
      const value = (node as ConstantNode).value as unknown;
      // mathjs parses blank text, a lone comment or `;` as a constant with no value.
      if (value === undefined) return m.empty();
      if (typeof value === 'string') return m.refused('a string', node.toString());
      if (typeof value !== 'number') return m.refused('the value', node.toString());
      if (!Number.isFinite(value)) return m.refused('a number too large', node.toString());
      return undefined;
    }
    case 'SymbolNode': {
      const name = (node as MathNode & { name: string }).name;
      if (walk.variables.includes(name) || CONSTANTS.includes(name)) return undefined;
      // A time of day (a time-of-use tariff) read as a unit would be told units are not allowed.
      if (walk.variables.includes('t') && TIME_OF_DAY.has(name))
        return m.timeOfDay(name, [...walk.variables, ...CONSTANTS]);
      return m.unknownName(name, [...walk.variables, ...CONSTANTS], engine!.isUnitName(name));
    }
    case 'ParenthesisNode':
      children = [(node as MathNode & { content: MathNode }).content];
      break;
    case 'ConditionalNode': {
      const c = node as MathNode & { condition: MathNode; trueExpr: MathNode; falseExpr: MathNode };
      children = [c.condition, c.trueExpr, c.falseExpr];
      break;
    }
    case 'OperatorNode': {
      const op = node as OperatorNode;
      if (!OPERATORS.has(op.fn)) return m.refused(`the operator ${JSON.stringify(op.op)}`, node.toString());
      children = op.args;
      break;
    }
    case 'RelationalNode': {
      const rel = node as RelationalNode;
      if (!rel.conditionals.every((c) => COMPARISONS.has(c)))
        return m.refused('that comparison', node.toString());
      children = rel.params;
      break;
    }
    case 'FunctionNode': {
      const call = node as FunctionNode<MathNode>;
      if (call.fn.type !== 'SymbolNode') return m.refused('a call of a computed function', node.toString());
      const name = (call.fn as MathNode & { name: string }).name;
      if (!Object.hasOwn(FUNCTIONS, name)) return m.unknownFunction(name, EXPRESSION_FUNCTIONS);
      const [min, max] = FUNCTIONS[name];
      if (call.args.length < min || call.args.length > max) return m.arity(name, min, max, call.args.length);
      children = call.args;
      break;
    }
    default:
      return m.refused(REFUSED_NODES[node.type] ?? `a ${node.type}`, node.toString());
  }
  for (const child of children) {
    const refused = refusal(child, walk);
    if (refused) return refused;
  }
  return undefined;
}

function bracketDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  for (const c of source) {
    if (c === '(' || c === '[' || c === '{') deepest = Math.max(deepest, ++depth);
    else if (c === ')' || c === ']' || c === '}') depth--;
  }
  return deepest;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
const describe = (value: unknown) =>
  typeof value === 'object' && value !== null ? `a ${value.constructor.name}` : String(value);

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Evaluates `compiled` on each of `days` days from `startDateIso` (UTC), with the DAILY_VARIABLES:
 * `t` days since the start (0 on the start date), `year` the fractional calendar year
 * (2017-05-16 is 2017 + 135/365 = 2017.37), `month` 1-12 and `dayOfYear` 1-366.
 * Throws ExpressionEvaluationError naming the first day whose value is not finite.
 */
export function tabulateDaily(
  compiled: CompiledExpression,
  days: number,
  startDateIso: string,
): Float64Array {
  const match = ISO_DATE.exec(startDateIso);
  const start = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  // Date.UTC rolls 2017-02-30 over to March; the round trip catches that.
  if (!match || new Date(start).toISOString().slice(0, 10) !== startDateIso)
    throw new RangeError(`internal: not a YYYY-MM-DD date: ${JSON.stringify(startDateIso)}`);
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`internal: not a day count: ${days}`);
  const table = new Float64Array(days);
  const scope = { t: 0, year: 0, month: 0, dayOfYear: 0 };
  for (let t = 0; t < days; t++) {
    const date = new Date(start + t * DAY_MS);
    const year = date.getUTCFullYear();
    const yearStart = Date.UTC(year, 0, 1);
    const daysInYear = (Date.UTC(year + 1, 0, 1) - yearStart) / DAY_MS;
    scope.t = t;
    scope.dayOfYear = (date.getTime() - yearStart) / DAY_MS + 1;
    scope.year = year + (scope.dayOfYear - 1) / daysInYear;
    scope.month = date.getUTCMonth() + 1;
    try {
      table[t] = compiled.evaluate(scope);
    } catch (error) {
      if (!(error instanceof ExpressionEvaluationError)) throw error;
      throw new ExpressionEvaluationError(m.onDay(t, date.toISOString().slice(0, 10), error.message), t);
    }
  }
  return table;
}
