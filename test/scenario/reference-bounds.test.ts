// docs/scenario-reference.md is what an analyst writes scenarios from: every bound validation
// enforces must be written there, and every description the schema holds must be shown.
import { describe, expect, it } from 'vitest';
import { START_HASHRATE_DAYS } from '../../src/model/start-hashrate.js';
import { scenarioReference } from '../../src/scenario/reference.js';
import { scenarioJsonSchema, validateScenarioText } from '../../src/scenario/validate.js';

const reference = scenarioReference(scenarioJsonSchema());
const rowOf = (field: string) =>
  reference.split('\n').find((line) => line.startsWith(`| \`${field}\` |`)) ?? `(no row for ${field})`;

const BASE = `name: z
start: 2021-01-01
horizon: 1 year
fleet:
  - { model: Antminer S19 Pro, count: 10, unitPrice: 2500 USD }
power: { price: 0.05 USD/kWh }
price: { model: { type: fixed } }
network: { model: { type: growth, rate: 0 % } }
fees: { model: { type: share-of-subsidy, share: 0 % } }
`;

describe('scenarioReference: the bounds of plain numbers', () => {
  // Validation refuses power.pue 0.99 and 3.01, monteCarlo.paths 0 and 10,000,001, a price
  // correlation of 1.01 and a GARCH beta of 1; the reference said none of it (its rows read
  // "Power usage effectiveness: ... e.g. 1.1." and "Number of simulated market paths.").
  it.each([
    ['power.pue', 'Allowed: at least 1, at most 3.'],
    ['monteCarlo.paths', 'Allowed: at least 1, at most 10,000,000.'],
    ['network.height', 'Allowed: at least 0, at most 100,000,000.'],
    ['network.model{type: stochastic}.priceCorrelation', 'Allowed: at least -1, at most 1.'],
    ['network.model{type: price-coupled}.elasticity', 'Allowed: at least 0, at most 10.'],
    ['network.model{type: endogenous}.shutdown', 'Allowed: at least 0, at most 1.'],
    ['network.model{type: endogenous}.entryMargin', 'Allowed: more than 0, at most 1,000,000.'],
    ['price.model{type: garch-t}.beta', 'Allowed: at least 0, less than 1.'],
    ['price.model{type: jump-diffusion}.jumpsPerYear', 'Allowed: at least 0, at most 365.'],
    ['fees.model{type: per-block}.spikes.multiplier', 'Allowed: at least 1, at most 1,000.'],
    ['finance.hedges[]{type: put \\| call}.coins', 'Allowed: more than 0, at most 1,000,000,000.'],
    ['fleet', 'Allowed: 1 to 1,000 entries.'],
    ['outputs.charts', 'Allowed: at most 5 entries.'],
  ])('the row of %s says %s', (field, bounds) => {
    expect(rowOf(field)).toContain(bounds);
  });

  it('a bound already written in the description is not written twice', () => {
    expect(rowOf('finance.tax.depreciation.lifeYears')).not.toContain('Allowed');
    expect(rowOf('fleet[].count').match(/Allowed/g)).toHaveLength(1);
  });

  it('the bounds written are the ones validation enforces (power.pue 3 passes, 3.01 is refused)', async () => {
    const at = async (pue: number) =>
      (await validateScenarioText(BASE.replace('0.05 USD/kWh }', `0.05 USD/kWh, pue: ${pue} }`), 'z.yaml'))
        .ok;
    expect(await at(3)).toBe(true);
    expect(await at(3.01)).toBe(false);
    expect(await at(1)).toBe(true);
    expect(await at(0.99)).toBe(false);
  });
});

describe('scenarioReference: the entries of a list of plain values', () => {
  // The claim grammar (its events: payback, npv, net, roi, irr, equity payback, margin call,
  // default, hedges net) is the description of a claim, an entry of `claims`; the reference showed
  // only the list's "Statements to test against the simulated distribution."
  it('has a row for claims[] with the events a claim may test', () => {
    const row = rowOf('claims[]');
    for (const event of ['`payback`', '`equity payback`', '`margin call`', '`hedges net`'])
      expect(row).toContain(event);
  });
});

describe('scenarioReference: network.hashrate', () => {
  // A Bitcoin run on 2021-01-01 starts from 143.32 EH/s, the mean of the history's 7 days to it
  // (127.15, 137.34, 147.93, 140.54, 159.03, 153.48 and 137.76 EH/s, data/btc-daily.csv); the
  // reference said "Default: the history on that day", which reads as 137.76 EH/s.
  it('says the default is the mean of the week to the start for a coin whose hashrate is read from its blocks', () => {
    expect(rowOf('network.hashrate')).toContain(`the mean of the ${START_HASHRATE_DAYS} days to the start`);
  });
});

describe('scenarioReference: power.price.expression', () => {
  // `year` is the fractional calendar year (2017-05-16 is 2017.37), not the years since the start:
  // `0.05 + 0.002 * year`, read as a rise of 0.2 cent a year, is 4.09 USD/kWh in 2021 and runs.
  it('says `year` is the calendar year, and how to write years since the start', () => {
    const row = rowOf('power.price.expression');
    expect(row).toContain('fractional calendar year');
    expect(row).toContain('t / 365.25');
    expect(row).toContain('`dayOfYear` (1-366)');
  });
});

describe('scenarioReference: costs.maintenance', () => {
  // Maintenance is paid on the units still working, from the day they hash: 10 S19 Pro at
  // 100 USD/month failing at 50 % a year cost 8,500 USD over a year on 50 paths (8,660 expected,
  // 1,000 x 12 x the year's mean survival of 0.722), not the 11,992 of ten units, and with a
  // 14-day delivery 11,532 USD (351 days), not 11,992 (365). The reference said only "per unit".
  it('says maintenance is per working unit from the day it hashes', () => {
    const row = rowOf('costs.maintenance');
    expect(row).toContain('a failed unit costs none');
    expect(row).toContain('from the day it starts hashing');
  });
});

describe('scenarioReference: costs.fixed', () => {
  // Fixed costs run every day of the horizon: 1,000 USD/month over a 365-day run cost 11,992 USD
  // with the fleet retired and sold on day 181 (not 5,947), and with it bought on day 59 too.
  it('says fixed costs are paid every day of the horizon, machines or not', () => {
    expect(rowOf('costs.fixed')).toContain('every day of the horizon');
  });
});

describe('scenarioReference: rules validation holds a field to that its row did not state', () => {
  // A tariff schedule whose first entry is after the start, or out of date order, is refused
  // ("the first schedule entry must start on or before the scenario start"); a hardware class of
  // one's own (`myasic`) is accepted where a cohort and a network.powChanges entry both name it.
  it('power.price.schedule says its first entry is on or before the start and the entries in date order', () => {
    const row = rowOf('power.price.schedule');
    expect(row).toContain('on or before the start');
    expect(row).toContain('in date order');
  });
  it('fleet[].hardwareClass says a class of ones own is one a network.powChanges entry strands', () => {
    expect(rowOf('fleet[].hardwareClass')).toContain('`network.powChanges`');
  });
});

describe('scenarioReference: horizon', () => {
  // The horizon is rounded to whole days: `1 year` (365.25 days) runs 365 days, day 0 to day 364,
  // so a claim on a payback within 1 year (by day 365) is refused on it; `2 years` runs 731 days.
  it('says the horizon is rounded to whole days, with what a year gives', () => {
    const row = rowOf('horizon');
    expect(row).toContain('rounded to whole days');
    expect(row).toContain('`1 year` runs 365 days');
  });
});

describe('scenarioReference: the bounds of a quantity that may also be written otherwise', () => {
  // power.price 10.01 USD/kWh, power.hosting 10001 USD/kW/month and a driftSpread of 1001 % are
  // refused, each "must be at most ..."; their rows (a quantity or a schedule, a contract, or
  // `standard-error`) gave no bound.
  it.each([
    ['power.price', 'Allowed as a quantity: at least 0 USD/kWh, at most 10 USD/kWh.'],
    ['power.hosting', 'Allowed as a quantity: at least 0 USD/kW/month, at most 10,000 USD/kW/month.'],
    ['network.model{type: stochastic}.driftSpread', 'Allowed as a quantity: at least 0 %, at most 1,000 %.'],
    ['price.model{type: gbm}.drift', 'Allowed as a quantity: at least -1,000 %, at most 1,000 %.'],
  ])('the row of %s says %s', (field, bounds) => {
    expect(rowOf(field)).toContain(bounds);
  });
});

describe('scenarioJsonSchema: every quantity states its bounds', () => {
  // A drift's prior of 2000 % is refused ("must be at most 1,000 %"); its description, set apart
  // from the drift's own, had dropped the drift's "Allowed: at least -1,000 %, at most 1,000 %."
  it('each field that takes a quantity says Allowed: in its description', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      const type = n.type;
      if (Array.isArray(type) && type.includes('number') && type.includes('string'))
        if (!String(n.description ?? '').includes('Allowed:')) missing.push(path);
      for (const [key, value] of Object.entries(n)) {
        if (key === 'properties')
          for (const [name, child] of Object.entries(value as Record<string, unknown>))
            walk(child, `${path}.${name}`);
        else if (Array.isArray(value)) for (const v of value) walk(v, path);
        else if (typeof value === 'object') walk(value, path);
      }
    };
    walk(scenarioJsonSchema(), '');
    expect([...new Set(missing)]).toEqual([]);
  });
});

describe('scenarioReference: the endogenous network calibrate', () => {
  // `calibrate: 30 days` to `363 days` pass the stated "at least 30 days" and are refused: "an
  // endogenous network fitted on 90 days ... give a window of at least 364 days"; a year runs.
  it('states what the fit needs beyond the 30 days every calibration window needs', () => {
    expect(rowOf('network.model{type: endogenous}.calibrate')).toContain(
      'a fit needs at least a year of it (52 weeks), with a year of history before them',
    );
  });
});

describe('scenarioReference: fee spikes', () => {
  // perYear 53 with the default 7-day spikes is refused ("spikes a year x their duration must stay
  // below 365 days"), as is 365 of 1 day; the row said "Allowed: at least 0, at most 365" alone.
  it('spikes.perYear states the limit its product with duration is held to', () => {
    expect(rowOf('fees.model{type: per-block}.spikes.perYear')).toContain(
      'times `duration` in whole days must stay below 365',
    );
  });
});

describe('scenarioReference: GARCH persistence', () => {
  // alpha 0.5 and beta 0.6, each within its own bound, are refused: "alpha + beta (here 0.5 + 0.6
  // = 1.1) must be below 0.9999"; neither row said so.
  it('beta states that alpha + beta must stay below the persistence limit', () => {
    expect(rowOf('price.model{type: garch-t}.beta')).toContain('`alpha` + `beta` must be below 0.9999');
  });
});

describe('scenarioReference: the fleet capex', () => {
  // Ten units at 0.0001 USD are refused ("the fleet costs 0.001 USD in all; ROI divides by that
  // cost, so it must be 0 (a free fleet) or at least 0.01 USD"), each unit price being within its
  // row's "at least 0 USD".
  it('the fleet row states that its capex is 0 or at least the smallest an ROI divides by', () => {
    expect(rowOf('fleet')).toContain('0 (a free fleet) or at least 0.01 USD');
  });
});
