// The JSON Schema an editor checks a scenario with (schema/scenario.schema.json, named on each
// scenario's first line) against minesim itself: a real JSON Schema validator (ajv, as the YAML
// extension's) marks a scenario wrong exactly where minesim refuses its shape. A scenario minesim
// runs must never show red; one minesim refuses for its form (a quantity with no number, a bare
// number past a field's bounds) is marked where it is written. Rules that need the data (a date
// past the history, a claim past the horizon) are minesim's alone.
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { starterScenario } from '../../src/scenario/template.js';
import { scenarioJsonSchema, validateScenarioText } from '../../src/scenario/validate.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const schema = JSON.parse(read('schema/scenario.schema.json')) as Record<string, unknown>;
const ajv = new Ajv2020({ strict: false, allErrors: true });
formats.default(ajv);
const check = ajv.compile(schema);
// An editor whose validator knows draft-07 alone reads the same keywords to the same verdicts.
const draft07 = new Ajv({ strict: false, allErrors: true });
formats.default(draft07);
const check07 = draft07.compile({ ...schema, $schema: undefined });
const editorErrors = (value: unknown) => {
  const ok = check(value);
  expect(check07(value), 'the draft-07 verdict').toBe(ok);
  return ok ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};
const STARTER = starterScenario('demo', '../schema/scenario.schema.json');
const LOAN_TERMS = { rate: '10 %', term: '12 months' };
const LOAN = { ...LOAN_TERMS, principal: '10000 USD' };
const BOOTSTRAP = { model: { type: 'bootstrap', window: '4 years' } };
const GARCH = { model: { type: 'garch-t', calibrate: '2 years' } };

/** minesim's verdict and the editor's on one scenario text. */
async function verdicts(text: string, file: string) {
  const minesim = await validateScenarioText(text, file);
  return {
    minesim: minesim.ok ? [] : minesim.problems.map((p) => `${p.path}: ${p.message}`),
    editor: editorErrors(parse(text)),
  };
}

/** The starter with the value at `path` set to `value` (a string as YAML reads the text, a number). */
function starterWith(path: (string | number)[], value: unknown): string {
  const doc = parseDocument(STARTER);
  doc.setIn(path, value);
  return doc.toString();
}

/** The fenced YAML blocks of a Markdown file. */
const yamlBlocks = (markdown: string) => [...markdown.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('every scenario minesim accepts shows no error in the editor', () => {
  const shipped = [
    ...readdirSync(new URL('scenarios/', root))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => `scenarios/${f}`),
    ...readdirSync(new URL('bench/', root))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => `bench/${f}`),
  ];
  it.each(shipped)('%s', async (file) => {
    const v = await verdicts(read(file), file);
    expect(v.minesim).toEqual([]);
    expect(v.editor).toEqual([]);
  });

  it('the starter `minesim init` writes', async () => {
    const v = await verdicts(STARTER, 'demo.yaml');
    expect(v).toEqual({ minesim: [], editor: [] });
  });

  it("README's YAML examples, each in the S21 fleet's scenario", async () => {
    const blocks = yamlBlocks(read('README.md')).map((b) => parse(b) as Record<string, unknown> | null);
    const parts = blocks.filter((b): b is Record<string, unknown> => b !== null && typeof b === 'object');
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) {
      const doc = parseDocument(read('scenarios/s21-fleet-2026.yaml'));
      // The README's financing names its cohorts S19j Pro and S21: the fleet takes those names.
      doc.setIn(['fleet', 0, 'name'], 'S21');
      doc.addIn(['fleet'], {
        name: 'S19j Pro',
        model: 'Antminer S19j Pro',
        count: 100,
        unitPrice: '1000 USD',
        uptime: '95 %',
      });
      // Its loan is on the S19j Pro alone (the S21s leased), with no covenant: a default would end the
      // leased cohort's flows too, which minesim refuses.
      const loans = (part.finance as { loans?: Record<string, unknown>[] } | undefined)?.loans;
      if (loans) {
        loans[0].cohorts = ['S19j Pro'];
        delete loans[0].marginCall;
        part.claims = (part.claims as string[] | undefined)?.filter((c) => !c.includes('default'));
      }
      for (const [key, value] of Object.entries(part)) doc.set(key, value);
      doc.setIn(['money', 'salvage', 'fraction'], '80 %');
      const v = await verdicts(doc.toString(), 'readme.yaml');
      expect(v, JSON.stringify(part).slice(0, 80)).toEqual({ minesim: [], editor: [] });
    }
  });

  // Written as minesim prints numbers and as the reference says quantities may be written.
  const accepted: [string, (string | number)[], unknown][] = [
    ['a count in thousands', ['fleet', 0, 'count'], '1,000'],
    ['a count in thousands with spaces and a sign', ['fleet', 0, 'count'], ' +1,000 '],
    ['a count in thousands, .0', ['fleet', 0, 'count'], '1,000.0'],
    ['paths in thousands', ['monteCarlo', 'paths'], '10,000'],
    ['sample paths in thousands', ['outputs', 'samplePaths'], '1,000'],
    ['paths in exponent form', ['monteCarlo', 'paths'], 1e3],
    ['an exponent', ['horizon'], '1e3 days'],
    ['a signed exponent', ['horizon'], '1E+3 days'],
    ['a leading point', ['money', 'discountRate'], '.5 %'],
    ['a trailing point', ['horizon'], '2. years'],
    ['no space', ['horizon'], '3years'],
    ['spaces around', ['horizon'], '  3 years  '],
    ['a no-break space', ['horizon'], '3\u00a0years'],
    ['a bare number of days', ['horizon'], 1095],
    ['money in thousands', ['fleet', 0, 'unitPrice'], '2,000 USD'],
    ['money in lower case', ['fleet', 0, 'unitPrice'], '2e3 usd'],
    ['a tariff per MWh', ['power', 'price'], '60 USD/MWh'],
    ['a bare tariff', ['power', 'price'], 0.1],
    ['a percentage without a space', ['fleet', 0, 'failureRate'], '12.8%'],
    ['a rate a month', ['fleet', 0, 'failureRate'], '1 %/month'],
    ['a bare fraction at its bound', ['fleet', 0, 'uptime'], 1],
    ['a bare fraction at its least', ['fleet', 0, 'uptime'], 0.01],
    ['a hashrate in GH/s', ['fleet', 0, 'hashrate'], '13500 GH/s'],
    ['a power in microwatts, u for micro', ['fleet', 0, 'power'], '1323000000 uW'],
    ['a bare hashrate at its least', ['fleet', 0, 'hashrate'], 1e-12],
    ['a bare power at its most', ['fleet', 0, 'power'], 1e9],
    ['money at its most', ['fleet', 0, 'unitPrice'], 1e12],
    ['a discount rate at its most', ['money', 'discountRate'], '1000 %'],
    ['a bare discount rate at its most', ['money', 'discountRate'], 1],
    ['a signed drift', ['price', 'model'], { type: 'gbm', drift: '-20 %', volatility: '+60 %' }],
    ['a bare difficulty', ['network', 'difficulty'], 2e13],
    ['a loan of a principal', ['finance'], { loans: [LOAN] }],
    ['a loan of a share of the capex', ['finance'], { loans: [{ ...LOAN_TERMS, loanToValue: '50 %' }] }],
    [
      'tax with bonus depreciation',
      ['finance'],
      { tax: { rate: '21 %', depreciation: { method: 'bonus', bonus: '60 %', lifeYears: 5 } } },
    ],
    [
      'tax depreciated straight',
      ['finance'],
      { tax: { rate: '21 %', depreciation: { method: 'straight-line', lifeYears: 5 } } },
    ],
  ];
  it.each(accepted)('%s', async (_, path, value) => {
    const v = await verdicts(starterWith(path, value), 'demo.yaml');
    expect(v).toEqual({ minesim: [], editor: [] });
  });
});

describe('what minesim refuses for its form is marked in the editor', () => {
  const refused: [string, (string | number)[], unknown][] = [
    ['a duration in words', ['horizon'], 'five years'],
    ['an empty quantity', ['horizon'], ''],
    ['a currency sign', ['fleet', 0, 'unitPrice'], '$2000'],
    ['the unit first', ['fleet', 0, 'unitPrice'], 'USD 2000'],
    ['a quantity past 100 characters', ['fleet', 0, 'unitPrice'], `2000 ${'U'.repeat(100)}`],
    ['a micro sign, which minesim does not read (u is micro)', ['fleet', 0, 'power'], '1323000000 \u00b5W'],
    ['a Greek mu', ['fleet', 0, 'power'], '1323000000 \u03bcW'],
    ['a bare horizon past 100 years', ['horizon'], 40000],
    ['a bare horizon under a day', ['horizon'], 0.5],
    ['a negative bare price', ['fleet', 0, 'unitPrice'], -5],
    ['a bare price past 1e12 USD', ['fleet', 0, 'unitPrice'], 2e12],
    ['a bare tariff past 10 USD/kWh', ['power', 'price'], 11],
    ['a bare hashrate past 1 ZH/s', ['fleet', 0, 'hashrate'], 2e9],
    ['a bare hashrate under 1 H/s', ['fleet', 0, 'hashrate'], 1e-13],
    ['a bare power of 0', ['fleet', 0, 'power'], 0],
    ['a bare fraction over 1', ['fleet', 0, 'failureRate'], 1.5],
    ['a bare uptime under 1 %', ['fleet', 0, 'uptime'], 0.005],
    ['a bare pool fee over 50 %', ['costs', 'poolFee'], 0.6],
    ['a bare delay past 100 years', ['fleet', 0, 'deploymentDelay'], 40000],
    ['a network hashrate with no unit', ['network', 'hashrate'], 5e20],
    ['a count grouped wrongly', ['fleet', 0, 'count'], '1,00'],
    ['a count with a fraction', ['fleet', 0, 'count'], '1,000.5'],
    ['a negative count in thousands', ['fleet', 0, 'count'], '-1,000'],
    ['a start before 2009', ['start'], '2008-12-31'],
    ['a start past 2100', ['start'], '2101-01-01'],
    ['a day no month has', ['start'], '2024-02-30'],
    ['a bare difficulty past 1e30', ['network', 'difficulty'], 1e31],
    ['a bare hashprice', ['network', 'hashprice'], 35],
    [
      'a bare hashprice of a swap',
      ['finance'],
      { hedges: [{ type: 'hashprice-swap', hashrate: '50 PH/s', price: 45, term: '12 months' }] },
    ],
    ['a loan of a principal and a share', ['finance'], { loans: [{ ...LOAN, loanToValue: '50 %' }] }],
    ['a loan of neither', ['finance'], { loans: [LOAN_TERMS] }],
    ['a gbm price without its drift', ['price', 'model'], { type: 'gbm', volatility: '60 %' }],
    [
      'a shrunk drift without a window',
      ['price', 'model'],
      { type: 'gbm', drift: { shrink: '50 %' }, volatility: '60 %' },
    ],
    [
      'a jump-diffusion without its jumps',
      ['price', 'model'],
      { type: 'jump-diffusion', drift: '0 %', volatility: '60 %' },
    ],
    ['a GARCH-t with alpha alone', ['price', 'model'], { type: 'garch-t', calibrate: '2 years', alpha: 0.1 }],
    [
      'a mixture of given weights without one',
      ['price', 'model'],
      { type: 'mixture', of: [{ ...BOOTSTRAP, weight: 0.5 }, GARCH] },
    ],
    [
      'a mixture by score with a weight',
      ['price', 'model'],
      { type: 'mixture', weights: 'by-score', of: [{ ...BOOTSTRAP, weight: 0.5 }, GARCH] },
    ],
    [
      'a stochastic network without its volatility',
      ['network', 'model'],
      { type: 'stochastic', drift: '30 %' },
    ],
    ['a growth network without its rate', ['network', 'model'], { type: 'growth' }],
    ['fees as a share without it', ['fees', 'model'], { type: 'share-of-subsidy' }],
    ['tax without a rate', ['finance'], { tax: { depreciation: { method: 'straight-line', lifeYears: 5 } } }],
    [
      'bonus depreciation without its share',
      ['finance'],
      { tax: { rate: '21 %', depreciation: { method: 'bonus', lifeYears: 5 } } },
    ],
    [
      'a bonus share with another method',
      ['finance'],
      { tax: { rate: '21 %', depreciation: { method: 'straight-line', bonus: '60 %', lifeYears: 5 } } },
    ],
  ];
  it.each(refused)('%s', async (_, path, value) => {
    const v = await verdicts(starterWith(path, value), 'demo.yaml');
    expect(v.minesim).not.toEqual([]);
    expect(v.editor).not.toEqual([]);
  });
});

type Node = Record<string, unknown>;

/** Keywords whose objects are values, not schemas. */
const VALUES = new Set(['default', 'examples', 'const', 'enum']);

/** Every node of a JSON Schema, with its path. */
function* nodes(node: unknown, path = ''): Generator<[string, Node]> {
  if (Array.isArray(node)) {
    for (const item of node) yield* nodes(item, path);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  yield [path, node as Node];
  for (const [key, child] of Object.entries(node as Node))
    if (key === 'properties')
      for (const [name, sub] of Object.entries(child as Node)) yield* nodes(sub, `${path}.${name}`);
    else if (typeof child === 'object' && !VALUES.has(key))
      yield* nodes(child, key === 'items' ? `${path}[]` : path);
}

describe('the editor schema as a document', () => {
  it('is a valid JSON Schema', () => {
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });

  it("says in each quantity's description the unit of a bare number", () => {
    const silent = [...nodes(schema)]
      .filter(([, n]) => typeof n['x-bare-unit'] === 'string')
      .filter(([, n]) => !/a bare number is/i.test(String(n.description)))
      .map(([path]) => path);
    expect(silent).toEqual([]);
  });

  it('takes its own defaults and examples', () => {
    const wrong: string[] = [];
    const own = new Ajv2020({ strict: false });
    formats.default(own);
    for (const [path, node] of nodes(schema)) {
      if (path === '') continue;
      const valid = own.compile(node);
      const values = [
        ...(node.default !== undefined ? [node.default] : []),
        ...((node.examples as unknown[]) ?? []),
      ];
      for (const value of values) if (!valid(value)) wrong.push(`${path}: ${JSON.stringify(value)}`);
    }
    expect(wrong).toEqual([]);
  });

  it("keeps the run's own schema unchanged: the editor's is made from it", () => {
    // The sweep's axes read a bare number's unit from the run's own schema (study/vary.ts).
    const own = scenarioJsonSchema() as { properties: Record<string, Node> };
    expect(own.properties.horizon.description).not.toMatch(/a bare number/i);
  });
});
