// Where the user was in a search (scroll offset and selected row), kept for the tab's session so that
// coming back from a message returns to the same place. Keyed by the search's query string.

export type ResultPosition = { offset: number; selected: number | null };

const key = (search: string) => `email-triage:position:${search}`;

export function readPosition(search: string): ResultPosition | null {
  try {
    const raw = window.sessionStorage.getItem(key(search));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<ResultPosition>;
    const offset = typeof value.offset === "number" && value.offset >= 0 ? value.offset : 0;
    const selected = typeof value.selected === "number" && value.selected >= 0 ? value.selected : null;
    return { offset, selected };
  } catch {
    return null;
  }
}

export function writePosition(search: string, position: ResultPosition): void {
  try {
    window.sessionStorage.setItem(key(search), JSON.stringify(position));
  } catch {
    // Storage full or disabled: the page still works, it just will not remember the place.
  }
}

export function forgetPosition(search: string): void {
  try {
    window.sessionStorage.removeItem(key(search));
  } catch {
    // Nothing to forget.
  }
}
