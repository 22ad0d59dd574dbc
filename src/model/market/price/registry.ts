// The price models, in the order the docs and messages list them. Adding one: its file, one line here.
import { z } from 'zod';
import { createMixture } from '../mixture.js';
import { type MarketModel, modelOf, type Schemas } from '../model.js';
import { bootstrapPrice } from './bootstrap.js';
import { fixedPrice } from './fixed.js';
import { garchTPrice } from './garch-t.js';
import { gbmPrice } from './gbm.js';
import { historicalPrice } from './historical.js';
import { jumpDiffusionPrice } from './jump-diffusion.js';
import { priceScorer } from './score.js';

/** The models a mixture may name (the rules refuse the replay among them). */
const COMPONENT_MODELS = [
  fixedPrice,
  gbmPrice,
  jumpDiffusionPrice,
  bootstrapPrice,
  historicalPrice,
  garchTPrice,
] as const;

/** A resolved price model other than a mixture. */
export type ComponentPricePlan = ReturnType<(typeof COMPONENT_MODELS)[number]['resolve']>;

const componentSchema = z.discriminatedUnion(
  'type',
  COMPONENT_MODELS.map((m) => m.schema) as Schemas<typeof COMPONENT_MODELS>,
);

const componentRecord = (type: string): MarketModel<z.ZodType, ComponentPricePlan> =>
  modelOf(COMPONENT_MODELS, type);

export const priceMixture = createMixture({
  family: 'price',
  component: componentSchema,
  record: componentRecord,
  scorer: priceScorer(componentRecord),
});

export const PRICE_MODELS = [...COMPONENT_MODELS, priceMixture] as const;

/** A resolved price model: a union keyed by `type`. */
export type PricePlan = ReturnType<(typeof PRICE_MODELS)[number]['resolve']>;

export const priceModelSchema = z.discriminatedUnion(
  'type',
  PRICE_MODELS.map((m) => m.schema) as Schemas<typeof PRICE_MODELS>,
);
export type PriceModel = z.output<typeof priceModelSchema>;

/** The record of a price model type. */
export const priceModel = (type: string): MarketModel<z.ZodType, PricePlan> => modelOf(PRICE_MODELS, type);
