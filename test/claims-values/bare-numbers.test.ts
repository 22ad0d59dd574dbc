// What a bare number means in a claim. An analyst says "IRR above 10" and means 10 %, "payback over
// 18" and means months: a number with no unit is read only where one reading is the likely one,
// and refused with what to write where it is not.
// - money (npv, net, equity npv, after-tax npv, hedges net): USD, the one currency minesim knows;
// - a fraction (roi, irr, equity irr, after-tax irr, and the probability of `P(...)`): a share of 1
//   when below 1 in size (`0.1` is 10 %); 1 and above is refused (`irr > 10` read as 1,000 % a year
//   was taken where 10 % was meant);
// - a payback time: 0 alone (a bare 400 could be days, months or years).
import { describe, expect, it } from 'vitest';
import { claimMessages as m } from '../../src/messages/claims.js';
import { parseClaim } from '../../src/scenario/claims.js';

function read(text: string) {
  const r = parseClaim(text);
  if (!r.ok) throw new Error(`${text}: ${r.message}`);
  return r.claim;
}

function refusal(text: string): string {
  const r = parseClaim(text);
  if (r.ok) throw new Error(`${text} was read as ${r.claim.metric} ${r.claim.op} ${r.claim.value}`);
  return r.message;
}

describe('a bare number as a fraction (roi, irr and the books’ irr)', () => {
  it.each([
    ['irr > 10', 'irr', '>', '10'],
    ['irr >= 1', 'irr', '>=', '1'],
    ['irr >= 1e6', 'irr', '>=', '1e6'],
    ['roi > 50', 'roi', '>', '50'],
    ['roi > -1', 'roi', '>', '-1'],
    ['roi < -2', 'roi', '<', '-2'],
    ['equity irr > 15', 'equity-irr', '>', '15'],
    ['P(after-tax irr > 8) >= 0.5', 'after-tax-irr', '>', '8'],
    ['irr > 10/year', 'irr', '>', '10'],
  ])('parseClaim(%j) is refused, saying to write it with %', (text, metric, op, written) => {
    expect(refusal(text)).toBe(m.badValue(metric, m.bareFraction(metric, op, written)));
  });

  it('parseClaim() says what to write for `irr > 10`: 10 % or 1000 % (10 as a fraction)', () => {
    const message = refusal('irr > 10');
    expect(message).toContain('`irr > 10 %`');
    expect(message).toContain('`irr > 1000 %`');
    expect(message).toContain('(got "10")');
  });

  it.each([
    ['irr > 0.1', 0.1],
    ['irr > 0', 0],
    ['irr > -0.5', -0.5],
    ['roi >= .25', 0.25],
    ['irr <= -0.9999', -0.9999],
    ['equity irr > 0.15', 0.15],
  ])('parseClaim(%j) reads a bare fraction below 1 in size as a share of 1', (text, value) => {
    expect(read(text).value).toBe(value);
  });

  it.each([
    ['irr > 10 %', 0.1],
    ['irr > 1,000 %', 10],
    ['roi > -200 %', -2],
    ['roi > 150 %', 1.5],
  ])('parseClaim(%j) reads a percentage at any size', (text, value) => {
    expect(read(text).value).toBeCloseTo(value, 15);
  });
});

describe('a bare number as a probability', () => {
  it('parseClaim() refuses a bare 1 (100 % or 1 %?) and says to write it with %', () => {
    expect(refusal('P(npv > 0) >= 1')).toBe(m.bareProbability('1', 1));
    expect(refusal('P(npv > 0) >= 1.0')).toBe(m.bareProbability('1.0', 1));
    expect(refusal('P(npv > 0) >= 1')).toContain('100 %');
  });

  it.each([
    ['P(npv > 0) >= 50', '50'],
    ['P(payback <= 1 year) >= 90', '90'],
    ['P(npv > 0) > 1.5', '1.5'],
  ])('parseClaim(%j) refuses a bare number above 1 and says to write %', (text, written) => {
    expect(refusal(text)).toBe(m.bareProbability(written, Number(written)));
    expect(refusal(text)).toContain(`${written} %`);
  });

  it.each([
    ['P(npv > 0) >= 0.5', 0.5],
    ['P(npv > 0) >= 0', 0],
    ['P(npv > 0) >= .9', 0.9],
    ['P(npv > 0) >= 50 %', 0.5],
    ['P(npv > 0) >= 100 %', 1],
    ['P(npv > 0) >= 1 %', 0.01],
  ])('parseClaim(%j) reads the probability as %d', (text, p) => {
    expect(read(text).probability).toBe(p);
  });

  it.each(['P(npv > 0) >= 150', 'P(npv > 0) >= 150 %', 'P(npv > 0) >= -5 %', 'P(npv > 0) >= -0.1'])(
    'parseClaim(%j) refuses a probability outside 0 to 100 %',
    (text) => {
      const written = text.slice(text.indexOf('>=') + 2).trim();
      expect(refusal(text)).toBe(m.badProbability(written));
    },
  );
});

describe('a bare number as a payback time', () => {
  it.each([
    ['payback > 400', 'payback', '400'],
    ['payback <= 2', 'payback', '2'],
    ['P(payback <= 18) >= 0.5', 'payback', '18'],
    ['equity payback > 1.5', 'equity-payback', '1.5'],
  ])('parseClaim(%j) is refused, saying to write its unit', (text, metric, written) => {
    const message = refusal(text);
    expect(message).toBe(m.badValue(metric, m.bareDuration(written)));
    expect(message).toContain(`${written} days`);
    expect(message).toContain(`${written} months`);
  });

  it('parseClaim(`payback > 0`) reads 0 as 0 days, which is 0 in every unit', () => {
    expect(read('payback > 0').value).toBe(0);
  });
});

describe('a bare number as money', () => {
  it.each([
    ['npv > 1000', 1000],
    ['net > -5', -5],
    ['npv > 1,000,000', 1e6],
    ['P(hedges net >= 0) >= 0.5', 0],
    ['equity npv > 250', 250],
  ])('parseClaim(%j) reads USD, the one currency minesim knows', (text, value) => {
    expect(read(text).value).toBe(value);
  });
});

describe('a probability nearer 0 than a double holds', () => {
  it('parseClaim(`P(npv > 0) >= 1e-999`) says it is too small to hold, not that it lies outside 0 to 1', () => {
    const message = refusal('P(npv > 0) >= 1e-999');
    expect(message).toMatch(
      /^the probability: expected a fraction, like 5 % \(got "1e-999", nearer 0 than 2.2e-308/,
    );
    expect(message).not.toContain('between 0 and 1');
  });
});
