import { describe, expect, it } from 'vitest';
import { outputName } from '../../src/cli/scenario-input.js';

describe('outputName', () => {
  it.each([
    ['North Korea 2017, S9', 'north-korea-2017-s9'],
    ['..', 'scenario'],
    ['.', 'scenario'],
    ['../../etc', 'etc'],
    ['.hidden', 'hidden'],
    ['', 'scenario'],
  ])('outputName(%j) is %j: a slug that never leaves the output folder', (name, slug) => {
    expect(outputName(name)).toBe(slug);
  });
});
