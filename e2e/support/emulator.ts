import type { APIRequestContext } from "@playwright/test";
import { E2E } from "./env";

// Switches the emulator's faults from a test. Faults carry a `match` unique to the test (a query term
// or a message id) so tests running in parallel do not see each other's faults.

export type Fault = Record<string, unknown> & { match?: string };

export async function addFault(request: APIRequestContext, fault: Fault): Promise<void> {
  const response = await request.post(`${E2E.emulatorUrl}/__emulator/faults`, { data: fault });
  if (!response.ok()) throw new Error(`The emulator refused the fault: ${await response.text()}`);
}

export type RecordedRequest = { method: string; path: string; query: string; at: string; auth: string; status: number };

export async function emulatorRequests(request: APIRequestContext): Promise<RecordedRequest[]> {
  const response = await request.get(`${E2E.emulatorUrl}/__emulator/requests`);
  return ((await response.json()) as { requests: RecordedRequest[] }).requests;
}

/** A term no generated message contains, so a test's search and faults are its own. */
export function uniqueTerm(label: string): string {
  return `${label}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
