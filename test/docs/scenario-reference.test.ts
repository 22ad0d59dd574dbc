// docs/scenario-reference.md gives each field an example ("e.g. `13.5 TH/s`"), which a reader
// copies into a scenario: each must be accepted in its field. The page is generated from the
// schema's descriptions (`npm run generate`), so an example that drifts from what the field reads
// is caught here, not by a user. Each example is written into a committed scenario where its field
// belongs (a branch's required neighbours beside it) and validated; a problem at the field's own
// path fails the test, problems elsewhere (a combination no scenario would write) do not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { outputName } from '../../src/cli/scenario-input.js';
import { validateScenarioText } from '../../src/scenario/validate.js';
import { type Draft, scenarioDraft } from '../fixtures/scenarios.js';

const page = readFileSync(new URL('../../docs/scenario-reference.md', import.meta.url), 'utf8');

/** Each field row's examples: the field as the page writes it and each `e.g.` value. */
function examples(): { field: string; value: string }[] {
  const out: { field: string; value: string }[] = [];
  for (const line of page.split('\n')) {
    const field = /^\| `([^`]*)` \|/.exec(line)?.[1];
    if (field === undefined || field.includes('mixture}.of[]')) continue;
    for (const eg of line.matchAll(/e\.g\. ((?:`[^`]*`(?: \([^)]*\))?(?:,? (?:or )?)?)+)/g))
      for (const value of eg[1].matchAll(/`([^`]*)`/g)) out.push({ field, value: value[1] });
  }
  return out;
}

/**
 * The branches of the page a field may sit in, each with the object a draft needs there (its
 * required neighbours) and its concrete path: `fleet[]` is the first cohort, `x{type: y}` the
 * branch y of x.
 */
const BRANCHES: [prefix: string, path: string, make: (d: Draft) => void][] = [
  ['fleet[]', 'fleet[0]', () => {}],
  [
    'power.price.schedule[]',
    'power.price.schedule[0]',
    (d) => {
      d.power.price = { schedule: [{ from: d.start, price: 0.05 }] };
    },
  ],
  [
    'power.price',
    'power.price',
    (d) => {
      d.power.price = {};
    },
  ],
  [
    'power.hosting{basis: per-kw}',
    'power.hosting',
    (d) => {
      d.power.hosting = { basis: 'per-kw', rate: 10 };
    },
  ],
  [
    'power.hosting{basis: all-in}',
    'power.hosting',
    (d) => {
      d.power.price = 0;
      d.power.hosting = { basis: 'all-in', rate: 0.075 };
    },
  ],
  [
    'power.hosting{basis: revenue-share}.waterfall',
    'power.hosting.waterfall',
    (d) => {
      d.power.hosting = { basis: 'revenue-share', share: 0.3, waterfall: { after: 0.5 } };
    },
  ],
  [
    'power.hosting{basis: revenue-share}',
    'power.hosting',
    (d) => {
      d.power.hosting = { basis: 'revenue-share', share: 0.3 };
    },
  ],
  [
    'power.curtailment',
    'power.curtailment',
    (d) => {
      d.power.curtailment = { credit: 60, budget: 20 };
      d.fleet[0].uptime = '90 %';
    },
  ],
  [
    'network.powChanges[]',
    'network.powChanges[0]',
    (d) => {
      d.network.powChanges = [{ date: '2018-01-01', strands: [] }];
    },
  ],
  ...['growth', 'stochastic', 'price-coupled', 'endogenous'].map(
    (type): [string, string, (d: Draft) => void] => [
      `network.model{type: ${type}}`,
      'network.model',
      (d) => {
        d.network.model = { type };
      },
    ],
  ),
  [
    'fees.model{type: share-of-subsidy}',
    'fees.model',
    (d) => {
      d.fees.model = { type: 'share-of-subsidy', calibrate: '90 days' };
    },
  ],
  ...['gbm', 'jump-diffusion', 'bootstrap', 'garch-t'].map((type): [string, string, (d: Draft) => void] => [
    `price.model{type: ${type}}`,
    'price.model',
    (d) => {
      d.price.model = type === 'bootstrap' ? { type } : { type, calibrate: '2 years' };
    },
  ]),
  [
    'finance.loans[].marginCall',
    'finance.loans[0].marginCall',
    (d) => {
      d.finance = {
        loans: [{ loanToValue: 0.5, rate: 0.1, term: '24 months', marginCall: { loanToValue: 0.95 } }],
      };
    },
  ],
  [
    'finance.loans[]',
    'finance.loans[0]',
    (d) => {
      d.finance = { loans: [{ loanToValue: 0.5, rate: 0.1, term: '24 months' }] };
    },
  ],
  [
    'finance.leases[]',
    'finance.leases[0]',
    (d) => {
      d.fleet[0].name = 'leased';
      d.finance = { leases: [{ cohort: 'leased', payment: 1000, term: '24 months' }] };
    },
  ],
  [
    'finance.hedges[]{type: hashprice-swap}',
    'finance.hedges[0]',
    (d) => {
      d.finance = {
        hedges: [{ type: 'hashprice-swap', hashrate: '1 PH/s', price: '900 USD/PH/day', term: '12 months' }],
      };
    },
  ],
  [
    'finance.hedges[]{type: price-swap}',
    'finance.hedges[0]',
    (d) => {
      d.finance = { hedges: [{ type: 'price-swap', coins: 1, price: 2000, term: '12 months' }] };
    },
  ],
  [
    'finance.hedges[]{type: put \\| call}',
    'finance.hedges[0]',
    (d) => {
      d.finance = { hedges: [{ type: 'put', coins: 1, strike: 1500, premium: 100, expiry: '2018-05-17' }] };
    },
  ],
  [
    'finance.tax.depreciation',
    'finance.tax.depreciation',
    (d) => {
      d.finance = { tax: { rate: 0.21, depreciation: { method: 'bonus', lifeYears: 5 } } };
    },
  ],
  [
    'finance.tax',
    'finance.tax',
    (d) => {
      d.finance = { tax: { rate: 0.21 } };
    },
  ],
];

/** The object at a concrete path (`finance.loans[0].marginCall`) of a draft, made where missing. */
function objectAt(d: Draft, path: string): Draft {
  let at = d;
  for (const key of path.split(/\.|\[|\]\.?/).filter((k) => k !== '')) at = at[key] ??= {};
  return at;
}

/** Where a field of the page lives in draft `d` (its branch made there): the object, the key and the path. */
function place(d: Draft, field: string): { at: Draft; key: string; path: string } {
  for (const [prefix, path, make] of BRANCHES)
    if (field.startsWith(`${prefix}.`)) {
      make(d);
      const key = field.slice(prefix.length + 1);
      return { at: objectAt(d, path), key, path: `${path}.${key}` };
    }
  const cut = field.lastIndexOf('.');
  const key = field.slice(cut + 1);
  return { at: cut < 0 ? d : objectAt(d, field.slice(0, cut)), key, path: field };
}

/**
 * The committed scenario an example is tried in: the flagship, but the start state of a network
 * given by hand in the one that starts past the history, and a claim on the books in the one that
 * has them.
 */
function baseOf(field: string, value: string): string {
  if (/^network\.(difficulty|hashrate|hashprice)$/.test(field)) return 's21-fleet-2026';
  if (/default|margin call/.test(value)) return 'top-of-market-2021-11-10-loan';
  if (/hedges net/.test(value)) return 'hashprice-hedge-2024-05';
  return 'north-korea-2017-s9';
}

/** A YAML value as a reader writes the example: a flow list or a number as YAML reads it. */
const asWritten = (value: string) => (/^[[{]|^-?[\d.]+$/.test(value) ? parseYaml(value) : value);

describe('docs/scenario-reference.md', () => {
  const all = examples();

  it('gives examples for most fields', () => {
    expect(all.length).toBeGreaterThan(80);
  });

  it.each(all)('accepts its example for $field: `$value`', async ({ field, value }) => {
    const d = scenarioDraft(baseOf(field, value));
    if (field === 'claims[]') d.claims = [value];
    else {
      const { at, key } = place(d, field);
      at[key] = key === 'vary' ? [value] : asWritten(value);
      if (field === 'network.hashprice') delete d.network.difficulty;
    }
    const path =
      field === 'claims[]' ? 'claims[0]' : place(scenarioDraft(), field).path.replace(/\.vary$/, '.vary');
    const v = await validateScenarioText(stringify(d), 'example.yaml');
    const here = v.ok
      ? []
      : v.problems.filter(
          (p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`),
        );
    expect(here.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
  });
});

/** The first match of `pattern` on the page. */
function says(pattern: RegExp): RegExpExecArray {
  const match = pattern.exec(page);
  if (match === null) throw new Error(`docs/scenario-reference.md does not say ${pattern}`);
  return match;
}

/** The flagship with `edit` made, validated: its scenario, or its problems' paths and messages. */
async function flagshipWith(edit: (d: Draft) => void) {
  const d = scenarioDraft();
  edit(d);
  const v = await validateScenarioText(stringify(d), 'example.yaml');
  return v.ok
    ? { scenario: v.scenario, problems: [] }
    : { scenario: undefined, problems: v.problems.map((p) => `${p.path}: ${p.message}`) };
}

describe("docs/scenario-reference.md's worked examples", () => {
  it('names the output folder as outputName() does', () => {
    const [, name, folder] = says(
      /\(`([^`]+)` writes `runs\/([^`]+)`; a name with nothing left, `scenario`\)/,
    );
    expect(outputName(name)).toBe(folder);
    expect(outputName('/// ***')).toBe('scenario');
  });

  it('counts the days of a horizon as the run does', async () => {
    const [, one, two, eighteen] = says(
      /`1 year` runs (\d+) days \(day 0 to day \d+\), `2 years` (\d+), `18 months` (\d+)\./,
    );
    for (const [horizon, days] of [
      ['1 year', one],
      ['2 years', two],
      ['18 months', eighteen],
    ]) {
      const { scenario } = await flagshipWith((d) => {
        d.horizon = horizon;
        d.claims = [];
        delete d.sweep;
      });
      expect(scenario!.days).toBe(Number(days));
    }
  });

  it('converts a failure rate a month, and its limits a month and a day, as validation does', async () => {
    const [, yearly] = says(/`8 %\/month` is ([\d.]+) % a year/);
    const { scenario } = await flagshipWith((d) => {
      d.fleet[0].failureRate = '8 %/month';
    });
    expect((100 * scenario!.fleet[0].failureRate).toFixed(1)).toBe(yearly);
    const [, month, day] = says(/at most ([\d.]+) %\/month or ([\d.]+) %\/day/);
    for (const [limit, unit] of [
      [month, 'month'],
      [day, 'day'],
    ]) {
      const next = (Number(limit) + 0.1).toFixed(1);
      const at = await flagshipWith((d) => {
        d.fleet[0].failureRate = `${limit} %/${unit}`;
      });
      const past = await flagshipWith((d) => {
        d.fleet[0].failureRate = `${next} %/${unit}`;
      });
      expect(at.problems).toEqual([]);
      expect(past.problems.filter((p) => p.startsWith('fleet[0].failureRate'))).toHaveLength(1);
    }
  });

  it('converts a volatility and a discount rate a month to a year as validation does', async () => {
    const [, volatility] = says(/`20 %\/month` is ([\d.]+) % a year/);
    const [, discount] = says(/`1 %\/month` is ([\d.]+) % a year/);
    const { scenario } = await flagshipWith((d) => {
      d.price.model.volatility = '20 %/month';
      d.money.discountRate = '1 %/month';
    });
    const model = scenario!.price.model as { volatility: number };
    expect((100 * model.volatility).toFixed(1)).toBe(volatility);
    expect((100 * scenario!.money.discountRate).toFixed(2)).toBe(discount);
  });

  it('refuses, not rounds, the deployment delays and terms it says it refuses, and takes the terms it says it takes', async () => {
    const [, month, halfDays] = says(
      /Whole days, as the cohort hashes from the start of a day: `([^`]+)` \([\d.]+ days\) or `([^`]+)` is refused/,
    );
    for (const delay of [month, halfDays]) {
      const { problems } = await flagshipWith((d) => {
        d.fleet[0].deploymentDelay = delay;
      });
      expect(problems.filter((p) => p.startsWith('fleet[0].deploymentDelay'))).toHaveLength(1);
    }
    const [, taken, refused] = says(
      /within half a day of whole months \(([^)]+)\), and any other \(`([^`]+)`\) is refused/,
    );
    const lease = (term: string) =>
      flagshipWith((d) => {
        d.fleet[0].name = 'leased';
        d.finance = { leases: [{ cohort: 'leased', payment: '1000 USD/month', term }] };
      });
    for (const term of taken.match(/[^`, ]+ days/g)!) expect((await lease(term)).problems).toEqual([]);
    expect(
      (await lease(refused)).problems.filter((p) => p.startsWith('finance.leases[0].term')),
    ).toHaveLength(1);
  });
});
