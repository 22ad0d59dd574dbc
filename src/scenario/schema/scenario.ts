// The scenario: the one schema that is the source of minesim's scenario types, of validation,
// of the published JSON Schema (schema/scenario.schema.json) and of docs/scenario-reference.md.
import { z } from 'zod';
import type { HardwareCatalog } from '../../data/catalog.js';
import { closestNames } from '../../data/similar.js';
import { schemaMessages } from '../../messages/schema.js';
import { grouped } from '../../messages/shown.js';
import { COIN_IDS, DEFAULT_COIN } from '../../model/coins/index.js';
import { gridProblem, parseVary, type SweepAxis } from '../axes.js';
import { parseClaim } from '../claims.js';
import { isoDate, LAST_DATE } from './date.js';
import { financeSchema } from './finance.js';
import { fleetSchema, fleetSchemaFor } from './fleet.js';
import { LIMITS } from './limits.js';
import { feesSchema, networkSchema, priceSchema } from './market.js';
import { powerSchema } from './power.js';
import { fraction, quantity } from './quantity.js';
import { wholeNumber } from './whole-number.js';

const costsSchema = z
  .strictObject({
    poolFee: fraction({
      description: 'Pool fee as a share of gross mining revenue, e.g. `2 %`.',
      min: 0,
      max: LIMITS.maxPoolFee,
      shownMin: '0 %',
      shownMax: '50 %',
    }).prefault(0),
    maintenance: quantity('money-per-time', {
      description:
        'Maintenance per working unit, e.g. `5 USD/month`, from the day it starts hashing to its retirement, a change of proof of work that strands it, or the horizon: a failed unit costs none, one the shutdown rule switches off still does. A bare number is USD/month.',
      min: 0,
      max: LIMITS.maintenanceUsdPerDay,
      shownMin: '0 USD/month',
      shownMax: LIMITS.shownMaintenance,
    }).prefault(0),
    fixed: quantity('money-per-time', {
      description:
        'Fixed costs of the operation (staff, rent, security), e.g. `2000 USD/month`, paid every day of the horizon from the start, whether or not machines hash (before a cohort is bought or deployed, and after every cohort is retired or stranded). A bare number is USD/month.',
      min: 0,
      max: LIMITS.fixedUsdPerDay,
      shownMin: '0 USD/month',
      shownMax: LIMITS.shownFixed,
    }).prefault(0),
  })
  .prefault({})
  .meta({ description: 'Running costs besides electricity.' });

const moneySchema = z
  .strictObject({
    discountRate: quantity('rate-per-year', {
      description:
        'Annual (effective) discount rate for NPV, e.g. `10 %`; a rate per month or day compounds (`1 %/month` is 12.68 % a year). A bare number is a fraction. Written bare it is at most 1 (`0.1` is 10 %): above 100 % a rate is written with its unit (`150 %`), so that `10` is not read as 1,000 %.',
      perYear: 'effective',
      min: 0,
      max: LIMITS.discountRatePerYear,
      bareAtMostOne: true,
      shownMin: '0 %',
      shownMax: '1,000 %',
    }).prefault('10 %'),
    salvage: z
      .strictObject({
        model: z.enum(['none', 'fixed', 'hashprice-linked']).default('hashprice-linked').meta({
          description:
            "`none`; `fixed`: a share of the unit price; `hashprice-linked`: that share scaled by what a unit earns then over what it earned on the first day hashing (capped at 1): hashprice then x its hashrate then (worn by its `degradation` since) over hashprice and hashrate on the first day hashing (for a cohort bought before the start, which pays its capex then, the start day), each hashprice the mean of the 7 days to its day (a day's hashprice carries the luck of its blocks and its fee spikes), as used machines resell; the days before the start are read from the history, and where it holds none or the scenario gives the start's hashrate, difficulty or hashprice the first days have fewer (the assumptions' `Resale base` line names a cohort whose base is so). Every day of a week is read at the block subsidy in force at the end of the day priced, the one the machines earn from then on: a week across a halving counts its days before it at the halved subsidy (the fees they paid kept, or halved with it under a fee model that is a share of the subsidy); Monero's reward, which follows the supply, is read as the emission rule pays each day's blocks, as the simulated days pay theirs (in a back-test, or with a historical network, as the day's blocks issued it, as the replayed days pay theirs).",
        }),
        fraction: fraction({
          description: 'Resale value of a working unit as a share of its unit price.',
          min: 0,
          max: 1,
          shownMin: '0 %',
          shownMax: '100 %',
        }).prefault('80 %'),
      })
      .prefault({})
      .meta({
        description: 'What surviving machines fetch when sold (on `retire`, or valued at the horizon).',
      }),
  })
  .prefault({})
  .meta({ description: 'Discounting and resale.' });

const monteCarloSchema = z
  .strictObject({
    paths: wholeNumber(z.int().min(1).max(LIMITS.paths))
      .default(10_000)
      // The default a schema shows is lost past a whole number's reading of `1,000` (whole-number.ts).
      .meta({ description: 'Number of simulated market paths.', shownDefault: 10_000 }),
    seed: z
      .union([z.int(), z.string().min(1).max(LIMITS.nameChars)])
      .default(1)
      .meta({
        description:
          'Seed of the run: the same seed gives the same numbers. A whole number and its digits quoted are one seed (`2017`, `"2017"`, `--seed 2017`, and `1e3` is 1000 here, in `--set` and in `--seed`); other text is a seed of its own (`"1.5"`, `north`).',
      }),
    antithetic: z.boolean().default(false).meta({
      description:
        "Pair each path with its mirror to reduce variance: paths 2j and 2j + 1 share their market draws, the odd one's normals negated. It cuts the error only where a model mirrors them: the `gbm`, `garch-t` and `jump-diffusion` prices and the `stochastic`, `price-coupled` and `endogenous` networks (on the flagship without machine failures a pair's nets at the horizon correlate at about -0.56, -0.75 and -0.40 with those prices). A `bootstrap` price resamples the history (the mirror of a block's pick is another block: -0.04), a `mixture`'s pair follows one model and shares the spread between its models (-0.05 for a `gbm` and a `garch-t` mixed evenly), and fee spikes and machine failures are not mirrored: there pairs save little or nothing, as the stated errors, from the pair means, show. A share of 0 or 1 reads its 95 % interval over the pairs, not the paths, and a quantile's 95 % interval counts the pairs (a measure some paths have no value for, an IRR or a break-even, counts a pair that kept one value as an independent path). With an odd number of paths the last one has no mirror: it counts as an independent path, in the shares and in their standard errors.",
    }),
  })
  .prefault({})
  .meta({ description: 'The Monte Carlo run.' });

const claimSchema = z
  .string()
  .min(1)
  .max(LIMITS.claimChars)
  .superRefine((text, ctx) => {
    if (text.length > LIMITS.claimChars) return;
    const parsed = parseClaim(text);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message, input: text });
  })
  .meta({
    description:
      "A hypothesis to test, e.g. `payback > 2 years` (more likely than not) or `P(payback <= 1 year) >= 0.9`. The event is `payback`, `npv`, `net`, `roi` or `irr` compared (`<`, `<=`, `>`, `>=`; `≤` and `≥` read as `<=` and `>=`) with a value, whose bare number is read only where one reading is likely: a payback time with its unit (`400 days`, `421 d`, `18 months`, `2 years`, `2 y`; 0 or more; a bare number other than 0 is refused, as it could be days, months or years); money in USD (`npv > 1,000,000 USD`; a bare number is USD, the one currency minesim knows; no `$`, `k` or `M`); `roi` (the net at the horizon over the capex, below -100 % where running costs outrun the revenue) and `irr` (a year; `10 %/year` is 10 %, a rate a month or a day is refused) as a percentage (`irr > 10 %`) or a bare fraction below 1 in size (`irr > 0.1` is 10 %; a bare number of 1 or more, `irr > 10`, is refused: it could be 10 % or 1000 %). The probability of `P(...)` is a percentage (`90 %`) or a bare share of 1 (`0.9`); a bare 1 to 100 is refused (`1` could be 100 % or 1 %). With `finance`, also `equity payback`, `equity npv`, `equity irr` (after debt service, leases and tax), `after-tax npv`, `after-tax irr` (with a tax rule), and the events `margin call` and `default` (with a covenant), e.g. `P(default) < 10 %`; with `finance.hedges`, `hedges net` (their settlements less premiums, USD), e.g. `P(hedges net >= 0 USD) >= 0.5`; their values read as the project's (`equity payback` a time, `equity npv`, `after-tax npv` and `hedges net` USD, `equity irr` and `after-tax irr` rates a year). Claims with thousands separators go one a line (`- npv > 1,000,000 USD`): in a list in brackets a comma ends a claim. A claim on an IRR is judged over the paths that have one: an IRR beyond the rates searched (-99.99 % to 100,000,000 % a year) counts at that bound (so a claim that it is at least -99.99 % or at most 100,000,000 % is refused, as one beyond them is), and paths whose flows have several rates or none are left out (the result says how many it is over).",
    examples: ['payback > 2 years', 'P(equity irr > 15 %) >= 0.5', 'P(default) < 10 %'],
  });

export const CHARTS = ['fan', 'payback-cdf', 'payback-histogram', 'revenue-vs-power', 'market'] as const;
export const TABLES = ['summary', 'timeline', 'payback', 'paths'] as const;

const outputsSchema = z
  .strictObject({
    charts: z
      .array(z.enum(CHARTS))
      .max(CHARTS.length)
      .default([...CHARTS])
      .meta({
        description:
          'Charts to draw under charts/ (each as .svg, .png and .vl.json) and to show in report.html and list in summary.md: fan (roi-fan), payback-cdf, payback-histogram, revenue-vs-power (revenue-cost), market (price-difficulty). Order and repeats do not matter: the charts come in that order; [] draws none.',
      }),
    tables: z
      .array(z.enum(TABLES))
      .max(TABLES.length)
      .default([...TABLES])
      .meta({
        description:
          'Tables to write: summary (summary.md), timeline (timeline.csv), payback (payback.csv), paths (paths.csv). Order and repeats do not matter; [] writes none of them. summary.json, report.html and manifest.json are always written.',
      }),
    samplePaths: wholeNumber(z.int().min(0).max(1000)).default(20).meta({
      shownDefault: 20,
      description:
        'Individual paths kept for the sample table and charts, 0 to 1000; with the horizon in weeks they make at most 1,000,000 points (about 230 MB of paths.csv and summary.json).',
    }),
  })
  .prefault({})
  .meta({ description: 'What a run writes.' });

const TREASURY_POLICIES = ['sell-daily', 'hold', 'sell-to-cover'] as const;

/**
 * A treasury minesim lacks: a misspelt name gets its nearest, but not one that asks for a share or
 * a schedule of sales (`sell-monthly` is not a misspelt `sell-daily`, which sells every coin daily).
 */
function treasuryProblem(input: unknown): string {
  const asksShare = typeof input !== 'string' || /month|week|year|share|part|half|%|\d/i.test(input);
  const suggestion = asksShare ? undefined : closestNames(input, TREASURY_POLICIES, 1)[0];
  return schemaMessages.treasuryPolicy(TREASURY_POLICIES, suggestion);
}

export const scenarioSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .max(LIMITS.nameChars)
      .meta({
        description: `Short name; also names the output folder, \`runs/<name>\` unless \`--out\` names one: lower case, each run of characters other than a-z, 0-9, \`.\`, \`_\` and \`-\` as one \`-\`, leading and trailing dots and dashes left out (\`North Korea / S9\` writes \`runs/north-korea-s9\`; a name with nothing left, \`scenario\`), and one that Windows keeps for a device (\`con\`, \`nul\`, \`com1\`, with any extension) after \`scenario-\`. Allowed: 1 to ${LIMITS.nameChars} characters.`,
      }),
    description: z
      .string()
      .max(LIMITS.descriptionChars)
      .default('')
      .meta({
        description: `What the scenario represents and where its assumptions come from. Allowed: at most ${grouped(LIMITS.descriptionChars)} characters.`,
      }),
    coin: z.enum(COIN_IDS).default(DEFAULT_COIN).meta({ description: 'The coin mined.' }),
    start: isoDate('First simulated day (UTC).', LAST_DATE),
    horizon: quantity('duration', {
      description:
        'How long to simulate, e.g. `5 years` (a year is 365.25 days), rounded to whole days: `1 year` runs 365 days (day 0 to day 364), `2 years` 731, `18 months` 548.',
      min: 1,
      max: 36525,
      shownMin: '1 day',
      shownMax: '100 years',
    }).prefault('5 years'),
    catalog: z
      .string()
      .min(1)
      .optional()
      .meta({
        description:
          'A user hardware catalog: a CSV file, relative to the scenario file, with the columns of data/asic-models.csv (hashrate in TH/s) or of data/hardware-extra.csv (hashrate in H/s). Its machines are added to the shipped catalog; one named like a shipped machine replaces it. `--catalog FILE` on the command line takes its place.',
        examples: ['machines.csv'],
      }),
    fleet: fleetSchema,
    power: powerSchema,
    costs: costsSchema,
    network: networkSchema,
    fees: feesSchema,
    price: priceSchema,
    operation: z.enum(['always-on', 'shutdown-when-unprofitable']).default('always-on').meta({
      description: '`always-on`, or switch a cohort off on days when its revenue is below its power cost.',
    }),
    treasury: z
      .enum(TREASURY_POLICIES, { error: (issue) => treasuryProblem(issue.input) })
      .default('sell-daily')
      .meta({
        description:
          "What happens to mined coins: sold each day, held, or sold only to cover costs. Held coins count at that day's price. None sells a share of the coins or sells on a schedule (monthly): a share s of each day's coins sold that day ends with s x the net position and NPV of `sell-daily` + (1 - s) x those of `hold` (without margin calls or tax on the coins' gains; not its payback or IRR).",
      }),
    money: moneySchema,
    finance: financeSchema.optional(),
    monteCarlo: monteCarloSchema,
    claims: z
      .array(claimSchema)
      .max(LIMITS.claims)
      .default([])
      .meta({ description: 'Statements to test against the simulated distribution.' }),
    outputs: outputsSchema,
    sweep: z
      .strictObject({
        vary: z
          .array(z.string().min(1).max(LIMITS.axisChars))
          .min(1)
          .max(LIMITS.axes)
          .superRefine((texts, ctx) => {
            // Read as `minesim sweep` reads them, so validation refuses what the sweep would.
            const axes: SweepAxis[] = [];
            texts.forEach((text, i) => {
              const axis = parseVary(text);
              if (typeof axis === 'string')
                ctx.addIssue({ code: 'custom', path: [i], message: axis, input: text });
              else axes.push(axis);
            });
            const grid = axes.length === texts.length ? gridProblem(axes) : undefined;
            if (grid) {
              const i = texts.indexOf(grid.axes[grid.axes.length - 1].text);
              ctx.addIssue({ code: 'custom', path: [i], message: grid.message, input: texts[i] });
            }
          })
          .meta({
            description:
              'Axes as `minesim sweep --vary` takes them: `key.path=a..b:n` or `key.path=a,b,c`, with units, e.g. `power.price=0.02..0.20:7`.',
            examples: [['power.price=0.02..0.20:7', 'fleet[0].unitPrice=1000..4500:6']],
          }),
      })
      .optional()
      .meta({ description: 'The grid `minesim sweep` runs when no `--vary` is given on the command line.' }),
  })
  .meta({
    title: 'minesim scenario',
    description: 'A mining investment to simulate: fleet, costs, market and the claims to test.',
  });

const schemaByCatalog = new WeakMap<HardwareCatalog, ReturnType<typeof extendFor>>();

function extendFor(catalog: HardwareCatalog) {
  return scenarioSchema.extend({ fleet: fleetSchemaFor(catalog) });
}

/**
 * The scenario schema with model names checked against `catalog` (the shipped one or a user's),
 * built once a catalog: zod compiles an object schema's checks on its first parse, which costs more
 * than the parse itself when `validate` checks each point of a scenario's sweep grid.
 */
export function scenarioSchemaFor(catalog: HardwareCatalog) {
  let schema = schemaByCatalog.get(catalog);
  if (schema === undefined) {
    schema = extendFor(catalog);
    schemaByCatalog.set(catalog, schema);
  }
  return schema;
}

export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A scenario as validated: canonical units, defaults filled, history-dependent values still optional. */
export type ValidScenario = z.output<typeof scenarioSchema>;
