// Claims as analysts type them: ≥ and ≤, an IRR a year, a typographic minus, spaces or none;
// and the units and values that cannot be meant (a negative payback time, an IRR a month, a unit
// of another kind). Each is read as meant or refused with what to write.
import { beforeAll, describe, expect, it } from 'vitest';
import { claimMessages as m } from '../../src/messages/claims.js';
import { parseClaim } from '../../src/scenario/claims.js';
import { loadUnits } from '../../src/scenario/mathjs-units.js';

function read(text: string) {
  const r = parseClaim(text);
  if (!r.ok) throw new Error(`${text}: ${r.message}`);
  const { metric, op, value, probabilityOp, probability } = r.claim;
  return { metric, op, value, probabilityOp, probability };
}

function refusal(text: string): string {
  const r = parseClaim(text);
  if (r.ok) throw new Error(`${text} was read as ${r.claim.metric} ${r.claim.op} ${r.claim.value}`);
  return r.message;
}

describe('comparisons', () => {
  it.each([
    ['payback ≥ 1 year', 'payback >= 1 year'],
    ['payback ≤ 18 months', 'payback <= 18 months'],
    ['P(npv ≥ 0) ≥ 50 %', 'P(npv >= 0) >= 50 %'],
    ['P(default) ≤ 10 %', 'P(default) <= 10 %'],
  ])('parseClaim(%j) reads ≥ and ≤ as >= and <= (%j)', (typed, ascii) => {
    expect(read(typed)).toEqual(read(ascii));
  });

  it.each([
    ['P(payback<=1year)>=0.5', 'P(payback <= 1 year) >= 0.5'],
    ['  irr>10%  ', 'irr > 10 %'],
    ['IRR > 10 %', 'irr > 10 %'],
    ['p( npv > 0 ) >= 50%', 'P(npv > 0) >= 50 %'],
  ])('parseClaim(%j) reads spaces or none alike', (typed, spaced) => {
    expect(read(typed)).toEqual(read(spaced));
  });

  it.each(['npv = 0', 'npv == 0', 'npv => 0', 'npv != 0'])(
    'parseClaim(%j) is refused, naming the comparisons it takes',
    (text) => {
      expect(refusal(text)).toBe(m.unparsable());
      expect(m.unparsable()).toContain('≥');
    },
  );
});

describe('signs', () => {
  it.each([
    ['npv > −1000 USD', -1000],
    ['irr > −5 %', -0.05],
  ])('parseClaim(%j) reads the typographic minus (U+2212) as a minus', (text, value) => {
    expect(read(text).value).toBeCloseTo(value, 15);
  });

  it.each([
    ['payback > -3 days', 'payback', '-3 days'],
    ['P(equity payback <= -1 year) >= 0.5', 'equity-payback', '-1 year'],
  ])('parseClaim(%j) refuses a negative payback time', (text, metric, written) => {
    expect(refusal(text)).toBe(m.badValue(metric, m.negativeDuration(written)));
  });
});

describe('units', () => {
  beforeAll(loadUnits);

  it.each([
    ['irr > 10 %/year', 0.1],
    ['irr > 0.1/year', 0.1],
    ['equity irr >= 15 %/year', 0.15],
  ])('parseClaim(%j) reads an IRR written a year', (text, value) => {
    expect(read(text).value).toBeCloseTo(value, 15);
  });

  it.each([
    ['irr > 1 %/month', 'irr', '1 %/month'],
    ['after-tax irr > 0.05 %/day', 'after-tax-irr', '0.05 %/day'],
  ])(
    'parseClaim(%j) refuses an IRR a month or a day (compounded or not?), saying to write it a year',
    (text, metric, written) => {
      expect(refusal(text)).toBe(m.badValue(metric, m.irrPerPeriod(written)));
    },
  );

  it.each([
    ['roi > 10 %/year', 'roi'],
    ['npv > 2 years', 'npv'],
    ['payback > 100 USD', 'payback'],
    ['irr > 5 USD', 'irr'],
    ['hedges net >= 5 %', 'hedges-net'],
    ['npv > 5 USD/day', 'npv'],
  ])('parseClaim(%j) refuses a unit of another kind, naming the kind it got', (text) => {
    expect(refusal(text)).toMatch(/threshold: expected .*\(got ".*", an? /);
  });

  it.each([
    ['payback > 30 days', 30],
    ['payback > 4 weeks', 28],
    ['payback > 12 months', 365.25],
    ['payback > 1 year', 365.25],
    ['payback > 2 years', 730.5],
    ['payback > 36 hours', 1.5],
    // The short forms minesim prints (`421 d`) and analysts write: test/duration-units.
    ['payback > 2 yr', 730.5],
    ['payback > 421 d', 421],
    ['npv > 1,000,000 USD', 1e6],
    ['npv > 2500 usd', 2500],
  ])('parseClaim(%j) reads %d (days, USD)', (text, value) => {
    expect(read(text).value).toBeCloseTo(value, 9);
  });

  it.each([
    'npv > NaN',
    'npv > Infinity',
    'npv > -1e400 USD',
    'npv > 1k USD',
    'npv > 1M USD',
    'npv > $1000',
    'npv > 1000 $',
    'npv > 1 000 USD',
    'npv > 1.000.000 USD',
    'npv > 10 EUR',
  ])('parseClaim(%j) is refused', (text) => {
    expect(refusal(text)).toMatch(/threshold: expected/);
  });
});

describe('a claim cut at a thousands separator', () => {
  it('parseClaim(`000 USD`), the rest of `[npv > 1,000 USD]` in a YAML list in brackets, says the comma split it', () => {
    expect(refusal('000 USD')).toBe(m.unparsable(true));
    expect(m.unparsable(true)).toContain('`npv > 1` and `000 USD`');
    expect(refusal('it pays back')).toBe(m.unparsable());
  });
});
