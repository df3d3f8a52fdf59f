import { isTimeZoneMode, type TimeZoneMode } from "./time-zone";
import { storedValue, useHydrated, useStoredValue } from "./stored-value";

export const timeZoneStore = storedValue("email-triage:time-zone");

/** The zone times are shown in: local by default; UTC until hydration, the one zone the server knows. */
export function useTimeZoneMode(): TimeZoneMode {
  const raw = useStoredValue(timeZoneStore);
  const hydrated = useHydrated();
  if (!hydrated) return "utc";
  return isTimeZoneMode(raw) ? raw : "local";
}

export function setTimeZoneMode(mode: TimeZoneMode): void {
  timeZoneStore.write(mode);
}
