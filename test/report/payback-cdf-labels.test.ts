// The payback CDF's texts do not print over each other or over the axis where no path pays back:
// output/north-korea-2017-s9-july-stop's chart printed "P = 0.000" (below its point at 0 %) over
// the x axis's "1.2" tick label, and "paid back within the horizon: 0.000" into "2 years".
import { describe, expect, it } from 'vitest';
import { paybackCdfSpec } from '../../src/report/charts/payback-cdf.js';
import { drawSvg } from '../../src/report/draw-svg.js';
import type { RunSummary } from '../../src/stats/summary.js';
import { makeSummary } from '../fixtures/summary.js';

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Each text of the SVG as a box in the SVG's pixels: its translate()s summed from the root, its
 * width from DejaVu Sans's mean advance (0.62 em; bold 0.68 em) and its anchor, its height the
 * font size above the baseline.
 */
function textBoxes(svg: string): Box[] {
  const boxes: Box[] = [];
  const stack: [number, number][] = [[0, 0]];
  const tag = /<(\/?)(g|text)\b([^>]*)>([^<]*)/g;
  for (const m of svg.matchAll(tag)) {
    const [, close, name, attrs, content] = m;
    const t = attrs.match(/transform="translate\(([-\d.e]+),([-\d.e]+)\)/);
    const [px, py] = stack[stack.length - 1];
    const here: [number, number] = t ? [px + Number(t[1]), py + Number(t[2])] : [px, py];
    if (name === 'g') {
      if (close) stack.pop();
      else if (!attrs.trimEnd().endsWith('/')) stack.push(here);
      continue;
    }
    // Rotated texts (the y axis's title) are left out: their box is not their run of characters.
    if (close || content.trim() === '' || attrs.includes('rotate(')) continue;
    const size = Number(attrs.match(/font-size="([\d.]+)px"/)?.[1] ?? 11);
    const bold = /font-weight="bold"/.test(attrs);
    const width = content.length * size * (bold ? 0.68 : 0.62);
    const anchor = attrs.match(/text-anchor="(\w+)"/)?.[1] ?? 'start';
    const left = anchor === 'end' ? here[0] - width : anchor === 'middle' ? here[0] - width / 2 : here[0];
    boxes.push({
      text: content,
      left,
      right: left + width,
      top: here[1] - size * 0.75,
      bottom: here[1] + size * 0.2,
    });
  }
  return boxes;
}

function overlaps(boxes: Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
        found.push(`"${a.text}" over "${b.text}"`);
    }
  return found;
}

/** The fixture with no path paying back: P(1 year) = P(2 years) = 0, all never. */
function noPayback(days: number): RunSummary {
  const s = makeSummary();
  const paths = s.run.paths;
  const zero = { p: 0, se: 0 };
  return {
    ...s,
    scenario: { ...s.scenario, days },
    headline: {
      ...s.headline,
      paybackWithin1y: zero,
      paybackWithin2y: zero,
      noPayback: { p: 1, se: 0 },
      paybackDays: {
        ...s.headline.paybackDays,
        quantiles: { ...s.headline.paybackDays.quantiles, p50: null },
      },
    },
    payback: {
      ...s.payback,
      counts: s.payback.counts.map(() => 0),
      never: paths,
      cdf: s.payback.cdf.map((c) => ({ ...c, p: 0 })),
    },
  } as RunSummary;
}

describe('paybackCdfSpec() texts', () => {
  it.each([731, 1826])(
    'paybackCdfSpec() with no path paying back over %i days prints no text over another',
    async (days) => {
      const svg = await drawSvg(paybackCdfSpec(noPayback(days)), () => undefined);
      const boxes = textBoxes(svg);
      // The share with its Wilson bound, as the tables print a share of 0 (format.ts formatEstimate).
      expect(boxes.map((b) => b.text)).toContain('P = 0.000 (95 % ≤ 0.004)');
      expect(overlaps(boxes)).toEqual([]);
    },
  );

  it('paybackCdfSpec() of the fixture (P = 0.5 or so at the marks) prints no text over another', async () => {
    const svg = await drawSvg(paybackCdfSpec(makeSummary()), () => undefined);
    expect(overlaps(textBoxes(svg))).toEqual([]);
  });
});
