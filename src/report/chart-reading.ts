// How a reader without a mouse reads a chart's figures in report.html. vega shows a tooltip as a
// pointer moves over a chart, which a tap does not do (it fires no move) and a keyboard cannot do at
// all. So a tap is followed by a move where it landed, and a chart drawn over dates (one with a
// nearest-date layer, theme.ts hoverRule) takes the focus: its arrow keys step through its dates,
// each shown as a pointer at that date shows it, by the same events a pointer sends to the date's
// cell of that layer. The page's note under "Charts" says so (CHARTS_NOTE).

/** The note under the report's "Charts" heading: what is true for a pointer, a touch and a keyboard. */
export const CHARTS_NOTE =
  'Point at a chart, or tap it, for its figures there. From the keyboard, Tab to a chart drawn over ' +
  'dates and step through its dates with the arrow keys (Home and End: the first and the last; up ' +
  'and down: the next panel; Escape: none). Each chart’s figures are also in its .vl.json file.';

/** The focus ring of a chart that takes the focus, as the page's links and controls draw theirs. */
export const CHART_FOCUS_STYLE =
  '[role="img"][tabindex]:focus-visible { outline: 2px solid #08519c; outline-offset: 2px; }';

/**
 * The page's script: readable(element) for a chart's element once it is drawn. A cell of the
 * nearest-date layer is found by its class (`layer_10_voronoi`, one group a panel) and ordered
 * across the panel by its box.
 */
export const CHART_READING = `
function readable(element) {
  element.addEventListener('pointerdown', (event) => {
    if (event.pointerType === 'mouse') return;
    event.target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: event.clientX, clientY: event.clientY, pointerType: event.pointerType }));
  });
  if (element.querySelector('g[class*="voronoi"]') === null) return;
  const frame = element.parentElement;
  frame.tabIndex = 0;
  frame.setAttribute('aria-keyshortcuts', 'ArrowLeft ArrowRight Home End ArrowUp ArrowDown Escape');
  const panels = () =>
    [...element.querySelectorAll('g[class*="voronoi"]')].map((g) =>
      [...g.querySelectorAll('path')]
        .map((cell) => ({ cell, box: cell.getBoundingClientRect() }))
        .filter((c) => c.box.width > 0)
        .sort((a, b) => a.box.left - b.box.left),
    );
  const send = (type, target, x, y) =>
    target.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX: x, clientY: y, pointerType: 'mouse' }));
  let panel = 0;
  let at = -1;
  let shown = null;
  const hide = () => {
    if (shown !== null) for (const type of ['pointerout', 'mouseout']) send(type, shown, 0, 0);
    shown = null;
    at = -1;
  };
  const show = () => {
    const all = panels();
    panel = Math.max(0, Math.min(all.length - 1, panel));
    const cells = all[panel] || [];
    if (cells.length === 0) return;
    at = Math.max(0, Math.min(cells.length - 1, at));
    const { cell, box } = cells[at];
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (shown !== null && shown !== cell) for (const type of ['pointerout', 'mouseout']) send(type, shown, x, y);
    for (const type of ['pointerover', 'pointermove']) send(type, cell, x, y);
    shown = cell;
  };
  const steps = { ArrowRight: 1, ArrowLeft: -1, PageDown: 10, PageUp: -10 };
  frame.addEventListener('keydown', (event) => {
    if (event.key in steps) at = at < 0 ? 0 : at + steps[event.key];
    else if (event.key === 'Home') at = 0;
    else if (event.key === 'End') at = Number.MAX_SAFE_INTEGER;
    else if (event.key === 'ArrowDown') panel += 1;
    else if (event.key === 'ArrowUp') panel -= 1;
    else if (event.key === 'Escape') return hide();
    else return;
    event.preventDefault();
    show();
  });
  frame.addEventListener('blur', hide);
}
`;
