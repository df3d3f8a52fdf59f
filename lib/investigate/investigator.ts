import "server-only";
import type { CloudflareClient } from "@/lib/cloudflare/client";
import { getMessage } from "./get-message";
import { getMessageDetail } from "./get-message-detail";
import { getMessageActionLog, getMessageDetections, getMessagePreview, getMessageRaw, getMessageTrace } from "./message-parts";
import type { SearchParams } from "./search-params";
import { resumeSearch, searchMessages } from "./search";

// Everything the app asks of Cloudflare, bound to what it runs on. The server wires one
// (lib/server/investigator.ts); tests build their own around a stub or the emulator.

export type InvestigatorDeps = {
  client: CloudflareClient;
  /** Seals the poll tokens of pending searches. */
  secret: string;
  now: () => number;
  /** Words a failed part of a message for the analyst. */
  describeFailure: (error: unknown) => string;
};

export type Investigator = ReturnType<typeof createInvestigator>;

export function createInvestigator(deps: InvestigatorDeps) {
  const { client } = deps;
  return {
    search: (params: SearchParams, subject: string, signal?: AbortSignal) => searchMessages(deps, params, subject, signal),
    resumeSearch: (token: string, subject: string, signal?: AbortSignal) => resumeSearch(deps, token, subject, signal),
    message: (id: string, signal?: AbortSignal) => getMessage(client, id, signal),
    detail: (id: string, options?: { preview?: boolean; signal?: AbortSignal }) => getMessageDetail(deps, id, options),
    detections: (id: string, signal?: AbortSignal) => getMessageDetections(client, id, signal),
    actionLog: (id: string, signal?: AbortSignal) => getMessageActionLog(client, id, signal),
    trace: (id: string, signal?: AbortSignal) => getMessageTrace(client, id, signal),
    raw: (id: string, signal?: AbortSignal) => getMessageRaw(client, id, signal),
    preview: (id: string, signal?: AbortSignal) => getMessagePreview(client, id, signal),
  };
}
