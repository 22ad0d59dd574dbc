// The assumptions table's percentages keep a small rate's figure.
import { describe, expect, it } from 'vitest';
import { pct } from '../../src/model/market/model.js';

describe('pct()', () => {
  it('pct() shows a given drift of -0.04 % a year as -0.04 % (it read "-0.0 %"), and 0.05 % as 0.05 % (it read 0.1 %)', () => {
    expect(pct(-0.0004)).toBe('-0.04 %');
    expect(pct(0.0005)).toBe('0.05 %');
    expect(pct(0.000123)).toBe('0.012 %');
    // From 0.1 % up, one decimal as before.
    expect(pct(0)).toBe('0.0 %');
    expect(pct(0.6)).toBe('60.0 %');
    expect(pct(-0.112)).toBe('-11.2 %');
    expect(pct(0.001)).toBe('0.1 %');
  });
});
