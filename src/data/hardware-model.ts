// One machine of the hardware catalog, as minesim uses it: hashrate in H/s whatever the algorithm.

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
