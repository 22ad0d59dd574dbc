// A mixture of market models of one family: a scenario names several price (or network) models
// with weights, and each path follows one of them, drawn with probability its weight. Path k's
// choice is the first word of its own stream of that family, so it depends only on (seed, k):
// any number of workers or shards gives path k the same model. Under antithetic pairing both
// paths of a pair read the word unmirrored, so they follow the same model and stay a pair.
// A mixture is one record of its family's registry; its components are the family's other
// records, replays excepted (a replay is the history itself, not a forecast to weigh).
import { z } from 'zod';
import type { Rng } from '../../engine/random/rng.js';
import { schemaMessages as msg } from '../../messages/schema.js';
import { grouped } from '../../messages/shown.js';
import type { PathKey, RuleProblem } from '../../scenario/problem.js';
import type { MarketScenario } from './model.js';
import { type Assumption, type MarketModel, pct, type ResolveContext } from './model.js';

/** Most models one mixture names. */
export const MAX_COMPONENTS = 10;
/** Largest weight (weights are relative: `1` and `3` mean a quarter and three quarters). */
export const MAX_WEIGHT = 1e6;

export type Family = 'price' | 'network';

export interface MixturePlan<P> {
  type: 'mixture';
  components: P[];
  /** The normalized weights, and their running sums (the last exactly 1). */
  weights: number[];
  cumulative: Float64Array;
}

/** The weights of a mixture whose weights are scored: one per written component, positive. */
export type Scorer<W> = (written: W[], ctx: ResolveContext, out: Assumption[]) => number[];

const FAMILY_LABEL: Record<Family, string> = { price: 'Price', network: 'Network' };
/** What `weights: by-score` scores, by family. */
const SCORED: Record<Family, string> = {
  price: '180-day log-price forecasts',
  network:
    "180-day forecasts of the log of the network's mean hashrate over the week to that day (driven by the scenario's own price and fee models, run as of the same starts)",
};

function mixtureSchema<C extends z.ZodType>(family: Family, component: C, scored: boolean) {
  const weights = scored ? (['given', 'by-score'] as const) : (['given'] as const);
  return z.strictObject({
    type: z.literal('mixture').meta({
      description: `A mixture: each path follows one of several ${family} models, drawn with probability its weight.`,
    }),
    of: z
      .array(
        z.strictObject({
          weight: z
            .number()
            .gt(0)
            .max(MAX_WEIGHT)
            .optional()
            .meta({
              description: `Relative weight of the model (normalized over the mixture), more than 0, at most ${grouped(MAX_WEIGHT)}; with \`weights: given\`, required.`,
            }),
          model: component.meta({ description: `A ${family} model, written as on its own.` }),
        }),
      )
      .min(1)
      .max(MAX_COMPONENTS)
      .meta({
        description: `The models mixed, 1 to ${MAX_COMPONENTS}, each \`{ weight, model }\`; not a replay or a mixture. A path picks its model against the weights in this order, so reordering them gives the paths other models (the same mixture, not the same paths).`,
      }),
    weights: z
      .enum(weights)
      .default('given')
      .meta({
        description: scored
          ? `\`given\` (default): the written weights. \`by-score\`: weights inversely proportional to each model's mean CRPS of its ${SCORED[family]} from starts every 60 days in the 2 years before the start, each model calibrated as of its own start (history strictly before the scenario's start only).`
          : '`given`: the written weights.',
      }),
  });
}

/**
 * What a mixture reads of the scenario: the coin, the start and the families' written models. The
 * rules run on the normalized scenario (scenario/rules.ts), which is one.
 */
export type MixedScenario = MarketScenario & Record<Family, { model: { type: string; of?: unknown } }>;

/** The scenario as one component of a mixture sees it, and where its problems belong. */
export interface ComponentView<S extends MixedScenario = MixedScenario> {
  s: S;
  /** A problem path of the view as a path of the scenario. */
  at(path: PathKey[]): PathKey[];
  /** A message of the view with the keys it names (`price.model.x`) as keys of the scenario. */
  say(message: string): string;
}

/** The scenario itself, or one view a component when the family's model is a mixture. */
export function componentViews<S extends MixedScenario>(s: S, family: Family): ComponentView<S>[] {
  const model = s[family].model;
  if (model.type !== 'mixture') return [{ s, at: (path) => path, say: (message) => message }];
  return (model.of as { model: unknown }[]).map((c, i) => ({
    s: { ...s, [family]: { ...s[family], model: c.model } } as S,
    at: (path) =>
      path[0] === family && path[1] === 'model'
        ? [family, 'model', 'of', i, 'model', ...path.slice(2)]
        : path,
    say: (message) => message.replaceAll(`\`${family}.model.`, `\`${family}.model.of[${i}].model.`),
  }));
}

/** Index of the component a uniform u picks. */
function pick(cumulative: Float64Array, u: number): number {
  let i = 0;
  while (u > cumulative[i] && i < cumulative.length - 1) i++;
  return i;
}

/**
 * The mixture record of a family: `component` is the union schema of the records it may mix,
 * `record` looks one up; `scorer`, when the family has one, offers `weights: by-score`.
 */
export function createMixture<C extends z.ZodType<{ type: string }>, P extends { type: string }>(o: {
  family: Family;
  component: C;
  record: (type: string) => MarketModel<z.ZodType, P>;
  scorer?: Scorer<z.output<C>>;
}) {
  const schema = mixtureSchema(o.family, o.component, o.scorer !== undefined);
  const label = FAMILY_LABEL[o.family];
  const model: MarketModel<typeof schema, MixturePlan<P>, P> = {
    type: 'mixture',
    schema,
    resolve(m, ctx, out) {
      const of = m.of as { weight?: number; model: z.output<C> }[];
      const lines: Assumption[] = [];
      const raw =
        m.weights === 'by-score' && o.scorer
          ? o.scorer(
              of.map((c) => c.model),
              ctx,
              lines,
            )
          : of.map((c) => c.weight ?? Number.NaN);
      const total = raw.reduce((a, b) => a + b, 0);
      const weights = raw.map((w) => w / total);
      if (!weights.every((w) => w > 0 && Number.isFinite(w)))
        throw new Error(`internal: mixture weights ${raw.join(', ')}`);
      out.push({
        label: `${label} model`,
        value: `mixture of ${of.length} models`,
        note:
          m.weights === 'by-score'
            ? 'each path follows one, drawn with probability its weight from the forecast score'
            : 'each path follows one, drawn with probability its given weight',
      });
      out.push(...lines);
      const components = of.map((c, i) => {
        const own: Assumption[] = [];
        const plan = o.record(c.model.type).resolve(c.model, ctx, own);
        out.push({
          label: `${label} mixture [${i + 1}]`,
          value: `weight ${pct(weights[i])}`,
          note: c.model.type,
        });
        for (const line of own) out.push({ ...line, label: `[${i + 1}] ${line.label}` });
        return plan;
      });
      const cumulative = new Float64Array(weights.length);
      let sum = 0;
      weights.forEach((w, i) => {
        sum += w;
        cumulative[i] = sum;
      });
      cumulative[weights.length - 1] = 1;
      return { type: 'mixture', components, weights, cumulative };
    },
    // The expected path of the chart events: the heaviest model's own calm path.
    calm(plan) {
      let heaviest = 0;
      plan.weights.forEach((w, i) => {
        if (w > plan.weights[heaviest]) heaviest = i;
      });
      const c = plan.components[heaviest];
      return o.record(c.type).calm(c);
    },
    fixed: (plan) =>
      plan.components.length === 1 && o.record(plan.components[0].type).fixed(plan.components[0]),
    stochastic: (plan) =>
      plan.components.length > 1 || o.record(plan.components[0].type).stochastic(plan.components[0]),
    followsPrice: (plan) => plan.components.some((c) => o.record(c.type).followsPrice?.(c) ?? false),
    fill(plan, at, w, rng) {
      // A one-model mixture draws nothing for the choice, so it is that model exactly.
      const i = plan.components.length === 1 ? 0 : pick(plan.cumulative, (rng as Rng).rawUniform());
      const c = plan.components[i];
      const record = o.record(c.type);
      record.fill(c, at, w, record.fixed(c) ? null : rng);
    },
    rules(m, s, out, data) {
      const of = m.of as { weight?: number; model: z.output<C> }[];
      const views = componentViews(s as MixedScenario, o.family);
      of.forEach((c, i) => {
        const at = (...rest: PathKey[]) => [o.family, 'model', 'of', i, ...rest];
        if (m.weights === 'given' && c.weight === undefined)
          out.push({ path: at('weight'), message: msg.mixtureWeight() });
        if (m.weights === 'by-score' && c.weight !== undefined)
          out.push({ path: at('weight'), message: msg.mixtureScoredWeight() });
        const record = o.record(c.model.type);
        if (record.prepare !== undefined || c.model.type === 'historical') {
          out.push({ path: at('model', 'type'), message: msg.mixtureReplay(c.model.type) });
          return;
        }
        const own: RuleProblem[] = [];
        record.rules?.(c.model, views[i].s, own, data);
        for (const p of own) out.push({ ...p, path: views[i].at(p.path) });
      });
    },
  };
  return model;
}
