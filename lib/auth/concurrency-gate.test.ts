import { describe, expect, it } from "vitest";
import { ConcurrencyGate } from "./concurrency-gate";

describe("ConcurrencyGate", () => {
  it("lets `running` in, lines up `waiting` more, and refuses the next at once", async () => {
    const gate = new ConcurrencyGate({ running: 1, waiting: 2 });
    const first = await gate.enter();
    const second = gate.enter();
    const third = gate.enter();
    expect(second).not.toBeNull();
    expect(third).not.toBeNull();
    expect(gate.enter()).toBeNull();
    expect(gate.load).toEqual({ running: 1, waiting: 2 });

    first?.();
    first?.();
    const releaseSecond = await second;
    expect(gate.load).toEqual({ running: 1, waiting: 1 });
    releaseSecond?.();
    (await third)?.();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });
});
