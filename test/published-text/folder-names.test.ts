// A scenario's name becomes its output folder's (runs/<name>, a batch's member folders): one that
// every file system the command runs on can hold. Windows keeps CON, PRN, AUX, NUL, COM1-9 and
// LPT1-9 for its devices, with any extension (`nul.v2` is NUL too), and drops a name's trailing dots.
import { describe, expect, it } from 'vitest';
import { outputName } from '../../src/cli/scenario-input.js';

describe('outputName() of names Windows cannot hold as a folder', () => {
  it.each([
    ['CON', 'scenario-con'],
    ['nul', 'scenario-nul'],
    ['Aux', 'scenario-aux'],
    ['prn', 'scenario-prn'],
    ['COM1', 'scenario-com1'],
    ['lpt9', 'scenario-lpt9'],
    ['nul.v2', 'scenario-nul.v2'],
    ['v1.', 'v1'],
    ['run 2...', 'run-2'],
    ['a.-.', 'a'],
  ])('outputName(%j) is %j', (name, slug) => {
    expect(outputName(name)).toBe(slug);
  });

  it.each([
    ['console', 'console'],
    ['com10', 'com10'],
    ['nullable', 'nullable'],
    ['con-2017', 'con-2017'],
    ['1.5', '1.5'],
  ])('outputName(%j) stays %j', (name, slug) => {
    expect(outputName(name)).toBe(slug);
  });
});
