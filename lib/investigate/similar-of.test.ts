import { describe, expect, it } from "vitest";
import { upstreamMessageSchema } from "@/lib/cloudflare/schemas/message";
import { reshapeMessage } from "./message";
import { similarOf } from "./similar-of";
import { similarPageSchema } from "./similar-page";

const message = (id: string, fields: Record<string, unknown>) =>
  reshapeMessage(upstreamMessageSchema.parse({ id, postfix_id: `p-${id}`, subject: `Subject ${id}`, from: "a@example.com", final_disposition: "SPAM", ...fields }));

describe("similarOf", () => {
  const page = {
    messages: [
      message("a", { htmltext_structure_hash: "s1", edf_hash: "e1" }),
      message("b", { htmltext_structure_hash: "s2", edf_hash: "e1" }),
      message("c", { htmltext_structure_hash: "s1", edf_hash: null }),
      message("d", {}),
    ],
    unreadable: [{ index: 4, id: null, reason: "unreadable" }],
    next: "cursor-2",
  };

  it("keeps the messages with the structure hash, as the lines of a list, and says how many it read", () => {
    const found = similarOf(page, "structure", "s1");
    expect(found.matches.map((match) => match.id)).toEqual(["a", "c"]);
    expect(found.matches[0]).toEqual({ id: "a", subject: "Subject a", from: "a@example.com", scanned_at: null, final_disposition: "SPAM" });
    expect(found.scanned).toBe(5);
    expect(found.next).toBe("cursor-2");
    expect(similarPageSchema.parse(found)).toEqual(found);
  });

  it("reads the EDF hash for edf, and a message without the hash never matches", () => {
    expect(similarOf(page, "edf", "e1").matches.map((match) => match.id)).toEqual(["a", "b"]);
    expect(similarOf(page, "edf", "none").matches).toEqual([]);
  });
});
