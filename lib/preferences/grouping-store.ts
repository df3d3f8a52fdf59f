import { storedValue, useHydrated, useStoredValue } from "./stored-value";

const groupingStore = storedValue("email-triage:group-identical");

/** Whether the results group identical messages (same sender and subject): off until chosen. */
export function useGroupIdentical(): boolean {
  const raw = useStoredValue(groupingStore);
  return useHydrated() && raw === "on";
}

export function setGroupIdentical(on: boolean): void {
  groupingStore.write(on ? "on" : null);
}
