// Messages about explore.html, the live explorer of a run. One function a message; see shown.ts.

export const explorerMessages = {
  importedDays: (days: number) =>
    `This run used ${days} day(s) imported into the data folder, which this page does not carry: it re-runs on the shipped history alone, so its numbers can differ from the run's.`,
  userCatalog: (dir: string) =>
    `no explore.html in ${dir}: the scenario uses a user hardware catalog, which the explorer page does not carry (the rest of the folder is written)`,
};
