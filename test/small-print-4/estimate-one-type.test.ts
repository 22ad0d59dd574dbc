// The estimate a command prints was declared twice: WorkEstimate where cli/run-estimate.ts makes it,
// and a copy of its shape in messages/estimate.ts, which prints it; a field added to one would not be
// in the other's. The shape is now written once (in the messages, which may import nothing from
// cli), and run-estimate.ts makes that type.
import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { OutputPlace, WorkEstimate } from '../../src/cli/run-estimate.js';
import type { estimateMessages } from '../../src/messages/estimate.js';

const source = (path: string) => readFileSync(new URL(`../../src/${path}`, import.meta.url), 'utf8');

describe('one type for the work estimate', () => {
  it('its fields are declared in one file', () => {
    const declared = ['cli/run-estimate.ts', 'messages/estimate.ts'].filter((f) =>
      /^\s+pathDays: number;/m.test(source(f)),
    );
    expect(declared).toEqual(['messages/estimate.ts']);
  });

  it('the messages take the type run-estimate.ts makes', () => {
    expectTypeOf<Parameters<typeof estimateMessages.estimate>[1]>().toEqualTypeOf<WorkEstimate>();
    expectTypeOf<NonNullable<WorkEstimate['place']>>().toEqualTypeOf<OutputPlace>();
  });
});
