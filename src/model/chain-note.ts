// A line the start state adds to the assumptions table: a figure of the start day beyond price and
// hashrate (height, coins generated, difficulty, epoch, halving), and where it came from.

export interface ChainNote {
  label: string;
  value: string;
  note?: string;
}
