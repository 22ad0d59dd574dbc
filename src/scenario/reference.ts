// Renders docs/scenario-reference.md from the scenario JSON Schema, which is itself generated
// from the zod schema: field descriptions are written once, in the schema.

import { grouped } from '../messages/shown.js';
import { BARE_UNIT_KEYWORD } from './schema/quantity.js';

type Node = { [key: string]: unknown };

/** How minesim reads a number (scenario/typed-number.ts), in a file, `--set` and every option alike; README says it too. */
const NUMBERS_RULE =
  'Numbers are read in decimal, in a file, in `--set` and in every command-line option alike: an optional sign (`-5`, `+5`), digits, whole or grouped in threes by commas as minesim prints them (`1000`, `1,000`, `10,000,000`; a list of `--vary` values takes none, its commas separating the values), an optional fraction (`0.5`, `.5`, `5.`) and exponent (`1e3`, `2.5E-4`); a leading zero is decimal (`017` is 17). Another base (`0x10`, `0o17`, `0b11`) and digits joined by underscores (`1_000`) are refused with the decimal to write; bounds in messages and in this reference are printed in thousands, as the rest of minesim prints numbers.';

export function scenarioReference(schema: Node): string {
  const lines: string[] = [
    '# Scenario reference',
    '',
    '<!-- Generated from the scenario schema by `npm run generate`; do not edit by hand. -->',
    '',
    String(schema.description ?? ''),
    '',
    'Quantities take units (`13.5 TH/s`, `1323 W`, `0.05 USD/kWh`, `2400 USD`, `18 months`, `5 %`); a bare number is read in the unit each field names. `H` means hashes (not henry). A year is 365.25 days, for durations and for rates per year alike (a drift of `40 %` a year is 40 % per 365.25 days), and a month a twelfth of it, 30.4375 days (`18 months` is 547.875 days, not a calendar span). Durations are read in `day`/`days` or `d`, `week`/`weeks` or `wk`, `month`/`months` or `mo`, `year`/`years`, `yr` or `y`, as minesim prints them (`421 d`, `2 y`), in claims, in fields and on the command line alike, and in rates and costs per time (`USD/d`, `%/yr`, `USD/kW/mo`); `w` is a watt, so a week is `wk`, not `w`.',
    '',
    NUMBERS_RULE,
    '',
    '| field | type | default | meaning |',
    '| --- | --- | --- | --- |',
  ];
  walk(schema, '', lines, new Set((schema.required as string[]) ?? []));
  return `${lines.join('\n')}\n`;
}

function walk(node: Node, prefix: string, lines: string[], _required: Set<string>): void {
  const properties = (node.properties ?? {}) as Record<string, Node>;
  const required = new Set((node.required as string[]) ?? []);
  for (const [key, child] of Object.entries(properties)) {
    const path = prefix ? `${prefix}.${key}` : key;
    row(path, child, required.has(key), lines);
    // A list of plain values whose entry has its own description (a claim): a row for the entry.
    const items = child.items as Node | undefined;
    if (child.type === 'array' && items?.description && !items.properties && variantsOf(items).length === 0)
      row(`${path}[]`, items, false, lines);
    descend(child, path, lines);
  }
}

function descend(child: Node, path: string, lines: string[]): void {
  if (child.type === 'object' && child.properties) walk(child, path, lines, new Set());
  if (child.type === 'array' && (child.items as Node | undefined)?.properties)
    walk(child.items as Node, `${path}[]`, lines, new Set());
  // A list of one of several kinds (finance.hedges): each kind's fields under `path[]{type: ...}`.
  if (child.type === 'array' && variantsOf((child.items as Node | undefined) ?? {}).length > 0)
    descend(child.items as Node, `${path}[]`, lines);
  for (const variant of variantsOf(child)) {
    if (variant.type !== 'object' || !variant.properties) continue;
    // A branch is named by its constant key (`type: gbm`, `basis: all-in`), or by the kinds its
    // `type` lists (`type: put | call`).
    const properties = Object.entries(variant.properties as Record<string, Node>);
    const constant = properties.find(([, p]) => p.const !== undefined);
    const kinds = properties.find(([key, p]) => key === 'type' && Array.isArray(p.enum));
    const tag = constant
      ? `{${constant[0]}: ${String(constant[1].const)}}`
      : kinds
        ? `{type: ${(kinds[1].enum as unknown[]).map(String).join(' \\| ')}}`
        : '';
    walk(variant, `${path}${tag}`, lines, new Set());
  }
}

/** The branches of a union, a union nested in it flattened (a quantity or one of several contracts). */
function variantsOf(node: Node): Node[] {
  const variants = (node.oneOf ?? node.anyOf) as Node[] | undefined;
  return variants ? variants.flatMap((v) => (v.oneOf || v.anyOf ? variantsOf(v) : [v])) : [];
}

function row(path: string, node: Node, required: boolean, lines: string[]): void {
  const type = typeOf(node);
  const fallback = node.default !== undefined ? `\`${short(node.default)}\`` : required ? '**required**' : '';
  const description = withBounds(withBareUnit(String(node.description ?? ''), node), node)
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');
  lines.push(`| \`${path}\` | ${type} | ${fallback} | ${description} |`);
}

function typeOf(node: Node): string {
  if (node.const !== undefined) return `\`${String(node.const)}\``;
  if (Array.isArray(node.enum)) return node.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  if (Array.isArray(node.type))
    return node.type.includes('string') && node.type.includes('number')
      ? 'quantity'
      : node.type.join(' \\| ');
  if (node.type === 'array') return `list of ${typeOf((node.items as Node) ?? {})}`;
  if (node.format === 'date') return 'date';
  if (node.type === 'integer') return 'whole number';
  if (node.oneOf || node.anyOf) return 'one of (below)';
  return String(node.type ?? 'any');
}

function short(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * The description with the unit a quantity's bare number is read in (the schema's x-bare-unit),
 * unless it says so already: `horizon: 5` is 5 days, `term: 3` 3 days, `poolFee: 0.02` 2 %.
 */
export function withBareUnit(description: string, node: Node): string {
  const unit = node[BARE_UNIT_KEYWORD];
  if (typeof unit !== 'string' || /a bare number/i.test(description)) return description;
  const sentence = `A bare number is ${unit === 'fraction' ? 'a fraction (`0.05` is 5 %)' : unit}.`;
  const at = description.indexOf(' Allowed:');
  return at < 0
    ? `${description}${description === '' ? '' : ' '}${sentence}`
    : `${description.slice(0, at)} ${sentence}${description.slice(at)}`;
}

/**
 * The description with the bounds validation holds a plain number or a list to, from the JSON
 * Schema (a quantity's are written into its description where it is declared, `Allowed: ...`),
 * unless the description already states them (`1 to 50`, `at most 1000000`).
 */
function withBounds(description: string, node: Node): string {
  const num = (key: string) => (typeof node[key] === 'number' ? (node[key] as number) : undefined);
  const [low, above, high, below] = ['minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum'].map(num);
  const [fewest, most] = [num('minItems'), num('maxItems')];
  const stated = (lo: number | undefined, hi: number | undefined) =>
    description.includes('Allowed:') ||
    (lo !== undefined && hi !== undefined && description.includes(`${grouped(lo)} to ${grouped(hi)}`)) ||
    (hi !== undefined && description.includes(`at most ${grouped(hi)}`));
  const sentence = (text: string) => `${description}${description === '' ? '' : ' '}Allowed: ${text}.`;
  if (node.type === 'number' || node.type === 'integer') {
    // An integer's own limits (a seed's) bound nothing an analyst writes.
    if ((low ?? 0) <= Number.MIN_SAFE_INTEGER || (high ?? 0) >= Number.MAX_SAFE_INTEGER) return description;
    const parts = [
      low !== undefined
        ? `at least ${grouped(low)}`
        : above !== undefined
          ? `more than ${grouped(above)}`
          : '',
      high !== undefined
        ? `at most ${grouped(high)}`
        : below !== undefined
          ? `less than ${grouped(below)}`
          : '',
    ].filter((p) => p !== '');
    return parts.length === 0 || stated(low ?? above, high ?? below)
      ? description
      : sentence(parts.join(', '));
  }
  // One of several forms, one a quantity (a constant tariff, a rate or `standard-error`): its bounds.
  const quantityForm = variantsOf(node).find((v) => Array.isArray(v.type) && v.type.includes('number'));
  const allowed = /Allowed: (.*?)\.$/.exec(String(quantityForm?.description ?? ''));
  if (allowed && !description.includes('Allowed'))
    return `${description} Allowed as a quantity: ${allowed[1]}.`;
  if (node.type === 'array' && most !== undefined && !stated(fewest, most))
    return sentence(
      fewest !== undefined && fewest > 0
        ? `${grouped(fewest)} to ${grouped(most)} entries`
        : `at most ${grouped(most)} entries`,
    );
  return description;
}
