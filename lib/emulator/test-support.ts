import { z } from "zod";
import { cursorResultInfoSchema, envelopeHeadSchema } from "@/lib/cloudflare/schemas/envelope";
import { upstreamMessageSchema, type UpstreamMessage } from "@/lib/cloudflare/schemas/message";
import { EMULATOR_ACCOUNT_ID, EMULATOR_TOKEN } from "./constants";
import type { EmulatorServer } from "./server";

// Shared by the emulator's tests (not a test itself): a fixed clock, and calls over real HTTP that
// parse what comes back with the app's own wire schemas.

export const NOW = new Date("2026-09-15T12:00:00Z");
export const DAY = 86_400_000;
export const BEARER = { authorization: `Bearer ${EMULATOR_TOKEN}` };

export const iso = (ms: number) => new Date(ms).toISOString();

export type Answer = {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly json: unknown;
};

export function accountBase(server: Pick<EmulatorServer, "baseUrl">, accountId = EMULATOR_ACCOUNT_ID): string {
  return `${server.baseUrl}/accounts/${accountId}/email-security`;
}

export async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, { ...init, headers: { ...BEARER, ...(init.headers as Record<string, string> | undefined) } });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export function searchUrl(server: Pick<EmulatorServer, "baseUrl">, params: Record<string, string | number | boolean>): string {
  const query = new URLSearchParams(Object.entries(params).map(([key, value]) => [key, String(value)]));
  return `${accountBase(server)}/investigate?${query.toString()}`;
}

const searchBodySchema = z.object({
  success: z.literal(true),
  result: z.array(upstreamMessageSchema),
  result_info: cursorResultInfoSchema,
});

export type SearchAnswer = Answer & {
  readonly messages: UpstreamMessage[];
  readonly next: string | null;
  readonly previous: string | null;
};

/** A search that must succeed with 200; its body is checked against the app's wire schemas. */
export async function search(server: Pick<EmulatorServer, "baseUrl">, params: Record<string, string | number | boolean>): Promise<SearchAnswer> {
  const answer = await call(searchUrl(server, params));
  if (answer.status !== 200) throw new Error(`search ${JSON.stringify(params)} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
  const body = searchBodySchema.parse(answer.json);
  return { ...answer, messages: body.result, next: body.result_info.next ?? null, previous: body.result_info.previous ?? null };
}

/** Every page of a search, following result_info.next. */
export async function searchAll(server: Pick<EmulatorServer, "baseUrl">, params: Record<string, string | number | boolean>): Promise<UpstreamMessage[]> {
  const all: UpstreamMessage[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 10_000; guard++) {
    const page: SearchAnswer = await search(server, cursor ? { ...params, cursor } : params);
    all.push(...page.messages);
    cursor = page.next;
    if (!cursor) return all;
  }
  throw new Error("paging did not end");
}

export const errorBodySchema = envelopeHeadSchema.extend({ success: z.literal(false), result: z.null() });

export function errorCodes(answer: Answer): number[] {
  return errorBodySchema.parse(answer.json).errors.map((error) => error.code);
}
