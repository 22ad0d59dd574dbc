// A chart's subtitle and the calibration charts' panel and row labels were broken by a count of
// characters only: 96 characters of a wide letter (`W`) in a subtitle drew about 1,140 px, past the
// 720 px plot, and a label of 40 or 55 wide letters ran past its axis or panel. Each line is now
// also held to a width measured in its font (text-metrics.ts's DejaVu Sans table, as titles are). No
// width alone breaks the committed subtitles where they break (lines reach 605 px, breaks fall from
// 570 px), so a line ends at its count or its width, whichever comes first, and every committed
// chart keeps its lines.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { subtitleLines, wrapText } from '../../src/report/charts/title-lines.js';
import { measureTextWidth } from '../../src/report/text-metrics.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('subtitles and calibration labels held to a width', () => {
  it('subtitleLines() keeps every line of a note of wide letters within 620 px', () => {
    const note = Array.from({ length: 12 }, () => 'WWWWWWW').join(' ');
    const lines = subtitleLines(note);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measureTextWidth(line, 12), line).toBeLessThanOrEqual(620);
    expect(lines.join(' ')).toBe(note);
  });

  it('subtitleLines() cuts a word wider than a line (a path without spaces) across lines', () => {
    const word = 'x'.repeat(200);
    const lines = subtitleLines(`see ${word}`);
    expect(lines.join('')).toBe(`see${word}`);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(96);
  });

  it('subtitleLines() still breaks narrow letters at 96 characters, each note on lines of its own', () => {
    const note = Array.from({ length: 30 }, () => 'iiii').join(' ');
    expect(subtitleLines([note, 'short']).map((l) => l.length)).toEqual([94, 54, 5]);
  });

  it('wrapText() with a width holds a label of wide letters to it, and without one counts characters', () => {
    const label = 'WWWW WWWW WWWW WWWW WWWW WWWW WWWW WWWW';
    for (const line of wrapText(label, 40, { width: 260, font: 11 }))
      expect(measureTextWidth(line, 11), line).toBeLessThanOrEqual(260);
    expect(wrapText(label, 40)).toEqual([label]);
  });

  it('every committed chart’s subtitle keeps the lines it was drawn with', () => {
    const files = execFileSync('git', ['ls-files', 'output/*.vl.json', 'output/**/*.vl.json'], { cwd: ROOT })
      .toString()
      .trim()
      .split('\n');
    let checked = 0;
    for (const file of files) {
      // The calibration charts' subtitles are written as their lines (calibration.ts framed()).
      if (file.startsWith('output/calibration/')) continue;
      const spec = JSON.parse(readFileSync(`${ROOT}${file}`, 'utf8')) as { title?: { subtitle?: string[] } };
      const lines = spec.title?.subtitle;
      if (lines === undefined) continue;
      // A line with room for the next line's first word ended its note: the notes as they were given.
      const notes = [lines[0]];
      for (const line of lines.slice(1)) {
        const last = notes.length - 1;
        const prev = notes[last].split(' ');
        const tail = subtitleLines(notes[last]).at(-1)!;
        if (`${tail} ${line.split(' ')[0]}`.length <= 96) notes.push(line);
        else notes[last] = [...prev, line].join(' ');
      }
      expect(subtitleLines(notes), file).toEqual(lines);
      checked++;
    }
    expect(checked).toBeGreaterThan(90);
  });
});
