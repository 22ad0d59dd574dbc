// One machine of the hardware catalog, as minesim uses it: hashrate in H/s whatever the algorithm.

/**
 * The hardware classes minesim knows, which the changes of proof of work strand (the shipped
 * catalog's and the documentation's): a catalog's class must be one of them, and a scenario's
 * cohort or change names another only together (a class neither names alone is a typo).
 */
export const HARDWARE_CLASSES: readonly string[] = ['sha256', 'cryptonight-asic', 'cpu', 'gpu'];

export type Confidence = 'high' | 'medium' | 'low';

export interface HardwareModel {
  model: string;
  manufacturer: string;
  /** First availability, yyyy-mm. */
  releaseMonth: string;
  /** Nominal hashrate of one unit, H/s. */
  hashrateHs: number;
  /** Nominal power of one unit at the wall, W. */
  powerW: number;
  /** Launch or first-batch price, USD; absent when no source gave one. */
  launchPriceUsd?: number;
  /** 'sha256' (Bitcoin ASIC), 'cryptonight-asic', 'cpu', ...: what a proof-of-work change can strand. */
  hardwareClass: string;
  algorithm: string;
  source: string;
  confidence: Confidence;
  /** Set for a machine from a user catalog: its row, and whether it replaces a shipped machine. */
  origin?: { file: string; line: number; replaces: boolean };
}
