// Every message minesim shows a user lives here, as a function, so wording is consistent and
// tests can assert against the same functions. Sections are by stage.

/** Renders a value the user wrote, shortened, for "(got X)". */
export function shown(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === undefined) text = 'nothing';
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// --- units and quantities ------------------------------------------------------------------

// --- expressions -----------------------------------------------------------------------------

// --- YAML documents --------------------------------------------------------------------------

// --- schema and rules ------------------------------------------------------------------------
