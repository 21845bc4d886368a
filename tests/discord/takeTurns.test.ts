import { describe, expect, it } from "vitest";
import { TakeTurns } from "../../src/adapters/discord/takeTurns.ts";

const loopTurns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};

describe("heavy work taking turns", () => {
  it("runs jobs one per turn, in order", async () => {
    const turns = new TakeTurns();
    const ran: number[] = [];
    await Promise.all([1, 2, 3].map((n) => turns.run(() => ran.push(n))));
    expect(ran).toEqual([1, 2, 3]);
  });

  it("starts no job while an acknowledgement is on its way, and starts it once it is sent", async () => {
    const turns = new TakeTurns(60_000);
    let sent!: () => void;
    const acknowledgement = turns.acknowledge(new Promise<void>((resolve) => (sent = resolve)));
    let ran = false;
    const job = turns.run(() => (ran = true));
    await loopTurns(20);
    expect(ran).toBe(false);
    sent();
    await acknowledgement;
    await job;
    expect(ran).toBe(true);
  });

  it("frees the turn at a job's first await, so a long re-index holds up no answer", async () => {
    const turns = new TakeTurns();
    let finishReindex!: () => void;
    const reindex = turns.run(() => new Promise<string>((resolve) => (finishReindex = () => resolve("reindexed"))));
    expect(await turns.run(() => "answered")).toBe("answered");
    finishReindex();
    expect(await reindex).toBe("reindexed");
  });

  it("passes a job's error to its caller and goes on with the next", async () => {
    const turns = new TakeTurns();
    const failing = turns.run(() => {
      throw new Error("bug");
    });
    await expect(failing).rejects.toThrow("bug");
    expect(await turns.run(() => 2)).toBe(2);
  });
});
