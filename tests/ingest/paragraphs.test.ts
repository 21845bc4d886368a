import { describe, expect, it } from "vitest";
import { joinWrappedLines } from "../../src/core/ingest/paragraphs.ts";
import { bodyTexts, parse, texts } from "./helpers.ts";

describe("paragraphs", () => {
  it("makes one passage per blank-line separated block", () => {
    const article = parse("blocks.txt", "Armenia said it shot down three drones.", "", "", "Azerbaijan denied losing any aircraft.");
    expect(texts(article)).toEqual(["Armenia said it shot down three drones.", "Azerbaijan denied losing any aircraft."]);
  });

  it("makes one passage per line in a file with no blank lines", () => {
    const article = parse(
      "lines.txt",
      "Ceasefire talks open in Geneva",
      "GENEVA (AFP) - Armenian and Azerbaijani foreign ministers met in Geneva on Friday under the auspices of the OSCE Minsk Group co-chairs, diplomats said.",
      "The talks lasted more than three hours and ended without a joint statement being issued by either delegation.",
      "A further meeting was expected in Moscow later this month, according to a diplomat familiar with the plans.",
    );
    expect(texts(article)).toEqual([
      "Ceasefire talks open in Geneva",
      "Armenian and Azerbaijani foreign ministers met in Geneva on Friday under the auspices of the OSCE Minsk Group co-chairs, diplomats said.",
      "The talks lasted more than three hours and ended without a joint statement being issued by either delegation.",
      "A further meeting was expected in Moscow later this month, according to a diplomat familiar with the plans.",
    ]);
  });

  it("joins hard-wrapped prose into one paragraph", () => {
    const article = parse(
      "wrapped.txt",
      "TBILISI (Reuters) - Georgia offered on Tuesday to host talks between",
      "Armenia and Azerbaijan, the Georgian foreign ministry said in a statement",
      "issued after a call between the two countries' ambassadors in the",
      "Georgian capital.",
      "",
      "Neither Yerevan nor Baku responded to the offer, which came as fighting",
      "entered its third week.",
    );
    expect(article.meta.outlet).toBe("Reuters");
    expect(texts(article)).toEqual([
      "Georgia offered on Tuesday to host talks between Armenia and Azerbaijan, the Georgian foreign ministry said in a statement issued after a call between the two countries' ambassadors in the Georgian capital.",
      "Neither Yerevan nor Baku responded to the offer, which came as fighting entered its third week.",
    ]);
  });

  it("judges wrapping over the whole article, so a two-line wrapped paragraph is joined too", () => {
    const article = parse(
      "ap-wrapped.txt",
      "Azerbaijan says it downed Armenian drones",
      "",
      "BAKU, Azerbaijan (AP) — Azerbaijan's Defense Ministry said Saturday that",
      "its forces had shot down two Armenian drones over the Tartar region. The",
      "ministry did not say whether anyone was hurt.",
      "",
      'Armenian officials denied the claim. "This is disinformation," Defense',
      "Ministry spokeswoman Shushan Stepanyan wrote on Facebook.",
      "",
      "Associated Press writer Avet Demourian in Yerevan contributed.",
    );
    expect(article.meta.outlet).toBe("AP");
    expect(texts(article)).toEqual([
      "Azerbaijan says it downed Armenian drones",
      "Azerbaijan's Defense Ministry said Saturday that its forces had shot down two Armenian drones over the Tartar region. The ministry did not say whether anyone was hurt.",
      'Armenian officials denied the claim. "This is disinformation," Defense Ministry spokeswoman Shushan Stepanyan wrote on Facebook.',
    ]);
  });

  it("keeps a headline apart from an author-and-date line right under it", () => {
    const article = parse(
      "head.txt",
      "Armenia and Azerbaijan exchange fire on the northern border",
      "Joshua Kucera Jul 13, 2020",
      "",
      "Fighting broke out on July 12.",
    );
    expect(article.meta.title).toBe("Armenia and Azerbaijan exchange fire on the northern border");
  });

  it("joins a line broken mid-sentence even in one-paragraph-per-line text", () => {
    expect(joinWrappedLines(["The ministry said the attack on the village of Talish", "was repelled with losses.", "Baku disagreed."])).toEqual([
      "The ministry said the attack on the village of Talish was repelled with losses.",
      "Baku disagreed.",
    ]);
  });

  it("joins a figure to the 'at least' that ends the line before it", () => {
    expect(joinWrappedLines(["Officials in Stepanakert said on Monday that at least", "12 soldiers had been killed.", "Baku gave no figure."])).toEqual([
      "Officials in Stepanakert said on Monday that at least 12 soldiers had been killed.",
      "Baku gave no figure.",
    ]);
  });

  it("joins a date to the preposition that ends the line before it, though the date opens its line", () => {
    expect(
      joinWrappedLines(["The truce between the two armies took effect at midnight on", "3 June. Both ministries confirmed it.", "Shelling stopped."]),
    ).toEqual(["The truce between the two armies took effect at midnight on 3 June. Both ministries confirmed it.", "Shelling stopped."]);
    expect(joinWrappedLines(["Talks were held in Vienna between", "Armenian and Azerbaijani envoys."])).toEqual([
      "Talks were held in Vienna between Armenian and Azerbaijani envoys.",
    ]);
    // A page's buttons end so too, and stay apart.
    expect(joinWrappedLines(["Follow us on", "Telegram", "Sign in", "Register"])).toEqual(["Follow us on", "Telegram", "Sign in", "Register"]);
  });

  it("keeps a hyphenated word whole when a wrap splits it", () => {
    expect(joinWrappedLines(["Shelling resumed in the north of Nagorno-", "Karabakh on Monday, officials in Stepanakert said,", "citing the army."])).toEqual([
      "Shelling resumed in the north of Nagorno-Karabakh on Monday, officials in Stepanakert said, citing the army.",
    ]);
  });

  it("keeps the headline and a short cross-heading as heading passages", () => {
    const article = parse(
      "headings.txt",
      "Russia brokers a new truce",
      "",
      "The Kremlin said both leaders had agreed to a ceasefire from midnight.",
      "",
      "Doubts in Yerevan",
      "",
      "Armenian officials said they doubted that Baku would honour it.",
    );
    expect(article.passages.map((p) => [p.text, p.heading])).toEqual([
      ["Russia brokers a new truce", true],
      ["The Kremlin said both leaders had agreed to a ceasefire from midnight.", false],
      ["Doubts in Yerevan", true],
      ["Armenian officials said they doubted that Baku would honour it.", false],
    ]);
  });

  it("does not mark a short closing sentence as a heading", () => {
    const article = parse("short.txt", "Armenia said it shot down three drones.", "", "Baku denied it.");
    expect(article.passages.map((p) => p.heading)).toEqual([false, false]);
  });

  it("drops a standfirst that repeats the start of a later paragraph", () => {
    const article = parse(
      "standfirst.txt",
      "Azerbaijan says two soldiers killed",
      "The army said two soldiers died in a mine blast near Fuzuli",
      "BAKU (AFP) - Azerbaijan said on Monday that two of its soldiers had been killed.",
      "The army said two soldiers died in a mine blast near Fuzuli and a third was wounded.",
    );
    expect(bodyTexts(article)).toEqual([
      "Azerbaijan said on Monday that two of its soldiers had been killed.",
      "The army said two soldiers died in a mine blast near Fuzuli and a third was wounded.",
    ]);
  });

  it("drops a caption that repeats a body paragraph", () => {
    const article = parse(
      "caption.txt",
      "Iran offers to mediate",
      "",
      "Iran's foreign minister said Tehran was ready to host talks.",
      "",
      "Iran has borders with both countries.",
      "",
      "Iran's foreign minister said Tehran was ready to host talks, state media reported.",
    );
    expect(bodyTexts(article)).toEqual([
      "Iran has borders with both countries.",
      "Iran's foreign minister said Tehran was ready to host talks, state media reported.",
    ]);
  });

  it("gives stable passage and sentence ids over kept passages", () => {
    const text = ["Turkey sends envoy", "", "Advertisement", "", "Ankara sent an envoy. He met Aliyev."];
    const first = parse("ids.txt", ...text);
    const again = parse("ids.txt", ...text);
    expect(first).toEqual(again);
    expect(first.passages.map((p) => p.id)).toEqual(["ids.txt#p0", "ids.txt#p1"]);
    expect(first.passages[1]?.sentences).toEqual([
      { id: "ids.txt#p1.s0", passageId: "ids.txt#p1", text: "Ankara sent an envoy." },
      { id: "ids.txt#p1.s1", passageId: "ids.txt#p1", text: "He met Aliyev." },
    ]);
  });

  it("folds white space and keeps the original characters", () => {
    const article = parse("ws.txt", "Armenia’s\u00a0ministry   said the “line of contact”\tis calm.");
    expect(texts(article)).toEqual(["Armenia’s ministry said the “line of contact” is calm."]);
  });

  it("reads CRLF line endings and a byte-order mark like plain newlines", () => {
    const article = parse("crlf.txt", "\uFEFFTalks resume\r\n\r\nBoth sides attended.\r\n");
    expect(texts(article)).toEqual(["Talks resume", "Both sides attended."]);
  });
});

describe("a wire's list of highlights under its headline", () => {
  it("keeps each bullet a paragraph of its own", () => {
    const article = parse(
      "w.txt",
      "Border clash leaves dead on both sides",
      "",
      "* Yerevan says two soldiers killed, 9 captured",
      "* Baku says four of its troops killed, 12 wounded",
      "* Ceasefire holds - Russian defence ministry",
      "",
      "By Anna Petrosian",
      "",
      "YEREVAN, May 4 (AWS) - Armenia and Azerbaijan blamed each other on Thursday for the clash.",
    );
    expect(texts(article)).toEqual(expect.arrayContaining(["Yerevan says two soldiers killed, 9 captured", "Baku says four of its troops killed, 12 wounded"]));
  });
});
