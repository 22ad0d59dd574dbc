// Messages about the hardware catalog: shipped and user catalog files, model names. One function a
// message; see shown.ts.

import { grouped, shownHashrate } from './shown.js';

const quotedList = (names: readonly string[]) => {
  const q = names.map((n) => JSON.stringify(n));
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
};

export const catalogMessages = {
  /** Reasons for unreadable(): a catalog past its size limit, a pipe that stays silent. */
  tooLarge: (limit: number) => `it holds more than ${limit / 1048576} MiB, the limit for a catalog`,
  noInput: (seconds: number) => `nothing arrived within ${seconds} s`,
  // A catalog file's rows. The value the user wrote is appended as "(got X)" where there is one.
  emptyFile: () =>
    'the file is empty; a hardware catalog is a CSV file with the columns of data/asic-models.csv or data/hardware-extra.csv',
  unknownHeader: (asic: readonly string[], extra: readonly string[]) =>
    `the header must name the columns of data/asic-models.csv (${asic.join(', ')}) or those of data/hardware-extra.csv (${extra.join(', ')})`,
  badColumns: (format: string, missing: readonly string[], unknown: readonly string[]) =>
    `the header reads as ${format} columns but ` +
    [
      missing.length ? `lacks ${missing.join(', ')}` : '',
      unknown.length
        ? `has unknown ${unknown.length === 1 ? 'column' : 'columns'} ${unknown.join(', ')}`
        : '',
    ]
      .filter(Boolean)
      .join(' and '),
  fieldCount: (expected: number, got: number) =>
    `expected ${expected} fields as in the header (got ${got}); quote a value that contains a comma`,
  noMachines: () => 'the file has a header but no machines',
  required: () => 'must not be empty',
  notMonth: () => 'expected a month yyyy-mm, like 2025-01',
  notPositive: (example: string) => `expected a plain number above 0, like ${example}`,
  efficiency: (expected: number) =>
    `must be power_w / hashrate_ths = ${expected} J/TH rounded to 0.1, or empty`,
  notToken: () => 'expected lower-case letters, digits and hyphens, like sha256, cpu or randomx',
  unknownClass: (known: readonly string[], suggestion?: string) =>
    `is not a hardware class minesim knows, so no change of proof of work would strand the machine; the classes are ${known.map((k) => JSON.stringify(k)).join(', ')}${suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : ''} (a machine of another class is given in the scenario: \`hashrate\`, \`power\` and \`hardwareClass\`, with the \`network.powChanges\` that strands it)`,
  notConfidence: () => 'expected high, medium or low',
  duplicate: (line: number) =>
    `names the same machine as line ${line} (names are compared ignoring case, spaces, hyphens and underscores)`,
  // Reading the catalog a scenario names.
  unreadable: (file: string, reason: string) => `cannot read the hardware catalog ${file} (${reason})`,
  // Model names.
  ambiguousModel: (candidates: readonly string[]) =>
    `fits more than one machine in the hardware catalog: ${quotedList(candidates)}; write the full name`,
  readAs: (written: string, model: string) => `${JSON.stringify(written)} read as ${JSON.stringify(model)}`,
  shortened: (omitted: readonly string[]) =>
    `written ${omitted.join(' and ')}; no other catalog machine fits`,
  withoutBrand: (brand: string) => `without ${JSON.stringify(brand)}`,
  withoutBin: (bin: string) => `without the bin ${JSON.stringify(bin)}`,
  withMaker: (maker: string) => `with the maker ${JSON.stringify(maker)} in front`,
  aliasReason: (reason: string) => `hardware alias (data/hardware-aliases.csv): ${reason}`,
  fromUserCatalog: (model: string, where: string, replaces: boolean) =>
    `${JSON.stringify(model)} from the user catalog ${where}${replaces ? ', in place of the shipped machine of that name' : ''}`,
  releasedAfterPurchase: (model: string, released: string, purchased: string) =>
    `the ${model} came out in ${released} (its catalog release month), after its purchase on ${purchased}`,
  releasedAfterPurchaseNote: () =>
    'no one could buy it on that day: fine for a counterfactual, not for a case as it could have been planned then',
  /** Bought before the release month, hashing in it or later: a pre-order. */
  preOrdered: (model: string, released: string, purchased: string, hashing: string) =>
    `the ${model} came out in ${released} (its catalog release month), after its purchase on ${purchased}; it hashes from ${hashing}`,
  preOrderedNote: () =>
    "a pre-order, paid on its purchase day and hashing after its deploymentDelay: check that delivery against the maker's shipping dates (the catalog's release month may be an announcement or a first shipment; data/asic-models.csv says which)",
  oneRateAcrossAlgorithm: (
    hashrateHs: number,
    coin: string,
    change: string,
    date: string,
    before: string,
    after: string,
  ) =>
    `hashes ${shownHashrate(hashrateHs)} before and after ${coin}'s ${change} on ${date}, when its proof of work changed from ${before} to ${after} and a hash became other work`,
  oneRateAcrossAlgorithmNote: () =>
    'one rate cannot hold on both sides: a CPU does several times as many hashes after it, an i9-9900K 5,770 H/s on RandomX against 660 on CryptoNight-R, and the back-test replays a network counted in the new hashes from that day; end the horizon, or retire the cohort, by the change to keep to one kind of hash',
  beyondCatalog: (hardwareClass: string, times: number, best: string) =>
    `draws ${grouped(Number(times.toPrecision(3)))} times less power a hash than the most efficient ${hardwareClass} machine of the hardware catalog (the ${best})`,
  beyondCatalogNote: () => 'check the units of hashrate and power: a bare hashrate is TH/s, a bare power W',
  catalogLabel: () => 'Hardware catalog',
  catalogValue: (file: string, machines: number) =>
    `shipped catalog and the user catalog ${file} (${machines} ${machines === 1 ? 'machine' : 'machines'})`,
  catalogOverrides: (names: readonly string[]) => `replaces the shipped ${quotedList(names)}`,
  /** A line `minesim validate` prints under a valid scenario. */
  note: (file: string, label: string, value: string, note?: string) =>
    `${file}: note: ${label}: ${value}${note ? ` (${note})` : ''}`,
};
