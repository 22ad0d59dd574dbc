import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../src/report/charts/index.js';
import { drawSvg } from '../../src/report/draw-svg.js';
import { PNG_FONT_FAMILY, pngFontOptions, pngFonts, pngFontsFor } from '../../src/report/png-fonts.js';
import { loadResvg } from '../../src/report/render.js';
import { FIXTURE_SUMMARY } from '../fixtures/summary.js';

/** A folder holding empty files of these names. */
function folderWith(names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'minesim-fonts-'));
  for (const name of names) writeFileSync(join(dir, name), '');
  return dir;
}

describe('pngFontOptions()', () => {
  it('pngFontOptions() hands resvg the two DejaVu Sans files of the first folder that has both', () => {
    const onlyRegular = folderWith(['DejaVuSans.ttf']);
    const both = folderWith(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']);
    const later = folderWith(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']);
    expect(pngFontOptions([join(onlyRegular, 'missing'), onlyRegular, both, later])).toEqual({
      defaultFontFamily: PNG_FONT_FAMILY,
      loadSystemFonts: false,
      fontFiles: [join(both, 'DejaVuSans.ttf'), join(both, 'DejaVuSans-Bold.ttf')],
    });
  });

  it('pngFontOptions() falls back to the system fonts when no folder has both files', () => {
    const onlyBold = folderWith(['DejaVuSans-Bold.ttf']);
    expect(pngFontOptions([onlyBold, join(onlyBold, 'missing')])).toEqual({
      defaultFontFamily: PNG_FONT_FAMILY,
      loadSystemFonts: true,
    });
    expect(pngFontOptions([])).toEqual({ defaultFontFamily: PNG_FONT_FAMILY, loadSystemFonts: true });
  });
});

describe('pngFonts()', () => {
  // On a machine without DejaVu Sans in a known folder both sides load the system fonts: the test
  // then holds trivially, and the fallback is what the tests above check.
  it('pngFonts() draws every chart of a run to the same PNG bytes as the system fonts do', async () => {
    const resvg = await loadResvg();
    const png = async (svg: string, font: object) =>
      (await resvg.renderAsync(svg, { fitTo: { mode: 'zoom', value: 2 }, font })).asPng();
    for (const chart of buildCharts(FIXTURE_SUMMARY)) {
      const svg = await drawSvg(chart.spec, () => undefined);
      const system = await png(svg, { defaultFontFamily: PNG_FONT_FAMILY, loadSystemFonts: true });
      expect(Buffer.compare(await png(svg, pngFonts()), system), chart.name).toBe(0);
    }
  }, 60_000);
});

describe('pngFontsFor()', () => {
  const system = { defaultFontFamily: PNG_FONT_FAMILY, loadSystemFonts: true };
  const text = (s: string) => `<svg xmlns="http://www.w3.org/2000/svg"><text>${s}</text></svg>`;

  it("pngFontsFor() takes DejaVu Sans's two files for the characters the charts set", () => {
    expect(pngFontsFor(text('P(payback ≤ 2 y) – 0.48 × 10³ … “S9” ± −1 · Ø é'))).toEqual(pngFonts());
  });

  for (const [name, s] of [
    ['Korean', '북한 채굴'],
    ['Chinese', '比特币'],
    ['the bitcoin sign', '1 ₿'],
    ['an emoji', 'rig ⛏'],
  ])
    it(`pngFontsFor() loads every system font for a name in ${name}, so no character is left out`, () => {
      expect(pngFontsFor(text(s))).toEqual(system);
    });
});
