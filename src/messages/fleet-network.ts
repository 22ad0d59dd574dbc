// Messages about a random network that fell below the fleet on some paths (kernel/market-path.ts
// holds it at the fleet's hashrate). One function a message; see shown.ts.

export const fleetNetworkMessages = {
  /** The row's label, in the terminal's headline and the report's run table. */
  networkAtFleetLabel: 'Network held at the fleet',
  /**
   * `paths` and `share` as shown ("157 of 200 paths", "78.5 %"); `daysShare`, the share of the
   * run's path-days held at the fleet ("31.2 %").
   */
  networkAtFleet: (paths: string, share: string, daysShare: string) =>
    `on ${paths} (${share}), ${daysShare} of the run's path-days, the network model fell below the fleet's own hashrate; there the blocks and retargets follow the fleet's (it earns every block). A fleet this large moves the network, which minesim does not model: read those paths as a bound, or give a smaller fleet or a network that stays above it`,
  /** networkAtFleet's figures in a batch's few words: its index's fleet cell, its terminal line. */
  networkAtFleetShort: (paths: string, share: string, daysShare: string) =>
    `network held at the fleet on ${paths} (${share}), ${daysShare} of path-days: those paths are a bound (its report says why)`,
};
