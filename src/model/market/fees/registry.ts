// The fee models, in the order the docs and messages list them. Adding one: its file, one line here.
import { z } from 'zod';
import { type MarketModel, modelOf, type Schemas } from '../model.js';
import { historicalFees } from './historical.js';
import { perBlockFees } from './per-block.js';
import { shareOfSubsidyFees } from './share-of-subsidy.js';

export const FEES_MODELS = [shareOfSubsidyFees, perBlockFees, historicalFees] as const;

/** A resolved fee model: a union keyed by `type`. */
export type FeesPlan = ReturnType<(typeof FEES_MODELS)[number]['resolve']>;

export const feesModelSchema = z.discriminatedUnion(
  'type',
  FEES_MODELS.map((m) => m.schema) as Schemas<typeof FEES_MODELS>,
);
export type FeesModel = z.output<typeof feesModelSchema>;

/** The record of a fee model type. */
export const feesModel = (type: string): MarketModel<z.ZodType, FeesPlan> => modelOf(FEES_MODELS, type);
