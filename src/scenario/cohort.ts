// A cohort of the fleet as normalizeScenario fills it (catalog hardware, names, dates in whole
// days), and the changes of proof of work it is judged against: the types normalize.ts and the
// rules on a cohort's machine (pow-change-rules.ts) share.

export interface PowChange {
  date: string;
  name: string;
  strands: string[];
}

export interface NormalizedCohort {
  name: string;
  /** The catalog's name of the machine (which may differ from the name written: see modelReadAs). */
  model?: string;
  /** Set when the name written is not the catalog's: what was written and why it reads as `model`. */
  modelReadAs?: { written: string; reason: string };
  /** Set when the machine comes from a user catalog: its row, and whether it replaces a shipped one. */
  modelFrom?: { file: string; line: number; replaces: boolean };
  hardwareClass: string;
  hashrateHs: number;
  powerW: number;
  count: number;
  unitPriceUsd: number;
  importPremium: number;
  setupCostUsd: number;
  purchased: string;
  deploymentDelayDays: number;
  failureRate: number;
  degradation: number;
  uptime: number;
  retire?: string;
  /** Set when the catalog dates the machine's release (YYYY-MM) after the month of its purchase. */
  modelReleased?: string;
  /**
   * Set when the cohort draws less than half the power a hash of the catalog's most efficient
   * machine of its class: `times` as efficient as `model` (hardware-notes.ts says so).
   */
  beyondCatalog?: { model: string; times: number };
  /** Set when the catalog's hashrate does not hold for the coin (a problem at fleet[i].model says so). */
  hashrateUnknown?: true;
}
