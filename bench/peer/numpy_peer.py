#!/usr/bin/env python3
"""The bench's peer: the payback of one Antminer S9 as a vectorised numpy script would model it.

The model (simpler than minesim's; what an analyst would write in an afternoon):
- daily steps over 5 years (1,826 days from 2017-05-17), 100,000 paths by default;
- price: geometric Brownian motion, log price + drift + vol x N(0, 1) a day, from 1,808.75 USD
  (drift 0.274 % and volatility 2.99 % a day: bench/stochastic-s9.yaml's calibration);
- network hashrate: log-normal, log hashrate + growth + vol x N(0, 1) a day, independent of the
  price, from 4.31 EH/s (growth 0.293 % and volatility 1.71 % a day, as calibrated there);
- no difficulty retargets: the S9's share of the network (13.5 TH/s of it) wins that share of 144
  blocks a day, paying the subsidy of the day's height (12.5 BTC, 6.25 BTC after block 630,000;
  heights advance 144 a day from 466,743); no fees, no pool fee, no failures, no wear;
- power: 1,323 W all day at 0.10 USD/kWh; capex 2,000 USD on day 0; coins sold daily;
- result: the first payback day (cumulative net cash >= 0), per path; no IRR, NPV or timelines.

Paths run in blocks of paths x days matrices (random draws, cumulative sums and the payback
search each in one numpy call over the block). Prints the wall time, P(payback within the
horizon) and the median payback day; with --json, one JSON line for bench/run.mjs.
"""

import argparse
import json
import time

import numpy as np

DAYS = 1826
START_PRICE_USD = 1808.746065
PRICE_DRIFT_PER_DAY = 0.0027444815526868637
PRICE_VOL_PER_SQRT_DAY = 0.029940108066626468
START_HASHRATE_HS = 4.314627131e18
HASHRATE_GROWTH_PER_DAY = 0.002927606253964542
HASHRATE_VOL_PER_SQRT_DAY = 0.017099966335993578
S9_HASHRATE_HS = 13.5e12
S9_POWER_KW = 1.323
TARIFF_USD_PER_KWH = 0.10
CAPEX_USD = 2000.0
START_HEIGHT = 466_743
BLOCKS_PER_DAY = 144
HALVING_BLOCKS = 210_000


def subsidy_per_day():
    """Coins the whole network mines each day (calendar heights, 144 blocks a day)."""
    height = START_HEIGHT + BLOCKS_PER_DAY * np.arange(DAYS)
    era = height // HALVING_BLOCKS
    return BLOCKS_PER_DAY * 50.0 / 2.0**era


def payback_days(paths, block, seed):
    rng = np.random.default_rng(seed)
    coins_per_share = subsidy_per_day()
    cost_per_day = S9_POWER_KW * 24 * TARIFF_USD_PER_KWH
    out = np.empty(paths, dtype=np.int64)
    for start in range(0, paths, block):
        n = min(block, paths - start)
        z = rng.standard_normal((n, DAYS))
        z[:, 0] = 0.0
        log_price = np.cumsum(PRICE_DRIFT_PER_DAY + PRICE_VOL_PER_SQRT_DAY * z, axis=1)
        log_price[:, 0] = 0.0
        rng.standard_normal((n, DAYS), out=z)
        z[:, 0] = 0.0
        log_hashrate = np.cumsum(HASHRATE_GROWTH_PER_DAY + HASHRATE_VOL_PER_SQRT_DAY * z, axis=1)
        log_hashrate[:, 0] = 0.0
        # price / hashrate in one exp: USD a day = S9 share x coins a day x price - power.
        ratio = np.exp(log_price - log_hashrate, out=log_price)
        net = ratio * (coins_per_share * (S9_HASHRATE_HS * START_PRICE_USD / START_HASHRATE_HS))
        net -= cost_per_day
        cash = np.cumsum(net, axis=1, out=net)
        cash -= CAPEX_USD
        paid = cash >= 0
        first = paid.argmax(axis=1)
        out[start : start + n] = np.where(paid[np.arange(n), first], first, -1)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paths", type=int, default=100_000)
    parser.add_argument("--block", type=int, default=2_000, help="paths per matrix block")
    parser.add_argument("--seed", type=int, default=2017)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    t = time.perf_counter()
    days = payback_days(args.paths, args.block, args.seed)
    seconds = time.perf_counter() - t
    paid = days[days >= 0]
    result = {
        "paths": args.paths,
        "seconds": seconds,
        "paybackShare": len(paid) / args.paths,
        "medianPaybackDay": float(np.median(paid)) if len(paid) else None,
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"numpy peer: {args.paths:,} paths x {DAYS} days in {seconds:.2f} s; "
            f"P(payback) {result['paybackShare']:.3f}, median payback day {result['medianPaybackDay']}"
        )


if __name__ == "__main__":
    main()
