import { describe, expect, it } from "vitest";
import { eventsOn, findEvents, NAMED_EVENTS, parseEvents } from "../../src/core/events/events.ts";

describe("named events", () => {
  it("are data checked when loaded: every event has a period that does not end before it starts", () => {
    expect(NAMED_EVENTS.length).toBeGreaterThan(8);
    for (const e of NAMED_EVENTS) expect(e.start <= e.end).toBe(true);
  });

  it("reject an entry with a bad date, naming the field", () => {
    expect(() => parseEvents({ events: [{ id: "x", name: "X", start: "April 2016", end: null, aliases: ["xx"] }] })).toThrow(/events\.0\.start/);
  });

  it("reject an event that ends before it starts", () => {
    expect(() => parseEvents({ events: [{ id: "x", name: "X", start: "2020-02-02", end: "2020-01-01", aliases: ["xx"] }] })).toThrow(/ends before/);
  });

  it("are found by any alias, whatever the case, dashes or punctuation", () => {
    expect(findEvents("What about the Four Day War?").map((m) => m.event.id)).toEqual(["four-day-war"]);
    expect(findEvents("during operation revenge.").map((m) => m.event.id)).toEqual(["operation-revenge"]);
  });

  it("prefer the longest alias, so 'the lachin corridor blockade' is one event", () => {
    expect(findEvents("since the Lachin corridor blockade began").map((m) => m.event.id)).toEqual(["lachin-blockade"]);
  });

  it("an open event, such as a blockade with no end in the data, holds every later day", () => {
    const open = parseEvents({ events: [{ id: "open", name: "Open", start: "2022-12-12", end: null, aliases: ["open one"] }] });
    expect(open[0]?.end.startsWith("9999")).toBe(true);
  });

  it("name the most specific event on a day first", () => {
    expect(eventsOn("2020-10-11")[0]?.id).toBe("44-day-war");
    expect(eventsOn("2023-09-19")[0]?.id).toBe("september-2023-offensive");
  });
});
