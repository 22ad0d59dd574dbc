// The network hashrate models, in the order the docs and messages list them. Adding one: its
// file, one line here.
import { z } from 'zod';
import { createMixture } from '../mixture.js';
import { type MarketModel, modelOf, type Schemas } from '../model.js';
import { endogenousNetwork } from './endogenous.js';
import { growthNetwork } from './growth.js';
import { historicalNetwork } from './historical.js';
import { priceCoupledNetwork } from './price-coupled.js';
import { networkScorer } from './score.js';
import { stochasticNetwork } from './stochastic.js';

/** The models a mixture may name (the rules refuse the replay among them). */
const COMPONENT_MODELS = [
  growthNetwork,
  stochasticNetwork,
  priceCoupledNetwork,
  endogenousNetwork,
  historicalNetwork,
] as const;

/** A resolved network model other than a mixture. */
export type ComponentNetworkPlan = ReturnType<(typeof COMPONENT_MODELS)[number]['resolve']>;

const componentSchema = z.discriminatedUnion(
  'type',
  COMPONENT_MODELS.map((m) => m.schema) as Schemas<typeof COMPONENT_MODELS>,
);

const componentRecord = (type: string): MarketModel<z.ZodType, ComponentNetworkPlan> =>
  modelOf(COMPONENT_MODELS, type);

export const networkMixture = createMixture({
  family: 'network',
  component: componentSchema,
  record: componentRecord,
  scorer: networkScorer(componentRecord),
});

export const NETWORK_MODELS = [...COMPONENT_MODELS, networkMixture] as const;

/** A resolved network model: a union keyed by `type`. */
export type NetworkPlan = ReturnType<(typeof NETWORK_MODELS)[number]['resolve']>;

export const networkModelSchema = z.discriminatedUnion(
  'type',
  NETWORK_MODELS.map((m) => m.schema) as Schemas<typeof NETWORK_MODELS>,
);
export type NetworkModel = z.output<typeof networkModelSchema>;

/** The record of a network model type. */
export const networkModel = (type: string): MarketModel<z.ZodType, NetworkPlan> =>
  modelOf(NETWORK_MODELS, type);
