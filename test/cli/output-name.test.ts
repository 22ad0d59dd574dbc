import { describe, expect, it } from 'vitest';
import { outputName } from '../../src/cli/scenario-input.js';
import { scenarioSchema } from '../../src/scenario/schema/scenario.js';

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

  it("the reference's `name` row says what outputName() does, with its example", () => {
    const described = scenarioSchema.shape.name.meta()?.description ?? '';
    const [, name, slug] = /`([^`]+)` writes `runs\/([^`]+)`/.exec(described) ?? [];
    expect(outputName(name)).toBe(slug);
    expect(described).toContain('Allowed: 1 to 200 characters');
  });
});
