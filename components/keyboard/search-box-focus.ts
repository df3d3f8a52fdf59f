// `/` from a message goes back to the search with its box focused. The search page may not be mounted
// yet (a message opened on its own page), so the request waits here until it is.

let requested = false;

export function requestSearchBoxFocus(): void {
  requested = true;
}

/** True once per request: the search page takes it when it comes in front. */
export function takeSearchBoxFocusRequest(): boolean {
  const was = requested;
  requested = false;
  return was;
}

/** The box takes the focus with its text selected: typing replaces the search, an arrow key refines it. */
export function focusSearchBox(input: HTMLInputElement | null): void {
  input?.focus();
  input?.select();
}
