// Light, dark, or whatever the system says. The `.dark` class on <html> drives Tailwind's dark variant
// (app/globals.css); THEME_SCRIPT sets it before the first paint so a dark page never flashes white.

export type ThemeChoice = "system" | "light" | "dark";
export const THEME_CHOICES = ["system", "light", "dark"] as const satisfies readonly ThemeChoice[];

export const THEME_STORAGE_KEY = "email-triage:theme";
const STORAGE_KEY = THEME_STORAGE_KEY;

export function parseTheme(raw: string | null): ThemeChoice {
  return raw === "light" || raw === "dark" ? raw : "system";
}

export const DARK_QUERY = "(prefers-color-scheme: dark)";

export function applyTheme(choice: ThemeChoice): void {
  const dark = choice === "dark" || (choice === "system" && window.matchMedia(DARK_QUERY).matches);
  document.documentElement.classList.toggle("dark", dark);
  document.documentElement.style.colorScheme = dark ? "dark" : "light";
}

/** Runs in <head> before the page paints; a copy of applyTheme that needs no bundle. */
export const THEME_SCRIPT = `(function(){try{var c=localStorage.getItem(${JSON.stringify(STORAGE_KEY)});var d=c==="dark"||(c!=="light"&&window.matchMedia(${JSON.stringify(DARK_QUERY)}).matches);document.documentElement.classList.toggle("dark",d);document.documentElement.style.colorScheme=d?"dark":"light"}catch(e){}})()`;
