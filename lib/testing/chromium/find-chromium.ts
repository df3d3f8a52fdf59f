// Which Chromium the end-to-end suite drives, so that `npm test` is all a new machine needs. In order:
// CHROMIUM_PATH; Debian's /usr/bin/chromium; a Chromium or Chrome on PATH; the one Playwright has
// downloaded; and, where the caller allows it, Playwright's own download, which needs a network that
// reaches Playwright's download host (not every machine has one: then the message names a package).

export type ChromiumLookup = {
  chromiumPath: string | undefined;
  exists: (path: string) => boolean;
  /** The command's executable on PATH, or null. */
  which: (command: string) => string | null;
  /** Where Playwright keeps its own Chromium, whether or not it was downloaded. */
  playwrightChromium: () => string;
  /** Runs `npx playwright install chromium`, true when it succeeded; absent, nothing is installed. */
  install?: () => boolean;
};

export type ChromiumSource = "CHROMIUM_PATH" | "Debian's package" | "PATH" | "Playwright's download" | "Playwright's download, just installed";
export type ChromiumResult = { ok: true; path: string; source: ChromiumSource } | { ok: false; message: string };

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_COMMANDS = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] as const;

const HOW_TO_INSTALL =
  "Install one: on Debian or Ubuntu `apt-get install chromium` (as root), elsewhere `npx playwright install chromium`; " +
  "or set CHROMIUM_PATH to a Chromium or Chrome executable.";

export function findChromium(lookup: ChromiumLookup): ChromiumResult {
  const found = (path: string, source: ChromiumSource): ChromiumResult => ({ ok: true, path, source });
  // Asked for by name: another browser in its place would test something else without saying so.
  if (lookup.chromiumPath) {
    if (lookup.exists(lookup.chromiumPath)) return found(lookup.chromiumPath, "CHROMIUM_PATH");
    return { ok: false, message: `CHROMIUM_PATH is ${lookup.chromiumPath}, and there is no file there. ${HOW_TO_INSTALL}` };
  }
  if (lookup.exists(SYSTEM_CHROMIUM)) return found(SYSTEM_CHROMIUM, "Debian's package");
  for (const command of CHROMIUM_COMMANDS) {
    const path = lookup.which(command);
    if (path) return found(path, "PATH");
  }
  const managed = lookup.playwrightChromium();
  if (lookup.exists(managed)) return found(managed, "Playwright's download");
  const looked = `No Chromium for the end-to-end tests: CHROMIUM_PATH is not set, there is no ${SYSTEM_CHROMIUM}, none of ${CHROMIUM_COMMANDS.join(", ")} is on PATH, and Playwright has not downloaded its own`;
  if (!lookup.install) return { ok: false, message: `${looked}. ${HOW_TO_INSTALL}` };
  if (lookup.install() && lookup.exists(managed)) return found(managed, "Playwright's download, just installed");
  return { ok: false, message: `${looked}; \`npx playwright install chromium\` failed (its download host may be out of reach). ${HOW_TO_INSTALL}` };
}
