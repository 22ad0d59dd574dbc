// How a model name a user writes finds a catalog machine. Names are compared loosely (case,
// spaces, hyphens and underscores ignored), and in this order:
//   1. a machine's own name;
//   2. an alias from data/hardware-aliases.csv (for example a default bin, or a maker's spelling),
//      in any of the forms below;
//   3. a shorter or longer form of a machine's name: without its first word when that is a brand
//      or maker word with no digit ("S21" for "Antminer S21", "Ryzen 9 9950X" for
//      "AMD Ryzen 9 9950X"), without a bin in brackets at the end ("Antminer S9i" for
//      "Antminer S9i (14T)"), or with the maker in front ("Bitmain Antminer S21").
// A form that fits several machines is ambiguous and is refused with the candidates; only an
// alias settles it. The reading is reported whenever the catalog name differs from the one written.
import { catalogMessages as m } from '../messages/catalog.js';
import type { HardwareModel } from './hardware-model.js';
import { closestNames, looseKey } from './similar.js';

export interface HardwareAlias {
  alias: string;
  /** The catalog name the alias stands for. */
  model: string;
  reason: string;
}

export type HardwareLookup =
  /** `reading` says why another name was read as this machine; absent when the name is the machine's own. */
  | { kind: 'found'; model: HardwareModel; reading?: string }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unknown'; suggestions: string[] };

interface NameForm {
  name: string;
  /** What the form leaves out or adds, as message fragments; empty for the name itself. */
  changes: string[];
}

const BIN = /^(.*\S)\s*(\([^()]*\))$/;

/** The forms under which `name` may be written, the name itself first. */
export function nameForms(name: string, manufacturer: string): NameForm[] {
  const bases: NameForm[] = [{ name, changes: [] }];
  const bin = BIN.exec(name);
  if (bin) bases.push({ name: bin[1], changes: [m.withoutBin(bin[2])] });
  const maker = manufacturer.split(/\s+/)[0] ?? '';
  const forms: NameForm[] = [];
  for (const base of bases) {
    forms.push(base);
    const words = base.name.split(/\s+/);
    const rest = words.slice(1).join(' ');
    // Only a first word without digits is a brand; what is left must still name a model.
    if (words.length > 1 && !/\d/.test(words[0]) && /\d/.test(rest) && /[a-z]/i.test(rest))
      forms.push({ name: rest, changes: [m.withoutBrand(words[0]), ...base.changes] });
    if (maker !== '' && !looseKey(base.name).includes(looseKey(maker)))
      forms.push({ name: `${maker} ${base.name}`, changes: [m.withMaker(maker), ...base.changes] });
  }
  return forms;
}

export interface NameIndex {
  lookup(name: string): HardwareLookup;
  /** Alias forms that clash with a machine's own name or with another alias (checked for the shipped files). */
  conflicts: string[];
}

/** Indexes `models` (whose loose names are unique) and `aliases` for lookup(). */
export function createNameIndex(
  models: readonly HardwareModel[],
  aliases: readonly HardwareAlias[],
): NameIndex {
  const exact = new Map(models.map((model) => [looseKey(model.model), model]));
  const conflicts: string[] = [];
  const byAlias = new Map<string, { model: HardwareModel; reason: string }>();
  for (const alias of aliases) {
    const model = exact.get(looseKey(alias.model));
    if (!model) {
      conflicts.push(`alias "${alias.alias}" names "${alias.model}", which is not in the catalog`);
      continue;
    }
    for (const form of nameForms(alias.alias, model.manufacturer)) {
      const key = looseKey(form.name);
      const other = byAlias.get(key);
      if (exact.has(key)) conflicts.push(`alias form "${form.name}" is the name of a machine`);
      else if (other && other.model !== model)
        conflicts.push(
          `alias form "${form.name}" stands for both "${other.model.model}" and "${model.model}"`,
        );
      else byAlias.set(key, { model, reason: alias.reason });
    }
  }
  const derived = new Map<string, Map<HardwareModel, string[]>>();
  for (const model of models) {
    for (const form of nameForms(model.model, model.manufacturer).slice(1)) {
      const key = looseKey(form.name);
      if (exact.has(key)) continue;
      const fits = derived.get(key) ?? new Map<HardwareModel, string[]>();
      if (!fits.has(model)) fits.set(model, form.changes);
      derived.set(key, fits);
    }
  }
  const names = models.map((model) => model.model);
  return {
    conflicts,
    lookup(name: string): HardwareLookup {
      const key = looseKey(name);
      const model = exact.get(key);
      if (model) return { kind: 'found', model };
      const alias = byAlias.get(key);
      if (alias) return { kind: 'found', model: alias.model, reading: m.aliasReason(alias.reason) };
      const fits = derived.get(key);
      if (fits && fits.size === 1) {
        const [[found, changes]] = fits;
        return { kind: 'found', model: found, reading: m.shortened(changes) };
      }
      if (fits) return { kind: 'ambiguous', candidates: [...fits.keys()].map((f) => f.model) };
      return { kind: 'unknown', suggestions: closestNames(name, names, 3) };
    },
  };
}
