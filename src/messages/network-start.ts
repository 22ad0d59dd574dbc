// Messages about the network a simulated Bitcoin run starts from: a start hashrate off the one the
// difficulty in force makes a block every target interval moves the difficulty at the retargets,
// though the model holds the hashrate. One function a message; see shown.ts.

export const networkStartMessages = {
  /**
   * After the start hashrate's source: how far it is from the difficulty's (`offBy` "4.89 %",
   * `above` its sign, `onTarget` "3.74 EH/s", `difficulty` "521.97 G", `intervalS` 600).
   */
  offTarget: (offBy: string, above: boolean, onTarget: string, difficulty: string, intervalS: number) =>
    `${offBy} ${above ? 'above' : 'below'} the ${onTarget} at which the difficulty in force at the start (${difficulty}) finds a block every ${intervalS} s, so the retargets ${above ? 'raise' : 'lower'} the difficulty toward it even with no growth`,
};
