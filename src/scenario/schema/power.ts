// Electricity: the price a kWh (a constant, dated prices or an expression of the day), the
// facility's overhead (PUE), and the hosting contract and curtailment credits (hosting.ts).
import { z } from 'zod';
import { compileExpression, DAILY_VARIABLES } from '../expression.js';
import { isoDate } from './date.js';
import { curtailmentSchema, hostingSchema } from './hosting.js';
import { LIMITS } from './limits.js';
import { quantity } from './quantity.js';

const tariff = () =>
  quantity('energy-price', {
    description: 'Electricity price, e.g. `0.05 USD/kWh`. A bare number is USD/kWh.',
    min: 0,
    max: LIMITS.tariffUsdPerKwh,
    shownMin: '0 USD/kWh',
    shownMax: LIMITS.shownTariff,
    examples: ['0.05 USD/kWh'],
  });

const schedule = z.strictObject({
  schedule: z
    .array(z.strictObject({ from: isoDate('First day this price applies.'), price: tariff() }))
    .min(1)
    .meta({
      description:
        'Dated prices, in date order, the first on or before the start; each applies from its date until the next.',
    }),
});

const expression = z.strictObject({
  expression: z
    .string()
    .min(1)
    .superRefine((source, ctx) => {
      const compiled = compileExpression(source, DAILY_VARIABLES);
      if (!compiled.ok) ctx.addIssue({ code: 'custom', message: compiled.message, input: source });
    })
    .meta({
      description:
        'A mathjs expression in USD/kWh of `t` (days since start), `year` (the fractional calendar year: 2017-05-16 is 2017.37; years since the start are `t / 365.25`), `month` (1-12) and `dayOfYear` (1-366), e.g. `0.05 + 0.02 * sin(2 * pi * t / 365)`. Only arithmetic and scalar math functions are available.',
    }),
});

export const tariffSchema = z.union([tariff(), schedule, expression]);

export const powerSchema = z
  .strictObject({
    price: tariffSchema.meta({
      description:
        'Electricity price: a constant (`0.05 USD/kWh`), `{ schedule: [...] }` or `{ expression: ... }`.',
    }),
    pue: z.number().min(1).max(3).default(1).meta({
      description: 'Power usage effectiveness: facility power / machine power (cooling overhead), e.g. 1.1.',
    }),
    hosting: hostingSchema.prefault(0),
    curtailment: curtailmentSchema.optional(),
  })
  .meta({ description: 'Electricity, hosting and curtailment credits.' });

export type Tariff = z.output<typeof tariffSchema>;
