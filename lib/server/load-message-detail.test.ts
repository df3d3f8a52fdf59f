import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Principal } from "@/lib/auth/session-token";
import { currentUser } from "@/lib/budget/current-user";
import { CloudflareError } from "@/lib/cloudflare/errors";
import { loadMessageDetail } from "./load-message-detail";
import type { MessageDetail } from "@/lib/investigate/message-detail";

// What a server-rendered message page asks of the upstream, and on whose budget.

const calls: { user: string; id: string; preview: boolean | undefined }[] = [];
let answer: () => Promise<MessageDetail> = () => Promise.resolve({} as MessageDetail);

vi.mock("./investigator", () => ({
  getInvestigator: () => ({
    detail: async (id: string, options: { preview?: boolean }) => {
      // Past an await, as the real upstream calls are: the user must survive it.
      await Promise.resolve();
      calls.push({ user: currentUser(), id, preview: options.preview });
      return answer();
    },
  }),
}));

const analyst: Principal = { id: "credentials:ana", name: "ana", role: "analyst", provider: "credentials" };
const manager: Principal = { id: "oidc:mo", name: "mo", role: "manager", provider: "oidc" };

describe("loadMessageDetail", () => {
  beforeEach(() => {
    calls.length = 0;
    answer = () => Promise.resolve({} as MessageDetail);
  });

  it("spends the upstream calls from the viewer's share of the budget, not a shared one", async () => {
    await loadMessageDetail("4Gqc2T1Kx5z8n2p", analyst);
    await loadMessageDetail("4Gqc2T1Kx5z8n2p", manager);
    expect(calls.map((call) => call.user)).toEqual([analyst.id, manager.id]);
  });

  it("asks for the preview only for a viewer who may see message content", async () => {
    await loadMessageDetail("4Gqc2T1Kx5z8n2p", analyst);
    await loadMessageDetail("4Gqc2T1Kx5z8n2p", manager);
    expect(calls.map((call) => call.preview)).toEqual([true, false]);
  });

  it("answers invalid for an id that cannot be one, without asking upstream", async () => {
    expect(await loadMessageDetail("<script>", analyst)).toEqual({ kind: "invalid" });
    expect(calls).toEqual([]);
  });

  it("turns Cloudflare's 404 into not found and other failures into their message and status", async () => {
    answer = () => Promise.reject(new CloudflareError("not_found", "no such message", { status: 404 }));
    expect(await loadMessageDetail("4Gqc2T1Kx5z8n2p", analyst)).toEqual({ kind: "not_found" });
    answer = () => Promise.reject(new CloudflareError("rate_limited", "slow down", { status: 429 }));
    expect(await loadMessageDetail("4Gqc2T1Kx5z8n2p", analyst)).toMatchObject({ kind: "failed", status: 429 });
  });
});
