// A chart's SVG (charts/*.svg, published or embedded on its own) names itself to a screen reader:
// its first children are a <title> (the chart's title, with the scenario) and a <desc> (what it
// shows), and the <svg> is one image labelled by them.
import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../src/report/charts/index.js';
import { drawSvg } from '../../src/report/draw-svg.js';
import { FIXTURE_SUMMARY } from '../fixtures/summary.js';

describe('drawSvg() accessible name', () => {
  // Before: `<svg xmlns=... class="marks" width="811" height="455" ...><rect .../><g ...>`: no
  // <title>, no <desc>, no role or label on the <svg>; the chart's title was only a text mark.
  it('drawSvg() opens the SVG with the chart’s <title> and <desc>, and labels the <svg> by them', async () => {
    const [chart] = buildCharts({
      ...FIXTURE_SUMMARY,
      scenario: { ...FIXTURE_SUMMARY.scenario, name: 'S9 & "friends" <2017>' },
    });
    const svg = await drawSvg(chart.spec, () => undefined);
    const open = svg.match(/^<svg [^>]*>/)?.[0] ?? '';
    expect(open).toContain('role="img"');
    expect(open).toContain('aria-labelledby="chart-title chart-desc"');
    const rest = svg.slice(open.length);
    expect(rest).toMatch(
      /^<title id="chart-title">Cumulative net position over time — S9 &amp; &quot;friends&quot; &lt;2017&gt;<\/title><desc id="chart-desc">/,
    );
    const desc = rest.match(/<desc id="chart-desc">([^<]*)<\/desc>/)?.[1];
    expect(desc).toBe(
      `${chart.caption.replace(/"/g, '&quot;')} Scenario S9 &amp; &quot;friends&quot; &lt;2017&gt;.`,
    );
  });
});
