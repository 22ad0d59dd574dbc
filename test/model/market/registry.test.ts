import { describe, expect, it } from 'vitest';
import type { MarketPlan } from '../../../src/engine/compile/market-plan.js';
import { createMarketWorkspace, fillMarketPath } from '../../../src/engine/kernel/market-path.js';
import { Rng, runKey, STREAM_FEES, STREAM_NETWORK, STREAM_PRICE } from '../../../src/engine/random/rng.js';
import { FEES_MODELS, feesModel, feesModelSchema } from '../../../src/model/market/fees/registry.js';
import {
  NETWORK_MODELS,
  networkModel,
  networkModelSchema,
} from '../../../src/model/market/network/registry.js';
import { PRICE_MODELS, priceModel, priceModelSchema } from '../../../src/model/market/price/registry.js';
import { networkSchema, priceSchema } from '../../../src/scenario/schema/market.js';
import { STUDY_MODELS } from '../../../src/study/walk-forward.js';
import { compileMarketDraft, type Draft } from '../../fixtures/market.js';

/** A small Bitcoin scenario inside the shipped history; each case sets one family's model. */
async function compile(market: Draft): Promise<MarketPlan> {
  return (await compileMarketDraft(market)).market;
}

/** One written model of every registered type, with noise where the model has any. */
const CASES: Draft[] = [
  { price: { start: '3800 USD', model: { type: 'fixed' } } },
  { price: { start: '3800 USD', model: { type: 'gbm', drift: '10 %', volatility: '80 %' } } },
  {
    price: {
      start: '3800 USD',
      model: {
        type: 'jump-diffusion',
        drift: '10 %',
        volatility: '60 %',
        jumpsPerYear: 6,
        jumpMean: '-5 %',
        jumpVolatility: '10 %',
      },
    },
  },
  { price: { start: '3800 USD', model: { type: 'bootstrap', window: '2 years' } } },
  { price: { model: { type: 'historical' } } },
  { price: { start: '3800 USD', model: { type: 'garch-t', calibrate: '2 years' } } },
  {
    price: {
      start: '3800 USD',
      model: {
        type: 'mixture',
        of: [
          { weight: 1, model: { type: 'garch-t', calibrate: '2 years' } },
          { weight: 2, model: { type: 'gbm', drift: '10 %', volatility: '80 %' } },
        ],
      },
    },
  },
  { network: { model: { type: 'growth', rate: '50 %' } } },
  // Correlated with the price, so under a price that draws shocks (a fixed price has none); the
  // family the case is about comes first.
  {
    network: { model: { type: 'stochastic', drift: '40 %', volatility: '30 %', priceCorrelation: 0.3 } },
    price: { start: '3800 USD', model: { type: 'gbm', drift: '10 %', volatility: '80 %' } },
  },
  { network: { model: { type: 'price-coupled', lag: '30 days' } } },
  { network: { model: { type: 'endogenous' } } },
  { network: { model: { type: 'historical' } } },
  {
    network: {
      model: {
        type: 'mixture',
        of: [
          { weight: 1, model: { type: 'growth', rate: '50 %' } },
          { weight: 1, model: { type: 'stochastic', drift: '40 %', volatility: '30 %' } },
        ],
      },
    },
  },
  { fees: { model: { type: 'share-of-subsidy', share: '5 %', spikes: { perYear: 12, multiplier: 3 } } } },
  { fees: { model: { type: 'per-block', amount: 0.2, spikes: { perYear: 12, multiplier: 3 } } } },
  { fees: { model: { type: 'historical' } } },
];

/** The three series of path `k` of a plan, copied. */
function pathOf(market: MarketPlan, seed: number, k: number) {
  const w = createMarketWorkspace(market);
  const key = runKey(seed);
  const [price, network, fees] = [new Rng(), new Rng(), new Rng()];
  price.reset(key, k, STREAM_PRICE);
  network.reset(key, k, STREAM_NETWORK);
  fees.reset(key, k, STREAM_FEES);
  fillMarketPath(market, w, price, network, fees);
  return [w.path.priceUsd.slice(), w.path.networkHashrateHs.slice(), w.path.feesPerBlock.slice()];
}

function calm(m: MarketPlan): MarketPlan {
  return {
    ...m,
    price: priceModel(m.price.type).calm(m.price),
    hashrate: networkModel(m.hashrate.type).calm(m.hashrate),
    fees: feesModel(m.fees.type).calm(m.fees),
  };
}

describe('market models and the horizon', () => {
  it.each(CASES.map((c, i) => [i, JSON.stringify(c).slice(0, 80), c] as const))(
    'case %i (%s): path 3 of a 1-year run is the first year of the same path of a 3-year run',
    async (_, __, c) => {
      // A day's draws depend on the days before it only, so a sweep or sensitivity point of
      // another horizon sees the same market on the days it shares (common random numbers).
      const short = pathOf(await compile({ ...c, horizon: '1 year' }), 2017, 3);
      const long = pathOf(await compile({ ...c, horizon: '3 years' }), 2017, 3);
      for (let s = 0; s < 3; s++) expect(long[s].subarray(0, short[s].length)).toEqual(short[s]);
    },
  );
});

describe('market model registries', () => {
  it('PRICE_MODELS, NETWORK_MODELS and FEES_MODELS each name a type once, in the order of the schema union', () => {
    for (const [models, union] of [
      [PRICE_MODELS, priceModelSchema],
      [NETWORK_MODELS, networkModelSchema],
      [FEES_MODELS, feesModelSchema],
    ] as const) {
      const types = models.map((m) => m.type);
      expect(new Set(types).size).toBe(types.length);
      expect(union.options.map((o) => o.shape.type.value)).toEqual(types);
    }
  });

  it('the price and network model descriptions list the registered types', () => {
    const list = (types: string[]) =>
      `${types
        .slice(0, -1)
        .map((t) => `\`${t}\``)
        .join(', ')} or \`${types.at(-1)}\``;
    expect(priceSchema.unwrap().shape.model.description).toContain(list(PRICE_MODELS.map((m) => m.type)));
    expect(networkSchema.unwrap().shape.model.description).toContain(list(NETWORK_MODELS.map((m) => m.type)));
  });

  it('compileMarket() resolves every registered model into a plan of its own type', async () => {
    const seen: string[] = [];
    for (const c of CASES) {
      const m = await compile(c);
      const [family] = Object.keys(c);
      const plan = family === 'price' ? m.price : family === 'network' ? m.hashrate : m.fees;
      seen.push(`${family}:${plan.type}`);
    }
    expect(seen).toEqual([
      ...PRICE_MODELS.map((m) => `price:${m.type}`),
      ...NETWORK_MODELS.map((m) => `network:${m.type}`),
      ...FEES_MODELS.map((m) => `fees:${m.type}`),
    ]);
  });

  it('calm(plan) of every model fills the same path whatever the random streams', async () => {
    for (const c of CASES) {
      const m = calm(await compile(c));
      const a = pathOf(m, 1, 0);
      const b = pathOf(m, 2, 5);
      for (const [i, series] of a.entries()) {
        expect(series.every(Number.isFinite), JSON.stringify(c)).toBe(true);
        expect(series, JSON.stringify(c)).toEqual(b[i]);
      }
    }
  });

  it('fixed(plan) holds exactly when two paths of a model are the same', async () => {
    for (const c of CASES) {
      const m = await compile(c);
      const [family] = Object.keys(c);
      const i = family === 'price' ? 0 : family === 'network' ? 1 : 2;
      const fixed =
        family === 'price'
          ? priceModel(m.price.type).fixed(m.price)
          : family === 'network'
            ? networkModel(m.hashrate.type).fixed(m.hashrate)
            : feesModel(m.fees.type).fixed(m.fees);
      const same = pathOf(m, 1, 0)[i].every((v, d) => v === pathOf(m, 1, 1)[i][d]);
      expect(same, JSON.stringify(c)).toBe(fixed);
    }
  });

  it("STUDY_MODELS is built from the records' study entries and the mixtures: ids and labels of the walk-forward study", () => {
    expect(STUDY_MODELS.map((m) => [m.id, m.label])).toEqual([
      ['gbm-growth', 'GBM price + growth network'],
      ['bootstrap-growth', 'bootstrap price + growth network'],
      ['jump-stochastic', 'jump-diffusion price + stochastic network'],
      ['gbm-coupled', 'GBM price + price-coupled network'],
      ['bootstrap-stochastic', 'bootstrap price + stochastic network'],
      ['garch-growth', 'GARCH-t price + growth network'],
      ['garch-stochastic', 'GARCH-t price + stochastic network'],
      ['bootstrap-endogenous', 'bootstrap price + endogenous network'],
      ['garch-endogenous', 'GARCH-t price + endogenous network'],
      // The default pair's network net of block luck (NET_OF_LUCK_MODELS), with a fixed growth and drawn per path.
      ['bootstrap-stochastic-net', 'bootstrap price + stochastic network net of block luck'],
      [
        'bootstrap-stochastic-se',
        "bootstrap price + stochastic network net of block luck, growth drawn per path by the drift's standard error",
      ],
      // The mixtures weighted by score, written in study/study-models.ts (MIXTURE_MODELS).
      ['bootstrap-mixnet', 'bootstrap price + stochastic/endogenous network mixture by score'],
      ['mixprice-stochastic', 'bootstrap/GARCH-t price mixture by score + stochastic network'],
    ]);
  });
});
