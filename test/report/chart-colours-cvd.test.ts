// The colours drawn side by side on one chart stay apart for a reader with red-green colour
// blindness: each pair's CIE76 colour difference (ΔE*ab) under a simulated deuteranopia and
// protanopia (Machado, Oliveira and Fernandes 2009, severity 1, on linear sRGB) is at least 20,
// about where two flat colours read as different at a glance (ΔE 2 to 10 is "similar").
import { describe, expect, it } from 'vitest';
import { EXPLORER_COLOURS } from '../../src/explorer/svg.js';
import { PALETTE } from '../../src/report/charts/theme.js';

const MACHADO = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
} as const;

function linear(hex: string): number[] {
  return [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
}

function lab([r, g, b]: number[]): number[] {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

function seen(hex: string, m: readonly (readonly number[])[]): number[] {
  const c = linear(hex);
  return m.map((row) => Math.min(1, Math.max(0, row[0] * c[0] + row[1] * c[1] + row[2] * c[2])));
}

function deltaE(a: string, b: string, m: readonly (readonly number[])[]): number {
  const [p, q] = [lab(seen(a, m)), lab(seen(b, m))];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

// Before (deuteranopia / protanopia): revenue band #a1d99b against power-cost band #fcae91 6.4 /
// 11.3, the one orange-grey beside the other where they overlap; the fan's median #08519c against
// the equity's #6a3d9a 7.6 / 3.8, two dark lines of one width; the equity against the dated
// events' #6a51a3 5.1 / 7.1 (11.0 for any reader). Now 34.0 / 24.7, 52.5 / 33.6 and 40.8 / 30.7.
// (A line over the other series' band is told from it by its shape, and the sweep's P(margin call)
// and P(default) by their dashes.)
const PAIRS = [
  ['revenue band', PALETTE.revenueBand, 'power-cost band', PALETTE.costBand],
  ['revenue line', PALETTE.revenue, 'power-cost line', PALETTE.cost],
  ['median line', PALETTE.median, 'equity line', PALETTE.equity],
  ['equity line', PALETTE.equity, 'event rule', PALETTE.event],
  ['equity line', PALETTE.equity, 'actual line', PALETTE.actual],
  // Checked and found apart (117.0 / 97.9, 101.3 / 85.6, 96.9 / 83.0): the fan's median and a
  // market sample against the actual history, and the explorer's current run against the pinned.
  ['median line', PALETTE.median, 'actual line', PALETTE.actual],
  ['sample line', PALETTE.sample, 'actual line', PALETTE.actual],
  ['explorer’s current line', EXPLORER_COLOURS.current, 'pinned line', EXPLORER_COLOURS.pinned],
] as const;

describe('PALETTE under colour blindness', () => {
  for (const [vision, m] of Object.entries(MACHADO))
    it.each(PAIRS.map((p) => [p[0], p[2], p[1], p[3]]))(
      `PALETTE keeps the %s and the %s apart under ${vision} (ΔE >= 20)`,
      (_a, _b, a, b) => {
        expect(deltaE(a, b, m)).toBeGreaterThanOrEqual(20);
      },
    );
});
