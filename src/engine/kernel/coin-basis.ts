// The coins' tax basis at average cost (books.ts, with coinBasis): the share of it that coins sold
// out of a stack take with them, by a sale under sell-to-cover or a margin call's.

/**
 * The basis of `sold` coins out of `held` whose basis is `basis`, at average cost: their share of
 * it (all of it when they are all the coins held, or more by rounding).
 */
export function basisSold(basis: number, held: number, sold: number): number {
  return sold >= held ? basis : (basis * sold) / held;
}
