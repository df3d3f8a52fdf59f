import { storedValue } from "./stored-value";
import { THEME_STORAGE_KEY } from "./theme";

/** The saved theme choice; kept apart from theme.ts, which the server layout imports for its script. */
export const themeStore = storedValue(THEME_STORAGE_KEY);
