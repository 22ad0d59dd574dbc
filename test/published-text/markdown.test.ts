// summary.md as GitHub renders it: a scenario's name, description and cohort names are text, never
// markup: no table row split by a `|` or a line break, no tag, link, image, formula or strikethrough.
import { describe, expect, it } from 'vitest';
import { summaryMarkdown } from '../../src/report/markdown.js';
import { FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

/** The unescaped `|` of a Markdown table line: its cell borders. */
const borders = (line: string) => line.replace(/\\./g, '').split('|').length - 1;

describe('summaryMarkdown() of hostile words', () => {
  const summary = makeSummary({
    scenario: {
      ...FIXTURE_SUMMARY.scenario,
      name: 'S9s at $5k-$10k ~used~ <img src=x onerror=alert(1)>',
      description: '[x](javascript:alert(1)) ![p](http://tracker/p.png) a | b\nsecond | line',
    },
  });
  const md = summaryMarkdown(summary);

  it('escapes the dollars and tildes GitHub reads as a formula and a strikethrough', () => {
    expect(md).toContain('# S9s at \\$5k-\\$10k \\~used\\~ \\<img src=x onerror=alert(1)\\>');
  });

  it('leaves no link, image or tag, and keeps the description one paragraph', () => {
    expect(md).toContain(
      '\\[x\\](javascript:alert(1)) !\\[p\\](http://tracker/p.png) a \\| b second \\| line',
    );
    expect(md).not.toMatch(/(^|[^\\])\[x\]\(/);
    expect(md).not.toMatch(/(^|[^\\])<img/);
  });

  it('shows a control character as its escape, so `cat summary.md` cannot clear a terminal', () => {
    const controlled = summaryMarkdown(
      makeSummary({
        scenario: { ...FIXTURE_SUMMARY.scenario, name: 'a \x1b[2J b \x9b c', description: 'd \x07' },
      }),
    );
    expect(controlled).toContain('# a \\\\u001b\\[2J b \\\\u009b c');
    expect(controlled).toContain('d \\\\u0007');
    expect([...controlled].filter((c) => c === '\x1b' || c === '\x9b' || c === '\x07')).toEqual([]);
  });

  it('every row of every table has its header’s cells', () => {
    const lines = md.split('\n');
    let cells: number | null = null;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        cells = null;
        continue;
      }
      cells ??= borders(line);
      expect(borders(line), line).toBe(cells);
    }
  });
});
