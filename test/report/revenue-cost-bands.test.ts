// Where the power-cost band lies over the revenue band, the revenue band's edges stay drawn: the
// cost band, painted after it and opaque, hid the revenue's 25 % and 75 % lines wherever the two
// overlapped (output/s21-fleet-2026 from October 2026: the revenue's 25 % of paths, under 1,700
// USD/day, could not be read).
import { describe, expect, it } from 'vitest';
import { revenueCostSpec } from '../../src/report/charts/revenue-cost.js';
import { FIXTURE_SUMMARY } from '../fixtures/summary.js';

interface Layer {
  mark?: { type?: string } | string;
  encoding?: { y?: { field?: string }; y2?: { field?: string } };
}

describe('revenueCostSpec() bands', () => {
  it('revenueCostSpec() draws the revenue band’s 25 % and 75 % edges as lines over the power-cost band', () => {
    const layers = (revenueCostSpec(FIXTURE_SUMMARY) as { layer: Layer[] }).layer;
    const type = (l: Layer) => (typeof l.mark === 'string' ? l.mark : l.mark?.type);
    const costBand = layers.findIndex((l) => type(l) === 'area' && l.encoding?.y?.field === 'cost25');
    expect(costBand).toBeGreaterThanOrEqual(0);
    for (const edge of ['revenue25', 'revenue75']) {
      const at = layers.findIndex((l) => type(l) === 'line' && l.encoding?.y?.field === edge);
      expect(at, edge).toBeGreaterThan(costBand);
    }
  });
});
