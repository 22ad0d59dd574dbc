// The quote `minesim quote` makes (commands/quote.ts) from what it is asked (quote-inputs.ts: the
// flags read, the machine and the day's figures, every problem refused at once): the day held fixed
// (model/daily-view.ts), the halvings or the falling reward before its payback
// (model/reward-cuts.ts) and the notes that say what it leaves out. The JSON document it prints.
import { addDays, daysBetween } from '../data/dates.js';
import { quoteMessages as m } from '../messages/quote.js';
import { shownCoins } from '../messages/shown.js';
import { coinProtocol } from '../model/coins/index.js';
import { dailyHosting, machineDay } from '../model/daily-view.js';
import { heldFixedPaybackDay } from '../model/held-fixed-payback.js';
import { shownHeight } from '../model/quote-chain.js';
import { cutNeeds } from '../model/quote-cut-needs.js';
import { emissionAhead, halvingAhead } from '../model/reward-cuts.js';
import { formatInteger, formatSignificant } from '../report/format.js';
import { type Args, readQuoteInputs, refuse } from './quote-inputs.js';

export type { Args } from './quote-inputs.js';

export function buildQuote(args: Args) {
  const { machine, contract, tariff, poolFee, uptime, unitPrice, day, history } = readQuoteInputs(args);
  const protocol = coinProtocol(args.coin);
  const spec = {
    name: machine.model,
    units: 1,
    hashrateHs: machine.hashrateHs,
    powerW: machine.powerW,
    uptime,
    unitCapexUsd: unitPrice ?? 0,
    maintenanceUsdPerDay: 0,
  };
  const conditions = {
    coinsPerHsDay: day.coinsPerHsDay,
    priceUsd: day.priceUsd ?? 1,
    tariffUsdPerKwh: tariff,
    pue: args.pue,
    poolFee,
    contract,
    hashpriceUnitHs: protocol.hashpriceUnit.hs,
    machineUnitHs: protocol.machineHashrateUnit.hs,
  };
  const view = machineDay(spec, conditions);
  // A halving before the payback held fixed: the payback through it (model/reward-cuts.ts).
  const ahead =
    day.chain === null || unitPrice === undefined
      ? undefined
      : halvingAhead(protocol, day.chain, unitPrice, view.paybackDays, (factor) =>
          factor === 1
            ? view.profitUsd
            : machineDay(spec, { ...conditions, coinsPerHsDay: conditions.coinsPerHsDay * factor }).profitUsd,
        );
  // A reward that follows the coins generated falls block by block: the payback through it.
  const emission =
    day.chain === null || unitPrice === undefined
      ? undefined
      : emissionAhead(protocol, day.chain, unitPrice, view.paybackDays, (factor) =>
          factor === 1
            ? view.profitUsd
            : machineDay(spec, { ...conditions, coinsPerHsDay: conditions.coinsPerHsDay * factor }).profitUsd,
        );
  // No height to date a halving by, or fees a block not carried this far from the data: refused
  // where a cut of the reward could fall before the payback (model/quote-cut-needs.ts), rather than
  // a payback that leaves the halvings out unsaid.
  refuse(
    cutNeeds(protocol, day, {
      paysBack: unitPrice !== undefined && view.paybackDays !== null,
      cutBefore: ahead !== undefined || emission !== undefined,
    }),
  );
  const notes: string[] = [];
  if (day.priceUsd === null) notes.push(m.noPrice());
  if (unitPrice === undefined) notes.push(m.noUnitPrice(machine.model));
  // A machine quoted before its release: said, not refused (a counterfactual may mean it), as a
  // scenario's cohort bought then is.
  if (day.date.slice(0, 7) < machine.releaseMonth)
    notes.push(
      m.releasedAfterDay(
        machine.model,
        machine.releaseMonth,
        day.date,
        args['unit-price'] === undefined && unitPrice !== undefined,
      ),
    );
  // A change of proof of work scheduled after the day quoted that strands the machine is known
  // that day; the view, like a calculator, keeps it running, so the note names it.
  const later = protocol.powChanges.find(
    (c) => c.date > day.date && c.strands.includes(machine.hardwareClass),
  );
  if (later) {
    const days = daysBetween(day.date, later.date);
    const payback = heldFixedPaybackDay(unitPrice === undefined ? null : view.paybackDays);
    notes.push(
      // The change stops the revenue from the start of its day, the payback comes at the end of its day.
      m.strandedLater(machine.model, later.name, later.date, days, payback !== null && days <= payback),
    );
  }
  if (ahead !== undefined)
    notes.push(
      m.halvingLater(
        formatInteger(ahead.height),
        addDays(day.date, Math.floor(ahead.day)),
        formatInteger(Math.floor(ahead.day)),
        formatSignificant(ahead.profitAfterUsd, 4),
        ahead.paybackDays === null ? null : formatInteger(heldFixedPaybackDay(ahead.paybackDays)),
        `${shownCoins(ahead.rewardAfter)} ${protocol.ticker}`,
        `${shownCoins(day.chain?.feesPerBlock ?? 0)} ${protocol.ticker}`,
      ),
    );
  // Before the data without a height: nothing to run the emission from, which the note says.
  if (
    day.chain === null &&
    protocol.rewardFollowsSupply &&
    unitPrice !== undefined &&
    view.paybackDays !== null
  )
    notes.push(m.emissionLeftOut(args.coin, day.date, history.firstDate));
  if (emission !== undefined && view.paybackDays !== null)
    notes.push(
      m.emissionLater(
        shownCoins(emission.rewardNow),
        protocol.ticker,
        shownCoins(emission.rewardAtPayback),
        formatInteger(heldFixedPaybackDay(view.paybackDays)),
        formatSignificant(emission.profitAtPaybackUsd, 4),
        emission.paybackDays === null ? null : formatInteger(heldFixedPaybackDay(emission.paybackDays)),
        emission.longerBlocks,
      ),
    );
  return {
    coin: args.coin,
    machine: {
      model: machine.model,
      hashrateHs: machine.hashrateHs,
      powerW: machine.powerW,
      // Joules a hash, per the coin's machine hashrate unit (J/TH for Bitcoin), as calculators give it.
      efficiency: machine.powerW / (machine.hashrateHs / protocol.machineHashrateUnit.hs),
      efficiencyUnit: `J/${protocol.machineHashrateUnit.name.replace(/\/s$/, '')}`,
    },
    date: day.date,
    source: day.source,
    // The source's figures as numbers: the difficulty (null with a given hashprice), and the
    // chain that day (null when no height is known): the first block's height, its subsidy, the
    // fees and the reward (subsidy and fees) a block, in coins.
    difficulty: day.difficulty,
    // The whole block the sources line gives (a carried height is "about" it): model/quote-chain.ts.
    height: day.chain === null ? null : shownHeight(day.chain.height),
    subsidyPerBlock: day.chain?.subsidyPerBlock ?? null,
    feesPerBlock: day.feesNeeded === undefined ? (day.chain?.feesPerBlock ?? null) : null,
    rewardPerBlock:
      day.chain === null || day.feesNeeded !== undefined
        ? null
        : day.chain.subsidyPerBlock + day.chain.feesPerBlock,
    priceUsd: day.priceUsd,
    hashpriceUsd: day.hashpriceUsd,
    hashpriceUnit: protocol.hashpriceUnit.name,
    machineHashrateUnit: protocol.machineHashrateUnit.name,
    tariffUsdPerKwh: tariff,
    hosting: dailyHosting(contract),
    poolFee,
    uptime,
    pue: args.pue,
    unitPriceUsd: unitPrice ?? null,
    unitPriceSource:
      args['unit-price'] !== undefined
        ? 'given'
        : unitPrice === undefined
          ? null
          : m.unitPriceFromCatalog(machine.releaseMonth),
    day: {
      ...view,
      breakEvenPriceUsd: day.priceUsd === null ? null : view.breakEvenPriceUsd,
      // Without a unit price the capex and the payback are unknown, not 0 and never.
      unitCapexUsd: unitPrice === undefined ? null : view.unitCapexUsd,
      paybackDays: unitPrice === undefined ? null : view.paybackDays,
    },
    ...(ahead === undefined ? {} : { halving: { ...ahead, date: addDays(day.date, Math.floor(ahead.day)) } }),
    ...(emission === undefined ? {} : { emission }),
    notes,
  };
}
