import { expect, it } from "vitest";
import { onEachEngine } from "@/lib/db/testing/engines";
import { applyChange, type Actor } from "./apply-change";
import { triageFigures } from "./triage-figures";
import { changeTriage, trackMessage } from "./triage-records";

const ana: Actor = { id: "credentials:ana", name: "ana", role: "analyst" };
const T = Date.parse("2026-12-01T08:00:00Z");
const hours = (n: number) => new Date(T + n * 3_600_000);

onEachEngine("triage figures", (db) => {
  it("counts the period's messages by status and verdict, and the median time from arrival to resolution", async () => {
    const track = (id: string, receivedAt: Date) => trackMessage(db(), { messageId: id, postfixId: null, subject: "s", sender: "a@b.example", recipients: [], disposition: "MALICIOUS", receivedAt }, receivedAt);
    const resolve = async (id: string, at: Date, verdict: "malicious" | "spam") => {
      await changeTriage(db(), { messageId: id, baseVersion: 0, who: ana, now: at, decide: (s) => applyChange(s, { action: "status", version: 0, to: "resolved", verdict }, ana) });
    };
    await track("f1", hours(0));
    await track("f2", hours(1));
    await track("f3", hours(2));
    await track("f4", hours(3));
    await track("outside", hours(-48));
    await resolve("f1", hours(1), "malicious");
    await resolve("f2", hours(4), "malicious");
    await resolve("f3", hours(7), "spam");
    await changeTriage(db(), { messageId: "f4", baseVersion: 0, who: ana, now: hours(4), decide: (s) => applyChange(s, { action: "claim", version: 0 }, ana) });
    const figures = await triageFigures(db(), hours(-1), hours(24));
    expect(figures.byStatus).toEqual({ resolved: 3, in_review: 1 });
    expect(figures.verdicts).toEqual({ malicious: 2, spam: 1 });
    // 1 h, 3 h, 5 h to resolve: the median is 3 h.
    expect(figures.medianResolutionMs).toBe(3 * 3_600_000);
    expect((await triageFigures(db(), hours(100), hours(101))).medianResolutionMs).toBeNull();
  });

  it("counts only a recipient's or a sender's messages when asked: an address, or a domain and its subdomains", async () => {
    const track = (id: string, sender: string, recipients: string[]) => trackMessage(db(), { messageId: id, postfixId: null, subject: "s", sender, recipients, disposition: "SPAM", receivedAt: hours(200) }, hours(200));
    await track("w1", "Boss@Evil.example", ["ana@acme.example"]);
    await track("w2", "x@mail.evil.example", ["bo@uk.acme.example", "cy@other.example"]);
    await track("w3", "y@notevil.example", ["cy@other.example"]);
    const open = async (filters: { recipient?: string; sender?: string }) => (await triageFigures(db(), hours(199), hours(201), filters)).byStatus.new ?? 0;
    expect(await open({})).toBe(3);
    expect(await open({ sender: "evil.example" })).toBe(2);
    expect(await open({ sender: "boss@evil.EXAMPLE" })).toBe(1);
    expect(await open({ recipient: "acme.example" })).toBe(2);
    expect(await open({ recipient: "cy@other.example", sender: "evil.example" })).toBe(1);
    // A pattern's characters are only characters.
    expect(await open({ sender: "%" })).toBe(0);
  });
});
