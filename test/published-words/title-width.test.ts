// A chart's title with its scenario's name (`Payback-time distribution — <name>`) is broken into
// lines by the width DejaVu Sans Bold gives them at the title's 15 px, not by a count of characters:
// 70 characters of a wide letter (`W`, 16.5 px) ran to about 1,150 px and drew the chart that much
// wider than its 720 px plot, while 70 narrow ones (`i`, 5 px) took a line half full. Every
// committed chart's title keeps its lines.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCharts, forScenario } from '../../src/report/charts/index.js';
import { scenarioTitleLines } from '../../src/report/charts/title-lines.js';
import { drawSvg } from '../../src/report/draw-svg.js';
import { measureTextWidth } from '../../src/report/text-metrics.js';
import { makeSummary } from '../fixtures/summary.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TITLE_PX = 620;
const width = (line: string) => measureTextWidth(line, 15, true);

describe('chart titles broken by their width', () => {
  it('scenarioTitleLines() keeps every line of a name of wide letters within 620 px', () => {
    const lines = scenarioTitleLines('Payback-time distribution', 'W'.repeat(60));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(TITLE_PX);
    expect(lines.join('').replace(/\s/g, '')).toBe(
      `Payback-time distribution—${'W'.repeat(60)}`.replace(/\s/g, ''),
    );
  });

  it('scenarioTitleLines() keeps a name of narrow letters on the title’s line where it fits', () => {
    const name = 'il'.repeat(40);
    expect(scenarioTitleLines('ROI', name)).toEqual([`ROI — ${name}`]);
  });

  it('scenarioTitleLines() breaks between words where a word fits its line', () => {
    const title = 'Median NPV of the equity and the project against finance.loans[0].rate';
    const lines = scenarioTitleLines(title, 'top-of-market-2021-11-10-loan');
    expect(lines).toEqual([title, '— top-of-market-2021-11-10-loan']);
  });

  it('a chart of a wide name is drawn no wider than the same chart of a short name', async () => {
    const summary = makeSummary();
    const [chart] = buildCharts(summary, ['payback-histogram']);
    const svgWidth = async (name: string) => {
      const svg = await drawSvg(forScenario(chart, name).spec, () => undefined);
      return Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)![1]);
    };
    expect(await svgWidth('W'.repeat(60))).toBe(await svgWidth('x'));
  });

  it('every committed chart’s title keeps the lines it was drawn with', () => {
    const files = execFileSync('git', ['ls-files', 'output/*.vl.json', 'output/**/*.vl.json'], { cwd: ROOT })
      .toString()
      .trim()
      .split('\n');
    expect(files.length).toBeGreaterThan(50);
    let checked = 0;
    for (const file of files) {
      const spec = JSON.parse(readFileSync(`${ROOT}${file}`, 'utf8')) as {
        title?: { text?: string | string[] };
      };
      const text = spec.title?.text;
      if (text === undefined) continue;
      const lines = typeof text === 'string' ? [text] : text;
      const joined = lines.join(' ');
      const at = joined.lastIndexOf(' — ');
      if (at < 0) continue;
      expect(scenarioTitleLines(joined.slice(0, at), joined.slice(at + 3)), file).toEqual(lines);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });
});
