// Messages of the hedges' rules (scenario/hedge-rules.ts). One function a message.

import { shortenTo, termChange } from './finance.js';

export const hedgeMessages = {
  startBeforeScenario: (start: string, scenarioStart: string) =>
    `the hedge starts on ${start}, before the scenario starts (${scenarioStart}): start it on or after the start, or leave out \`start\``,
  startAfterHorizon: (start: string, end: string) =>
    `the hedge starts on ${start}, after the horizon ends (${end}): it would settle nothing; start it within the horizon, or lengthen the horizon`,
  expiryBeforeStart: (expiry: string, start: string) =>
    `the option expires on ${expiry}, before it is bought or sold (${start}): give an \`expiry\` on or after \`start\``,
  expiryAfterHorizon: (expiry: string, end: string) =>
    `the option expires on ${expiry}, after the horizon ends (${end}): its payoff would be left out; give an \`expiry\` within the horizon, or lengthen the horizon`,
  /** `startsLater`: the swap starts after the scenario's first day, so it could start earlier. */
  swapAfterHorizon: (last: string, end: string, longest: number, startsLater = true) =>
    `the swap's last month ends on ${last}, after the horizon ends (${end}): its settlements after the horizon would be left out; ${termChange(longest, startsLater ? 'start it earlier' : undefined)?.concat(' or ') ?? ''}lengthen the horizon`,
  /** A hashprice swap's months past a change of the coin's proof of work to another algorithm. */
  swapAcrossPowChange: (coin: string, date: string, from: string, to: string, longest: number) =>
    `the swap's months run past ${date}, when ${coin}'s proof of work changed from ${from} to ${to}: its hashrate and fixed price are in ${from} hashes, and the network's hashprice after the change is per ${to} hash, another unit, so its settlements would follow the change of unit, not the market; ${shortenTo(longest)?.concat(' (its last month ending before the change) or ') ?? ''}start it on or after ${date}`,
} as const;
