import { describe, expect, it } from "vitest";
import { findDateRef } from "../../src/core/dates/resolveDate.ts";

// Calendar facts these tests rely on (checked with `date -d … +%A`):
// 2020-12-13 Sunday, 2020-12-16 Wednesday, 2020-12-12 Saturday, 2019-06-03 Monday, 2021-01-05 Tuesday.
const SUNDAY = "2020-12-13";
const WEDNESDAY = "2020-12-16";

const day = (text: string, iso: string) => ({ text, start: iso, end: iso, precision: "day" });
const range = (text: string, start: string, end: string) => ({ text, start, end, precision: "range" });

describe("weekdays", () => {
  it("reads 'on Saturday' as the latest Saturday before the article", () => {
    expect(findDateRef("Shelling resumed on Saturday near Hadrut.", WEDNESDAY)).toEqual(day("on Saturday", "2020-12-12"));
  });
  it("reads the article's own weekday as the article's day", () => {
    expect(findDateRef("The ministry said on Wednesday that talks would resume.", WEDNESDAY)).toEqual(day("on Wednesday", WEDNESDAY));
  });
  it("keeps 'late on' and a time of day in the wording", () => {
    expect(findDateRef("The village was shelled late on Friday.", SUNDAY)).toEqual(day("late on Friday", "2020-12-11"));
    expect(findDateRef("Clashes broke out Thursday evening.", SUNDAY)).toEqual(day("Thursday evening", "2020-12-10"));
    expect(findDateRef("The ministry spoke on Monday morning.", WEDNESDAY)).toEqual(day("on Monday morning", "2020-12-14"));
  });
  it("reads 'on Tuesday last week' as the Tuesday of the previous week", () => {
    expect(findDateRef("A soldier died on Tuesday last week.", SUNDAY)).toEqual(day("on Tuesday last week", "2020-12-01"));
    expect(findDateRef("A soldier died on Tuesday last week.", WEDNESDAY)).toEqual(day("on Tuesday last week", "2020-12-08"));
  });
  it("reads 'the night from Friday to Saturday' as a two-day range", () => {
    expect(findDateRef("Violations rose on the night from Friday to Saturday.", "2019-06-03")).toEqual(
      range("on the night from Friday to Saturday", "2019-05-31", "2019-06-01"),
    );
  });
  it("does not read a lower-case word as a weekday", () => {
    expect(findDateRef("The sunday market in Stepanakert reopened.", SUNDAY)).toBeNull();
  });
});

describe("days and months without a year", () => {
  it("reads 'November 26' and 'November 26th' in the article's year", () => {
    expect(findDateRef("The ambush took place on November 26.", SUNDAY)).toEqual(day("on November 26", "2020-11-26"));
    expect(findDateRef("They ambushed a patrol on November 26th.", SUNDAY)).toEqual(day("on November 26th", "2020-11-26"));
  });
  it("reads 'late on March 24' and 'early on March 25' with the edge in the wording", () => {
    expect(findDateRef("A statement came late on March 24.", "2022-03-26")).toEqual(day("late on March 24", "2022-03-24"));
    expect(findDateRef("Drones struck early on March 25.", "2022-03-26")).toEqual(day("early on March 25", "2022-03-25"));
  });
  it("reads 'on 26 November' day-first", () => {
    expect(findDateRef("The ministry reported it on 26 November.", SUNDAY)).toEqual(day("on 26 November", "2020-11-26"));
  });
  it("puts a day after the article date in the previous year", () => {
    expect(findDateRef("The truce was broken on December 30.", "2021-01-05")).toEqual(day("on December 30", "2020-12-30"));
  });
  it("reads 'in September' as that month of the article's year", () => {
    expect(findDateRef("The war erupted in September.", SUNDAY)).toEqual({
      text: "in September",
      start: "2020-09-01",
      end: "2020-09-30",
      precision: "month",
    });
  });
  it("puts a month after the article date in the previous year", () => {
    expect(findDateRef("The offensive began in October.", "2021-01-05")?.start).toBe("2020-10-01");
  });
  it("does not read the verb 'may' as a month", () => {
    expect(findDateRef("Fighting may resume in the spring.", SUNDAY)).toBeNull();
  });
});

describe("relative periods", () => {
  it("reads 'last week' as the previous Monday-to-Sunday week", () => {
    expect(findDateRef("Two soldiers died last week.", WEDNESDAY)).toEqual(range("last week", "2020-12-07", "2020-12-13"));
  });
  it("reads 'this week' as this week's Monday to the article date", () => {
    expect(findDateRef("Erdogan visited Baku this week.", WEDNESDAY)).toEqual(range("this week", "2020-12-14", WEDNESDAY));
  });
  it("reads 'overnight' and 'last night' as the day before to the article date", () => {
    expect(findDateRef("Five soldiers were wounded overnight.", SUNDAY)).toEqual(range("overnight", "2020-12-12", SUNDAY));
    expect(findDateRef("Shells fell last night.", SUNDAY)).toEqual(range("last night", "2020-12-12", SUNDAY));
  });
  it("reads 'yesterday' and 'today'", () => {
    expect(findDateRef("The ministry said yesterday that it had retaliated.", SUNDAY)).toEqual(day("yesterday", "2020-12-12"));
    expect(findDateRef("Talks open today in Moscow.", SUNDAY)).toEqual(day("today", SUNDAY));
  });
  it("reads 'over the weekend' as the latest Saturday and Sunday", () => {
    expect(findDateRef("Four were killed over the weekend.", WEDNESDAY)).toEqual(range("over the weekend", "2020-12-12", SUNDAY));
    expect(findDateRef("Four were killed over the weekend.", SUNDAY)).toEqual(range("over the weekend", "2020-12-12", SUNDAY));
  });
});

describe("dates with a year", () => {
  it("reads 'in April 2016' as a month", () => {
    expect(findDateRef("It was the worst since the hostilities in April 2016.", SUNDAY)).toEqual({
      text: "in April 2016",
      start: "2016-04-01",
      end: "2016-04-30",
      precision: "month",
    });
  });
  it("reads 'September-November 2020' as a range of months", () => {
    expect(findDateRef("The war in September-November 2020 ended with a truce.", null)).toEqual(
      range("in September-November 2020", "2020-09-01", "2020-11-30"),
    );
  });
  it("resolves a full date even when the article has no date", () => {
    expect(findDateRef("The ceasefire took effect on 10 November 2020.", null)).toEqual(day("on 10 November 2020", "2020-11-10"));
  });
  it("lets an explicit year win over the article's year", () => {
    expect(findDateRef("Fighting flared on April 2, 2016.", SUNDAY)).toEqual(day("on April 2, 2016", "2016-04-02"));
  });
  it("reads 'since 1994' as a year", () => {
    expect(findDateRef("The districts had been held since 1994.", SUNDAY)?.precision).toBe("year");
  });
});

describe("without an article date", () => {
  it("keeps relative wording with precision unknown", () => {
    expect(findDateRef("Five soldiers were wounded overnight.", null)).toEqual({ text: "overnight", start: null, end: null, precision: "unknown" });
    expect(findDateRef("Drones struck early on March 25.", null)).toEqual({ text: "early on March 25", start: null, end: null, precision: "unknown" });
  });
});

describe("what is not a date", () => {
  it.each([
    "The war lasted six weeks.",
    "Peacekeepers will stay for five years.",
    "They fought a war in the 1990s.",
    "The post is guarded 24/7 by 2,000 troops.",
    "Some 2020 soldiers took part.",
  ])("finds no date in %s", (sentence) => {
    expect(findDateRef(sentence, SUNDAY)).toBeNull();
  });
  it("takes the first of two references", () => {
    expect(findDateRef("Clashes on Friday continued into Sunday.", SUNDAY)?.text).toBe("on Friday");
  });
});
