import { expect, it } from "vitest";
import { onEachEngine } from "@/lib/db/testing/engines";
import { forgetAnswers, keepAnswer, pruneAnswers, readAnswer } from "./answer-table";

const copy = (body: string) => ({ status: 200, headers: [["content-type", "application/json"]] as [string, string][], body, storedAt: 1_000 });

onEachEngine("kept upstream answers", (db) => {
  it("serves a copy until it expires, replaces it when kept again, and forgets by prefix", async () => {
    await keepAnswer(db(), "https://x/investigate/m_1", copy('{"a":1}'), 31_000);
    await keepAnswer(db(), "https://x/investigate/m_1/trace", copy("{}"), 31_000);
    await keepAnswer(db(), "https://x/investigate/mX1", copy("{}"), 31_000);
    expect(await readAnswer(db(), "https://x/investigate/m_1", 30_999)).toEqual(copy('{"a":1}'));
    expect(await readAnswer(db(), "https://x/investigate/m_1", 31_000)).toBeNull();
    await keepAnswer(db(), "https://x/investigate/m_1", copy('{"a":2}'), 61_000);
    expect((await readAnswer(db(), "https://x/investigate/m_1", 40_000))?.body).toBe('{"a":2}');
    // "_" in the prefix is itself, not a wildcard: mX1 stays.
    await forgetAnswers(db(), "https://x/investigate/m_1");
    expect(await readAnswer(db(), "https://x/investigate/m_1/trace", 2_000)).toBeNull();
    expect(await readAnswer(db(), "https://x/investigate/mX1", 2_000)).not.toBeNull();
    await pruneAnswers(db(), 40_000);
    expect(await readAnswer(db(), "https://x/investigate/mX1", 2_000)).toBeNull();
  });
});
