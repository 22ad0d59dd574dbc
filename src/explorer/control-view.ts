// Draws the controls and reports their changes. A slider has a text box beside it: a number sets
// the value, `a to b` sets the slider's range, anything else is written into the scenario as typed
// so the schema says what is wrong with it, at its line and column.
/// <reference lib="dom" />

import { explorerMessages as m } from '../messages/explorer.js';
import { escapeHtml } from '../report/table-render.js';
import type { PathKey } from '../scenario/problem.js';
import {
  type Control,
  heldText,
  type SliderControl,
  shownValue,
  typedNumber,
  typedValue,
  writtenValue,
} from './controls.js';
import { isDecimalNumber, NumberText } from './yaml-edit.js';

/** A control asks for `value` at `path` in the scenario. */
export type OnEdit = (path: PathKey[], value: number | string | NumberText) => void;

const RANGE = /^\s*(-?[\d.]+(?:e-?\d+)?)\s+to\s+(-?[\d.]+(?:e-?\d+)?)\s*$/i;

/** A value as a screen reader announces it: with its unit, if it has one. */
const withUnit = (text: string, unit: string) => (unit === '' ? text : `${text} ${unit}`);

/** The typed box's name: the key and the unit its number is in. */
const typedLabel = (c: SliderControl) => (c.unit === '' ? `${c.key}, typed` : `${c.key} in ${c.unit}, typed`);

function sliderRow(c: SliderControl, onEdit: OnEdit): HTMLElement {
  const row = document.createElement('div');
  row.className = 'control';
  row.dataset.key = c.key;
  const steps = c.integer ? Math.max(1, Math.round(c.max - c.min)) : 200;
  const note = c.source === 'scenario' ? '' : ` <span class="source">(${escapeHtml(c.source)})</span>`;
  row.innerHTML = `<label for="c-${escapeHtml(c.key)}">${escapeHtml(c.key)}${note}</label>
<input type="range" id="c-${escapeHtml(c.key)}" min="0" max="${steps}" step="1">
<input type="text" class="typed" aria-label="${escapeHtml(typedLabel(c))}" spellcheck="false"><span class="unit" aria-hidden="true">${escapeHtml(c.unit)}</span>
<span class="range"></span>`;
  const range = row.querySelector<HTMLInputElement>('input[type=range]')!;
  const typed = row.querySelector<HTMLInputElement>('input.typed')!;
  const limits = row.querySelector<HTMLSpanElement>('.range')!;
  let [lo, hi] = [c.min, c.max];
  // The value the scenario holds now, as the box shows it (the slider's, or as typed), and as a
  // number where it is one: a new range keeps it, not the value the page opened with.
  let held: { text: string; value: number | null } = { text: heldText(c), value: c.value };
  const valueAt = (position: number) => {
    const v = lo + ((hi - lo) * position) / steps;
    return c.integer ? Math.round(v) : Number(v.toPrecision(6));
  };
  const position = (value: number) => String(Math.round(((value - lo) / (hi - lo || 1)) * steps));
  // The slider's own value is a step (0 to `steps`): a screen reader announces the value it stands
  // for, in its unit, instead.
  const announce = () => range.setAttribute('aria-valuetext', withUnit(held.text, c.unit));
  const place = () => {
    if (held.value !== null) range.value = position(held.value);
    typed.value = held.text;
    announce();
    limits.textContent = withUnit(`${shownValue(c, lo)} to ${shownValue(c, hi)}`, c.unit);
  };
  place();
  range.addEventListener('input', () => {
    const value = valueAt(Number(range.value));
    held = { text: shownValue(c, value), value };
    typed.value = held.text;
    announce();
    onEdit(c.path, writtenValue(c, value));
  });
  typed.addEventListener('change', () => {
    const text = typed.value.trim();
    const ends = RANGE.exec(text);
    if (ends) {
      const [a, b] = [Number(ends[1]) / c.scale, Number(ends[2]) / c.scale].sort((x, y) => x - y);
      // Two ends a slider can stand between: different, and a span a position can be taken of.
      if (!(Number.isFinite(b - a) && b > a)) {
        typed.value = held.text;
        limits.textContent = m.badRange(text);
        return;
      }
      [lo, hi] = [a, b];
      place();
      return;
    }
    const number = typedNumber(text);
    held = { text, value: number === null ? null : number / c.scale };
    if (held.value !== null) range.value = position(held.value);
    announce();
    // A number as typed (`1e20`, not 100000000000000000000; dividing by the scale and multiplying
    // back could change its last digits), in the control's unit; other text goes to the schema.
    onEdit(c.path, isDecimalNumber(text) ? typedValue(c, text) : text);
  });
  return row;
}

function otherRow(c: Exclude<Control, SliderControl>, onEdit: OnEdit): HTMLElement {
  const row = document.createElement('div');
  row.className = 'control';
  row.dataset.key = c.key;
  const id = `c-${escapeHtml(c.key)}`;
  if (c.kind === 'choice') {
    const options = c.choices.map(
      (v) => `<option${v === c.value ? ' selected' : ''}>${escapeHtml(v)}</option>`,
    );
    row.innerHTML = `<label for="${id}">${escapeHtml(c.key)}</label><select id="${id}">${options.join('')}</select>`;
    const select = row.querySelector('select')!;
    select.addEventListener('change', () => onEdit(c.path, select.value));
  } else {
    row.innerHTML = `<label for="${id}">${escapeHtml(c.key)}</label><input type="text" id="${id}" class="typed wide" spellcheck="false">`;
    const input = row.querySelector('input')!;
    input.value = c.value;
    input.addEventListener('change', () => {
      const text = input.value.trim();
      onEdit(c.path, isDecimalNumber(text) ? new NumberText(text) : text);
    });
  }
  return row;
}

/** Fills `box` with the controls: sliders, then menus, then the other numbers in a fold. */
export function drawControls(box: HTMLElement, controls: readonly Control[], onEdit: OnEdit): void {
  box.replaceChildren();
  for (const c of controls) if (c.kind === 'slider') box.append(sliderRow(c, onEdit));
  for (const c of controls) if (c.kind === 'choice') box.append(otherRow(c, onEdit));
  const others = controls.filter((c) => c.kind === 'text');
  if (others.length === 0) return;
  const fold = document.createElement('details');
  fold.innerHTML = `<summary>Every other number in the scenario (${others.length})</summary>`;
  for (const c of others) if (c.kind === 'text') fold.append(otherRow(c, onEdit));
  box.append(fold);
}
