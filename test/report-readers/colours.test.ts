// The colours a reader of report.html, explore.html and their charts must tell apart, against WCAG
// 2.1 AA: text 4.5:1 against what it sits on (3:1 from 18.66 px bold or 24 px), and a chart's lines,
// rules and points 3:1 against the white they are drawn on (non-text contrast). The page's colours
// are read from its stylesheet, the charts' from every mark of every chart's spec (the report's,
// a sweep's one and two axes, the books' sweep, a sensitivity study's tornado), so a colour added
// later is checked where it is drawn. Fills (bands, bars, cells) are told apart by the legend and
// their order, not held to this.
import { describe, expect, it } from 'vitest';
import { EXPLORER_COLOURS } from '../../src/explorer/svg.js';
import { buildCharts } from '../../src/report/charts/index.js';
import { sweepCharts } from '../../src/report/charts/sweep.js';
import { sweepBooksCharts } from '../../src/report/charts/sweep-books.js';
import { CONFIG } from '../../src/report/charts/theme.js';
import { tornadoCharts } from '../../src/report/charts/tornado.js';
import { reportHtml } from '../../src/report/html.js';
import type { SensitivityInput, SensitivityResult } from '../../src/study/sensitivity.js';
import type { SweepPointResult } from '../../src/study/sweep-result.js';
import { FIXTURE_MANIFEST, FIXTURE_SUMMARY } from '../fixtures/summary.js';
import { makeBooksSweep, makeSweep } from '../fixtures/sweep.js';

/** WCAG 2.1 relative luminance of `#rrggbb` or `#rgb`. */
function luminance(hex: string): number {
  const h = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, '$&$&') : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const NAMED: Record<string, string> = { white: '#ffffff', black: '#000000' };
const hexOf = (c: string) => NAMED[c] ?? c;

describe('the page against WCAG 2.1 AA', () => {
  const html = reportHtml(FIXTURE_SUMMARY, FIXTURE_MANIFEST, buildCharts(FIXTURE_SUMMARY), {
    vega: '',
    vegaLite: '',
    vegaEmbed: '',
  });
  const css = /<style>(.*?)<\/style>/s.exec(html)![1];
  const variable = (name: string) => new RegExp(`--${name}: (#[0-9a-f]{3,6})`).exec(css)![1];
  const background = (selector: string) =>
    new RegExp(`${selector.replace('.', '\\.')} \\{[^}]*background: (#[0-9a-f]{3,6})`).exec(css)![1];

  it.each([
    ['body text', 'text', '#ffffff'],
    ['notes and captions', 'muted', '#ffffff'],
    ['notes on a header cell', 'muted', '#f5f5f5'],
  ])('%s are 4.5:1 or more', (_what, name, on) => {
    expect(contrast(variable(name), on)).toBeGreaterThanOrEqual(4.5);
  });

  // 0.8rem bold (12.8 px) is not large text.
  it.each(['supported', 'refuted', 'inconclusive'])(
    'the %s badge’s white text is 4.5:1 or more',
    (verdict) => {
      expect(contrast('#ffffff', background(`.badge.${verdict}`))).toBeGreaterThanOrEqual(4.5);
    },
  );
});

// A small sensitivity study, as test/report/tornado.test.ts builds one.
function point(p: number, median: number | null, npv: number): SweepPointResult {
  const e = (x: number) => ({ p: x, se: Math.sqrt((x * (1 - x)) / 1000) });
  return {
    values: [],
    days: 1826,
    paybackWithin1y: e(p / 2),
    paybackWithin2y: e(p),
    noPayback: e(1 - p),
    medianPaybackDays: median,
    medianNpvUsd: npv,
    claims: [],
  };
}
const input = (
  key: string,
  unit: string | null,
  low: number,
  base: number,
  high: number,
): SensitivityInput => ({
  key,
  path: key.split('.'),
  argument: null,
  unit,
  baseSource: 'scenario',
  base,
  low,
  high,
});
const STUDY: SensitivityResult = {
  scenario: { name: 'test', start: '2017-05-17', days: 1826 },
  paths: 1000,
  seed: 1,
  by: 0.2,
  base: point(0.6, 500, 10_000),
  rows: [
    {
      input: input('power.price', 'USD/kWh', 0.08, 0.1, 0.12),
      low: point(0.7, 420, 14_000),
      high: point(0.45, null, 6_000),
    },
    {
      input: input('fleet[0].unitPrice', 'USD', 1600, 2000, 2400),
      low: point(0.8, 380, 12_000),
      high: point(0.5, 560, 8_000),
    },
  ],
  skipped: [],
};

interface Drawn {
  chart: string;
  kind: 'text' | 'line';
  colour: string;
}

const TEXT = new Set(['text']);
const LINES = new Set(['line', 'rule', 'point', 'trail', 'tick']);

/** Every fixed colour of a text mark or a line-like mark in `spec`, at any depth. */
function drawn(chart: string, spec: unknown, out: Drawn[] = []): Drawn[] {
  if (Array.isArray(spec)) for (const item of spec) drawn(chart, item, out);
  else if (spec !== null && typeof spec === 'object') {
    const o = spec as Record<string, unknown>;
    const mark = o.mark as { type?: string; color?: string; stroke?: string } | string | undefined;
    const type = typeof mark === 'string' ? mark : mark?.type;
    const kind = type && TEXT.has(type) ? 'text' : type && LINES.has(type) ? 'line' : null;
    if (kind !== null && typeof mark === 'object') {
      const colours = [mark.color, mark.stroke];
      const encoded = (o.encoding as { color?: { value?: string; condition?: { value?: string } } })?.color;
      colours.push(encoded?.value, encoded?.condition?.value);
      for (const c of colours)
        if (typeof c === 'string' && c.startsWith('#')) out.push({ chart, kind, colour: c });
    }
    for (const value of Object.values(o)) drawn(chart, value, out);
  }
  return out;
}

describe('every chart against WCAG 2.1 AA on its white background', () => {
  const charts = [
    ...buildCharts(FIXTURE_SUMMARY),
    ...sweepCharts(makeSweep('power.price=0.02..0.20:7')),
    ...sweepCharts(makeSweep('power.price=0.02..0.20:7', 'fleet[0].unitPrice=1000..4500:6')),
    ...sweepBooksCharts(makeBooksSweep({ covenant: true, tax: true }, 'finance.loans[0].rate=4..20:5')),
    ...tornadoCharts(STUDY),
  ];
  const marks = charts.flatMap((c) => drawn(c.name, c.spec));

  it('draws text and lines with fixed colours to check', () => {
    expect(marks.filter((m) => m.kind === 'text').length).toBeGreaterThan(3);
    expect(marks.filter((m) => m.kind === 'line').length).toBeGreaterThan(10);
  });

  it('writes every text mark at 4.5:1 or more', () => {
    const low = marks.filter((m) => m.kind === 'text' && contrast(m.colour, '#ffffff') < 4.5);
    expect(low.map((m) => `${m.chart} ${m.colour} ${contrast(m.colour, '#ffffff').toFixed(2)}`)).toEqual([]);
  });

  it('draws every line, rule and point at 3:1 or more', () => {
    const low = marks.filter((m) => m.kind === 'line' && contrast(m.colour, '#ffffff') < 3);
    expect(low.map((m) => `${m.chart} ${m.colour} ${contrast(m.colour, '#ffffff').toFixed(2)}`)).toEqual([]);
  });

  it('writes titles, subtitles and axis titles at 4.5:1 or more', () => {
    const colours = [CONFIG.title?.color, CONFIG.title?.subtitleColor, CONFIG.axis?.titleColor];
    for (const c of colours) expect(contrast(hexOf(String(c)), '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('draws the explorer’s current and pinned lines at 3:1 or more', () => {
    for (const c of Object.values(EXPLORER_COLOURS)) expect(contrast(c, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});
