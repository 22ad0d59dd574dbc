// report.html as a screen reader and a reader of the printed page meet it, read from the page's
// text (no browser): the document's language and a title naming the scenario, headings in order,
// every table named (a caption) with its header cells scoped to their columns and each row's
// label a row header, every chart named by what it shows (its title, the figures its subtitle
// gives and its caption, not the tick labels a browser reads out of an unnamed drawing), every
// figure captioned, and a print stylesheet that keeps charts and table rows whole on A4 or Letter.
import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../src/report/charts/index.js';
import { reportHtml } from '../../src/report/html.js';
import { FIXTURE_MANIFEST, FIXTURE_SUMMARY } from '../fixtures/summary.js';

const SCRIPTS = { vega: '', vegaLite: '', vegaEmbed: '' };
const charts = buildCharts(FIXTURE_SUMMARY);
const html = reportHtml(FIXTURE_SUMMARY, FIXTURE_MANIFEST, charts, SCRIPTS, { explorer: 'explore.html' });
const body = html.replace(/<script[^>]*>.*?<\/script>/gs, '');
const unescapeHtml = (t: string) =>
  t
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
const style = /<style>(.*?)<\/style>/s.exec(html)![1];

describe('report.html for every reader', () => {
  it('says its language and names the scenario in its title', () => {
    expect(html).toMatch(/<html lang="en">/);
    expect(/<title>(.*?)<\/title>/.exec(html)![1]).toContain(FIXTURE_SUMMARY.scenario.name);
  });

  it('has one h1 and no heading that skips a level', () => {
    const levels = [...body.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeLessThanOrEqual(levels[i - 1] + 1);
  });

  it('names every table and scopes every header cell', () => {
    const tables = [...body.matchAll(/<table>(.*?)<\/table>/gs)].map((m) => m[1]);
    expect(tables.length).toBeGreaterThan(4);
    for (const table of tables) {
      // A caption, as the first child, with the heading's words.
      expect(table).toMatch(/^\s*<caption[^>]*>[^<]+<\/caption>/);
      for (const th of table.matchAll(/<th\b[^>]*>/g)) expect(th[0]).toMatch(/scope="(col|row)"/);
      for (const th of table.matchAll(/<thead>.*?<\/thead>/gs)) expect(th[0]).not.toMatch(/scope="row"/);
      // Each body row's first cell labels the row.
      for (const row of table.matchAll(/<tbody>(.*?)<\/tbody>/gs))
        for (const tr of row[1].matchAll(/<tr>(.*?)<\/tr>/gs)) expect(tr[1]).toMatch(/^<th scope="row"/);
    }
  });

  it('names each chart by what it shows, and captions it', () => {
    const figures = [...body.matchAll(/<figure>(.*?)<\/figure>/gs)].map((m) => m[1]);
    expect(figures).toHaveLength(charts.length);
    figures.forEach((figure, i) => {
      const chart = charts[i];
      const named =
        /<div [^>]*role="img"[^>]*aria-label="([^"]+)"[^>]*>\s*<div class="chart" aria-hidden="true"/.exec(
          figure,
        );
      expect(named, figure.slice(0, 200)).not.toBeNull();
      const label = unescapeHtml(named![1]);
      const title = chart.spec.title as { text: string | string[]; subtitle?: string[] };
      const text = typeof title.text === 'string' ? title.text : title.text.join(' ');
      expect(label).toContain(text);
      for (const line of title.subtitle ?? []) expect(label).toContain(line);
      expect(label).toContain(chart.caption);
      expect(figure).toMatch(/<figcaption>[^<]+/);
    });
  });

  it('has a print stylesheet that keeps charts and rows whole and fits the page', () => {
    const print = /@media print \{(.*?)\n\s*\}\n/s.exec(style)?.[1] ?? '';
    expect(print).toMatch(/figure \{[^}]*break-inside: avoid/);
    expect(print).toMatch(/tr \{[^}]*break-inside: avoid/);
    expect(print).toMatch(/\.scroll \{[^}]*overflow: visible/);
    expect(print).toMatch(/svg \{[^}]*max-width: 100%/);
    expect(style).toMatch(/@page \{[^}]*margin/);
  });
});
