// Buffer layouts as tables: a flat Float64Array holds several named values side by side, in the
// order of an `as const` list of names. The index of each name is derived from that list here, so
// writers and readers say `values[SLOT.npvUsd]`, never a bare offset, and adding a name moves
// every index with it.

/** Name -> slot index, for a list of names given `as const`. */
export type Slots<Names extends readonly string[]> = { readonly [K in Names[number]]: number };

/** The slot index of each name in `names` (its position in the list). */
export function slotsOf<const Names extends readonly string[]>(names: Names): Slots<Names> {
  const slots: Record<string, number> = {};
  names.forEach((name, i) => {
    if (name in slots) throw new Error(`layout: the name ${name} is listed twice`);
    slots[name] = i;
  });
  return Object.freeze(slots) as Slots<Names>;
}
