import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../src/report/charts/index.js';
import { drawSvg } from '../../src/report/draw-svg.js';
import {
  BEYOND_SHIPPED,
  PNG_FONT_FAMILY,
  pngFontOptions,
  pngFonts,
  pngFontsFor,
  SHIPPED_FONT_FILES,
  SYSTEM_FONTS,
} from '../../src/report/png-fonts.js';
import { loadResvg } from '../../src/report/render.js';
import { FIXTURE_SUMMARY } from '../fixtures/summary.js';

/** A folder holding empty files of these names. */
function folderWith(names: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'minesim-fonts-'));
  for (const name of names) writeFileSync(join(dir, name), '');
  return dir;
}

/**
 * Whether the TrueType font `file` maps code point `c` to a glyph: its Windows Unicode character
 * map (platform 3, encoding 1, format 4), read as the OpenType specification lays it out.
 */
function hasGlyph(file: string): (c: number) => boolean {
  const font = readFileSync(file);
  const tables = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++)
    if (font.toString('latin1', 12 + 16 * i, 16 + 16 * i) === 'cmap') cmap = font.readUInt32BE(20 + 16 * i);
  let sub = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const at = cmap + 4 + 8 * i;
    if (font.readUInt16BE(at) === 3 && font.readUInt16BE(at + 2) === 1)
      sub = cmap + font.readUInt32BE(at + 4);
  }
  if (sub < 0 || font.readUInt16BE(sub) !== 4) throw new Error(`${file}: no format 4 Unicode map`);
  const segments = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (c) => {
    for (let i = 0; i < segments; i++) {
      if (font.readUInt16BE(ends + 2 * i) < c) continue;
      const start = font.readUInt16BE(starts + 2 * i);
      if (start > c) return false;
      const delta = font.readUInt16BE(deltas + 2 * i);
      const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * i);
      if (rangeOffset === 0) return ((c + delta) & 0xffff) !== 0;
      return font.readUInt16BE(rangeOffsets + 2 * i + rangeOffset + 2 * (c - start)) !== 0;
    }
    return false;
  };
}

describe('pngFontOptions()', () => {
  it('pngFontOptions() hands resvg the files alone when all of them exist', () => {
    const dir = folderWith(['a.ttf', 'b.ttf']);
    expect(pngFontOptions([join(dir, 'a.ttf'), join(dir, 'b.ttf')])).toEqual({
      defaultFontFamily: PNG_FONT_FAMILY,
      loadSystemFonts: false,
      fontFiles: [join(dir, 'a.ttf'), join(dir, 'b.ttf')],
    });
  });

  it('pngFontOptions() falls back to the system fonts when a file is missing', () => {
    const dir = folderWith(['a.ttf']);
    expect(pngFontOptions([join(dir, 'a.ttf'), join(dir, 'b.ttf')])).toEqual(SYSTEM_FONTS);
    expect(SYSTEM_FONTS).toEqual({ defaultFontFamily: PNG_FONT_FAMILY, loadSystemFonts: true });
  });

  it('pngFonts() is the two faces shipped in data/fonts/', () => {
    expect(SHIPPED_FONT_FILES.every((file) => existsSync(file))).toBe(true);
    expect(pngFonts()).toEqual({
      defaultFontFamily: PNG_FONT_FAMILY,
      loadSystemFonts: false,
      fontFiles: [...SHIPPED_FONT_FILES],
    });
  });
});

describe('the shipped faces', () => {
  it('each shipped face has a glyph for every printable character BEYOND_SHIPPED lets through', () => {
    for (const file of SHIPPED_FONT_FILES) {
      const has = hasGlyph(file);
      const missing: string[] = [];
      for (let c = 0x20; c <= 0xffff; c++) {
        // Surrogates and control characters (DEL and C1) are drawn by no face.
        if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0x7f && c <= 0x9f)) continue;
        if (!BEYOND_SHIPPED.test(String.fromCharCode(c)) && !has(c)) missing.push(c.toString(16));
      }
      expect(missing, file).toEqual([]);
    }
  });

  it('the character map reader finds what DejaVu Sans lacks: no Hangul, no bitcoin sign', () => {
    const has = hasGlyph(SHIPPED_FONT_FILES[0]);
    expect([0x41, 0x20ac, 0x2264].map(has)).toEqual([true, true, true]);
    expect([0xbd81, 0x20bf, 0x4e00].map(has)).toEqual([false, false, false]);
  });

  // The whole faces as Debian, Ubuntu and most distributions install them; the test is skipped on
  // a machine without them.
  const whole = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) =>
    join('/usr/share/fonts/truetype/dejavu', f),
  );
  it.skipIf(!whole.every((file) => existsSync(file)))(
    'the shipped faces draw every chart of a run, and every character they have, to the same PNG bytes as the whole faces',
    async () => {
      const resvg = await loadResvg();
      const png = async (svg: string, fontFiles: readonly string[]) =>
        (
          await resvg.renderAsync(svg, {
            fitTo: { mode: 'zoom', value: 2 },
            font: { defaultFontFamily: PNG_FONT_FAMILY, loadSystemFonts: false, fontFiles: [...fontFiles] },
          })
        ).asPng();
      let every = '';
      for (let c = 0x21; c <= 0xffff; c++)
        if ((c < 0x7f || c > 0x9f) && !BEYOND_SHIPPED.test(String.fromCharCode(c)))
          every += String.fromCharCode(c);
      const xmlText = (s: string) =>
        s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
      let lines = '';
      for (let i = 0; i < every.length; i += 40) {
        const row = xmlText(every.slice(i, i + 40));
        const y = 20 + (i / 40) * 18;
        lines += `<text x="5" y="${y}" font-family="DejaVu Sans" font-size="11">${row}</text>`;
        lines += `<text x="420" y="${y}" font-family="DejaVu Sans" font-weight="bold" font-size="13">${row}</text>`;
      }
      const sheet = `<svg xmlns="http://www.w3.org/2000/svg" width="840" height="${40 + (every.length / 40) * 18}">${lines}</svg>`;
      const svgs: [string, string][] = [['every character', sheet]];
      for (const chart of buildCharts(FIXTURE_SUMMARY))
        svgs.push([chart.name, await drawSvg(chart.spec, () => undefined)]);
      for (const [name, svg] of svgs)
        expect(Buffer.compare(await png(svg, SHIPPED_FONT_FILES), await png(svg, whole)), name).toBe(0);
    },
    60_000,
  );
});

describe('pngFontsFor()', () => {
  const text = (s: string) => `<svg xmlns="http://www.w3.org/2000/svg"><text>${s}</text></svg>`;

  it('pngFontsFor() takes the shipped faces for the characters the charts set', () => {
    expect(pngFontsFor(text('P(payback ≤ 2 y) – 0.48 × 10³ … “S9” ± −1 · Ø é'))).toEqual(pngFonts());
  });

  for (const [name, s] of [
    ['Korean', '북한 채굴'],
    ['Chinese', '比特币'],
    ['the bitcoin sign', '1 ₿'],
    ['an emoji', 'rig ⛏'],
  ])
    it(`pngFontsFor() loads every system font for a name in ${name}, so no character is left out`, () => {
      expect(pngFontsFor(text(s))).toEqual(SYSTEM_FONTS);
    });
});
