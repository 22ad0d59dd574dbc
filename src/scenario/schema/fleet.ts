// The fleet: cohorts of identical machines bought and deployed together.
import { z } from 'zod';
import type { HardwareCatalog } from '../../data/catalog.js';
import { catalogMessages } from '../../messages/catalog.js';
import { schemaMessages as m } from '../../messages/schema.js';
import { isoDate } from './date.js';
import { LIMITS } from './limits.js';
import { fraction, quantity } from './quantity.js';
import { wholeNumber } from './whole-number.js';

/** Days off a whole number that are still whole: the last bits of a unit conversion (`2 weeks`). */
const WHOLE_DAY_SLACK = 1e-9;

/** Smallest share of units a failure rate may leave alive after a year (91.7 %/month leaves 1.1e-13, 7.8 %/day 1.3e-13). */
const MIN_YEAR_SURVIVAL = 1e-13;

export const cohortSchema = z
  .strictObject({
    name: z
      .string()
      .min(1)
      .max(LIMITS.nameChars)
      .optional()
      .meta({ description: 'Label for tables and charts. Default: the model name, or `cohort N`.' }),
    // Which names exist depends on the catalog in use: validation swaps in modelSchema(catalog).
    model: z
      .string()
      .min(1)
      .max(LIMITS.nameChars)
      .optional()
      .meta({
        description:
          'A model from the hardware catalog (data/asic-models.csv, data/hardware-extra.csv, and the `catalog` file if given), e.g. `Antminer S9`. The maker or brand word and a bin in brackets may be left out where only one machine fits (`S21`, `S9i`); data/hardware-aliases.csv names default bins. Supplies hashrate, power and hardware class; any of them may be overridden (another bin).',
        examples: ['Antminer S9'],
      }),
    hashrate: quantity('hashrate', {
      description:
        'Hashrate of one unit, e.g. `13.5 TH/s` or `220 kH/s` (H means hashes here). A bare number is TH/s. Required without `model`.',
      min: LIMITS.minUnitHashrateHs,
      max: LIMITS.unitHashrateHs,
      shownMin: '1 H/s',
      shownMax: '1 ZH/s',
      examples: ['13.5 TH/s'],
    }).optional(),
    power: quantity('power', {
      description:
        'Power of one unit at the wall, e.g. `1323 W`. A bare number is W. Required without `model`.',
      above: 0,
      max: LIMITS.unitPowerW,
      shownMin: '0 W',
      shownMax: '1 GW',
      examples: ['1323 W'],
    }).optional(),
    hardwareClass: z.string().min(1).max(LIMITS.nameChars).optional().meta({
      description:
        'What proof-of-work changes can strand: `sha256`, `cryptonight-asic`, `cpu`, `gpu`, or a class of your own that a `network.powChanges` entry strands. Default: from the catalog; `sha256` for custom Bitcoin hardware, `cpu` for custom Monero hardware.',
    }),
    count: wholeNumber(z.int().min(1).max(LIMITS.unitsPerCohort)).meta({
      description: 'Number of units in the cohort. Allowed: 1 to 10,000,000.',
    }),
    unitPrice: quantity('money', {
      description: 'Price of one unit as paid to the seller, e.g. `2400 USD`. A bare number is USD.',
      min: 0,
      max: LIMITS.moneyUsd,
      shownMin: '0 USD',
      shownMax: LIMITS.shownMoney,
      examples: ['2400 USD'],
    }),
    importPremium: fraction({
      description:
        'Extra paid on top of the unit price to get the machines in place (shipping, import, grey-market or sanctions premium), e.g. `30 %`. A bare number is a fraction. Written bare it is at most 1 (`0.3` is 30 %): above 100 % a premium is written with its unit (`150 %`), so that `5` is not read as 500 %.',
      min: 0,
      max: LIMITS.maxImportPremium,
      bareAtMostOne: true,
      shownMin: '0 %',
      shownMax: '1,000 %',
    }).prefault(0),
    setupCost: quantity('money', {
      description: 'One-off cost for the whole cohort (racks, wiring, installation), USD.',
      min: 0,
      max: LIMITS.moneyUsd,
      shownMin: '0 USD',
      shownMax: LIMITS.shownMoney,
    }).prefault(0),
    purchased: isoDate(
      'Day the cohort is paid for. Default: the scenario start. A cohort bought before the start pays its capex on the start day (its `count` is the units working then: failures before the start are not drawn) and hashes from it worn by its `degradation` since its deployment. A fleet bought on more than one day pays back on or after its last purchase (a later capex puts money at stake again); a purchase after the horizon is refused, and one after the end of the history in a run cut there leaves the payback not decidable, as the outputs say.',
    ).optional(),
    deploymentDelay: quantity('duration', {
      description:
        'Time from purchase until the cohort hashes (shipping, installation), e.g. `14 days`. A bare number is days. Whole days, as the cohort hashes from the start of a day: `1 month` (30.4375 days) or `2.5 days` is refused, not rounded.',
      min: 0,
      max: LIMITS.durationDays,
      shownMin: '0 days',
      shownMax: LIMITS.shownDuration,
      // A cohort hashes from the start of a day: a fractional delay (`1 month` is 30.4375 days)
      // is refused with the whole days on either side, never rounded to one.
      check: (days) =>
        Math.abs(days - Math.round(days)) > WHOLE_DAY_SLACK
          ? m.notWholeDays(days, Math.floor(days), Math.ceil(days))
          : undefined,
    }).prefault(0),
    failureRate: quantity('rate-per-year', {
      description:
        "Share of units that fail (and stay dead) per year, e.g. `5 %`, from the cohort's first day hashing (none fail during its `deploymentDelay`, nor before the start); a share per month or day compounds (`8 %/month` is 63.2 % a year). It must leave at least 1e-13 of the units after a year: less than 100 % a year, at most 91.7 %/month or 7.8 %/day.",
      perYear: 'share',
      min: 0,
      max: 1,
      shownMin: '0 %',
      shownMax: '100 %',
      // The kernel fails units with 1 - (1 - rate)^(1 / 365.25) a day: a year's survival that a
      // double cannot hold (10 %/day leaves 1.9e-17, and 1 - that is 1) would fail every unit on
      // its first day, so a rate that leaves less than 1e-13 of the units after a year is refused.
      check: (rate) => (1 - rate < MIN_YEAR_SURVIVAL ? m.failureRateTooHigh() : undefined),
    }).prefault(0),
    degradation: quantity('rate-per-year', {
      description:
        'Share of hashrate a unit loses per year from its deployment, e.g. `2 %`, counted on every day from then (days the shutdown rule switches it off, and its downtime under `uptime`, included); a share per month or day compounds.',
      perYear: 'share',
      min: 0,
      max: 0.99,
      shownMin: '0 %',
      shownMax: '99 %',
    }).prefault(0),
    uptime: fraction({
      description:
        'Share of the time a deployed unit hashes (maintenance, outages, curtailment), e.g. `97 %`.',
      min: LIMITS.minUptime,
      max: 1,
      shownMin: '1 %',
      shownMax: '100 %',
    }).prefault(1),
    retire: isoDate(
      'Day the cohort stops and its surviving units are sold at their salvage value: after the day it starts hashing, and after the start. Default: it runs to the horizon.',
    ).optional(),
  })
  .meta({ description: 'A cohort of identical machines bought and deployed together.' });

const fleetOf = <C extends z.ZodType>(cohort: C) => z.array(cohort).min(1).max(1000);

export const fleetSchema = fleetOf(cohortSchema).meta({
  description: `The machines, as cohorts. At least one. Their capex (unit prices with premiums, and setup costs) is 0 (a free fleet) or at least ${LIMITS.shownMinCapex}: ROI divides by it. Together they hash at most the network's hashrate on each day it is known when the scenario is checked (the start day; every day of a replayed network): the fleet is counted inside the network's hashrate, and its own hashrate never moves the difficulty, so a fleet of a large share of the network earns as if it did not. A random network's later days (\`stochastic\`, \`price-coupled\`, \`endogenous\`, a \`mixture\` of them) are known only on its paths: on a day a path's network falls below the fleet's own hashrate (every unit bought, after uptime and wear, before failures), the blocks and retargets follow the fleet's hashrate instead, so the fleet earns every block of that day and never more; the run is not refused (the paths are random, the scenario is not wrong on its own), it says on how many paths and on what share of its path-days that happened (summary.json headline.networkAtFleetPaths and networkAtFleetDays, a line in the terminal and the run table): those paths are a bound, since a fleet that large moves the network; give a smaller fleet, or a network model that stays above it. Machine failures are drawn cohort by cohort in this order, so reordering the cohorts, or adding or removing one before another, gives them other draws: the same distribution, not the same paths.`,
});

/** A model name that `catalog` resolves to exactly one machine. */
function modelSchema(catalog: HardwareCatalog) {
  return z
    .string()
    .min(1)
    .max(LIMITS.nameChars)
    .superRefine((name, ctx) => {
      // An over-long name is reported by max(); looking it up would only cost time.
      if (name.length > LIMITS.nameChars) return;
      const found = catalog.lookup(name);
      if (found.kind === 'unknown')
        ctx.addIssue({ code: 'custom', message: m.unknownModel(found.suggestions), input: name });
      else if (found.kind === 'ambiguous')
        ctx.addIssue({
          code: 'custom',
          message: catalogMessages.ambiguousModel(found.candidates),
          input: name,
        });
    })
    .optional();
}

/** The fleet schema with model names checked against `catalog` (the shipped one or a user's). */
export function fleetSchemaFor(catalog: HardwareCatalog) {
  return fleetOf(cohortSchema.extend({ model: modelSchema(catalog) }));
}

export type CohortInput = z.input<typeof cohortSchema>;
export type Cohort = z.output<typeof cohortSchema>;
