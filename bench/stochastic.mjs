// The bench's stochastic-network part (bench/stochastic-s9.yaml): the floor of that model, the
// engine on one worker against it, and minesim end to end against the numpy peer
// (bench/peer/numpy_peer.py), both timed as whole processes in the same run, side by side.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
export const STOCHASTIC_SCENARIO = join(root, 'bench/stochastic-s9.yaml');
const PEER = join(root, 'bench/peer/numpy_peer.py');

/**
 * The floor: the numbers the engine draws for this model (a normal a day for the price, one for
 * the network), drawn its way (array fills), and the same GBM price step and log-normal hashrate
 * step, their exps taken the engine's way (model/wasm/exp-simd.ts, a pass over the day's
 * exponents, the hashrates copied out of its scratch in one copy), nothing else: what any
 * implementation of the model must at least do.
 */
export async function stochasticFloor({ load, best, market, days, paths }) {
  const { Rng, runKey } = await load('engine/random/rng.js');
  const { copyScratch, expInScratch, expScratch } = await load('model/wasm/exp-simd.js');
  const key = runKey(1);
  const priceRng = new Rng();
  const networkRng = new Rng();
  const p = market.price;
  const h = market.hashrate;
  const priceShocks = new Float64Array(days);
  const networkShocks = new Float64Array(days);
  const price = new Float64Array(days);
  const hashrate = new Float64Array(days);
  let sink = 0;
  const ms = await best(3, () => {
    for (let k = 0; k < paths; k++) {
      priceRng.reset(key, k, 1);
      networkRng.reset(key, k, 2);
      priceRng.fillNormals(priceShocks, 1, days);
      networkRng.fillNormals(networkShocks, 1, days);
      let x = p.startUsd;
      let logH = Math.log(h.startHs);
      const scratch = expScratch(days);
      for (let d = 1; d < days; d++) scratch[d] = p.driftPerDay + p.volPerSqrtDay * priceShocks[d];
      expInScratch(1, days);
      for (let d = 1; d < days; d++) {
        x *= scratch[d];
        price[d] = x;
      }
      for (let d = 1; d < days; d++) {
        logH += h.growthLogPerDay + h.volPerSqrtDay * networkShocks[d];
        scratch[d] = logH;
      }
      expInScratch(1, days);
      copyScratch(hashrate, 1, days);
      sink += price[days - 1] / hashrate[days - 1];
    }
  });
  if (!(sink > 0)) throw new Error('stochastic floor: no result');
  return (ms * 1e6) / (paths * days);
}

/** Wall seconds of one process run of `command args`, or null when it fails. */
function wallSeconds(command, args) {
  const t = performance.now();
  const r = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const s = (performance.now() - t) / 1000;
  return r.status === 0 ? { seconds: s, stdout: r.stdout } : { seconds: null, error: r.stderr || r.error };
}

/** Why the peer cannot run here, or null when python3 with numpy is present. */
export function peerMissing() {
  try {
    execFileSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'python3 with numpy not found: the numpy peer is skipped';
  }
}

/**
 * minesim end to end (`minesim run`, all cores, every output written) and the numpy peer, each a
 * whole process, alternated `repeats` times; the best wall time of each.
 */
export function endToEnd({ paths, repeats = 2 }) {
  const missing = peerMissing();
  const out = mkdtempSync(join(tmpdir(), 'minesim-bench-'));
  const cli = join(root, 'bin/minesim.mjs');
  const cores = availableParallelism();
  let minesim = Number.POSITIVE_INFINITY;
  let peer = Number.POSITIVE_INFINITY;
  let peerResult = null;
  try {
    for (let i = 0; i < repeats; i++) {
      const run = wallSeconds(process.execPath, [
        cli,
        'run',
        STOCHASTIC_SCENARIO,
        `--paths=${paths}`,
        `--workers=${cores}`,
        `--out=${join(out, 'run')}`,
      ]);
      if (run.seconds === null) throw new Error(`minesim run failed: ${run.error}`);
      minesim = Math.min(minesim, run.seconds);
      if (missing) continue;
      const py = wallSeconds('python3', [PEER, `--paths=${paths}`, '--json']);
      if (py.seconds === null) throw new Error(`numpy peer failed: ${py.error}`);
      peer = Math.min(peer, py.seconds);
      peerResult = JSON.parse(py.stdout);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return { minesim, peer: missing ? null : peer, peerResult, missing };
}
