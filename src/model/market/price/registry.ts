// The price models, in the order the docs and messages list them. Adding one: its file, one line here.
import { z } from 'zod';
import { type MarketModel, modelOf, type Schemas } from '../model.js';
import { bootstrapPrice } from './bootstrap.js';
import { fixedPrice } from './fixed.js';
import { gbmPrice } from './gbm.js';
import { historicalPrice } from './historical.js';
import { jumpDiffusionPrice } from './jump-diffusion.js';

export const PRICE_MODELS = [
  fixedPrice,
  gbmPrice,
  jumpDiffusionPrice,
  bootstrapPrice,
  historicalPrice,
] as const;

/** A resolved price model: a union keyed by `type`. */
export type PricePlan = ReturnType<(typeof PRICE_MODELS)[number]['resolve']>;

export const priceModelSchema = z.discriminatedUnion(
  'type',
  PRICE_MODELS.map((m) => m.schema) as Schemas<typeof PRICE_MODELS>,
);
export type PriceModel = z.output<typeof priceModelSchema>;

/** The record of a price model type. */
export const priceModel = (type: string): MarketModel<z.ZodType, PricePlan> => modelOf(PRICE_MODELS, type);
