// README's Hardware paragraph names machines of the catalog and the ways a name may be written; an
// analyst types them as the page does. "Whatsminer M70" was named among the 2025-2026 machines,
// where the catalog holds the M70S (and the M73): written so, it was refused ("did you mean
// Whatsminer M70S?"). Each name the paragraph gives is looked up here as a scenario's model is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findHardware } from '../../src/data/catalog.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s*\n\s*/g, ' ');
const paragraph =
  /\*\*Hardware\.\*\* (.*?) A name that fits several machines is refused/.exec(readme)?.[1] ?? '';

/** The machines the paragraph lists in prose, and the spellings it shows in code. */
const listed = (() => {
  const m =
    /\(Bitcoin ASICs from 2015 to the (.*?) of 2025-2026, home miners such as the (.*?), and Monero CPUs up to the (.*?); every row/.exec(
      paragraph,
    );
  return m ? [m[1], m[2], m[3]].flatMap((list) => list.split(/, | and /)) : [];
})();
const spelled = [...paragraph.matchAll(/`([^`]+)`/g)]
  .map((m) => m[1])
  .filter((name) => !/\.csv$|^(sha256|cryptonight-asic|cpu|gpu|sha265|model: .*)$/.test(name))
  // `S21 XP Hyd` is the maker's spelling the aliases file reads; every code span here is a name.
  .filter((name) => /[A-Z]\d|\d[A-Z]|^[A-Z]/.test(name));

describe("README's Hardware paragraph", () => {
  it('lists machines and spellings', () => {
    expect(listed.length).toBeGreaterThanOrEqual(8);
    expect(spelled).toEqual(expect.arrayContaining(['S21', 'M60S', 'Bitmain Antminer S21', 'S21 XP Hyd']));
  });

  it.each([...listed, ...spelled])('%s is a machine of the catalog as written', (name) => {
    expect(findHardware(name)?.model, name).toBeDefined();
  });
});
