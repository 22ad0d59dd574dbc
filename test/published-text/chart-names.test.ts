// A scenario's name in the charts: every chart's title and description carry it, and the SVG and
// PNG are drawn from them. A control character is no XML character, so a name with one (an escape
// sequence, a line break written "\n" in a quoted YAML string) must reach the SVG shown as its
// escape, not as itself.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRunOutput } from '../../src/report/write.js';
import { FIXTURE_MANIFEST, FIXTURE_SUMMARY, makeSummary } from '../fixtures/summary.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'minesim-chart-names-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('charts of a scenario whose name holds control characters', () => {
  it('writeRunOutput() draws every chart, the name shown with its escapes in the SVG', async () => {
    const dir = join(root, 'controls');
    const name = 'red \x1b[31mnow\x1b[0m\nP(payback within 2 years) 0.99 \u202eevil\x07 </text><text>';
    const summary = makeSummary({ scenario: { ...FIXTURE_SUMMARY.scenario, name } });
    await writeRunOutput(summary, dir, FIXTURE_MANIFEST);
    const svg = await readFile(join(dir, 'charts', 'roi-fan.svg'), 'utf8');
    // No character XML refuses, and none that reorders the text after it.
    const refused = [...svg].filter((c) => {
      const code = c.charCodeAt(0);
      return (
        (code < 0x20 && c !== '\n' && c !== '\t' && c !== '\r') ||
        (code >= 0x7f && code <= 0x9f) ||
        code === 0x202e
      );
    });
    expect(refused).toEqual([]);
    expect(svg).toContain('\\u001b[31mnow\\u001b[0m\\nP(payback');
    expect(svg).toContain('\\u202eevil\\u0007');
    expect(svg).not.toContain('</text><text>');
    const png = await readFile(join(dir, 'charts', 'roi-fan.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('a name of 200 characters in one word is cut across the title lines, every chart drawn', async () => {
    const dir = join(root, 'long');
    const name = 'W'.repeat(200);
    const summary = makeSummary({ scenario: { ...FIXTURE_SUMMARY.scenario, name } });
    await writeRunOutput(summary, dir, FIXTURE_MANIFEST);
    const spec = JSON.parse(await readFile(join(dir, 'charts', 'roi-fan.vl.json'), 'utf8'));
    const lines: string[] = spec.title.text;
    expect(lines.join('')).toContain(name);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(70);
    const png = await readFile(join(dir, 'charts', 'roi-fan.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
