// More site furniture, each rule with examples and counter-examples (tests/rules/ruleTables.test.ts):
// widget strips, wire slugs, contact blocks, reading times, editorial notes and reader prompts.
// boilerplate.ts applies them to lines, paragraphs and, in a passage of several, single sentences.
import { patternsOf, type RuleTable } from "../rules/rule.ts";
import { BULLETIN_RULES } from "./bulletinCues.ts";
import { WIRE_SITE_RULES } from "./wireSiteCues.ts";

/** Words of a widget or a link, not of news: a strip made of them is furniture. */
/** What a service calls its own copy: "this note", "this flash", "this bulletin". */
const SERVICE_DOCUMENT =
  "(?:document|note|notice|flash|bulletin|report|newsletter|update|alert|brief|briefing|letter|publication|material|materials|research|commentary|e-?mail|message|summary|digest|website|site|service|communication|presentation|analysis|advisory|circular)";

/** Days, months, clock times and fees as a community notice gives them. */
const WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
const MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
const CLOCK = String.raw`(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?|noon)|\d{1,2}[.:]\d{2}(?:\s*[A-Z]{2,4})?|noon)`;
const FEE = String.raw`(?:[A-Z]{3}\s?\d[\d,.]*|[$£€]\s?\d[\d,.]*|\d[\d,.]*\s?[A-Z]{3})`;
const REFRESHMENT =
  "tea|coffee|kava|cakes?|refreshments|biscuits|drinks|soup|sandwiches|(?:a )?(?:light )?lunch|snacks|mince pies|mulled wine|glögg|nibbles|fika";

/** A restriction on who may get a copy: "For professional investors only", "Not for onward distribution". */
const DISTRIBUTION_PART =
  "for\\s+(?:professional|institutional|qualified|accredited|eligible|sophisticated)\\s+(?:investors|clients|counterparties|readers)(?:\\s+only)?" +
  "|not\\s+for\\s+(?:onward|retail|public|further|wider|general|external)\\s+(?:distribution|circulation|release|transmission)(?:\\s+or\\s+(?:reproduction|copying|forwarding))?" +
  "|distribution\\s+(?:is\\s+)?(?:restricted|limited|confined)\\s+to\\s+(?:named\\s+|registered\\s+|paying\\s+|authori[sz]ed\\s+)?(?:subscribers|members|clients|recipients|users)" +
  "|(?:subscribers['’]?|members['’]?|clients['’]?|premium)\\s+(?:edition|copy|issue)";

export const WIDGET_WORD =
  /^(?:print(?: version| this (?:page|article|story))?|reprints|corrections|subscribe(?: .{1,30})?|advertise(?: with us| here)?|order a reprint|terms of (?:use|service)|privacy(?: policy)?|archive search|view this (?:e-?mail|newsletter) in (?:your|a) browser|forward to a (?:friend|colleague)|update (?:your )?(?:subscription )?preferences|manage (?:your )?(?:preferences|subscription)|unsubscribe|text size(?::?(?: a)+)?|save(?: for later)?|listen|join the conversation|(?:approx\.? )?\d+ min read|(?:comments?|talkbacks?|responses|replies)(?: \(\d+\))?|(?:show |view )?\d[\d,]* comments?|more from .{1,40}|share(?::.*)?|send(?: by e-?mail| to (?:a )?friend)?|e-?mail (?:this |it )?to (?:a )?friend|e-?mail this (?:story|article|page|post)|e-?mail|email|save|copy link|advanced settings|back(?: to .{1,40})?|search\.*|az|en|ru|hy|fr|de|es|facebook|twitter|x|telegram|whatsapp|vk|linkedin|instagram|youtube|rss|ok|odnoklassniki|viber|threads|mastodon|bluesky|reddit|pinterest|tumblr|weibo|wechat|messenger|flickr|tiktok|comments?(?: \(\d+\))?|download|pdf|video of the address|report an? (?:[\w-]+ )?(?:error|typo|mistake|problem)(?: in this [\w-]+)?|download as (?:text|pdf|txt)|download (?:as )?plain text|download (?:the )?(?:pdf|epub|full text|judgment|report|issue)|plain text|cite this (?:record|page|item|document|entry|article|note|case note|paper|judgment)|compare versions|accessibility|contact (?:the|our) (?:reading room|archive|library|desk|special collections(?: desk)?)|how to read (?:a|this) [\w-]+|version imprimable|imprimer(?: cet article)?|envoyer (?:cet article )?(?:à|a) (?:un|une) amie?|guardar(?: en (?:mi|la) lista)?|imprimir|enviar por (?:correo|e-?mail)|compartir|anterior|siguiente|salvar|partilhar|stampa|condividi|browse (?:the |our |all |more )?[^|·•]{1,40}|(?:full |photo )?(?:album|gallery)|russian|armenian|azerbaijani|english|french|georgian|turkish|persian|русский|հայերեն|azərbaycanca|listen|font size|a\+|a-|clip|like|dislike|\d[\d.,]*\s?[km]?\s+(?:likes|dislikes|views))$/i;

export const FURNITURE_RULES = {
  pressColophon: {
    // A printed paper's or an agency site's small print: its printer, its registration, its terms
    // for reprints and comments, and the other stories on its page.
    pattern:
      /^(?:also on this page\s*:.*|printed and published (?:by|at)\b.*|(?:any )?reproduction (?:is )?(?:strictly )?(?:prohibited|forbidden)\.?|for (?:subscriptions?|advertisements?|advertising)(?: and (?:subscriptions?|advertisements?|advertising))? enquiries\b.*|comments (?:will be|are) moderated\b.*|(?:the )?final decision (?:will be|rests|is) at the discretion of\b.*|(?:full or partial )?reproduction of (?:the |our |these )?materials (?:is|are) (?:permitted|allowed) only\b.*|registered in the (?:mass media register|register of (?:the )?mass media)\b.*)$/iu,
    examples: [
      "ALSO ON THIS PAGE: Talks resume in Vienna",
      "Printed and published by Valley Press Ltd., Ring Road, Kathmandu.",
      "Printed and published at the Kowloon Press, 12 Harbour Road.",
      "Reproduction prohibited.",
      "For subscription and advertisement enquiries: 2-21457, P.O. Box 2040.",
      "Comments will be moderated. Keep comments relevant to the article.",
      "Final decision will be at the discretion of the Morning Post.",
      "Full or partial reproduction of materials is permitted only with a hyperlink to the source.",
      "Registered in the Mass Media Register of the Republic of Belarus.",
    ],
    counterExamples: [
      "Also on Monday, the ministry said two soldiers had been wounded.",
      "The final decision on the corridor will be taken in Moscow, the envoy said.",
      "Comments by the foreign minister were moderated in tone, diplomats said.",
      "Reproduction of the maps is prohibited by the ministry, its spokesman said.",
    ],
  },
  bracketStrip: {
    // (A wiki's tabs may end on its search box: "[ Article ] [ Talk ] [ Edit source ]   Search Kura Wiki".)
    pattern: /^(?:\[[^\]]{1,40}\]\s*){2,}(?:Search\b[^.!?[\]]{0,40})?$|^\[[^\]]{1,40}\]$/u,
    examples: [
      "[ Article ] [ Talk ] [ Read ] [ Edit source ]      Search Kura Wiki",
      "[Print] [Share: Facebook | X | Telegram]",
      "[Facebook] [X] [LinkedIn] [Copy link]",
      "[🔗 Share] [✉ Email] [🖨 Print]",
    ],
    counterExamples: ["[Translated from Russian] Armenia's Security Council said 207 people were dead or missing."],
  },
  wireSlug: {
    pattern:
      /^(?:slug|priority|keywords?|category|dateline|urgency|news id|story id|ref(?:erence)?)\s*:\s*[\w\s,/()-]{1,60}$|^(?:word count|words|length)\s*:\s*\d[\d,]*(?:\s*words)?$|^(?:transmitted|filed|sent|moved)\s*:\s*\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[A-Z]{2,4})?)?$|^\^(?=[^^]*(?:\b[A-Z]{2}-[A-Z]|\bL[Dd]\b|[Ww]ritethru|WRITETHRU|[Bb]ulletin|BULLETIN|[Uu]rgent|URGENT|\bAdv\d))[^^]{1,80}\^$|^[A-Z]{2,4}-[A-Z]{2,4}-\d{2}-\d{2}-\d{2}\s+\d{4}[A-Z]{3}$|^\d{1,2}[:.]\d{2}\s*\|\s*[\d-]+$|^[A-Z]{2,5}-\d{3,5}(?:\s+\d{1,2})?\s+[A-Z][A-Z-]+(?:\/[A-Z][A-Z-]+)*(?:\s*\((?:UPDATE|WRITETHRU|CORRECTED|REFILE)[^)]{0,100}\))?$/iu,
    examples: [
      "ACP-0417 4 CAUCASUS-KARABAKH/CLASH (UPDATE 2, adds names of dead, Azerbaijani reaction)",
      "SLUG: AZERBAIJAN-KARABAKH-KHODZHALY",
      "PRIORITY: URGENT",
      "^AM-Soviet-Armenia, 2nd Ld-Writethru^",
      "AP-NY-05-08-91 0214EDT",
      "17:05 | 56-12-01-2024",
      "PRIORITY: 1 (Flash)",
      "Slug: GEORGIA-OSSETIA/TALKS (WRITETHRU 2)",
      "Word count: 1,180",
      "Filed: 12 Mar 2009 08:05 GMT",
    ],
    counterExamples: [
      "Priority: the release of prisoners, the minister said.",
      "Words: the ministry's statement ran to 300 of them.",
      "Filed: 12 complaints by the ombudsman, Baku said.",
    ],
  },
  // A cable's or a memorandum's own record-keeping, in a numbered paragraph of its own: who took part in the
  // meeting and who cleared the text. ("2. (SBU) Participants: …", "8. (U) Under Secretary Burns has cleared this message.")
  cableNotes: {
    pattern:
      /^(?:\d{1,2}\.\s*)?(?:\((?:U|SBU|C|S|LOU)\)\s*)?(?:participants\s*:\s*(?![^.!?]*\b(?:said|says|told|warned|stressed)\b).{3,300}|(?:[\p{L}.'’-]+\s+){1,6}(?:has|have)\s+cleared\s+this\s+(?:message|cable|telegram|memorandum)\.?)$/iu,
    examples: [
      "2. (SBU) Participants: Under Secretary Burns, Charge, Embassy notetaker; President Aliyev and a foreign policy aide.",
      "PARTICIPANTS: The Secretary; Foreign Minister Mammadyarov; notetaker",
      "8. (U) Under Secretary Burns has cleared this message.",
      "(U) Ambassador Kasprzyk has cleared this cable.",
    ],
    counterExamples: [
      "Participants: the minister said the talks had failed.",
      "3. (C) Participants in the talks told the Ambassador that Armenia had fired first.",
      "The ministry has cleared this message for release, the spokesman said.",
    ],
  },
  cableFields: {
    // A State Department cable's routing fields, printed above its numbered paragraphs.
    pattern:
      /^(?:SIPDIS|NOFORN|E\.O\.\s*1\d{4}:.*|TAGS:\s.*|REF:\s.*|Classified [Bb]y:\s.*|Redacted:\s.*|DEPT (?:FOR|PASS TO)\s.*|(?:ACTION|INFO)\s+[A-Z]{2,}.*)$/,
    examples: [
      "SIPDIS",
      "E.O. 12958: DECL: 03/05/2018",
      "TAGS: PREL, MARR, PGOV, AJ, AM",
      "Classified By: Ambassador Anne E. Derse, Reasons 1.4 (b) and (d)",
      "DEPT FOR EUR/CARC",
      "Classified by: Political Officer for reasons 1.4 (b) and (d).",
      "Redacted: Names of sources were removed by the archive.",
    ],
    counterExamples: ["Tags were found on the bodies, the ministry said.", "Ref: the ministry said the talks had failed."],
  },
  wireContact: {
    // A wire desk's contact line in double brackets, closing the story.
    pattern: /^\(\((?=[^()]*(?:\bnewsroom\b|\bdesk\b|\+?\d[\d\s-]{6,}|@))[^()]{4,80}\)\)$/i,
    examples: ["((Baku newsroom +994 12 000 000))", "((Moscow desk; +7 495 775 1242))", "((caucasus.desk@wire.example))"],
    counterExamples: ["((The ministry later said 12 soldiers had died.))", "(Reporting by Ani Mkrtchyan)"],
  },
  moreLinks: {
    // "MORE SPORT: a | b | c": a strip of links to the section's other stories.
    // ("Also in Faith & Society: a | b": the section's other stories, named after "also in".)
    pattern: /^(?:more\s+(?:from\s+|in\s+)?|also\s+in\s+)[\p{L}&' ]{2,24}:\s*[^|]{3,80}(?:\s+\|\s+[^|]{3,80})+$/iu,
    examples: [
      "MORE SPORT: Norway U21 squad named | Eliteserien: title race goes to final day",
      "More from Europe: Strikes in France | Floods in Spain",
      "Also in Faith & Society: Diocese marks feast day | Interfaith breakfast returns",
    ],
    counterExamples: ["More than 100 people: the ministry's count | the ombudsman's count differs"],
  },
  contactStrip: {
    // "Nordkapp Sportsavis · sport@… · Tips? Call …": a masthead's contact line, parts apart by dots or bars, one an e-mail address.
    pattern: /^(?=[^.!?]*\S+@\S+\.\p{L}{2,})(?:[^·•|]{2,60}\s+[·•|]\s+){1,4}[^·•|]{2,60}$/u,
    examples: [
      "Nordkapp Sportsavis · sport@nordkapp-sportsavis.example · Tips? Call 00 00 00 00",
      "Caspian Ledger | news@caspianledger.example | +994 12 000 00 00",
    ],
    counterExamples: ["The ministry said 12 soldiers died · the ombudsman said 14", "Write to us at news@ledger.example if you saw the strike."],
  },
  postalStrip: {
    // "Rue des Pâquis · 1201 Geneva · Switzerland": a letterhead's postal address, parts apart by dots or
    // bars, one a postcode before its town.
    pattern: /^(?=(?:.*[·•|]\s*)?\d{4,5}\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s*(?:[·•|]|$))(?:[^·•|.!?]{2,60}\s+[·•|]\s+){1,4}[^·•|.!?]{2,60}$/u,
    examples: ["Rue des Pâquis (postal address only) · 1201 Geneva · Switzerland", "Hauptstrasse 5 | 8001 Zürich | Switzerland"],
    counterExamples: ["Geneva · 12 May 2021 · 3 min read", "In 1994 Bishkek hosted the talks · the ceasefire followed"],
  },
  readingTime: {
    // ("Running time: 48:05": a recording's length, printed over its transcript.)
    pattern:
      /^(?:\d+\s*min(?:ute)?s?\s+read|read(?:ing)? time\s*:?\s*\d+.*|\d+\s*min(?:ute)?s?|(?:running time|run time|runtime|duration)\s*:?\s*\d{1,3}(?::\d{2}){1,2}(?:\s*(?:min|mins|minutes))?)$/i,
    examples: ["8 min read", "Reading time: 4 minutes", "Running time: 48:05"],
    counterExamples: ["8 minutes later the shelling resumed."],
  },
  contactBlock: {
    pattern:
      /^(?:for (?:further|more) information,? (?:please )?contact\s*:?|contact(?:s)?\s*:.*|(?:(?:editorial|postal|street|head)\s+(?:address|office)|address)\s*:\s*\d.*|tel(?:ephone)?\.?\s*:?\s*\+?[\d ()-]{6,}|(?:fax|telex)\s*[:.]\s*\+?\d[\d ()-]{5,}(?:\([^()]{1,20}\))?\s*(?:(?:--|[|·;,])\s*(?:tel(?:ephone)?|fax|telex|phone|e-?mail)\s*[:.]\s*\S[^|]{2,40})?|press and public information section,.*|media contacts?\s*:?.*)$/i,
    examples: [
      "For further information, please contact:",
      "Address: 50, Shikhali Gurbanov street, Baku AZ1009",
      "Editorial office: 14 Tigran Mets St., Gyumri",
      "Press and Public Information Section, OSCE Secretariat",
      "Fax: +41 22 000 1111 -- Telex: 41234 RELF",
    ],
    counterExamples: [
      "The address of the ministry was shelled on Monday.",
      "Office: 3 soldiers were killed there, the ministry said.",
      "Fax 12 from the embassy reached Baku on Monday.",
    ],
  },
  readerPrompt: {
    pattern:
      /^(?:was this (?:explainer|article|story|page) (?:useful|helpful)\??|got a (?:claim|tip|story)[^?]{0,40}\?.*|spotted an error\?.*|(?:have|got) a question\?.*write to.*|(?:tell|send) us (?:your|what).*|see something wrong\?.*)$/i,
    examples: [
      "Was this explainer useful?",
      "Got a claim you want us to check? Write to factcheck@caucasusledger.example",
      "Spotted an error? Email corrections@caucasusledger.example",
    ],
    counterExamples: ["Was the ceasefire useful? Analysts are divided."],
  },
  editorialNote: {
    pattern:
      /^(?:the views expressed (?:in this (?:column|article|piece) )?are (?:the authors?'?s?|those of the authors?)\b.*|this (?:analysis|article|story|piece|explainer|column) (?:was|has been) (?:updated|amended|corrected)\b.*|[\p{Lu}][\p{L} ]{1,40} (?:fact[- ]?checks|follows?) (?:follow )?the principles of\b.*|[\p{Lu}][\p{L}\p{N}. ]{1,40} is an independent (?:news )?(?:site|outlet|publication|media)\b.*|archive document\.?|the text below is reproduced from\b.*|editing and translating by\b.*|(?:translated|edited) by [\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+){0,2}\.?|agency staff|(?:[\p{Lu}][\p{L}]+ ){1,3}(?:website|site) contains only a portion of\b.*|please contact us for subscription options\.?|(?:this|the) (?:interview|conversation|transcript|exchange) has been (?:edited|condensed|lightly edited)\b.*|[\p{Lu}][\p{L} ]{1,40} is published (?:every|each|daily|weekly)\b.*|subscription enquiries\b.*|all times (?:are )?(?:gmt|utc|local)\b.*)$/iu,
    examples: [
      "This interview has been edited for length and clarity.",
      "The conversation has been condensed and lightly edited.",
      "Caucasus Weekly Review is published every Monday in London.",
      "The views expressed in this column are the author's own.",
      "The views expressed are those of the authors.",
      "This analysis was updated on 5 October to include the Armenian government's latest figure for arrivals.",
      "Caucasus Ledger fact checks follow the principles of the International Fact-Checking Network.",
      "Ararat Monitor is an independent news site.",
      "Archive document.",
      "Editing and Translating by Lilit Gasparyan",
      "Agency staff",
      "All times GMT.",
    ],
    counterExamples: ["The views expressed by the minister were rejected by Baku.", "This report was updated by the ministry on Monday, it said."],
  },
  subscribePrompt: {
    pattern:
      /^(?:subscribe to\b.{0,60}\b(?:telegram|channel|rss|feed|bulletin|newsletter|digest|news by e-?mail|by e-?mail|updates|edition|issues?)\b.*|our journalism depends on\b.{0,60}|get [\p{Lu}][\p{L}'’]* .{0,30}\b(?:briefing|newsletter)\b.{0,30}|sign up here\.?|show more|table of contents|other (?:materials|addresses|news|articles|stories|statements|press releases)\b.{0,40})$/iu,
    examples: [
      "Subscribe to RIA Novosti on Telegram",
      "Subscribe to the Sunday Digest for the week’s long reads.",
      "Subscribe to the RSS feed",
      "Get Periscope's morning briefing in your inbox",
      "sign up here",
      "Show more",
      "Other materials from this briefing",
      "Other addresses",
      "Subscribe to the print edition of the Weekly Review. Back issues available on request.",
      "Our journalism depends on subscribers. Subscribe now.",
    ],
    counterExamples: ["Other materials found at the site suggest a missile strike."],
  },
  closingNote: {
    pattern:
      /^(?:we(?:'re| are) (?:closing|pausing|ending|wrapping up) (?:this|our|the|today's) (?:live|coverage|page|blog)\b.*|our (?:live )?coverage (?:continues|resumes|will (?:continue|resume))\b.*|the live (?:page|blog|coverage) will (?:resume|continue|return)\b.*)$/i,
    examples: [
      "We are closing this live page.",
      "Our coverage continues tomorrow with the Yevlakh talks.",
      "We are pausing our live coverage for tonight.",
      "The live page will resume on Sunday morning.",
    ],
    counterExamples: ["We are closing the border, the minister said."],
  },
  consentNotice: {
    pattern: /\bprivacy (?:policy|notice|choices|settings)\b|\bunsubscribe at any time\b|\bclick "?i agree"?\b|\bby signing up\b/i,
    examples: [
      "Your privacy choices: We and our 142 partners store and access information on your device.",
      "You can unsubscribe at any time.",
      "By signing up you agree to our privacy policy.",
    ],
    counterExamples: ["The ministry agreed to the talks."],
  },
  signUp: {
    pattern:
      /^(?:sign up (?:for|to)\b.*|enjoyed this\b[^?]{0,40}\?.*|this (?:article|story|piece) is part of (?:our|a) series\b.*|corrections?(?:\s*\([^)]{1,30}\))?\s*:.*|sources are linked in\b.*|\[(?:translated|editor'?s note|original)\b.*\]|(?:for information media\b.*|not an official record\.?|\(?this is not an official record\.[^()]{0,160}\)?)|today in the world\s*:.*|(?:\d+ comments?|comments? \(\d+\))(?:\s*[|·•].*)?|about the author\s*:.*)$/i,
    examples: [
      "(This is not an official record. Meetings coverage is produced for the information of the media.)",
      "Sign up for Eurasia Wire Morning Brief - the region in five minutes",
      "Enjoyed this long read? Get our weekend edition every Saturday.",
      "Corrections: an earlier version of this explainer gave the wrong date",
      "Correction (3 May): An earlier version of this story misspelled the envoy's name.",
      "Not an official record.",
      "37 comments | Join the conversation",
      "Comments (37)",
      "About the author: Anahit Grigoryan covers Armenia for the Highland Herald.",
    ],
    counterExamples: ["Residents signed up for evacuation buses, officials said.", "Corrections officers were among the dead."],
  },
  // A correction of a detail, whatever label stands before it ("Correction, 29 May:", "Editor's note:"): it
  // tells of the page's own slip (a name misspelled, a year misstated), not of the conflict. (A correction
  // that says what an earlier version reported, "… said that 20 were killed, citing …", stays: it relays a figure.)
  correctionOfDetail: {
    pattern:
      /^(?:[^:]{1,40}:\s*)?(?:an?|the) (?:earlier|previous|original|first) version of this (?:article|story|report|piece|item|page|post|explainer|analysis)\s+(?:misspelled|misspelt|misstated|misidentified|misnamed|misattributed|mislabell?ed|misdated|gave the wrong|gave an incorrect|incorrectly (?:spelled|spelt|stated|gave|named|described|identified|dated)|wrongly (?:spelled|spelt|stated|gave|named|described|identified|dated))\b(?![^.!?]*\b(?:citing|according to|said that|reported that)\b)[^.!?]*\.?(?:\s+(?:it|this|the error) (?:has been|was|is now) (?:corrected|amended|fixed|updated)\.?)?$/iu,
    examples: [
      "Correction, 12 June: An earlier version of this story misstated the date of the ceasefire.",
      "Editor's note: A previous version of this report misspelled the name of the village. It has been corrected.",
      "An earlier version of this article incorrectly named the minister's deputy.",
    ],
    counterExamples: [
      "27 September: an earlier version of this story said that 20 people were killed, citing the health authorities.",
      "An earlier version of the ceasefire text was rejected by Baku, the ministry said.",
    ],
  },
  // A broadcaster's notes on its transcript and its programme: how the text was made, to check it against the
  // recording, who makes the programme with its listeners' support, where to listen again.
  broadcastTranscriptNotes: {
    pattern:
      /^\[?(?:(?:the |this |our )?transcripts? (?:is|are) (?:produced|made|prepared|typed|generated) from (?:the )?(?:broadcast|recording|audio|tape)\b[^!?]{0,80}|please check (?:it |them )?against (?:the )?(?:recording|broadcast|audio|delivery)\b[^!?]{0,40}|[\p{Lu}][\p{L}\p{N}&\x27’. -]{0,40} is (?:produced|made|presented) by [^.!?]{2,60} with (?:the )?support (?:of|from) (?:its |our )?(?:listeners|viewers|readers|members|donors|supporters)|(?:[\p{L} ]{1,30}:\s*)?listen again\b[^!?]{0,100}|[^.!?]{0,60}\bwherever you get (?:your )?podcasts)\.?\]?$/iu,
    examples: [
      "Transcripts are made from the broadcast audio and may contain errors.",
      "[Our transcripts are typed from the recording and may contain errors.",
      "Please check against the recording before quoting from it.",
      "Morning Line is produced by Valley Radio with support from listeners.",
      "Archive: listen again on our website or wherever you get podcasts.",
    ],
    counterExamples: [
      "The drone is produced by Baykar, a Turkish company, officials said.",
      "The ministry said it would check against the recording of the call.",
    ],
  },
  // A publication's word on its own stance, under the piece: what it takes no position on.
  stanceDisclaimer: {
    pattern:
      /^[\p{Lu}][\p{L}\p{N}&\x27’. -]{1,60}\s+(?:takes|has|holds)\s+no\s+(?:position|stance|view)\s+on\s+(?:the\s+)?(?:status|question|dispute|sovereignty)\b(?![^.!?]*\b(?:said|says|told|according)\b)[^.!?]{0,80}\.?$/iu,
    examples: ["River Monitor takes no position on the status of the disputed territories."],
    counterExamples: ["Russia takes no position on the status of Karabakh, Lavrov said."],
  },

  // Unanchored phrases, cheap to search for: they end or name a prompt wherever they stand.
  readerService: {
    // ("Letters to the Editor — Friday, March 5, 2021" heads a letters page: its day's title, not a prompt.)
    pattern:
      /\bin your inbox\b|\bdelivered to your (?:door|doorstep|inbox)\b|\bletters to the editor\b(?!\s*[—–:|-]\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))|\bfor reprints\b/i,
    examples: [
      "Get our morning briefing in your inbox",
      "Meridian Weekly welcomes letters to the editor: letters@meridianweekly.example",
      "Letters to the editor: 16 Harbour Road, Port Town 4401.",
      "Herald archives: call 1-800-555-0142 for reprints of this article.",
      "Get the Syunik Morning Note in your inbox every day - Sign up",
      "Subscribe to the Herald: 6 months delivered to your door.",
    ],
    counterExamples: [
      "The ministry wrote to the editor of the newspaper.",
      "Letters to the Editor — Friday, March 5, 2021",
      "Letters to the Editor: 5 March 2021",
    ],
  },
  columnistLine: {
    pattern: /^[\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}-]+){1,3} (?:writes|reports) (?:about|on) (?:the )?[\p{L}-]+(?: [\p{L}-]+){0,3}\.$/u,
    examples: ["Katarzyna Wójcik-Hale writes about the former Soviet Union."],
    counterExamples: ["Hikmet Hajiyev writes on X that the strike hit a depot in Khankendi."],
  },
  starStrip: {
    pattern: /^[\p{Lu}][\p{L} ]{1,40}(?:\s+\*\s+[\p{Lu}][\p{L} ]{1,40}){2,}$/u,
    examples: ["Department of Public Information * News Coverage Service * New York"],
    counterExamples: ["Baku said * nothing"],
  },
  livePromo: {
    pattern: /^live\s*:.{0,60}(?:\bfollow\b|\blatest\b|\bupdates\b).*$/i,
    examples: ["LIVE: Karabakh exodus - follow the latest", "Live: Karabakh war updates"],
    counterExamples: ["Live fire was heard near Shusha."],
  },
  printEdition: {
    pattern:
      /^(?:(?:home|late|final|early|city|national|international|weekend)\s+edition|section\s+[a-z0-9]{1,2}|page\s+[a-z]?\d{1,3})(?:\s*,\s*(?:(?:home|late|final|early|city|national|international|weekend)\s+edition|section\s+[a-z0-9]{1,2}|page\s+[a-z]?\d{1,3}))*\.?$/i,
    examples: ["Home Edition, Section A, Page 4", "Page 2"],
    counterExamples: ["Page after page of the report lists the dead."],
  },
  meetingHeader: {
    // "Meetings Coverage and Press Releases | United Nations, Department of …": the service's name may sit in a strip.
    pattern:
      /^(?:\d+(?:st|nd|rd|th)\s+meeting(?:\s+\((?:am|pm|am & pm)\))?|[A-Z]{1,4}\/\d{2,6}(?:\/\w+)?|(?:[^|]{2,60}\s*\|\s*)?meetings coverage and press releases(?:\s*\|\s*[^|]{2,80})?)$/i,
    examples: [
      "9439th Meeting (PM)",
      "SC/5613",
      "Meetings Coverage and Press Releases",
      "Meetings Coverage and Press Releases | United Nations, Department of Public Information",
    ],
    counterExamples: ["The meeting ended without a statement."],
  },
  stampStrip: {
    pattern: /^[\p{Lu}][\p{L} ]{1,40}(?:\s+[·•|]\s+[\p{L} ]{1,20})+\s+[·•|]\s+.*\d{4}.*$/u,
    examples: ["TASS Russian News Agency · World · April 05, 2016, 18:57 (updated April 05, 2016, 21:10)"],
    counterExamples: ["Azerbaijan · Armenia talks resume"],
  },
  commentCount: {
    pattern:
      /^(?:show |view |read |see )?(?:all )?\d[\d,]* comments?$|^comments are (?:closed|disabled|turned off)\b.*$|^comments (?:off|closed)$|^(?:comentarios|coment[aá]rios|commentaires)\s*\(\d[\d.,]*\).{0,80}$|^(?:inicie sesi[oó]n|fa[çc]a login|connectez-vous) para comentar.*$/iu,
    examples: [
      "Show 214 comments",
      "214 comments",
      "Comments are closed for this article.",
      "Comments Off",
      "Comentarios (38) — Inicie sesión para comentar",
      "Commentaires (12)",
    ],
    counterExamples: ["214 comments were posted under the ministry's statement, officials said."],
  },
  breadcrumb: {
    pattern: /^(?:you are (?:in|here)\s*:?\s*)?[^>.!?]{1,60}(?:\s+(?:>|»|›)\s+[^>.!?]{1,60}){2,}$/i,
    examples: ["You are in: Bureau of European and Eurasian Affairs > Releases > Remarks > 2001 > April", "Home › News › Caucasus"],
    counterExamples: ["Casualties > 100, the ministry said."],
  },
  printNotice: {
    pattern: /^(?:The )?\p{Lu}[\p{L}'’]+(?: \p{Lu}[\p{L}'’]+){0,3} is printed (?:in|at|by) \p{Lu}.*$/u,
    examples: ["The Meridian is printed in London and Manchester. (c) Meridian Newspapers Ltd, 1990"],
    counterExamples: ["The statement is printed in full below, the ministry said."],
  },
  downloadLink: {
    pattern: /^download (?:the )?(?:full |complete )?(?:report|document|pdf|text|statement|transcript|brief|study)\b.{0,80}$/i,
    examples: ["Download the full report (PDF, 2.4 MB) | Russian | Armenian | Azerbaijani", "Download PDF"],
    counterExamples: ["Download speeds in Stepanakert fell after the cable was cut."],
  },
  relatedLinks: {
    pattern:
      /^(?:related (?:explainers?|articles?|stories|reading|links|coverage|content|reports?|videos?|fact[- ]?checks?)\s*:.*|(?:related|more|see also|also read|read also|read more|further reading|more on this story)\s*:\s*[^.!?]{2,120}(?:[?!]\s*)?(?:\s[·•|]\s[^.!]{2,120}[?!]?)+)$/i,
    examples: [
      'Related: "What the November deal says" | "The envoy in Yerevan"',
      "Related explainers: What was the Lachin corridor? | Who were the OSCE Minsk Group co-chairs?",
      "More: Who controls the heights around Jermuk? · Timeline: Armenia-Azerbaijan since 2020",
    ],
    counterExamples: ["Related talks in Moscow ended without agreement.", "More: the ministry said two soldiers had died."],
  },
  emailNewsletter: {
    pattern:
      /^(?:view (?:this|it|the) (?:email|e-mail|newsletter) in (?:your|a) (?:browser|web browser)\.?|forwarded this (?:email|e-mail|newsletter)\?.*|(?:if you (?:enjoy|like|liked|enjoyed) .{1,60}, )?forward (?:it|this(?: email| newsletter)?) to a friend\b.*|you(?:'re| are) receiving this (?:email|e-mail|newsletter) because\b.*|unsubscribe(?:\s*[|·•]\s*.{1,40})*|update your (?:email )?preferences\.?|manage (?:your )?subscription\.?|to\s*:\s*(?:subscriber|subscribers|reader|readers|you)\b.*|(?:from|reply-to)\s*:\s*\S+@\S+.*)$/i,
    examples: [
      "View this newsletter in your browser",
      "Forwarded this email? Sign up here.",
      "If you like the Tavush Brief, forward it to a friend.",
      "You are receiving this e-mail because you subscribed on our site.",
      "Unsubscribe | Manage preferences",
      "To: subscribers",
    ],
    counterExamples: ["The ministry forwarded the letter to a friend of the family, officials said."],
  },
  // Whoever compiles, reposts or archives documents says so around them: volunteers, unsubscribing,
  // reposting, translation for research, corrections, affiliations, charity status, PDF extraction.
  reproducersNotes: {
    pattern:
      /^(?:\S.{0,60}\bis (?:compiled|run|produced|maintained|edited) by (?:a )?volunteers?\b.*|to unsubscribe\b.*|an? (?:weekly|monthly|daily|fortnightly) (?:compilation|digest|roundup|selection) of\b.*|reposted (?:by|from)\b.*|\S.{0,60}\bdoes not edit (?:the )?(?:source )?(?:documents|texts)\b.*|.{0,60}--\s*non-commercial\b.*|texts? (?:are|is) translated for (?:research|reference|information)\b.*|corrections(?: to [\p{L} ]{1,20})? (?:may|can|should) be sent to\b.*|we do not (?:answer|respond to|accept) requests\b.*|\S.{0,60}\bis not affiliated with\b.*|send (?:tips|corrections|tips and corrections) to (?:the|our) (?:editorial desk|editors|desk)\b.*|\S.{0,60}\bis registered as a charity\b.*|photos? on this (?:blog|site|page) (?:are|is) published with\b.*|\S.{0,60}\bdocuments are reproduced as published\b.*|(?![^.!?]*\b(?:said|says|told)\b)\S.{0,60}\breproduces (?:extracts|excerpts|summaries|abridged versions|selections) (?:of|from)\b.*|paragraph numbers? follows? the original\b.*|this is an abridged\b[^.!?]{0,40}\bversion\b.*)$/iu,
    examples: [
      "Kura Relief Digest is compiled by volunteers and has no paid staff.",
      "To unsubscribe, reply with UNSUBSCRIBE in the subject line.",
      "A monthly compilation of humanitarian statements on the region.",
      "Reposted by the Relief Library from a publicly circulated update.",
      "The Library does not edit source documents beyond formatting.",
      "Bulletin Archive -- non-commercial, volunteer-run.",
      "Texts are translated for research use only.",
      "Corrections to entries may be sent to the archive.",
      "We do not answer requests for original video material.",
      "Frontier Weekly is not affiliated with the EU or any government.",
      "Send tips and corrections to the editorial desk.",
      "Open Door Relief is registered as a charity in England.",
      "Photos on this blog are published with the consent of the people shown.",
      "Caucasus Archive -- documents are reproduced as published and have not been verified.",
      "Danube Briefs reproduces excerpts of parliamentary papers for teaching.",
      "Paragraph numbers follow the original; cuts are marked.",
      "This is an abridged and lightly edited version.",
    ],
    counterExamples: [
      "The ministry said the prisoners were released to the ICRC.",
      "Armenia said it was not affiliated with the militia, the ministry said.",
      "The list of the dead is not reproduced here, the ombudsman said.",
      "The annex is not reproduced in this archive copy.",
      "The ministry reproduces extracts of the letters, the agency said, and calls them forgeries.",
    ],
  },
  // Social embeds' links, a newsletter's forwarding prompt, a fact-checker's credentials and tip line,
  // a wire-based story's credit: the page's, not the news.
  embedsAndPrompts: {
    pattern:
      /^(?:(?:view|see(?: more)?|watch|read(?: more)?|open) (?:this (?:post |video )?)?on (?:twitter|x|facebook|instagram|telegram|youtube|tiktok)\.?|[—–-]?\s*with (?:agency|wire|additional agency) reports?\.?|if you (?:were|have been) (?:forwarded|sent) this (?:briefing|newsletter|email|e-mail|digest),? (?:subscribe|sign up)\b.*|\S.{0,60} is a (?:verified )?signatory (?:of|to) the international fact-checking network\b.*|(?:spotted|seen|found) (?:something|a (?:claim|post|video)) (?:we should|to) (?:check|fact-check)\?.*)$/i,
    examples: [
      "View on Twitter",
      "See more on Facebook",
      "— With agency reports",
      "If you were forwarded this digest, sign up at caspianbrief.example.",
      "FactDesk Caucasus is a signatory of the International Fact-Checking Network's code of principles.",
      "Spotted something we should check? Write to us.",
    ],
    counterExamples: [
      "The ministry said on Twitter that two soldiers were wounded.",
      "With agency reports putting the toll at 12, the ministry called a briefing.",
      "If you were forwarded this briefing by the ministry, the envoy said, you know the terms.",
    ],
  },
  podcastPrompt: {
    pattern:
      /^(?:(?:subscribe to|follow|listen to) .{1,60} (?:wherever you get your podcasts|on (?:apple podcasts|spotify|google podcasts))\.?|listen (?:on|via|in) (?:the (?:web |online )?player|our (?:website|app)|apple podcasts|spotify|google podcasts|youtube)(?:\s*[|·•]\s*.{1,40})*|(?:(?:episode|show|programme|program|podcast|these|our) )?transcripts? (?:is|are) (?:generated|produced|machine[- ]generated) automatically\b.*|this transcript (?:was|has been|is) (?:generated|edited|lightly edited)\b.*)$/i,
    examples: [
      "Follow Frontline Talk wherever you get your podcasts.",
      "Listen on Spotify | Listen on Apple Podcasts",
      "Transcripts are generated automatically and may contain errors.",
      "Episode transcripts are generated automatically; check the audio before quoting.",
      "Listen on the web player · Apple Podcasts · Spotify",
    ],
    counterExamples: ["Listen to the residents of Goris, the ombudsman urged.", "Listen on the radio, the mayor told the villagers."],
  },
  forumChrome: {
    pattern:
      /^(?:(?:[\p{L}\p{N}_.-]{2,30}\s*[·•|]\s*)?(?:moderator|member|administrator|admin|senior member|new member|guest)\s*[·•|]\s*posts?\s*:\s*[\d,]+|(?:reply|quote|report(?: post)?|like|share)(?:\s*[·•|]\s*(?:reply|quote|report(?: post)?|like|share|permalink))+|you must be (?:logged|signed) in to (?:reply|post|comment)\b.*|forum rules(?:\s*[|·•]\s*.{1,40})*|powered by [\p{L}\p{N} .]{2,30})$/iu,
    examples: [
      "Member · Posts: 1,204",
      "ararat_77 · Senior Member · Posts: 52",
      "Reply · Quote · Report post",
      "You must be signed in to reply to this thread.",
      "Forum rules | Privacy | Powered by phpBB",
    ],
    counterExamples: ["A member of parliament posted a reply on Facebook, the ministry said."],
  },
  printContinuation: {
    pattern:
      /^(?:(?:[Cc]ontinued|CONTINUED) (?:on|from|ON|FROM) (?:[Pp]age|PAGE) \d{1,3}\b.*|(?:[Ss]ee|[Tt]urn to) page \d{1,3}\b.*|[\p{Lu}][\p{Lu}\p{N} '’&-]{3,60}\s+(?:[Pp]age|PAGE) \d{1,3}|(?:[Pp]age|PAGE) \d{1,3}\s+[\p{Lu}][\p{Lu}\p{N} '’&-]{3,60}|[^.!?()]{3,80}\s\((?:[Cc]ontinued|CONTINUED|[Cc]ont['’]?d\.?) (?:from|on|FROM|ON) (?:[Pp]age|PAGE|p\.) \d{1,3}\))$/u,
    examples: [
      "Continued on page 6: Wheat prices in Martuni",
      "SOUTH CAUCASUS HERALD PAGE 2",
      "page 14 THE KARABAKH REVIEW",
      "WATER TALKS STALL (continued from page 3)",
      "Border villages wait (cont'd from p. 2)",
    ],
    counterExamples: ["Page 3 of the report lists the dead by village.", "The talks (continued from page 3 of the agenda) stalled, Baku said."],
  },
  distributionNote: {
    pattern:
      /^(?:distribution\s*:\s*(?:unrestricted|restricted|limited|public|general)\b.*|distribution\s*:\s*[^.!?|]{1,40}\bonly\.?|(?:[^|]{1,60}\|\s*)?not for sale\b.*|reproduction (?:for [^.|]{1,40}? )?(?:is )?(?:permitted|authorised|authorized|allowed)\b.*|tomorrow'?s (?:digest|briefing|newsletter|edition|bulletin) will (?:be published|appear|arrive)\b.*)$/i,
    examples: [
      "Distribution: unrestricted",
      "Monitoring Project | Not for sale | Reproduction permitted with acknowledgement",
      "Tomorrow's briefing will be published at 08:00 GMT.",
      "Distribution: pool members only.",
      "Reproduction for non-commercial purposes is permitted with attribution.",
    ],
    counterExamples: ["Distribution of aid in Stepanakert resumed on Monday, the ICRC said."],
  },
  aboutUsBlurb: {
    pattern:
      /^[\p{Lu}][\p{L}\p{N}'’&. -]{1,50} is an? (?:independent|non-profit|nonprofit|not-for-profit|non-governmental|international)(?:,? (?:independent|non-profit|nonprofit|not-for-profit|non-governmental))* (?:(?:weekly|daily|monthly|online|english-language) )*(?:(?:[\p{Ll}&-]+ ){0,4}(?:information|news|advisory|travel|fixture|venue|risk) service|organi[sz]ation|group|think[- ]tank|institute|foundation|ngo|digest|newsletter|newspaper|magazine|news site|news website|publication|news service)\b.*$/u,
    examples: [
      "Caucasus Watch is an independent, non-profit organisation working for peace in the region.",
      "Steppe Letter is an independent weekly digest of news from the former Soviet republics.",
      "Pitchside Desk is an independent match and venue information service.",
    ],
    counterExamples: ["Azerbaijan is an independent state, its foreign minister said."],
  },
  deskNotices: {
    // What a desk prints about its own page: how its column is made, when it runs, how to report an
    // error, what its captions rest on, where its live coverage went, how its script may be used.
    pattern:
      /^(?:compiled by the readers['’]? editor['’]?s? office\b.*|.*\bto report an error,? (?:please )?(?:write|e-?mail|contact|call|telephone)\b.*|(?:our (?:digest|round-?up|review) of [^.]{3,80}\.\s*)?translations are (?:our|the desk['’]s|the editors['’]?) own\b.*|[\p{Lu}][\p{L}'’ ]{2,30} appears every (?:weekday|day|week|morning|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:at|from|in|on)\s[^.]{1,30})?\.(?:\s.*)?|this live (?:page|blog) (?:has )?(?:now )?closed\b.*|alerts are archived (?:exactly )?as (?:sent|issued)\b.*|.*\beditorial use only\b.*\b(?:no sales|mandatory credit)\b.*|[\p{Lu}][\p{L} ]{2,40} captions are written from\b.*|.*\bfor broadcast use only\b.*|script filed \d{3,4}\s*(?:gmt|utc)?\b.*)$/iu,
    examples: [
      "Compiled by the readers' editor's office. We publish corrections every Saturday.",
      "We correct errors promptly. To report an error, write to the standards desk.",
      "Our digest of Armenian television and websites. Translations are our own.",
      "Press review appears every weekday. Tomorrow: the Turkish papers.",
      "Ann Vos's column appears every Tuesday. Next week: why the island ferry still runs late.",
      "This live page has now closed. Follow Monday's coverage here.",
      "Alerts are archived exactly as sent, with their original times.",
      "EDITORIAL USE ONLY. NO SALES. MANDATORY CREDIT: LAKESIDE PICTURES",
      "Lakeside Pictures captions are written from statements available at the time.",
      "RIVERSIDE RADIO SCRIPT - FOR BROADCAST USE ONLY",
      "Script filed 1130 GMT. Queries to the night editor.",
    ],
    counterExamples: [
      "The ministry said its translations were accurate.",
      "The ceasefire appears every day to be weaker, the envoy said.",
      "Compiled by the ministry, the list named 40 villages.",
    ],
  },
  serviceNotices: {
    // What a subscriber brief or a wire prints about itself: how to reach its desk, whom it is for, who
    // gets it, who publishes it, what an update added.
    pattern:
      /^(?:report a[^:]{0,30}(?:error|mistake|correction)s?:?\s+\S+@\S+|contact (?:the|our) (?:desk|newsroom|editors?|team):?\s+\S+@\S+|this (?:brief|bulletin|briefing|report|update|note|notice|page|digest) is (?:prepared|compiled|produced|written|issued) for\b.*|distribution:\s*[\p{Ll}][\p{Ll} ,/&-]{3,120}|updated?\b.{0,40}?(?:\s[-–—]\s|:\s)\s*(?:adds|updates|corrects|changes|rewrites)\b.*|[\p{Lu}][\p{L} ]{2,50} is published by an? (?:independent|non-profit|private)\b.*)$/iu,
    examples: [
      "Report a schedule error: desk@example.org",
      "Contact the desk: tips@example.org",
      "This brief is prepared for subscribers and is based on open sources.",
      "Distribution: operations, dispatch, security managers",
      "UPDATED 09:40 GMT - adds minister's comment, paragraphs 5-6",
      "Updated 3 May, 11:05: adds statements by both foreign ministries.",
      "Harbour Defence Letter is published by an independent analysis service. Subscriber edition.",
    ],
    counterExamples: ["Updated figures: the ministry adds that two more soldiers died", "Contact with the enemy was lost, the ministry said."],
  },
  bracketedSignOff: {
    // A wire's closing line set between dashes: who filed it and on what terms it may be reused.
    pattern: /^--\s.{3,200}\b(?:reuse|syndication|licen[cs]e|copyright|all rights reserved|\S+@\S+\.\S+)\b.*\s--$/iu,
    examples: [
      "-- Steppe Wire. Reuse of this report requires a licence. Contact sales@steppewire.example --",
      "-- Lakeside News Service. All rights reserved. --",
    ],
    counterExamples: ["-- The ministry said the reuse of the road was agreed --a claim Baku denied."],
  },
  pressStandards: {
    // A paper's membership of a press council and its letters policy, printed under every story.
    pattern:
      /^(?:[\p{Lu}][\p{L}\p{N}'’&. -]{1,50} is a member of (?:the )?[^.]{0,60}\b(?:press|standards|ethics|media|journalism)\b[^.]{0,60}\.(?:\s*read our [^.]{3,40}\.?)?|[\p{Lu}][\p{L}\p{N}'’&. -]{1,50}\s*[—–-]\s*(?:independent|trusted|award-winning|fearless|honest)[^.]{0,40}\bsince (?:1[89]|20)\d\d\.(?:\s*letters to the [\p{L} ]{0,20}(?:desk|editor) may be edited\b.*)?|letters to the [\p{L} ]{0,20}(?:desk|editor) may be edited\b.*)$/iu,
    examples: [
      "The Lakeside Courier is a member of the Independent Press Standards Organisation. Read our corrections policy.",
      "Southern Chronicle — independent reporting since 1961. Letters to the foreign desk may be edited for length.",
    ],
    counterExamples: [
      "Armenia is a member of the Collective Security Treaty Organisation, the minister said.",
      "Azerbaijan — independent since 1991. It said the talks would go on.",
    ],
  },
  pressTagline: {
    pattern: /^[\p{Lu}][\p{L}'’ -]{2,40}['’]s (?:[\p{L}-]+ ){0,3}?(?:\p{L}+[- ])?(?:language )?(?:weekly|daily|monthly|newspaper|paper)(?: since \d{4})?$/u,
    examples: [
      "Goris's English-language weekly since 2004",
      "Shirak's daily since 1991",
      "Lori's independent English-language weekly",
      "Vienna's English-language daily",
    ],
    counterExamples: ["Stepanakert's weekly since 1998 has reported on the blockade.", "Armenia's oldest daily closes"],
  },
  outletTagline: {
    pattern:
      /^(?:your (?:daily|weekly|sunday|monday|morning|evening|regular|essential|free) [\p{L} ]{2,40}|independent (?:monitoring|reporting|journalism|news|analysis|coverage|verification|fact[- ]?checking) (?:of|from|on|for) [\p{L} ]{2,50}(?:, [\p{L} ]{2,60})*|(?:weekly|daily|monthly|fortnightly|quarterly) (?:intelligence|insights?|data) for (?:the )?[\p{L} ]{2,60}(?:, [\p{L} ]{2,40})*|premium (?:analysis|content|news|reporting) for (?:subscribers|members)|(?:azerbaijan|armenia|russia|turkey|t\u00fcrkiye|iran|georgia|the) state news agency|(?:(?:daily|weekly|monthly) )?news and analysis (?:from|on|about) [\p{L}, ]{2,60}|(?:defending|protecting|promoting|championing|fighting for) [\p{L} ]{3,40}|subscribe to [^.:]{2,60}: [^.]{2,60}\.?)$/iu,
    examples: [
      "Independent monitoring of borders, bridges and water supplies",
      "Independent monitoring of borders, bridges and water supplies in the Western Balkans",
      "Weekly intelligence for the regional grain and fertiliser trade",
      "Your Sunday digest of the South Caucasus",
      "Independent monitoring of the National Assembly",
      "Premium analysis for subscribers",
      "Azerbaijan State News Agency",
      "News and analysis from the South Caucasus",
      "Independent verification for the Black Sea region",
    ],
    counterExamples: [
      "Weekly briefing on the negotiations",
      "Your son is alive, the ministry told her.",
      "Independent monitoring of the ceasefire was agreed on Monday.",
      // A name of its own before "state news agency" is the outlet's masthead, not a line under it.
      "KARABAKHINFORM STATE NEWS AGENCY",
    ],
  },
  reuseNotice: {
    pattern:
      /^(?:when using (?:the )?materials?,? (?:a )?(?:reference|link|hyperlink) to .{2,40} is (?:mandatory|required|obligatory)\.?|reprint(?:ing)? (?:is )?(?:allowed|permitted) (?:only )?with an? (?:active )?(?:hyper)?link\b.*|[\p{Lu}][\p{L}\p{N} .-]{1,30} will continue to (?:provide updates|update this (?:story|report|page))\.?|this (?:article|story|report|analysis) is for (?:subscribers|members)(?: only)?\b.*|forwarding to non-subscribers is prohibited\.?)$/iu,
    examples: [
      "When using materials, reference to AZERTAC is mandatory.",
      "Reprinting is allowed with an active hyperlink.",
      "AZERTAC will continue to provide updates.",
      "This article is for subscribers. Forwarding to non-subscribers is prohibited.",
    ],
    counterExamples: ["The ministry will continue to provide updates on the wounded, its spokesman said."],
  },
  pageControls: {
    pattern: /^(?:text|font) size\s*:?\s*(?:a[+-]?\s*){1,4}$/i,
    examples: ["Text size: A A A", "Font size: A- A A+"],
    counterExamples: ["Text size matters, the editor said."],
  },
  taxonomyField: {
    pattern: /^(?:region(?:\s*\/\s*country)?|countr(?:y|ies)|topics?|tags?|keywords?|filed under|themes?|subjects?)\s*:\s*[^.!?]{2,160}$/i,
    examples: [
      "Region / Country: Europe/Central Asia, Azerbaijan, Armenia",
      "Topic: Armed Conflict, Torture",
      "Tags: Karabakh, ceasefire",
      "Keywords: Armenia; Azerbaijan; prisoners; Hakari bridge; Mirzoyan",
    ],
    counterExamples: ["Topic: the ministry said the talks had failed. It gave no date."],
  },
  blogChrome: {
    pattern:
      /^(?:like this:?(?:\s*like)?(?:\s*loading\.*)?|leave a (?:reply|comment)(?:\s*[·|•]\s*.*)?|your email address will not be published\.?.*|blog at wordpress\.com\.?|[\p{Lu}][\p{L} .-]{1,40} is a personal blog\b.*|(?:the )?views (?:expressed )?(?:here )?are (?:the author'?s|my|his|her) own\b.*|get updates on [^.]{3,80}\.(?:\s*join our [^.]{3,40}\.)?|join our (?:movement|community|mailing list)\b[^.]{0,40}\.?)$/iu,
    examples: [
      "Like this: Like Loading...",
      "Leave a reply · Your email address will not be published.",
      "Borderlines is a personal blog; views are the author's own. Blog at WordPress.com.",
      "Get updates on human rights issues from around the globe. Join our movement today.",
    ],
    counterExamples: ["Like this ceasefire, the last one failed, the minister said."],
  },
  wireNotes: {
    pattern:
      /^(?:\((?:adds|updates|recasts|rewrites|changes|corrects|fixes|refiles|removes|moves|inserts)\b[^)]{0,200}\)|\((?:reporting|writing|additional reporting|editing|compiled) by\b[^)]{0,300}\)|\(\([^()]{0,200}@[^()]{0,200}\)\)|[-–—]?\s*[\p{L} /]{0,40}\s*\/?\s*ends\.?|\((?:the )?(?:briefing|press conference|news conference|meeting|session|discussion) (?:was )?(?:concluded|ended|adjourned|continued|moved on|turned|went on)\b[^)]{0,60}\)\.?|transcript \((?:excerpt|partial|full)\)|(?:this is )?an official website of the\b.{2,80}|this (?:interview|article|story|piece) (?:first )?(?:appeared|was (?:first )?published) in\b.{2,120})$/iu,
    examples: [
      "(Adds Blinken statement, Pashinyan comments)",
      "(Reporting by Nino Beridze in Tbilisi; editing by Paul Reddan)",
      "((newsdesk@wire.example; +995 32 000 0000))",
      "— CBNS Caucasus desk / ends",
      "NPS / IS / ends",
      "(The briefing was concluded at 3:02 p.m.)",
      "(The press conference continued on other topics.)",
      "TRANSCRIPT (excerpt)",
      "This is an official website of the United States government.",
      "This interview first appeared in the print edition of October 24, 2024.",
    ],
    counterExamples: ["(Adds that the ministry denied the claim) Baku said on Monday it had not fired.", "The war never ends, a villager said."],
  },
  archiveFields: {
    pattern:
      /^(?:(?:section|page|length|edition|document id|doc(?:ument)? no\.?|load-date|language|publication-type|journal-code|acc-no|document-type|graphic)\s*:\s*[\p{L}\p{N} ,.-]{1,40}\s*){1,4}$|^\d{1,5}\s+of\s+\d{1,6}\s+documents?$|^body\s*:$|^information for this (?:article|story|report) was contributed by\b.*|^views?\s*:?\s*\d[\d\s,.]*$|^copy\s*\/\s*paste the (?:article )?(?:video )?embed (?:link|code) below:?$|^(?:.{1,80}\s)?information on this site is protected by copyright\b.*$/iu,
    examples: [
      "Section: WORLD   Page: A9   Length: 584 words",
      "Document ID: LS19930407-A9-0412",
      "LOAD-DATE: June 4, 1993",
      "12 of 340 DOCUMENTS",
      "BODY:",
      "Information for this article was contributed by wire service reports.",
      "Views: 3 418",
      "Copy/paste the article video embed link below:",
      "Information on this site is protected by copyright. TASS Russian News Agency. 2022",
    ],
    counterExamples: ["Section 9 of the statement says Lachin stays open.", "Views differ, the ministry said."],
  },
  sectionList: {
    pattern: /^(?:[A-Z]{3,}(?: [A-Z]{3,})?, ){1,3}[A-Z]{3,}(?: [A-Z]{3,})?$/,
    examples: ["WORLD, EUROPE", "NEWS, CAUCASUS, POLITICS"],
    counterExamples: ["ARMENIA, AZERBAIJAN AGREE TO TRUCE IN MOSCOW TALKS", "World, Europe"],
  },
  relatedWithAge: {
    pattern: /^.{5,140}\s+(?:published|updated|posted)\s+\d{1,3}\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago\.?$/i,
    examples: ["Who are the refugees fleeing Karabakh? Published 3 days ago"],
    counterExamples: ["The ministry said the figures were published 3 days ago by Baku and were false."],
  },
  wireCredits: {
    // A dash or bracket may open the credit line ("-- Reporting by staff in Baku; editing by J. Ortega").
    pattern:
      /^(?:[-–—(\s]+)?(?:(?:additional )?reporting (?:by|from) [^;]{3,120};\s*)(?:(?:(?:additional reporting|writing|editing|edited) by|additional (?:information|material) (?:from|by)) [^;]{3,80}?(?:;\s*|\.?\)*$))+(?:\+?[\dx][\dx ()-]{6,24}\)*)?$/i,
    examples: [
      "((Reporting by staff in Moscow and Baku; editing by foreign desk; +7 095 xxx xxxx))",
      "Reporting by our correspondents in Baku and Yerevan; edited by Kari Lind",
      "Reporting by Lilit Arakelyan in Yerevan and Orkhan Mammadli in Baku; Additional reporting by Olga Sedova in Moscow; Writing by Tom Halloran; Editing by Fiona Ashcombe",
      "-- Reporting by staff in Baku and Yerevan; editing by J. Ortega",
      "Reporting by our Gyumri correspondent; additional information from Armenpress.",
      "(Reporting from Tbilisi and Gori; editing by the night desk)",
    ],
    counterExamples: ["Reporting by the ministry suggests 40 died; the army denied it."],
  },
  // A desk's sign-off under the story: "-- EWS Moscow desk, reporting by Lena Vorontsova; additional reporting from Baku".
  deskSignOff: {
    pattern:
      /^[-–—]{0,2}\s*[\p{L}\p{N}&./' -]{2,50}\s+desk\s*,\s*(?:reporting|writing|compiled) by\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}(?:\s+in\s+\p{Lu}[\p{L}-]*)?(?:;\s*(?:additional reporting|editing|writing) (?:by|from)\s+[^;]{3,80})*\.?$/u,
    examples: ["-- EWS Moscow desk, reporting by Lena Vorontsova; additional reporting from Baku and Yerevan", "Caucasus desk, reporting by Anna Petrosyan"],
    counterExamples: ["The foreign desk, reporting by phone, said the figures were disputed by Baku and Yerevan alike, which it denied."],
  },
  // An update note under the headline: "Updated 14:10 GMT with comments from the OSCE."
  updateNoteWithTime: {
    pattern:
      /^(?:last\s+)?updated\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:gmt|utc|cet|msk|local(?:\s+time)?)?(?:\s+on\s+[\p{L}\d ,]{3,30})?\s+(?:with|to\s+(?:add|include))\s+[^.]{3,100}\.?$/iu,
    examples: ["Updated 14:10 GMT with comments from the OSCE.", "Last updated at 09:30 local time to add Baku's reaction"],
    counterExamples: ["Updated figures at 14:10 showed 12 dead, the ministry said."],
  },
  socialRow: {
    pattern:
      /^(?:(?:share|tweet|email|e-mail|print|facebook|twitter|x|youtube|instagram|telegram|whatsapp|linkedin|vk|rss|copy link)\s+){1,7}(?:share|tweet|email|e-mail|print|facebook|twitter|youtube|instagram|telegram|whatsapp|linkedin|vk|rss|copy link)$|^licensing and reprint(?:s| rights)$|^(?:from the archives? of|archived from) [\p{Lu}][\p{L} .'’&-]{2,60}$/iu,
    examples: ["Share  Tweet  Email", "Facebook  Twitter  YouTube", "Licensing and reprint rights", "From the archive of The Westminster Courier"],
    counterExamples: ["Share prices fell in Baku.", "From the archive of the ministry, the documents show 40 dead."],
  },
  wireOperator: {
    pattern:
      /^(?:[A-Z]{2,6}\s+)?[a-z]{2}(?:\/[a-z]{2}){1,3}(?:\s+\d{4}\s?(?:GMT|UTC|EDT|EST|BST|MSK|CET))?$|^[A-Za-z]{2,4}\/[A-Za-z]{2,4}(?:\/[A-Za-z]{2,4})?\/\d{1,4}$|^[A-Z]{2,5}\s+\d{6}\s+(?:GMT|UTC)\s+[A-Z]{3}\s+\d{2}(?:\s+OK)?$|^[A-Z]{2,5}-\d{3,5}-\d{2}\s+\d{3,4}\s?(?:GMT|UTC|EDT|EST|BST|MSK)$/,
    examples: ["pd/jb", "CPS kt/rb", "kt/rb 0915 GMT", "tas/ab/13", "TAS/AB/13", "AMP 191642 GMT MAY 92", "TASS 041830 GMT MAR 88 OK", "AWS-0729-93 2114EDT"],
    counterExamples: ["and/or", "and/or/either", "UN 1993 RESOLUTION", "km/h 1200 GMT"],
  },
  servingTagline: {
    pattern: /^serving (?:the )?[\p{L}'’ -]{3,60} (?:community|readers|region)(?: of [\p{L}'’ -]{2,40})? since \d{4}\.?$/iu,
    examples: ["Serving the Armenian-American community of Southern California since 1971"],
    counterExamples: ["Serving soldiers of the community since 1991 were killed, the ministry said."],
  },
  referenceWorkChrome: {
    pattern:
      /^(?:from [\p{Lu}][\p{L}\p{N} .-]{1,40}, the free (?:[\p{L}-]+-based )?(?:encyclopa?edia|reference work|dictionary)(?:\s+(?:of|for|on|about|in)\s+[^.!?,]{1,50})?\.?|jump to (?:navigation|content)(?:\s+jump to search)?|retrieved (?:from|on)\b.*|categor(?:y|ies)\s*:.*|(?:help (?:us )?improve [\p{Lu}][\p{L}\p{N} .-]{1,40}:\s*)?this (?:section|article|page) (?:may be too long|(?:may )?needs? additional citations|may (?:need|require) (?:additional|more) (?:citations|sources|references)|may (?:requir)e cleanup|is written like)\b.*|please consider splitting (?:content )?into sub-articles\b.*|(?:\[edit\]|edit source|view history)$|this is the talk page for discussing (?:improvements|changes) to\b.*|this (?:article|page|topic) is subject to (?:discretionary|general|contentious[- ]topics?|extended[- ]confirmed) (?:sanctions|restrictions)\b.*)$/iu,
    examples: [
      "From OpenWiki, the free encyclopedia",
      "From Kura Wiki, the free encyclopedia of the Caucasus",
      "From Lakeside Wiki, the free Geneva-based encyclopaedia",
      "Jump to navigation Jump to search",
      'Retrieved from "https://wiki.example/wiki/Karabakh"',
      "Categories: Nagorno-Karabakh conflict | Ceasefires",
      "This section may be too long to read and navigate comfortably.",
      "Please consider splitting content into sub-articles.",
      "Help improve Kura Wiki: this article may need additional citations for verification.",
      "This section may require more sources.",
      "This is the talk page for discussing improvements to the article on the Karabakh ceasefires.",
      "This article is subject to discretionary sanctions (Armenia-Azerbaijan topic area).",
    ],
    counterExamples: [
      "From Baku, the free movement of goods was promised.",
      "Categories of victims were listed by the ministry.",
      "Help improve the border crossing: the ministry asked for more funds.",
    ],
  },
  transcriptNotice: {
    pattern:
      /^(?:this is a rush transcript\b.*|(?:an? )?rush transcript(?:\s*[;:,.]\s*(?:this copy|the text|it) may\b.*|\.?)|this copy may not be in its final form\b.*|\((?:end(?: of (?:segment|transcript|video clip|clip))?|begin video clip|end video clip|commercial break|crosstalk|music)\)|script\s*[-–—:]\s*for broadcast\b.*|.*\|\s*not for rebroadcast\b.*|not for rebroadcast\b.*|transcript prepared from\b.*|\[?this transcript (?:was|has been|is) (?:produced|generated|prepared|made|compiled|created|machine-generated)\b.*)$/i,
    examples: [
      "[This transcript was produced from the broadcast audio and may contain errors. Please check against the recording before quoting.]",
      "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
      "(END OF SEGMENT)",
      "Rush transcript; this copy may not be in its final form.",
      `Script - for broadcast - duration 6'10"`,
      "Station Archive - Scripts | Not for rebroadcast | Transcript prepared from the running order",
    ],
    counterExamples: [
      "(The ministry later denied the report.)",
      "This is a rush to judgement, Hajiyev said.",
      "Rush transcripts of the hearing showed the minister denied it.",
    ],
  },
  deskCredit: {
    pattern:
      /^(?:compiled by (?:the )?[\p{L}\p{N} .'’-]{2,50}(?:[.;,]\s*(?:editing|edited|additional reporting) by [\p{L} .'’-]{2,60})?\.?|editing by [\p{Lu}][\p{L} .'’-]{2,60}\.?|subscribers\s*:.*|advertise with us|have an opinion on this (?:topic|story|article|issue)\?.*|the views expressed (?:here )?are (?:his|her|their|my) own\.?|(?:additional )?reporting contributed by [^.]{3,80}\.(?:\s*photo(?:graph)?s? by [^.]{3,60}\.?)?|photo(?:graph)?s? by the author\.?)$/iu,
    examples: [
      "Compiled by the World Desk. Editing by Mark Halloran.",
      "Compiled by the Northline World Desk; editing by Paula Ferreira.",
      "Subscribers: for full stories, see the wire or call the desk.",
      "Have an opinion on this topic? Submit a letter to the editor.",
      "The views expressed are his own.",
      "Reporting contributed by the Lakeside Courier's Gyumri stringer. Photographs by the author.",
    ],
    counterExamples: [
      "Compiled by hand, the list named 40 villages, the ministry said.",
      "Reporting contributed by residents was checked against satellite images, the group said",
    ],
  },
  wireEndMarker: {
    pattern:
      /^(?:[-–—]{1,2}\s*(?:30|[A-Z]{2,6})\s*[-–—]{1,2}|#{3}|\(\s*end(?:\s+(?:items?|of (?:text|items?|story|transmission|bulletin|dispatch)))?\s*\)|end ?items?|(?:[-–—=*]{1,3}\s*)?end of (?:text|transmission|bulletin|dispatch|excerpts?|extracts?|transcript|item|(?:the )?(?:roundup|round-up|digest|summary|file|edition|briefing))(?:\s*[-–—=*]{1,3})?|[[(](?:item|excerpt|report|transcript) ends[\])]|\((?:bulletin|programme|broadcast) continues(?: with [^)]{1,40})?\))\.?$/i,
    examples: [
      "-- APN --",
      "-- 30 --",
      "###",
      "(end items)",
      "(end)",
      "Enditem",
      "End of transmission",
      "== END OF TRANSCRIPT ==",
      "[Item ends]",
      "(Programme continues with sport)",
      "End of digest.",
    ],
    counterExamples: ["The end of the war came in 1994.", "End of an era in Stepanakert", "(End of the ceasefire, the ministry said)"],
  },
  transmissionSlug: {
    pattern:
      /^(?:transmitted|filed|sent|moved|received|issued)(?: at)? \d{1,2}[:.]?\d{2}(?:\s*(?:hrs?|h|hours))?(?:\s+(?:\p{L}+ time|gmt|utc|msk|edt|est|cet|z))?\.?$/iu,
    examples: ["Transmitted 0930 Moscow time", "Filed at 14:20 GMT", "Sent 2215 hrs"],
    counterExamples: ["Transmitted 40 messages to Baku, the ministry said.", "Filed 1200 complaints"],
  },
  alternateAddresses: {
    pattern:
      /^[^.!?]{0,80}\b(?:website|web site|site|pages?|service|portal)\b[^.!?]{0,30}\b(?:can|may) (?:also )?be (?:accessed|reached|found|read|viewed|visited) (?:at|via|through|on) (?:the following|these|our|its)\b(?: (?:alternate|alternative|mirror|other|backup))? ?(?:addresses|domains|mirrors|urls|links|sites)\b.*$/i,
    examples: [
      "Caspian Radio's website can also be accessed at the following alternate addresses:",
      "Our pages may also be reached at these mirror domains: example.ir | example.tv",
    ],
    counterExamples: ["The ministry's website can also be accessed at its embassy in Moscow, officials said."],
  },
  addressStrip: {
    pattern: /^(?:(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:\/\S*)?\s*(?:[|,;·•]\s*|$)){2,}$/i,
    examples: ["www.caspianradio.ir | www.caspianradio.tv", "https://example.am, https://example.az"],
    counterExamples: ["Armenpress.am and Report.az carried the statement."],
  },
  blogPostFooter: {
    pattern:
      /^[Pp]osted (?:in|under) \p{Lu}[\p{L}'’-]*(?:(?:,\s*|\s+(?:and|&)\s+|\s+)\p{Lu}[\p{L}'’-]*)*(?:\s*[|·•]\s*(?:[Cc]omments? (?:[Oo]ff|[Cc]losed)|\d+ [Cc]omments?|[Nn]o [Cc]omments|[Ll]eave a (?:[Cc]omment|[Rr]eply)|[Tt]agged\b.{0,80}|[Pp]ermalink))*$/u,
    examples: ["Posted in Armenia, Artsakh | Comments Off", "Posted in Diaspora | 3 Comments", "Posted under Karabakh and Politics"],
    counterExamples: ["Posted in Stepanakert, the soldiers said the shelling had stopped.", "Posted in Goris since May, the unit lost four men."],
  },
  communitySignUp: {
    pattern:
      /^join [^.!?]{2,50} community\b[^.!?]{0,20}\b(?:sign up|subscribe|register)\b.*$|\bnever miss (?:a|an|the|our|any)\b[^.!?]{0,30}\b(?:stor(?:y|ies)|updates?|issues?|editions?|headlines?|newsletters?|episodes?)\b/i,
    examples: ["Join The Galilee Ledger community -- sign up for our Daily Edition and never miss the top stories.", "Sign up today and never miss an issue."],
    counterExamples: ["Join the community of Goris in mourning, the mayor urged.", "We will never miss a chance to talk, the minister said."],
  },
  agencyCredit: {
    pattern:
      /^(?:[\p{Lu}][\p{L}&.'’-]*\s+){1,5}(?:with|WITH|and|AND|&)\s+(?:(?:[Ii]nputs?|INPUTS?)\s+(?:from|FROM)\s+)?(?:[Aa]gencies|AGENCIES|[Nn]ews [Aa]gencies|NEWS AGENCIES|[Ww]ires|WIRES|[Ww]ire [Ss]ervices|WIRE SERVICES)\.?$/u,
    examples: ["ANATOLIA HERALD WITH AGENCIES", "Marmara Times with agencies", "Staff and Agencies", "Press Trust Service with inputs from agencies"],
    counterExamples: ["Azerbaijan will share data with agencies of the UN.", "UN agencies", "Baku Ministry with inputs from agencies said 12 died."],
  },
  unofficialSummary: {
    pattern:
      /^(?:an? |this is an? )?(?:unofficial|informal|non-official) (?:[a-z-]+ ){0,2}(?:summary|translation|transcript|record|version)(?: of [^.!?]{1,60})? (?:prepared|produced|compiled|issued|provided) by (?![^.!?]*\b(?:said|says|shows?|showed|states?|stated|claims?|claimed|reports?|reported)\b)[^.!?]{1,60}\.?$/i,
    examples: [
      "Unofficial summary prepared by Council Notes Digest.",
      "An informal translation provided by the embassy.",
      "Unofficial English working translation prepared by the press pool.",
    ],
    counterExamples: ["An unofficial summary prepared by Baku's negotiators said 40 soldiers had died."],
  },
  // A catalogue record's fields, one per table row: what the library holds, never what anyone said (the record's
  // abstract, in prose, is read).
  catalogueField: {
    pattern:
      /^\|\s*(?:field|corporate author|author|authors?\/editors?|title|uniform title|publisher|imprint|date of publication|published|extent|physical description|isbn|issn|lc card number|lccn|oclc|language|shelfmark|call number|location|holdings|copies|series|edition|format|subjects?|record (?:id|number)|barcode|loan status|availability)\s*\|\s*[^|]{1,200}\|\s*$/iu,
    examples: [
      "| Holdings | 1 copy, reading room (not for loan) |",
      "| Title | Azerbaijan: seven years of conflict in Nagorno-Karabakh |",
      "| Field | Value |",
      "| ISBN | 1-56432-142-8 |",
    ],
    counterExamples: ["| 4 Oct 2020 | Ganja | 1 killed |", "| Azerbaijan | 2,906 killed (defence ministry) |", "Title: Azerbaijan says 12 soldiers died"],
  },
  // "Summary prepared by the Monitor.": who made the page's summary, the maker's name capitalised (case matters here).
  summaryMaker: {
    pattern:
      /^(?:[Tt]his |[Tt]he )?(?:[Ss]ummary|[Dd]igest|[Aa]bstract|[Pp]r[ée]cis) (?:prepared|produced|compiled|written|made) by (?:the |our )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}\.?$/u,
    examples: ["Summary prepared by the Monitor.", "Digest compiled by the Lagoon Desk"],
    counterExamples: [
      "The transcript was prepared by the ministry and released on Monday.",
      "A summary prepared by the ministry said 12 soldiers were killed.",
    ],
  },
  // A page's note on its own method: who made the summary, that it is no official text, how its numbers, brackets
  // and headings are set. What the page says about itself, never what anyone claimed.
  pageMethodNote: {
    pattern:
      /^(?!.*\b(?:said|says|say|claimed|claims|stated|reported|reports|showed|accused|denied|warned)\b)(?:about this (?:page|digest|record|summary)[.:]\s*)?(?:(?:this|the (?:above|following)) is not an? (?:official|authoriz?s?ed|authoritative) (?:[\p{L}-]+ ){0,2}(?:text|document|record|version|translation|transcript)|paragraph numbers (?:follow|are those of|match) the (?:resolution|original|document|report|text)|our (?:comments|notes|additions|explanations) (?:appear|are given|are shown|stand) in (?:square )?brackets|(?:the )?headings(?:,? notes)? and (?:notes|comments|summaries) are (?:ours|our own|the editors')|(?![^.!?]*\b(?:by|given)\b)(?:the|this) (?:digest|monitor|bulletin|newsletter|page|site) (?:reproduces|republishes|collects|gathers|summari[sz]es) (?:[\p{Ll}-]+ ){0,6}(?:from|of|issued by|published by)\b[^.!?]{1,120})(?:[;,] [^.!?]{0,120})?(?<!\s(?:and|or|of|the|an?|to|from|with|by|for|in|that|is))\.?$/iu,
    examples: [
      "This is not an official UN text.",
      "Paragraph numbers follow the resolution; our comments appear in square brackets.",
      "About this page. The Digest reproduces written questions and answers from the UK Parliament that concern small states, with a short context note.",
      "Headings and notes are ours.",
    ],
    counterExamples: [
      "A summary prepared by the ministry said 12 soldiers were killed.",
      "The monitor reproduces claims from both sides, the ministry complained.",
      "This is not an official figure, the spokesman said.",
      "The summary prepared by the ministry said soldiers were killed.",
      // (A line broken mid-sentence is judged with the rest of its paragraph.)
      "This bulletin summarises public notices from foreign governments and",
      // (A note that names who gave the text reproduced is read: the page's genre needs its speaker.)
      "The Monitor reproduces the part of the weekly briefing given in Astana by the ministry's representative.",
    ],
  },
  shareBar: {
    pattern: /^(?:share(?: this(?: article| story| report| page| post)?)?|follow us|print)\s*:?\s*(?:\[[^\]]{1,30}\]\s*)+$/i,
    examples: ["Share: [Facebook] [Twitter] [Print version]", "Share this story [X] [Telegram]"],
    counterExamples: ["Share prices [in manat] fell on Monday."],
  },
  followAbroad: {
    // A page abroad asks its readers to follow it in its own language: "Siga a …", "Suivez …", "Sígenos …".
    pattern: /^\W{0,3}\s*(?:siga(?:nos)? a|s[ií]guenos en|siga-nos|suivez(?:-nous)?)\b.{0,80}\b(?:facebook|instagram|twitter|telegram|youtube|tiktok|x)\.?$/iu,
    examples: ["📲 Siga a El Volcán Deportes en Facebook, Instagram y X", "Síguenos en Facebook y Twitter", "Suivez-nous sur Facebook"],
    counterExamples: ["Siga a la espera, dijo el ministro, que las tropas se retiren de la frontera."],
  },
  archiveNote: {
    pattern:
      /^(?:from the [\p{L}'’ -]{1,40} (?:archives?|microfilm)|reproduced from (?:the )?[\p{L}'’ -]{1,40}(?:archives?|microfilm|files)|(?:scanned|ocr(?:'d|ed)?|digiti[sz]ed) (?:text|copy|pages?) may contain (?:errors|mistakes|typos))\.?$/iu,
    examples: ["From the Courier archive.", "Reproduced from the Sentinel microfilm archive.", "Scanned text may contain errors."],
    counterExamples: ["From the archive, researchers recovered 40 names of the dead.", "Reproduced from memory, his account differs."],
  },
  // "HARBOUR WIRE DESK (AFP, Reuters, Interfax)", "Foreign Desk (AP and Reuters)": the desk that put a story together from the agencies named.
  agencyDeskCredit: {
    pattern:
      /^(?:\p{Lu}[\p{L}&'’-]*\s+){0,4}(?:DESK|[Dd]esk)\s*\((?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)(?:\s*(?:,|and|&|\/)\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)*\)$/u,
    examples: ["HARBOUR WIRE DESK (AFP, Reuters, Interfax)", "Foreign Desk (AP and Reuters)"],
    counterExamples: ["The desk (AFP) was shelled in Stepanakert, the agency said.", "Foreign Desk"],
  },
  // An archive's or a reading room's own note on its copy of a document, labelled as theirs: "Reading-room
  // note: this page reproduces …", "Archive note: names of junior staff are withheld …". (What follows it in
  // its paragraph is the note's too: see boilerplate.ts.)
  copyNote: {
    pattern:
      /^(?:reading[- ]room|archive|archivist['’]?s?|collection|library|curator['’]?s?|transcriber['’]?s?|transcription|digiti[sz]ation|catalogu(?:e|er['’]?s?)|mirror|editorial)\s+notes?(?:\s*\([^()]{1,60}\))?\s*:\s+(?![^.!?]*\b(?:said|says|told|according to|reported|regarded|regards)\b)(?=[^.!?]*(?:\bthis\s+(?:page|copy|record|transcription|version|file)\b|\breproduc|\bwithheld\b|\bredact|\btranscri|\bre-?keyed\b|\bdigiti[sz]|\bscanned\b|\bcirculated\s+cop|\bby\s+the\s+(?:archive|trust|library|collection|reading\s+room|mirror)\b))[^.!?]{3,240}[.!?]$/iu,
    examples: [
      "Reading-room note: this page reproduces the body of a diplomatic cable as it circulated.",
      "Archive note: names of junior embassy staff are withheld by the archive.",
      "Collection note: folder 3 was water-damaged before it was scanned.",
      "Editorial note (Harbour Papers Project, 2018): the speeches are reproduced from the summaries in the provisional record.",
    ],
    counterExamples: [
      "Archive note: the minister told parliament that 40 soldiers died.",
      "Archive notes show that the order was signed in 1992.",
      "Note: the ministry later revised the toll.",
      // (A note on the document's history, not on the copy: its sentences may be claims.)
      "Archive note: The text below was adopted at a joint session of the regional council.",
      // (A hard-wrapped note's first line is no sentence: the note is judged once its paragraph is joined.)
      "Reading-room note: this page reproduces the body of a diplomatic cable as",
    ],
  },
  // A document archive's or a reading room's own small print around the records it shows: what it reproduces
  // and leaves out, who keeps it, its terms of use and access, how to cite and whom to ask.
  archiveTerms: {
    pattern: new RegExp(
      String.raw`^(?![^.!?]*\b(?:said|says|told|according to|reported)\b)(?:` +
        String.raw`(?:texts?|documents?|records?|copies|materials?|cables?|transcriptions?)\s+(?:are|is)\s+reproduced\s+(?:here\s+)?for\s+(?:research|teaching|study|reference|education|scholarship)\b.*` +
        String.raw`|\S.{0,60}\bdoes\s+not\s+(?:verify|guarantee|vouch\s+for)\s+the\s+(?:completeness|accuracy|authenticity|integrity)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:copies|texts|documents|records|cables|transcriptions|transcripts)\b.*` +
        String.raw`|\S.{0,60}\bis\s+an?\s+(?:volunteer(?:-run)?|non-?profit|not-for-profit|unfunded|amateur)\s+(?:project|effort|initiative|archive|site|website)\b.*` +
        String.raw`|not\s+an\s+official\s+(?:record|publication|website|site|document|source)\s+of\s+(?:any|the)\s+(?:government|state)\b.*` +
        String.raw`|(?:the\s+)?(?:mirror|archive|site|collection|library|page)s?\s+(?:is\s+|are\s+)?(?:maintained|run|compiled|kept|hosted)\s+by\s+volunteers\b.*` +
        String.raw`|not\s+affiliated\s+with\b.*|report\s+(?:broken|dead)\s+links\b.*` +
        String.raw`|this\s+(?:page|copy|version|text|edition|excerpt)\s+reproduces\s+(?:only\s+)?(?:selected|some|the\s+main|parts|extracts|excerpts)\b.*` +
        String.raw`|(?:excerpt|extract|text|document)\s+ends\.?` +
        String.raw`|(?:footnotes|endnotes|notes|annex(?:es)?|append(?:ix|ices)|tables|figures|maps|attachments|enclosures)(?:\s+and\s+(?:the\s+)?[\p{L} -]{1,40})?\s+(?:are|is|have\s+been|has\s+been)\s+(?:omitted|not\s+reproduced|left\s+out)\b.*` +
        String.raw`|(?:an?\s+)?(?:unofficial\s+|public\s+|volunteer\s+)?mirror\s+of\s+(?:public\s+|publicly\s+available\s+|released\s+|declassified\s+)?[\p{L} -]{3,60}(?:products|documents|reports|papers|cables|records|texts|files|publications)\.?` +
        String.raw`|(?:[\p{L}-]+\s+){0,2}(?:papers|documents|texts|records|cables|sources|reports)\s+(?:on|about|from|of)\s+[^.!?]{3,60},\s*(?:annotated|translated|indexed|transcribed|with\s+notes)` +
        String.raw`|(?:library|archive|collection|record|catalogue|call|item|document|shelf)\s+(?:reference|ref\.?|number|no\.?|id|mark)\s*:\s*[\w./ -]{2,40}|format\s*:\s*[^.!?]{2,60}` +
        String.raw`|item\s+(?=[\w./-]*\d)[A-Z0-9][\w./-]{2,30}|(?:released|declassified|withheld)(?:\s+in\s+(?:part|full))?` +
        String.raw`|(?:digiti[sz]ed|scanned|photocopied)\s+(?:copy|text|version|image)(?:,\s*(?:transcribed|typed|checked|keyed)\s+by\s+[\p{L} ]{3,40})?` +
        String.raw`|access\s*:\s*(?:open|closed|restricted|unrestricted)\b.*|conditions\s+(?:of|governing)\s+(?:use|access|reproduction)\s*:.*` +
        String.raw`|please\s+cite\s+(?:this\s+(?:item|record|collection|document|page)\s+)?as\s*:\s*[^!?]{3,160}\.|(?:questions|enquiries|inquiries)\s*:\s*(?:ask|contact|write\s+to|e-?mail|call|see)\b.*` +
        String.raw`|reading[- ]room\s+hours\s*:.*|reproduction\s+requests\s*:.*|transcription\s+(?:checked|compared|verified)\s+against\b.*` +
        String.raw`)$`,
      "iu",
    ),
    examples: [
      "Texts are reproduced for research and teaching.",
      "The Trust does not verify the completeness of circulated copies.",
      "Kura Diplomatic Archive is a volunteer project.",
      "Not an official record of any government.",
      "Mirror maintained by volunteers in Velas.",
      "Not affiliated with the Library of Congress.",
      "Report broken links to the desk.",
      "This page reproduces selected sections only.",
      "Excerpt ends.",
      "Footnotes and the statistical appendix are omitted.",
      "Mirror of public congressional research products.",
      "Working papers on Caucasus security, annotated",
      "Library reference: KDA/IB-04-221",
      "Format: excerpt, plain text conversion",
      "Item KDA-AM-98-013",
      "Released in part",
      "Digitized copy, transcribed by collection staff",
      "Access: Open for research. Photocopies of released government records.",
      "Conditions of use: copies may be made for private study only.",
      "Please cite as: Kura University Library, Special Collections, MS 12.",
      "Questions: ask the Special Collections desk.",
      "Reading room hours: Monday–Friday, 9:00–17:00",
      "Reproduction requests: use the order form.",
      "Transcription checked against two circulated copies.",
    ],
    counterExamples: [
      "The ministry does not verify the accuracy of the reports, its spokesman said.",
      "The documents are reproduced for research, the ministry said, and show 40 dead.",
      "Access: the road to Lachin remained closed, the ministry said.",
      "Questions remain about who fired first.",
      "The prisoners were released in part on Monday.",
      "Armenia is not affiliated with the militia, the ministry said.",
      "Item 3 of the statement calls for a ceasefire.",
      "Please cite as: the ministry said the toll was 40.",
    ],
  },
  // A document archive's note on what it holds of a record, and its terms for the texts.
  recordExtractNote: {
    pattern:
      /^(?:this (?:record|document|page|entry|text|cable|file) is an? (?:partial |abridged |incomplete |short )?(?:extract|excerpt|transcription|summary) (?:of|from) the original(?: [\p{L}-]+)?|the full text of the original (?:record|document|cable|letter|text|file) is not available(?: (?:here|online|in this archive))?|(?![^.!?]*\b(?:said|says|told|according)\b)[^.!?]{0,100}\bfor (?:research|reference|educational|scholarly|academic|personal|non-commercial|informational|information) (?:use|purposes) only)\.?$/iu,
    examples: [
      "This record is a partial extract of the original telegram.",
      "The full text of the original document is not available.",
      "Riverside Papers Collection - unofficial translations for research use only.",
      "Texts are provided for reference purposes only.",
    ],
    counterExamples: [
      "This record is a partial extract of the original, the court said, and 12 names are missing.",
      "The ministry said the maps were handed over for research use only.",
    ],
  },
  archiveReprintNote: {
    // A digitised paper's note on its own reprint: when the article first ran and how it was copied.
    pattern:
      /^(?:from the archives?:\s*)?this (?:article|story|report|piece) was (?:first|originally) (?:printed|published|run) (?:on|in) [^.]{3,40}(?:,? and (?:has been|was) (?:digiti[sz]ed|scanned|retyped|reproduced)[^.]{0,40})?\.?$|^(?:it|this (?:article|story|report|piece|text|page)) (?:has been|was|is) (?:digiti[sz]ed|scanned|transcribed|retyped|reproduced) from (?:our|the) (?:print(?:ed)?|paper|original) (?:edition|copy|archive|pages?|issue)s?\b(?![^.!?]*\b(?:said|says|told)\b)[^.!?]{0,80}\.?$/iu,
    examples: [
      "From the archive: this article was first printed on 25 August 1993 and has been digitised without changes.",
      "This story was originally published in March 1992.",
      "It has been digitised from our print edition and may contain errors of recognition.",
    ],
    counterExamples: [
      "This report was first published on Monday by the ministry, which said 12 soldiers died.",
      "It was scanned from the ministry's print archive, the court said.",
    ],
  },
  editorsNote: {
    pattern:
      /^(?:eds?|editors?)\s*:\s*(?:updates?|adds?|recasts?|corrects?|moves?|subs?|writethru|resends?|repeats?|refiles?|clarifies|changes|fixes|inserts|rewrites|tops?|new throughout)\b.*$/i,
    examples: ["Eds: UPDATES with Iranian reaction, Security Council statement; pickup 6th graf", "Editors: Adds quotes from the ministry"],
    counterExamples: ["Editors: the ministry said the figure was false."],
  },
  // "Details added (first version posted at 18:03)", "Quotes added": an agency's note that a later version of the item adds to it.
  addedNote: {
    pattern:
      /^(?:details|quotes?|comments?|background|figures?|photos?|video|updates?|reaction|new information)(?:\s+(?:and|,)\s+[\p{L} ]{2,30})?\s+added\b\s*(?:\((?:first|earlier|previous|original) version (?:posted|published|filed|issued) (?:at|on) [^)]{1,30}\))?\.?$/iu,
    examples: ["Details added (first version posted at 18:03)", "Quotes and background added", "Comments added."],
    counterExamples: ["Details added by the ministry showed two more soldiers had died."],
  },
  // "UPDATE 2 - Adds death of general, Minsk Group statement; previous version said …": a wire's note on what its new take changed.
  versionNote: {
    pattern:
      /^(?:UPDATE|REFILE|CORRECTED|WRAPUP)(?:\s\d{1,2})?\s*[-–—:]\s*(?:adds|updates|recasts|rewrites|corrects|changes|removes|fixes|inserts|replaces|tops|writes through|new throughout)\b.*$/iu,
    examples: [
      "UPDATE 2 - Adds death of Azerbaijani general, Minsk Group statement; previous version said four soldiers had been killed",
      "CORRECTED-Corrects toll in paragraph 3",
    ],
    counterExamples: ["UPDATE 2-Azerbaijan frees 15 Armenian detainees", "UPDATE 3 - Baku says border calm"],
  },
  // "NORDPRESS LE/KB 0412 GMT", "XYZ jmv/ls": a wire's closing line, its desk code and its editors'
  // initials (in capitals or in lower case, each pair in one case), maybe the time it moved.
  wireSignOffInitials: {
    pattern: /^[A-Z][A-Z&.-]{1,24}(?:\s+(?:[A-Z]{1,4}\/[A-Z]{1,4}|[a-z]{1,4}\/[a-z]{1,4}))+(?:\s+\d{4}\s*(?:GMT|UTC|EDT|EST|MSK|CET))?$/,
    examples: ["NORDPRESS LE/KB 0412 GMT", "CASPIANWIRE AB/CD 1930 UTC", "XYZ jmv/ls", "ABC sd/jk", "NORDPRESS le/kb 0412 GMT"],
    counterExamples: [
      "NATO AND THE EU MET 0412 GMT",
      "BAKU, Jan 29 (Nordpress) - Azerbaijan said",
      "NATO km/h limits were ignored, the ministry said.",
      "ARMENIA and/or AZERBAIJAN",
    ],
  },
  // "XYZ-0412 4 MAR 88 2147 GMT": a wire's transmission header over its story, the agency's code and
  // the take's number, the day in wire style and the time it moved (metadata.ts reads its date).
  // "AWS-0641 3 WORLD/CAUCASUS (UPDATED, adds Karabakh soldier killed, paras 10-12)", "EWS0418 3 II 0594":
  // a wire's transmission number, priority and desk, with its note to editors.
  // A take's closing line: the wire's code, desk and operator, the day and the time it moved.
  wireTakeEnd: {
    pattern: /^[A-Z]{2,6}(?:-[A-Za-z]{1,4}){1,3}\s+\d{2}-\d{2}-\d{2,4}\s+\d{4}\s*(?:GMT|UTC|MSK|CET)?$/,
    examples: ["TPA-GE-mb 22-01-90 1804GMT", "XNA-CA-jk 03-04-92 0915 GMT"],
    counterExamples: ["MIG-29 22-01-90 1804 planes were lost"],
  },
  // A wire's word to its clients, not to readers: "ADVISORY: the wire will move a list of the dead …".
  wireAdvisory: {
    pattern: /^(?:ADVISORY|EDITORS['’]? ADVISORY|[Nn]ote to [Ee]ditors|NOTE TO EDITORS)\s*:\s*\S.{2,200}$/,
    examples: ["ADVISORY: The wire will move a list of the dead when the authorities release it.", "Note to editors: photos are available on request."],
    counterExamples: ["Advisory: the ministry said the road was closed and urged drivers to wait."],
  },
  // The agency and bureau a story came from, alone on a line: "Aras Press Agency — Tabriz bureau."
  bureauCredit: {
    pattern: /^[\p{Lu}][\p{L}'’&.-]*(?:\s+[\p{Lu}][\p{L}'’&.-]*){0,5}\s+[—–-]\s+[\p{Lu}][\p{L}-]+\s+(?:bureau|desk|newsroom)\.?$/u,
    examples: ["Aras Press Agency — Tabriz bureau.", "Caspian Wire – Baku desk"],
    counterExamples: ["Aras Press Agency — Tabriz bureau chief Ali Rezai said the shells fell near the river."],
  },
  // A wire's slug with its take and what the take adds: "URSS-Azerbaidjan-Armenie, 2nd lead, adds funerals".
  wireLeadSlug: {
    pattern: /^[\p{L}]+(?:-[\p{L}]+){1,5},\s+\d(?:st|nd|rd|th)\s+(?:lead|writethru|update)\b(?:,\s*[^.!?]{0,120})?$/iu,
    examples: ["URSS-Azerbaidjan-Armenie, 2nd lead, adds Supreme Soviet session, funerals", "Armenia-Azerbaijan-Clash, 3rd lead"],
    counterExamples: ["Armenia-Azerbaijan talks, the 2nd lead negotiator said, were over."],
  },
  // The desk's operators' initials closing a take: "pym/jd/rb", "(NPW) ks/ty".
  operatorInitials: {
    pattern: /^(?:\([A-Z]{2,6}\)\s*[a-z]{2,3}(?:\/[a-z]{2,3}){1,4}|[a-z]{2,3}(?:\/[a-z]{2,3}){2,4})$/,
    examples: ["pym/jd/rb", "(NPW) ks/ty"],
    counterExamples: ["and/or", "km/h"],
  },
  wireDeskSlug: {
    pattern:
      /^[A-Z]{2,5}-?\d{3,5}\s+\d{1,2}\s+(?:[A-Z]{1,12}(?:\/[A-Z]{1,12})*|\d{3,5})(?:\s+\d{3,5})?(?:\s*\([^()]{0,120}\))?(?:\s+\/[A-Z]{2,5}-[A-Z0-9]{2,8})?$/,
    examples: [
      "AHP0412 4 I 0517 /AHP-KA11",
      "AWS-0641 3 WORLD/CAUCASUS (UPDATED, adds Karabakh soldier killed, paras 10-12)",
      "EWS0418 3 II 0594",
      "CWS-1102 2 WORLD",
    ],
    counterExamples: ["MIG-29 2 PLANES LOST", "T-72 tanks 4 destroyed"],
  },
  wireTransmissionHeader: {
    pattern:
      /^[A-Z]{2,6}-\d{2,5}\s+\d{1,2}\s+(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\s+(?:\d{2}|\d{4})\s+\d{4}(?:\s*(?:GMT|UTC|EDT|EST|MSK|CET))?$/,
    examples: ["XYZ-0412 4 MAR 88 2147 GMT", "NPW-117 22 NOV 1991 0930 UTC", "ABC-0031 12 JUN 05 1100"],
    counterExamples: ["MIG-29 4 MAR 88 planes were lost, the ministry said.", "T-72 tanks 4 MAR 1988 2147 destroyed"],
  },
  wireStorySlug: {
    pattern:
      /^(?:BC|AM|PM|AP)-[A-Z][A-Za-z-]+(?:,?\s+(?:\d+(?:st|nd|rd|th)\s*)?[\w-]*(?:[Ll][Dd]|[Ll]ead|LEAD|[Ww]ritethru|WRITETHRU|[Uu]rgent|URGENT|[Bb]ulletin|BULLETIN|[Aa]dvisory|ADVISORY)[\w-]*)*(?:\s+\d{2}-\d{2})?$/,
    examples: ["BC-USSR-Azerbaijan 3rd Ld-Writethru   01-22", "BC-AZERBAIJAN-ARMENIA 3rdLd-Writethru", "AM-Soviet-Karabakh"],
    counterExamples: ["BC-AZERBAIJAN said forty soldiers died", "AP-Armenia talks resume"],
  },
  subscribeForAccess: {
    pattern:
      /^[Ss]ubscribe (?:to|for) [^.!?]{2,60} (?:for|to get|and get|to receive) (?:full|unlimited|complete|all|weekly|daily|monthly|more|the latest|our|in-depth)\b[^.!?]{0,80}[.!]?$|^[Ss]ubscribe to (?:the |our )?[\p{Lu}\p{N}][\p{L}\p{N}'’-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}'’-]*){0,4}(?:\s*[-–—:]\s*[^.!?]{0,120})?[.!]?$/u,
    examples: [
      "Subscribe to Caspian Quarterly for weekly analysis from the former Soviet republics.",
      "Subscribe to the Northline Gazette for full access.",
      "Subscribe to the Assembly Brief – our weekly summary of every vote in the chamber.",
      "Subscribe to the Assembly Brief",
    ],
    counterExamples: ["Subscribe to the ceasefire terms, Baku told Yerevan.", "Subscribers to the channel said the video was fake."],
  },
  // A newsletter's or a podcast's sign-off and prompts.
  newsletterSignOff: {
    pattern:
      /^(?:enjoying (?:the|this|our) [^.!?]{1,40}\?\s*(?:forward|share) it\b[^.!?]{0,60}[.!]?|that'?s (?:it|all) for (?:today|this week|now)[.!]?(?:\s*we'?ll be back (?:tomorrow|next week|on \w+day)\b.{0,30})?|that'?s (?:it|all) for (?:this year|the year|(?:19|20)\d{2})[.!]?(?:\s*(?:we'?ll be back|we return|the [\w'’ -]{1,40}? (?:returns|is back|will be back|will return)) (?:on|in|next|after)\b[^.!?]{1,30}[.!]?)?|we'?ll be back (?:tomorrow|next week|on \w+day)\b.{0,30}|(?:[^.!?]{0,60}\.\s*)?(?:please\s+)?rate(?:,)? (?:and|&) review us\b[^.!?]{0,60}[.!]?|[^.!?]{0,60}\bwherever you get your podcasts\b[^.!?]{0,80}[.!]?)$/i,
    examples: [
      "Enjoying the Brief? Forward it to a colleague.",
      "That's all for 2019. The Syunik Letter returns on 8 January.",
      "That's it for today. We'll be back tomorrow at 6 a.m.",
      "Frontlines is an independent production. Rate and review us wherever you get your podcasts.",
      "Subscribe wherever you get your podcasts, and tell a friend about the show.",
    ],
    counterExamples: ["That is it for the ceasefire, the minister said.", "We'll be back in Shusha, the refugees vowed."],
  },
  // Page chrome: "Jump to:", "Have a tip or a correction? Write to …", "Follow X on LinkedIn.", image credits.
  pageInvitations: {
    pattern:
      /^(?:jump to:?|have a (?:news )?tip(?: or a correction)?\?[^.!?]{0,80}[.!]?|follow (?:us|the [\p{L}\s]{1,30}|[\p{Lu}][\p{L}\s]{1,30}) on (?:linkedin|twitter|x|facebook|instagram|telegram|youtube|mastodon|bluesky)\b[^.!?]{0,40}[.!]?|images? (?:are|is) (?:supplied|provided) by (?:agencies|our|the agencies|news agencies)\b[^.!?]{0,80}[.!]?|continued (?:coverage|on|from),? page [a-z]?\d+[.!]?)$/iu,
    examples: [
      "Jump to:",
      "Have a tip or a correction? Write to the Eurasia Desk.",
      "Follow the Forum on LinkedIn.",
      "Images are supplied by agencies and our own photographers.",
      "Continued coverage, Page A6",
    ],
    counterExamples: ["Follow-up talks on the border are due in May.", "Images supplied by the ministry showed the destroyed bridge, the army said."],
  },
  // Teletype transmission furniture: the start line with its slug, the end mark, an editors' note in brackets.
  teletype: {
    pattern: /^(?:ZCZC(?:\s+[A-Z0-9-]{2,20}){0,4}|NNNN|\((?:eds?|editors?)\s*:[^()]{2,300}\)\.?)$/i,
    examples: ["ZCZC TASS0417 4SUM", "NNNN", "(Eds: Earlier items on the unrest moved Feb 27 and Feb 29.)", "(EDS: Corrects spelling of Askeran)"],
    counterExamples: ["ZCZC said the talks had failed, the ministry added.", "(Editors at the paper denied the claim, officials said)"],
  },
  // Monitoring services: an FBIS editor's note, the copyright warning, a BBC SWB section line.
  monitoringNote: {
    pattern:
      /^(?:\[(?:FBIS|JPRS|BBC|SWB)? ?editor'?s'? note\s*:[^\]]{2,400}\]|this (?:report|document|product|publication|text) may contain copyrighted material\b.*|copying and dissemination (?:is|are) (?:strictly )?prohibited\b.*|part (?:\d|[IVX]{1,3})\s*:?\s+[\p{L}. ]{2,40};\s*[A-Z]\.\s+[\p{L} ]{2,40}(?:;[\p{L} ]{2,40})*|(?:SU|EE|ME|FE|AL|WS|AS)\/\d{3,5}(?:[\s/]+[A-Z]\d?\/\d{1,3})*(?:\s*\[\d{1,3}\])?|daily report\s*[:—–-]{1,2}\s*[\p{L} ]{2,40})$/iu,
    examples: [
      "[FBIS Editor's Note: The following item was received too late for the 19 January issue.]",
      "This report may contain copyrighted material. Copying and dissemination is prohibited without permission of the copyright owners.",
      "Part 1 Former USSR; C. TRANSCAUCASUS",
      "SU/1319 C1/1",
      "SU/1319/C1/1",
      "PART 1: FORMER USSR; C. TRANSCAUCASUS; ARMENIA",
      "Daily Report: Soviet Union",
    ],
    counterExamples: ["Part 1 of the agreement covers Lachin; C. Transcaucasus is not named.", "[Text] The Presidium appealed to Moscow."],
  },
  // "The Prairie Ledger archive.", "Reproduction without permission prohibited.": an archive's notes on its copy.
  archiveCopyNote: {
    pattern:
      /^(?:(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4}\s+archives?\.|(?:reproduction|republication|redistribution|reprinting)\s+(?:is\s+)?(?:without\s+(?:written\s+)?permission\s+(?:is\s+)?(?:prohibited|forbidden|not\s+permitted)|prohibited\s+without\s+(?:written\s+)?permission)\.?)$/iu,
    examples: ["The Prairie Ledger archive.", "Reproduction without permission prohibited.", "Republication is prohibited without written permission."],
    counterExamples: ["The archive was burned in 1992, the ministry said.", "Reproduction of the maps helped the deminers.", "KARABAKH LEGAL ARCHIVE"],
  },
  // A feed's or print view's note on itself: which tool exported it, when, with what query and format.
  feedExport: {
    pattern:
      /^(?:.{2,60}\s+[-–—|]{1,2}\s+(?:[\p{L}]+\s+){0,2}(?:feed|newsline|news\s?line|wire|archive)\s+(?:export|printout)|(?:feed|newsline|archive|search)\s+export\s+(?:generated|produced|created)\s+(?:by|with|on)\b.{1,60}|(?:printed|exported|downloaded|retrieved)\s+(?:from\s+\S+\s+)?(?:on|at)\s+[\d./: -]{6,24}(?:\s*[A-Z]{2,4})?|exported\s*:\s*[\d./: -]{6,24}(?:\s*[A-Z]{2,4})?|(?:search\s+)?(?:query|format)\s*:\s*[^.!?]{1,160})$/iu,
    examples: [
      "CASPIAN WIRE SERVICE -- ENGLISH FEED EXPORT",
      "ARMWIRE NEWS AGENCY -- newsline export",
      "Feed export generated by CWS NewsDesk 3.1",
      "Printed from azernewsline.az on 14.07.2020",
      "Exported: 15.09.2022 08:10 AMT",
      'Query: "Karabakh" AND "ceasefire" | Items: 3 | Exported 2006-10-21 14:02 GMT',
      "Format: plain text, newest last",
    ],
    counterExamples: [
      "Azerbaijan exported gas on 14.07.2020 as usual.",
      "Printed leaflets were dropped over Agdam.",
      "The format: talks in Vienna, the ministry said.",
    ],
  },
  // An agency's note that its site carries only part of its service, or that items are republished (or free to be).
  serviceExcerptNote: {
    pattern:
      /^(?:only (?:a )?(?:portion|part|selection|fraction) of the (?:news )?(?:content|news|items|stories|reports)\b.{0,120}\b(?:is|are) (?:published|available|shown)\b.*|.{0,30}\bdigest\s*[-–—:]\s*(?:\w+\s+){0,3}(?:briefs?|items?|stories|reports)\b.{0,60}\b(?:republished|reproduced|compiled|reprinted)\s+(?:for|from)\b.*|all rights to .{1,40} materials? belong to .{1,60}|(?:quoting|citing|reproduction|republication|reprinting)\s+(?:is\s+)?(?:allowed|permitted)?\s*only with (?:a |an )?(?:reference|hyperlink|link)\b.*|(?:quoting|citing|reproduction|republication)\s+is\s+(?:allowed|permitted)\s+with (?:a |an )?(?:active )?(?:reference|hyperlink|link)\b.*|(?![^.!?]*\b(?:said|says|told|according)\b)[^.!?]{1,80}\b(?:is|are) free to (?:republish|reproduce|reprint)\b[^.!?]{0,80}\.?)$/iu,
    examples: [
      "The Observer's NGO briefings are free to republish with credit.",
      "Our articles are free to republish under a Creative Commons licence.",
      "Only a portion of the news content offered to subscribers through the Meridian News Broadcasting System is published on the website.",
      "KNW digest — four briefs from our newsline, republished for subscribers.",
      "All rights to KP materials belong to Kavkaz-Press.",
      "Quoting is allowed with a hyperlink to the agency.",
      "Reproduction only with reference to the agency.",
    ],
    counterExamples: [
      "Only a portion of the aid is published in the ministry's reports, the ombudsman said.",
      "All rights to the land belong to Azerbaijan, Aliyev said.",
      "Journalists are free to report from Stepanakert, the ministry said.",
      "Residents are free to share the roads with the convoys.",
    ],
  },
  // An e-mailed digest's own notes: which part this is, how to subscribe, what is inside today.
  digestNote: {
    pattern:
      /^(?:this is part (?:\d|[ivx]{1,3}) of (?:the )?[^.]{2,80}\b(?:digest|newsline|bulletin|report|briefing)\b.*|part (?:\d|[ivx]{1,3}) (?:covers|is distributed|of the [^.]{2,60} is distributed)\b.*|to subscribe(?: to [^,]{2,80})?,\s*(?:please\s+)?(?:send|write|e-?mail|mail|contact|visit|call|go to)\b.*|inside (?:today'?s|this (?:week'?s )?|the)\s*(?:digest|issue|edition|newsletter|briefing|bulletin|newsline)\s*:.*)$/iu,
    examples: [
      "This is Part I of the Open Media Research Institute's Daily Digest.",
      "Part I covers Russia, Transcaucasia and Central Asia.",
      'To subscribe to the OMRI Daily Digest, send "SUBSCRIBE OMRI-L YourFirstName YourLastName" to LISTSERV@UBVM.CC.BUFFALO.EDU',
      "INSIDE TODAY'S DIGEST: Armenian opposition rallies; Karabakh on the Lisbon agenda",
    ],
    counterExamples: ["Part I covered by the ceasefire is Lachin, the ministry said.", "To subscribe to the ceasefire, Baku must send troops home."],
  },
  // A print archive's notes on the copy: who translated it, how it is distributed, its registration.
  printArchiveNote: {
    pattern:
      /^(?:translated (?:for|by) (?:the )?[\p{Lu}][\p{L}'’ -]{2,50}\b(?:digest|service|monitor|bulletin|review|press|agency)\.?(?:\s+pages?\s+\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\.?)?|distributed by (?:special )?arrangement(?: with [^.]{2,60})?\.?(?:\s*not for (?:re)?sale\.?)?|not for (?:re)?sale\.?|registered (?:with|by) the (?:ministry|state committee|committee)\b[^.]{0,80}|(?:[^·|]{0,80}[·|]\s*)?subscription index\s*[:№#]?\s*\d+.*)$/iu,
    examples: [
      "Translated for the Russian Press Digest",
      "Translated for the Caucasus Press Digest Page 1, 4",
      "Distributed by arrangement. Not for resale.",
      "Registered with the Ministry of the Press · Subscription index 50145",
    ],
    counterExamples: ["Translated for the court, the letter named 40 soldiers.", "Registered voters in Stepanakert numbered 90,000, officials said."],
  },
  // "A weekly briefing on the Council of Europe | Issue 2024/04": a newsletter's tagline and issue.
  briefingTagline: {
    pattern:
      /^(?:an? (?:daily|weekly|fortnightly|monthly|quarterly) (?:briefing|newsletter|digest|bulletin|review|round-?up|update|summary|report)\b[^|·•.!?]{0,80}(?:\s*[|·•]\s*(?:issue|no\.?|vol(?:ume)?\.?|edition|#)\s*[\w/.-]{1,12}){1,3}|(?:issue|vol(?:ume)?\.?)\s*(?:no\.?\s*)?\d{1,4}(?:\/\d{1,4})?)$/i,
    examples: ["A weekly briefing on the Council of Europe | Issue 2024/04", "A monthly digest of Caucasus security · No. 12", "Issue 2024/04"],
    counterExamples: ["A weekly briefing on Karabakh was held by the ministry", "Issue 12 of the agreement is Lachin."],
  },
  // "A weekly briefing on the Council of Europe": the tagline alone, naming what the briefing covers and nothing more.
  briefingTaglineAlone: {
    pattern:
      /^[Aa]n? (?:daily|weekly|fortnightly|monthly|quarterly) (?:briefing|newsletter|digest|bulletin|review|round-?up|update|summary) (?:on|about|from|for|of|covering) (?:the )?\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|of|and|the|&|in))*\.?$/u,
    examples: ["A weekly briefing on the Council of Europe", "A daily digest of the South Caucasus", "A monthly newsletter from the Yerevan Bureau"],
    counterExamples: ["A weekly briefing on Karabakh was held by the ministry", "A daily update from Baku says 40 died"],
  },
  // A monitoring service's copy: who may read it ("Subscriber copy -- internal distribution only").
  circulationNote: {
    pattern:
      /^(?:(?:(?:subscriber|client|member)s?['’]? copy|(?:for )?internal (?:distribution|circulation|use) only|for internal use by (?:subscribing |subscriber |member |client )?(?:newsrooms|subscribers|clients|members|editors|staff)|for (?:subscribers|clients|members)['’]? (?:use|eyes) only|not for (?:publication|republication|broadcast|redistribution|onward distribution)(?: without (?:the )?(?:(?:agency|prior|written) )?(?:credit|consent|permission|attribution))?)(?:\s*(?:--|[-–—|·•,;:])\s*|\.?\s*|$))+$/i,
    examples: [
      "Client copy -- internal distribution only",
      "For subscribers' use only. Not for publication.",
      "INTERNAL USE ONLY",
      "For internal use by subscribing clients. Not for republication without agency credit.",
    ],
    counterExamples: ["Not for publication, the ministry's letter warned, was the draft treaty.", "Subscriber copy of the decree reached Yerevan on Monday."],
  },
  // "ITEM 2 of 7": a monitoring file's count of its items.
  itemCounter: {
    pattern: /^items?\s+\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s+of\s+\d{1,3}\.?$/i,
    examples: ["ITEM 2 of 7", "Items 1-3 of 12"],
    counterExamples: ["Item 3 of the agreement covers the Lachin road."],
  },
  // An opinion or letters page's own notes and a newsletter's: how to write in, whose views these are,
  // who the columnist is, the related reads it lists.
  opinionDesk: {
    pattern:
      /^(?:letters\s+(?:on\s+this\s+subject\s+)?(?:may|should|can)\s+be\s+(?:sent|addressed|e-?mailed|submitted)\b.{0,160}|letters\s+must\s+(?:carry|include|give|be)\b.{0,120}|(?:letters|submissions|obituaries|death notices|tributes)\s+(?:should|must|may|can)\s+(?:be\s+(?:no\s+longer|shorter|under|submitted|sent|placed|e-?mailed)|include|not\s+exceed)\b.{0,160}|if\s+(?:a\s+)?(?:colleague|friend)\s+forwarded\s+this(?:\s+(?:e-?mail|newsletter|briefing|digest))?\s+to\s+you\b.{0,100}|[\p{Lu}][\p{L}'’. -]{2,40}\s+writes\s+an?\s+(?:weekly|fortnightly|monthly|regular)?\s*column\b.{0,120}|forwarded\s+this\s+(?:by|from)\s+(?:a\s+)?(?:colleague|friend)\?.{0,120}|reply\s+to\s+this\s+(?:e-?mail|newsletter)\b.{0,80}|reader\s+comments\s+(?:are|have\s+been)\s+(?:closed|disabled|switched\s+off)\b.{0,80}|[\p{Lu}][\p{L}'’. -]{2,40}\s+publishes\s+(?:opinion|views|commentary|op-?eds)\s+from\b.{0,160}|(?:the\s+)?views\s+expressed\s+(?:here\s+|in\s+this\s+(?:article|piece|column)\s+)?are\s+(?:the\s+author['’]s|his|her|their)\s+own\b.{0,80}|[\p{Lu}][\p{L}'’. -]{2,40}\s+welcomes\s+(?:responses|letters|submissions|replies)(?:\s+(?:from\s+(?:our\s+)?readers|to\s+this\s+(?:article|piece|column)))?|send\s+(?:submissions|letters|responses)\s+of\s+up\s+to\s+\d+\s+words\b.{0,80})\.?$/iu,
    examples: [
      "Letters on this subject may be sent to the Editor, The Valley Post, Mill Road.",
      "Letters must carry a postal address and may be shortened.",
      "Anna Reed writes a fortnightly column on the Caucasus.",
      "Forwarded this by a colleague? Sign up here.",
      "Letters should be no longer than 250 words and must include the writer's name and address.",
      "Obituaries may be submitted through your funeral director or by calling the newsroom.",
      "If a colleague forwarded this to you, sign up here.",
      "Reply to this email to reach us.",
      "Reader comments are closed on this article.",
      "The Valley Post publishes opinion from a range of perspectives; the views expressed are the author's own.",
      "The views expressed are his own.",
      "The Valley Post welcomes responses.",
      "Send submissions of up to 600 words to letters@example.org.",
    ],
    counterExamples: [
      "Letters from Stepanakert describe the shelling, the ombudsman said.",
      "Submissions from both sides should be sent to the mediators, the co-chairs said.",
      "If a friend forwarded this claim to the ministry, it was never answered.",
      "Baku welcomes responses from the mediators, the ministry said.",
      "The ministry said reproduction of the maps was not permitted.",
    ],
  },
  // A show's or a transcript's credits and disclaimers: who made it, how it was transcribed, who may read it.
  showCredits: {
    pattern:
      /^(?:[\p{Lu}][\p{L}\p{N}&'’. -]{0,40} is an? (?:independent|listener-supported|member-supported|audience-funded|non-profit) (?:production|podcast|show|programme|program)|support (?:the|this|our) (?:show|podcast|programme|program|journalism)\b[^.!?]{0,80}|music\s*:\s*["“][^"”]{1,60}["”][^!?]{0,80}|(?:uncorrected|unedited|unverified|raw|draft|programme|program|broadcast|bulletin|episode|show) transcript|speakers are identified by (?:their )?(?:surnames?|names?|first names?|last names?|initials|roles?)\b[^.!?]{0,60}|for the broadcast version,? (?:consult|see|listen to)\b[^.!?]{0,60}|not for publication as an official (?:text|record|transcript)|checked against (?:the )?(?:audio|recording)\s*:\s*(?:yes|no)|questions are identified by (?:the )?(?:journalist|reporter|outlet|questioner)['’]?s?\b[^.!?]{0,40})\.?$/iu,
    examples: [
      "Frontier Talk is an independent production.",
      "Support the show on our membership page.",
      'Music: "Kura" by A. Petrov, used under licence.',
      "Uncorrected transcript.",
      "Programme transcript.",
      "Speakers are identified by surname after first mention.",
      "For the broadcast version, consult the archive.",
      "Not for publication as an official text.",
      "Checked against audio: no.",
      "Questions are identified by the journalist's outlet.",
    ],
    counterExamples: [
      "Support the ceasefire, the co-chairs urged both sides.",
      "Music: the soldiers sang as they left Goris, the ministry said.",
      "Speakers are identified by the ministry as members of a sabotage group.",
    ],
  },
  // A transcript's notes on itself: how it was made, for whom, how exact its times and quotations are.
  transcriptNote: {
    pattern:
      /^(?:(?:all )?timings? (?:are )?(?:approximate|approx\.?|indicative)|(?:quotations|quotes|excerpts|extracts) (?:are )?translated from [\p{L}-]+(?: unless (?:otherwise )?(?:indicated|stated|noted))?|[\p{Lu}][\p{L}\p{N}&'’. -]{0,40}\b(?:transcripts?|translations?|summaries|digests?|monitoring reports?) (?:is|are) (?:produced|prepared|provided|compiled|intended|made) (?:for|solely for|only for) (?:the )?(?:subscribers|clients|members|internal|research|reference|information)\b[^.!?]{0,60}|(?:this |our |the |[\p{Lu}][\p{L}\p{N}&'’. -]{0,40} )?transcripts? (?:is|are) (?:produced|prepared|generated|made|provided) (?:by|with) (?:an? )?(?:external|outside|third-party|automated|automatic|independent|speech-recognition) (?:service|provider|company|contractor|software|agency|tool)\b[^.!?]{0,60}|(?:please )?check (?:it |them |this )?against the (?:audio|recording|broadcast|tape) before quoting)\.?$/iu,
    examples: [
      "Timings approximate.",
      "Quotations translated from Azerbaijani unless otherwise indicated.",
      "CBD transcripts are produced for subscribers' research use.",
      "This transcript is produced by an outside contractor and may contain mistakes.",
      "Please check against the recording before quoting.",
      "Caucasus Radio transcripts are produced by an outside company and may contain errors.",
    ],
    counterExamples: [
      "Timings of the strikes are disputed, the ministry said.",
      "Transcripts of the interrogation are produced for the court, the prosecutor said.",
    ],
  },
  // "Ref: XYZ-0417  Priority: HIGH  Region: South Caucasus": a strip of a service's filing fields.
  filingFields: {
    pattern:
      /^(?:ref(?:erence)?|priority|region|urgency|slug|category|serial|classification|desk|rubric|section|topic)\s*:\s*[^:.!?]{1,60}?(?:\s+(?:\|\s*)?(?:ref(?:erence)?|priority|region|urgency|slug|category|serial|classification|desk|rubric|section|topic)\s*:\s*[^:.!?]{1,60}?)+$/i,
    examples: ["Ref: CXM-240517-0022 Priority: ROUTINE Region: Caucasus / Armenia", "Serial: 118 Desk: Baku", "Rubric: Security | Region: Vayots Dzor, Syunik"],
    counterExamples: ["Priority: the release of prisoners, region: Tavush, the minister said."],
  },
  // "Also in: BG ES CS DA DE": a row of language codes, the site's language switcher.
  languageCodes: {
    pattern:
      /^(?:(?:[Aa]lso )?[Aa]vailable (?:languages|in)|[Ll]anguages?|LANGUAGES|[Oo]ther languages|[Rr]ead (?:it )?in)\s*:?\s*(?:[A-Z]{2}(?:-[A-Z]{2})?(?:\s*[|/,·•]\s*|\s+|$)){3,}$/,
    examples: ["Available languages: DE EN FR HY RU", "Languages: EN | RU | AZ | HY"],
    counterExamples: ["Languages: Armenian and Russian are spoken in the town.", "Available in EN"],
  },
  // "Please send corrections to data@monitor.example": a request to write to the publisher's address.
  correctionsRequest: {
    pattern:
      /^(?:please )?(?:send|e-?mail|write|submit|report) (?:your |any )?(?:corrections?|tips?|comments|feedback|updates|errors?)(?: (?:and|or) (?:corrections?|tips?|comments|feedback|updates|additions))? (?:to|at) (?:us(?: at)? )?\S+@\S+?\.?$/i,
    examples: ["Please send corrections to desk@observatory.example.", "Send tips or comments to news@kura.example"],
    counterExamples: ["Please send corrections to the ministry, the court ordered."],
  },
  // "This article will be updated as more information becomes available.": how the page is kept, not news.
  updateNotice: {
    pattern:
      /^(?:this (?:article|story|page|report|diary|blog|live blog|post|list|timeline|chronology|tracker|file|explainer|feature|thread)|entries) (?:will be|is being|is|are|has been|gets) updated\b(?![^.!?]*\b(?:said|says|told|according)\b)[^.!?]{0,80}[.!]?$/i,
    examples: [
      "This article will be updated as more information becomes available.",
      "This diary is updated every evening.",
      "Entries are updated when new documentation becomes available.",
    ],
    counterExamples: ["This report was updated by the ministry on Monday, the spokesman said.", "This list is updated, the ombudsman told reporters."],
  },
  // "Corrections and additional sources are welcome via the archive's contact form.": an invitation to the reader.
  correctionsWelcome: {
    pattern:
      /^(?:corrections?|additions?|comments|feedback|tips)(?:,? (?:and|or) (?:additional |further |new )?(?:sources|corrections?|documents|information|comments|tips))? (?:are|is) (?:always )?welcome\b[^.!?]{0,80}[.!]?$/i,
    examples: ["Corrections and additional sources are welcome via the archive's contact form.", "Tips are always welcome at our news desk."],
    counterExamples: ["Corrections to the border line are welcome, the foreign minister said in Baku."],
  },
  // "The readers' editor can be contacted at corrections@… or by post.": how to reach the paper's staff.
  staffContact: {
    pattern: /^(?:the |our )?[\p{L}'’ ]{0,30}\b(?:editor|editors|desk|newsroom|team)\b can be (?:contacted|reached)\b.{0,120}$/iu,
    examples: ["The readers' editor can be contacted at corrections@ledger.example or by post.", "Our news desk can be reached by phone."],
    counterExamples: ["The minister can be reached through his office, the embassy said."],
  },
  // "Please include the date and page of the article.": the reader's instructions for writing in.
  writeInInstructions: {
    pattern: /^please (?:include|quote|give|mention) (?:the |your )?(?:date|page|headline|link|url|article|story)\b[^.!?]{0,60}[.!]?$/i,
    examples: ["Please include the date and page of the article.", "Please quote the headline and the link."],
    counterExamples: ["Please include the prisoners in the exchange, the ombudsman wrote to the ICRC."],
  },
  // "Next update scheduled after the Geneva round.": when the page will be updated, not news.
  nextUpdateNote: {
    pattern:
      /^(?:the )?next (?:update|edition|issue|instal(?:l)?ment|bulletin)(?: of this [\p{L} ]{2,30})? (?:is |will be )?(?:scheduled|expected|due|planned|published)\b(?![^.!?]*\b(?:said|says|told|according)\b)[^.!?]{0,100}\.?$/iu,
    examples: ["Next update scheduled after the Geneva round.", "The next edition of this chronology is due in March."],
    counterExamples: ["Next update of the death toll is expected on Monday, the ministry said."],
  },
  // A parliament's note on how its written questions work and whose views the answers are.
  procedureNote: {
    pattern:
      /^(?:(?:written|parliamentary|oral) questions are (?:answered|replied to) by (?:the )?(?:government )?(?:department|ministry|minister)s? (?:responsible|concerned)|answers are the responsibility of the (?:answering )?minister\b[^.!?]{0,120}|[^.!?]{0,80}\bdo(?:es)? not necessarily (?:reflect|represent) the (?:views?|opinions?|position) of (?:parliament|the (?:house|assembly|chamber|government|publisher|editors?|institute))\b[^.!?]{0,40})\.?$/i,
    examples: [
      "Written questions are answered by the ministry responsible.",
      "Answers are the responsibility of the answering minister and do not necessarily reflect the views of Parliament.",
    ],
    counterExamples: ["Written questions are answered slowly, the opposition complained."],
  },
  // A wiki page's footer: when it was last edited is not when anything was said.
  wikiFooter: {
    pattern: /^this page was last (?:edited|modified) on\b.{0,80}$/iu,
    examples: ["This page was last edited on 3 May 2021, at 10:12 (UTC)."],
    counterExamples: ["This page of the report was edited by the ministry, the group said."],
  },
  // A printed paper's contents line: "OUR MARTYRS — page 2 | Harvest under fire — page 3".
  pageContents: {
    pattern: /^(?:[^|]{3,120}?\s+[—–-]\s+(?:page|p\.)\s*\d{1,3}\s*(?:\||$)\s*){1,6}$/iu,
    examples: ["OUR MARTYRS — page 2 | Harvest continues under fire — page 3", "Condolences to the families of the fallen — page 4"],
    counterExamples: ["The ministry said the report ran to page 40 and named every village."],
  },
  mastheadStaff: {
    pattern:
      /^(?:editor-in-chief|chief editor|editor|deputy editor|publisher|founder|executive editor)\s*:\s*[\p{L}. '’-]{2,60}(?:\s*[·|]\s*[^·|]{2,80}){0,4}$/iu,
    examples: [
      "Editor-in-chief: R. Mammadova",
      "Publisher: District executive authority",
      "Editor-in-chief: A. Karimov · Address: Barda, Main Street 3 · Tel: (020) 000 00 00",
    ],
    counterExamples: ["Editor's note: this story was updated."],
  },
  translationNote: {
    pattern:
      /^(?:(?:an?\s+)?(?:unofficial|informal|machine|our)\s+)?translat(?:ion|ed)\s+(?:from|by)\b(?![^.!?]*\b(?:said|says|was|were|is|are)\b)[^.!?]{0,100}\.?$|^(?:(?:excerpts?|abridged|extract)\.\s*)?(?:unofficial|informal|machine|our)\s+translation\.?$|^(?:excerpts?|extract)\.\s*(?:unofficial|informal|machine|our)\s+translation\.?$/iu,
    examples: [
      "Unofficial translation.",
      "Excerpt. Unofficial translation.",
      "Unofficial translation from Azerbaijani, lightly edited",
      "Translated from Russian by the desk.",
    ],
    counterExamples: [
      "Unofficial translation, the ministry said, was not available.",
      "Translation from Russian of the statement was not available, officials said, because the office was closed.",
    ],
  },
  // A wire's transmission slug on a line of its own: "EWS0418 3 II 0594", "ARMENIA-AZERBAIJAN-TALKS 2ND LEAD".
  bareWireSlug: {
    pattern:
      /^(?:[A-Z]{1,6}\d{2,6}(?:\s+[A-Z0-9]{1,6}){1,5}|[A-Z]{2,}(?:-[A-Z]{2,}){2,5}(?:\s+(?:\d(?:ST|ND|RD|TH)\s+)?(?:LEAD|WRITETHRU|ADD|URGENT|UPDATE)S?)?|[A-Z]{2,}(?:-[A-Z]{2,}){1,5}\s+(?:\d(?:ST|ND|RD|TH)\s+)?(?:LEAD|WRITETHRU|ADD|URGENT|UPDATE)S?)$/u,
    examples: ["EWS0212 4 IV 0311", "ARMENIA-AZERBAIJAN-TALKS 2ND LEAD", "KARABAKH-CEASEFIRE URGENT"],
    counterExamples: ["CEASE-FIRE HOLDS", "ARMENIA SAYS TWO KILLED"],
  },
  // "Shirak Courier, 4 Main St., Gyumri | Advertising: ads@courier.example": the publisher's address
  // strip at the foot of the page, with a desk's e-mail address.
  publisherAddress: {
    pattern:
      /^(?:[^|]{2,120}\s*\|\s*)?(?:advertising|advertisements?|ads|editorial(?: office)?|newsroom|subscriptions?|contact(?: us)?|letters|tips)\s*:\s*\S+@\S+(?:\s*\|\s*[^|]{2,80})*$/i,
    examples: ["Shirak Courier, 4 Main St., Gyumri | Advertising: ads@courier.example", "Editorial office: desk@courier.example | Tel. 0312 555 010"],
    counterExamples: ["Advertising: the ministry said the campaign would resume."],
  },
  // A radio bulletin's script: the production cues around what is read on air (the running order,
  // the script's status, the music, each item's label and clip cues, the out-words, the sign-off).
  // None is said by anyone in the news; the presenter's and the clip's words stay.
  radioScriptCue: {
    pattern:
      /^(?:(?:[Rr]unning [Oo]rder|RUNNING ORDER)\s*:.*|(?:[Tt]otal (?:duration|running time)|TOTAL (?:DURATION|RUNNING TIME))\s*:?\s*\d{1,2}[:.]\d{2}.*|STATUS\s*:\s*[A-Z][A-Z ]{2,40}|(?:SIG(?:NATURE)? TUNE|JINGLE|STING|IDENT|MUSIC BED|THEME MUSIC)\b.*|(?:[Oo]ut|OUT|[Ii]n|IN)-?(?:[Cc]ue|CUE|[Ww]ords|WORDS)\s*:.*|ITEM \d{1,2}\s*[—–:-]\s+[\p{Lu}\p{N}\s/&,.'’-]{2,60}(?:\s*\([A-Z][A-Z +/&-]{1,30}\))?|(?:CLIP|SOT|PKG|PACKAGE|ACTUALITY|INSERT|CUT|AUDIO)\s*[—–:-]\s+[^\n]{2,120}\(\d{1,2}[:.]\d{2}\)|(?:NEXT|[Nn]ext)\s*:\s*\d{1,2}[:.]\d{2}\s+(?:[Bb]ulletin|BULLETIN|[Nn]ews|NEWS|[Hh]eadlines|HEADLINES)\b.*)$/u,
    examples: [
      "Running order: 6 items + sport | Total duration 04:30",
      "STATUS: CLEARED FOR BROADCAST",
      'SIG TUNE — "SHIRAK TODAY" STING (0:05)',
      'SIG TUNE OUT / JINGLE "THE VOICE OF SHIRAK" (0:07)',
      'OUT-CUE: "...before the winter."',
      "ITEM 3 — BORDER TALKS (READER + CLIP)",
      "ITEM 4 — WEATHER",
      "CLIP — the mayor of Goris, in Armenian, voice-over (0:12)",
      "NEXT: 10:00 Bulletin (A. Sargsyan)",
    ],
    counterExamples: [
      "Status: the ministry said the talks had stalled.",
      "Item 3 of the agreement covers the Lachin road.",
      "Clips of the shelling were shown on state television, the ministry said.",
      "The jingle of the ice-cream van was the only sound in Goris.",
    ],
  },
  // "That's the news. More at ten. Radio Shirak.": a bulletin's sign-off.
  bulletinSignOff: {
    pattern:
      /^(?:and )?(?:that'?s|that is) (?:the|all the|all for the) (?:news|headlines|bulletin)(?: for (?:now|this (?:hour|morning|evening))| at (?:\d{1,2}(?:[:.]\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)(?: o['’]clock)?)?[.!](?:\s+(?:more|the next (?:news|bulletin)) (?:at|in|on) [^.!?]{1,30}[.!])?(?:\s+(?:this is )?\p{Lu}[\p{L}'’ .-]{1,60}[.!]?)?$/iu,
    examples: ["That's the news. More at ten. Radio Shirak.", "That is all the news for now.", "That's the news at eight."],
    counterExamples: ["That's the news the families had feared, the mayor said."],
  },
  // A translated article's note on the print copy it comes from.
  printIssueNote: {
    pattern:
      /^(?:the )?original (?:article|text|version|story|interview) (?:appeared|was published|published|was printed|printed|ran) in (?:the )?print (?:issue|edition)\b(?![^!?]*\b(?:said|says|told)\b)[^!?]{0,80}$/i,
    examples: ["The original article appeared in the print issue No. 58 of 03.05.2024, p. 2.", "Original text published in the print edition of Monday."],
    counterExamples: ["The original article appeared in the print edition, the editor said, before it was withdrawn."],
  },
  // "Subscriber article", "Premium content": a paywall's label on the article.
  accessLabel: {
    pattern:
      /^(?:(?:subscriber|subscribers['’]?|premium|members['’]?|paid|exclusive subscriber)\s+(?:article|content|story|only|edition)|(?:for )?(?:subscribers|members) only|reserved for subscribers)\.?$/i,
    examples: ["Subscriber article", "Premium content", "Subscribers only", "Reserved for subscribers"],
    counterExamples: ["Subscriber numbers rose after the war, the editor said."],
  },
  // "The session opened at 10:05 a.m. and closed at 12:40 p.m.": a meeting record's times, not news.
  meetingTimes: {
    pattern:
      /^the (?:meeting|session|sitting|briefing|hearing|debate) (?:began|opened|started|was called to order|resumed) at \d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|hours|h)?(?: and (?:ended|closed|adjourned|rose|was adjourned|concluded) at \d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|hours|h)?)?\.?$/i,
    examples: ["The meeting began at 10:05 a.m. and ended at 12:40 p.m.", "The session opened at 15:00 hours."],
    counterExamples: ["The shelling began at 5:30 a.m. and ended at noon, the ministry said."],
  },
  // An institution's standard notes under its release: where the full text is, what a release is not.
  releaseNotes: {
    pattern:
      /^(?:(?:the )?full text of the (?:order|judgment|judgement|decision|ruling|opinion|report|resolution|statement|advisory opinion)\b[^.!?]{0,120}\b(?:is|are) (?:available|published|posted)\b[^!?]{0,120}|(?:note\s*:\s*)?(?:the )?(?:[\p{L}'’ ]{2,40} )?press releases? (?:are|is) (?:prepared|issued|produced) by (?:its|the) [\p{L} ]{2,40} for information(?:al)? purposes only\b[^!?]{0,120})$/iu,
    examples: [
      "The full text of the Judgment, with the declarations appended to it, is available on the Tribunal's website.",
      "Note: The Tribunal's press releases are prepared by its Registry for information purposes only and do not constitute official documents.",
    ],
    counterExamples: ["The full text of the ceasefire statement was not published, the ministry said."],
  },
  // "Press Office: Mr A. Petrosyan, spokesperson; Ms L. Mamedova, press officer.": whom journalists may call.
  pressOfficeContact: {
    pattern:
      /^(?:press|information|media|communications|public information) (?:department|office|unit|section|service|division)\s*:\s*(?:(?:mr|ms|mrs|dr)\.?\s+)?\p{Lu}(?![^!?]*\b(?:said|says|told)\b)[^!?]{2,240}$/iu,
    examples: ["Press Office: Mr Aram Petrosyan, Spokesperson; Ms Lala Mamedova, Press Officer. Email: press@tribunal.example"],
    counterExamples: ["Press office: Baku said the report was false."],
  },
  // "The Press Review summarises the Azerbaijani papers. The opinions below are the papers', not ours.":
  // a digest's note on whose views it relays.
  digestDisclaimer: {
    pattern:
      /^(?:[\p{Lu}][\p{L}'’ -]{1,40} (?:summari[sz]es|reviews|translates|digests|rounds up) the [\p{L}-]+(?:[- ]language)? (?:press|papers|newspapers|media)\.?|the (?:views|opinions) (?:below|above|expressed (?:below|here)) are (?:those )?of the (?:newspapers|papers|authors|outlets|publications)['’]?(?: concerned)?(?:, not (?:of )?[^.!?]{2,40})?(?:,? and (?:have|were) not been (?:independently )?verified)?\.?)$/iu,
    examples: [
      "Absheron Courier summarises the Azerbaijani-language press.",
      "The views below are those of the newspapers, not of Absheron Courier, and have not been independently verified.",
    ],
    counterExamples: ["The views below the dam are those of the valley, the mayor said."],
  },
  // A government briefing transcript's own apparatus: the index heading over its topic list and the
  // briefing's serial number at its foot ("DPB #112"). Neither is said by the spokesperson.
  briefingApparatus: {
    pattern:
      /^(?:index (?:for|of) (?:today'?s|this|the) (?:press |daily )?briefing|(?:today'?s )?(?:press )?briefing index|(?:dpb|daily press briefing)\s*(?:#|no\.?|number)\s*\d{1,4})\s*:?$/i,
    examples: ["Index for this press briefing", "Index for Today's Daily Briefing:", "DPB #112", "Daily Press Briefing No. 7"],
    counterExamples: ["Index for today's briefing was read out by the spokesman, who said Baku had agreed.", "DPB #112 says 40 died"],
  },
  // "The following is an unofficial transcript of this morning's press conference by …": the note
  // above a transcript on what kind of text follows.
  transcriptPreamble: {
    pattern:
      /^(?:the following is|what follows is|below is) (?:an? |the )?(?:(?:near[- ]verbatim|verbatim|unofficial|partial|edited|full|complete|rush|provisional)\s+)*transcript of\b(?![^!?]*\b(?:said|says|told|denied)\b)[^!?]{0,200}$/i,
    examples: [
      "The following is an unofficial transcript of this morning's press conference by the Foreign Ministry spokeswoman.",
      "Below is a verbatim transcript of the Minister's remarks to the press in Vienna.",
    ],
    counterExamples: ["The following is a transcript of the call, the ministry said, and it proves Baku lied."],
  },
  // "« Previous briefing: 3 May 2019 | Next briefing: 7 May 2019 »": the links to the neighbouring
  // pages of a series, not part of this one.
  seriesPager: {
    pattern:
      /^[«‹<]?\s*(?:previous|next|earlier|later|older|newer)\s+(?:briefing|post|article|story|entry|statement|release|press release|item|transcript|readout|report|episode|video)s?(?:\s*:\s*(?![^!?]*\b(?:said|says|told)\b)[^.!?]{1,80}|\s*[«»‹›<>])?\s*[»›>]?$/i,
    examples: [
      "Previous briefing: 3 May 2019",
      "Next statement: Ministers meet in Vienna",
      "Older post »",
      "« Previous readout",
      'Next episode: "Winter on the line"',
    ],
    counterExamples: ["Next briefing: the minister said it would be held in Baku.", "Previous statements by the ministry were denied."],
  },
  // "Council of Europe · Directorate of Communication · Press Division · Strasbourg": an office's
  // address strip, a run of names without a verb, one of them a department of the body.
  officeStrip: {
    pattern:
      /^(?=[^·|•]*(?:[·|•][^·|•]*)*\b(?:Department|Division|Directorate|Bureau|Section|Office|Unit)\b)\p{Lu}[\p{L}'’&.-]*(?: (?:\p{Lu}[\p{L}'’&.-]*|of|and|for|the|on|&))*(?:\s*[·|•]\s*\p{Lu}[\p{L}'’&.-]*(?: (?:\p{Lu}[\p{L}'’&.-]*|of|and|for|the|on|&))*){2,6}$/u,
    examples: [
      "Council of Europe · Directorate of Communication · Press Division · Strasbourg",
      "European Commission | Spokesperson's Service | Audiovisual Unit | Brussels",
    ],
    counterExamples: ["Armenia · Azerbaijan · Georgia", "The Press Division said · on Monday · that 12 died"],
  },
  // "Download the report (PDF, 3 MB) · Summary in French": the links to a publication's files and
  // translations, above or below an excerpt of it.
  publicationFiles: {
    pattern:
      /^(?:download (?:the )?(?:full |complete )?(?:briefing|paper|report|text|study|publication|document)(?:\s*\((?:pdf|docx?|epub)\b[^)]{0,40}\))?|(?:executive )?summary in (?:english|french|russian|armenian|azerbaijani|georgian|turkish|german|spanish|arabic|persian)|(?:full )?(?:report|text|briefing) in (?:english|french|russian|armenian|azerbaijani|georgian|turkish) \((?:pdf|docx?)\b[^)]{0,40}\))$/i,
    examples: ["Download full paper (PDF, 40 pages)", "Executive summary in Georgian", "Summary in French", "Full report in Russian (PDF)"],
    counterExamples: ["Summary in French of the ceasefire text was handed to Baku."],
  },
  // "Footnote numbering follows the original report.": an excerpt's note on its apparatus.
  excerptApparatus: {
    pattern:
      /^(?:(?:foot|end)note numbering (?:follows|is that of|as in|matches) the (?:full|original|complete|printed) (?:text|report|briefing|document|version|edition)|(?:foot|end)notes (?:have been |are )?omitted(?: here| from this (?:excerpt|extract))?)\.?$/i,
    examples: ["Footnote numbering follows the original report.", "Endnotes omitted from this extract."],
    counterExamples: ["Footnotes in the report name the commanders, Baku said."],
  },
  // "[Scanned archive copy; OCR text, layout lost.]": a digitised paper's note on how the text was made.
  scanNote: {
    pattern:
      /^\[?\s*(?:(?:digital|digiti[sz]ed|electronic|scanned)\s+)?(?:archive|archival|library)\s+copy\b(?![^\]]*\b(?:said|says|found)\b)[^\]]{0,200}\]?$|^\[?\s*(?:text|copy) (?:recogni[sz]ed|ocr['’]?(?:e?d)?|scanned|extracted|transcribed) from the (?:print|printed|paper|microfilm) (?:edition|copy|page|issue)s?\b[^\]]{0,160}\]?$/i,
    examples: ["[Scanned archive copy; OCR text, layout lost.]", "Text extracted from the printed edition; columns not preserved.", "Digitised library copy"],
    counterExamples: ["Archive copy of the decree was found in Shusha, officials said."],
  },
  // "INSIDE THIS EDITION", "Also in today's paper": a print page's box of pointers to other pages.
  issueContents: {
    pattern:
      /^(?:also )?(?:in|inside) (?:this|today'?s|the current) (?:issue|edition|number|paper)\s*:?$|^also inside\s*:?$|^(?:[·•▪►]\s*)?[^.!?]{3,110}\s\((?:p|pp|page)\.?\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\)$|^[·•▪►]\s*[^.!?]{3,110}\s\((?:p|pp|page)\.?\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?\)\.?$/i,
    examples: [
      "INSIDE THIS EDITION",
      "Also in today's paper:",
      "· Goris council approves new school budget (p. 5)",
      "Wrestling: Gyumri team takes bronze (page 11)",
    ],
    counterExamples: ["The figures are in the annex (p. 3), the ministry said.", "In this issue, Baku and Yerevan disagree."],
  },
  // "Phone: 010 55-55-55 | Fax: 010 55-55-56": two or more contact fields on one line.
  contactFields: {
    pattern: /^(?:(?:tel|phone|fax|e-?mail|mob(?:ile)?|web(?:site)?)\.?\s*:\s*[^·|•]{3,60}?(?:\s*[·|•]\s*|$)){2,5}$/i,
    examples: ["Phone: 010 55-55-55 | Fax: 010 55-55-56", "Tel.: +994 12 555 00 00 · Email: desk@paper.example"],
    counterExamples: ["Email: the minister said he never received it."],
  },
  // "The editors do not necessarily share the opinions of the authors.": a paper's standing disclaimer.
  editorsDisclaimer: {
    pattern:
      /^(?:the )?(?:editorial board|editors?|editorial staff|editorial office|publisher|newspaper|magazine|website)(?: does| do)? not necessarily (?:share|reflect|endorse) the (?:views|opinions|positions?|points? of view) (?:of|expressed by) (?:its|the|our) (?:authors|contributors|columnists|correspondents)\.?$|^(?:the )?(?:views|opinions) (?:of|expressed by) (?:the )?(?:authors|contributors|columnists) (?:do|does) not necessarily (?:reflect|represent|coincide with) (?:those|the (?:views|position)) of the (?:editors|editorial board|publisher|newspaper)\.?$/i,
    examples: [
      "The editors do not necessarily share the opinions of the authors.",
      "Views of contributors do not necessarily reflect those of the editorial board.",
    ],
    counterExamples: ["The editors do not necessarily share the minister's view that 40 died."],
  },
  // "Public document. For further information please contact our media office in Geneva on …": an
  // NGO's standard close under a statement, with its press office's number.
  pressOfficeClose: {
    pattern:
      /^(?:public document\.?\s*)?(?:\*{3,}\s*)?for (?:more|further)(?: [a-z-]+){0,2} information,? (?:please )?(?:call|contact|phone|ring|e-?mail|visit|see)\b(?![^!?]*\b(?:said|says|told)\b)[^!?]{0,220}$|^(?:\*{3,}\s*)?public document\.?(?:\s*\*{3,})?$|^end\s*\/$/i,
    examples: [
      "Public document. For further information please contact our media office in Geneva on +41 22 555 0000.",
      "For more information, please call the press office in Vienna or email media@ngo.example",
      "For further humanitarian information, please visit the UN Country Team website.",
      "For more detailed casualty information, please see the agency's dashboard",
      "PUBLIC DOCUMENT",
      "END/",
    ],
    counterExamples: [
      "For more information, call the ministry, the spokesman said, because the army will not say.",
      "For further information on the shelling, please see what the ombudsman told reporters.",
    ],
  },
  // "Resident Coordinator's Office, Yerevan – rco@un.example", "Press office: press@mission.example": an
  // office's name (and town) beside its e-mail address, at the foot of a report or a release.
  contactAddress: {
    pattern:
      /^(?:\p{Lu}[\p{L}'’.&()-]*|of|the|and|for|on|in|&)(?:,?\s+(?:\p{Lu}[\p{L}'’.&()-]*|of|the|and|for|on|in|&)){0,12}\s*(?:[–—:|-]|,)\s*(?:[Ee]-?mail\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$/u,
    examples: [
      "Resident Coordinator's Office, Yerevan – rco-armenia@un.example",
      "Press Office: press@mission.example",
      "OCHA Regional Office for the Caucasus, Tbilisi – Email: ocha-tbilisi@un.example",
    ],
    counterExamples: ["The ministry said complaints could be sent to info@mod.example", "Write to us at desk@paper.example if you saw the shelling"],
  },
  // A United Nations document's production marks: its distribution, the language it was written in,
  // the job number under the first page ("09-61234 (E) 120909"), the recycling note, and the running
  // head or foot of each page ("4 09-61234", "09-61234 5").
  unDocumentMarks: {
    pattern:
      /^(?:(?:general assembly|security council|economic and social council)\s+)?distr\.?\s*:\s*(?:general|limited|restricted)\b[^.!?]{0,30}$|^original\s*:\s*(?:english|french|russian|spanish|arabic|chinese)(?:\s*[/,]\s*(?:english|french|russian|spanish|arabic|chinese))*$|^\d{2}-\d{5}\s*\([A-Z]\)(?:\s+\d{6}){0,2}$|^(?:\*?\d{6,8}\*?\s+)?please recycle\.?$|^(?:\d{1,3}\s+\d{2}-\d{5}|\d{2}-\d{5}\s+\d{1,3})$/i,
    examples: [
      "Distr.: Limited",
      "Security Council Distr.: General 12 May 2014",
      "Original: Russian",
      "09-61234 (E) 120909",
      "Please recycle",
      "*0961234* Please recycle",
      "4 09-61234",
      "09-61234 5",
    ],
    counterExamples: ["Original: the first draft, the minister said, was written in Vienna.", "2 12-45 in the final, Baku won."],
  },
  // An e-mailed newsletter's links: to subscribe, to pass it on, to change or end the subscription.
  emailFooter: {
    pattern:
      /^(?:subscribe here|sign up here|forward (?:this (?:e-?mail|newsletter) )?to a (?:friend|colleague)|update (?:your )?(?:subscription )?preferences|manage (?:your )?(?:subscription|preferences|e-?mail preferences)|unsubscribe(?: here| from (?:this|our) list)?|view (?:this e-?mail|it) in (?:your|a) browser)[.!]?$/i,
    examples: ["Subscribe here.", "Forward to a colleague", "Update your preferences", "Unsubscribe", "Manage your subscription"],
    counterExamples: ["Subscribe here, the ministry urged its followers, to get the alerts.", "Unsubscribed voters stayed home."],
  },
  // "Forward freely; do not reply to this address.": a newsletter's note on its own e-mail.
  newsletterReplyNote: {
    pattern:
      /^(?:(?:please\s+)?forward\s+(?:freely|it\s+on|this\s+on|widely)\s*[.;,!]?\s*)?(?:(?:please\s+)?do\s+not\s+reply\s+to\s+this\s+(?:address|e-?mail|message|mailbox|newsletter)[.!]?)?$/i,
    examples: ["Forward freely; do not reply to this address.", "Please do not reply to this e-mail.", "Forward freely."],
    counterExamples: ["Baku said it would not reply to this address by the president.", "Forward positions were shelled."],
  },
  // "Caspian Media Desk press reviews are published every weekday morning.": when a series comes out.
  seriesSchedule: {
    pattern:
      /^(?:the\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,5}\s+(?:press\s+reviews?|newsletters?|digests?|briefings?|round-?ups?|bulletins?|podcasts?|reviews?)\s+(?:is|are|comes?\s+out|goes\s+out)\s+(?:published\s+|sent\s+(?:out\s+)?|e-?mailed\s+|issued\s+|out\s+)?(?:every|each)\s+[\p{L} ]{3,30}[.!]?$/u,
    examples: ["Caspian Media Desk press reviews are published every weekday morning.", "The Border Week newsletter is sent every Friday."],
    counterExamples: ["The ministry's briefings are held every day, Baku said, though journalists are barred.", "Azerbaijani press reviews were published."],
  },
  // "Tomorrow: how the CSTO meeting was covered.": a series' trail of its next issue; "Next event: …,
  // registration open", "Next English Bulletin: Friday, 2 February 1990": what the publisher puts out
  // or holds next.
  nextIssueTrail: {
    pattern:
      /^(?:tomorrow|next\s+(?:issue|week|edition)|in\s+(?:the\s+|our\s+)?next\s+(?:issue|edition)|next\s+(?:[A-Z][a-z]+\s+)?(?:[Ee]vent|[Bb]ulletin|[Ww]ebinar|[Rr]oundtable|[Ee]pisode|[Bb]riefing|[Nn]ewsletter|[Ss]eminar|[Ll]ecture|(?:field\s+|research\s+|briefing\s+|policy\s+)?note|sheet|paper|report|dispatch))\s*:\s*\S.{2,160}$/i,
    examples: [
      "Tomorrow: how the CSTO meeting was covered.",
      "Next issue: the prisoners still held in Baku",
      'Next event: "Energy and security after the pipeline" - registration open on our website.',
      "Next English Bulletin: Friday, 2 February 1990.",
      "Next field note: grazing rights on the summer pastures.",
      "Next sheet: the ceasefire of 1994 and what followed.",
    ],
    counterExamples: ["Tomorrow the talks resume in Moscow, the ministry said.", "Next week, Baku said, the road would reopen."],
  },
  // "Prepared by the Strasbourg Case-Law Digest -- summaries are not binding on the Court.": who compiled the text.
  compilerCredit: {
    pattern:
      /^(?:[Pp]repared|[Cc]ompiled|[Pp]roduced|[Ss]ummari[sz]ed|[Ee]dited)\s+by\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}\p{N}'’&.-]*)){0,6}\s*(?:[.;]?$|(?:--|—|–|;)\s*[^.!?]{0,120}[.]?$)/u,
    examples: ["Prepared by the Strasbourg Case-Law Digest -- summaries are not binding on the Court.", "Compiled by the Caucasus Desk."],
    counterExamples: [
      "Prepared by Armenian forces over months, the offensive began at dawn.",
      "Compiled by the ministry, the list named 12 soldiers killed near Tovuz and Tartar.",
    ],
  },
  // "(Additional reporting from news agencies.)", "(Ararat Wire newsroom)": who else wrote the story, in brackets.
  bracketedNewsroomCredit: {
    pattern:
      /^\((?:[Aa]dditional\s+reporting\s+(?:by|from)\s+[^()]{3,80}?|(?:the\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,4}\s+(?:newsroom|news\s+desk|desk|bureau|staff|editors))\.?\)\.?$/u,
    examples: ["(Additional reporting from news agencies.)", "(Ararat Wire newsroom)", "(Caspian Herald staff)"],
    counterExamples: ["(The ministry said later that the newsroom was shelled.)", "(AP) — Fighting resumed."],
  },
  // "Special to the Chesapeake Ledger": the byline's credit line (metadata reads the paper's name from it).
  specialToCredit: {
    pattern: /^[Ss]pecial\s+to\s+(?:the\s+|The\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}\p{N}.&'’-]*)){0,5}\.?$/u,
    examples: ["Special to the Chesapeake Ledger", "Special to The Times"],
    counterExamples: ["Special to the ministry was the question of the missing, an aide said."],
  },
  // "Back to the list of press releases", "« Back to news": a link back to the page's list.
  backLink: {
    pattern:
      /^(?:[«‹←<]\s*)?(?:back|return|go back) to (?:the )?(?:list of |all )?(?:press releases|news(?: list)?|releases|statements|articles|interviews|stories|archive|overview|homepage|home page|previous page|search results|top|list)[.!]?$/i,
    examples: ["Back to the list of press releases", "« Back to news", "Return to all statements"],
    counterExamples: ["Back to the border went the troops.", "Return to the list of demands, Baku said."],
  },
  // "Questions about this service: desk@agency.example": a distribution service's contact line.
  serviceContact: {
    pattern:
      /^(?:questions|queries|comments|feedback|problems|complaints)(?: (?:about|on|regarding|concerning))? (?:this|the|our) (?:service|newsletter|digest|roundup|round-up|feed|bulletin|file|edition)\s*[:?]\s*(?:\S+@\S+|\+?[\d ()-]{6,}|(?:e-?mail|write to|call|contact)\b.{0,60})\.?$/i,
    examples: ["Questions about this service: desk@wire.example", "Feedback on this digest? Write to the editors at news@example.org"],
    counterExamples: ["Questions about this service: the ministry said it would answer them."],
  },
  // A programme's trail of what comes next: "After the news: …", "Coming up: …", "Still to come: …".
  programmeTrail: {
    pattern:
      /^(?:after the (?:news|break|headlines|bulletin)(?: (?:at|on) the (?:half hour|hour|top of the hour))?|coming up(?: next| after the (?:news|break)| tonight| later| this hour)?|still to come(?: tonight| this (?:hour|evening|morning|afternoon)| later| on [\w' -]{1,30})?|when we (?:come|get) back|later in the (?:programme|program|show)|next (?:week|time) on (?:the )?[\w' -]{1,30})\s*:\s*\S.{2,120}$/i,
    examples: [
      "After the news: a harvest in Tavush and the price of grain.",
      "Coming up: the Lachin road reopens",
      "After the news at the half hour: the road reopens, school heating",
      "Next week on Eastern Desk: the refugees of Kalbajar",
      "Still to come tonight: the harvest in Tavush, and what the drought costs",
      "When we come back: the latest from Geneva, as the talks enter a third day.",
    ],
    counterExamples: [
      "After the news of the strike, Baku denied it.",
      "Coming up to the border, the convoy stopped.",
      "When we came back, the village was gone, she said.",
      "Still to come, the minister warned, are harder talks on the border.",
    ],
  },
  // "Kavkaz Monitor is an independent, reader-funded newsroom.": a publication describing itself,
  // which names the outlet (parseArticle reads the name).
  outletSelfDescription: {
    pattern:
      /^(?<name>(?:The\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’&.-]*|of|the|and|&)){0,5})\s+is\s+(?:an?|the)\s+(?:(?:independent|non-?profit|not-for-profit|reader-(?:funded|supported)|member-(?:funded|supported)|award-winning|english-language|online|digital|regional|investigative|local|weekly|daily|volunteer-run|personal|subscription|monitoring|information|transcript|fixture|venue)(?:,\s*|\s+(?:and\s+)?)){1,4}(?:news ?room|news (?:site|website|outlet|agency|publication|magazine|service|organi[sz]ation)|media (?:outlet|organi[sz]ation)|publication|magazine|newspaper|outlet|newsletter|service|channel|blog)\b[^.!?]{0,80}\.?$/u,
    examples: [
      "Syunik Ledger is an independent, reader-funded newsroom.",
      "The Ridge Courier is a non-profit news site covering the South Caucasus.",
      "Border Room is a volunteer-run monitoring channel.",
      "Kura Notes is an independent monitoring newsletter.",
      "Gyumri Transcripts is an independent subscription service.",
      "Steppe Lines is a personal blog; views are the author's own.",
    ],
    counterExamples: [
      "Azerbaijan is an independent state, the minister said.",
      "The paper is a weekly publication that the army closed.",
      "The State Border Service is a service of the ministry.",
    ],
  },
  // "Official website of the Ministry of Defence of …": a government site's banner over every page.
  // It names the site (parseArticle reads the name as the outlet); it is never news.
  officialSiteBanner: {
    pattern:
      /^(?:[Tt]he\s+)?[Oo]fficial\s+(?:[Ww]eb-?\s?site|[Ww]eb portal|[Ii]nternet (?:site|portal)|[Pp]ortal|[Ss]ite)\s+of\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|the|and|for|on|in|\p{Lu}[\p{L}'’.-]*)){0,14})\.?$/u,
    examples: [
      "Official website of the Ministry of Foreign Affairs of the Republic of Azerbaijan",
      "The official web-site of the President of the Republic of Armenia",
    ],
    counterExamples: ["Official website of the ministry was hacked on Monday.", "Official websites of both sides went offline."],
  },
  // "Print version", "Printable version", "Version for printing": a page's print link, alone on its line.
  printLink: {
    pattern: /^(?:print(?:able|er[- ]friendly|-friendly)? (?:version|page|view)|version for printing|print page)$/i,
    examples: ["Print version", "Printer-friendly version", "Version for printing"],
    counterExamples: ["Print versions of the statement differed, the ministry said."],
  },
  // "[Excerpt ends. The full transcript runs to 64 pages.]", "[End of excerpt]": an editor's
  // bracketed note on where an excerpt of a record stops or skips.
  excerptNote: {
    pattern:
      /^\[\s*(?:(?:the\s+)?(?:excerpt|extract|transcript|record|text)\s+(?:ends|continues|resumes|breaks off|is abridged)|end of (?:the\s+)?(?:excerpt|extract|transcript|record|text|translation|item|bulletin|document)|(?:the\s+)?full (?:transcript|record|text) (?:runs|is available|can be)|(?:passages?|text|remarks) (?:omitted|cut|abridged))\b[^\]]{0,160}\]$/i,
    examples: [
      "[Excerpt ends. The full transcript runs to 64 pages.]",
      "[End of excerpt]",
      "[Transcript continues on page 12.]",
      "[Passage omitted]",
      "[End of translation. Reference: KM-AM-200927-03]",
    ],
    counterExamples: ["[The minister said the excerpt ends the debate.] Talks resumed.", "Excerpt ends here, the court clerk said."],
  },
  // "WORKERS OF ALL COUNTRIES, UNITE!": the party slogan a Soviet paper printed over its masthead.
  mastheadSlogan: {
    pattern: /^(?:workers|proletarians) of (?:all (?:countries|lands|nations)|the world),? unite!?$|^пролетарии всех стран,? соединяйтесь!?$/iu,
    examples: ["WORKERS OF ALL COUNTRIES, UNITE!", "Proletarians of all countries, unite!", "Пролетарии всех стран, соединяйтесь!"],
    counterExamples: ["Workers of all countries were told to unite, the speaker said."],
  },
  // "Organ of the Central Committee of the Communist Party of Azerbaijan": the line under a paper's
  // name saying whose paper it is; masthead furniture, never the headline.
  organLine: {
    pattern:
      /^(?:an?\s+|the\s+)?organ of the\s+(?=[^.!?]*\b(?:committee|council|soviet|party|ministry|department|union|administration|executive|board|government|presidium|komsomol)\b)[^.!?]{3,200}$/i,
    examples: [
      "Organ of the Transcaucasian Railway political department and trade union committee",
      "Organ of the Central Committee of the Communist Party of Azerbaijan, the Supreme Soviet and the Council of Ministers of the Azerbaijan SSR",
    ],
    counterExamples: ["Organ of the party, the paper said, would be closed.", "Organ donations rose in Yerevan."],
  },
  // "CMM reference: AZ-MOD-160402-01", "Our ref.: UN/OCHA/2023/117": a service's or an office's
  // reference number for the item, a code with digits in it, alone on its line.
  referenceNumber: {
    pattern:
      /^(?:\p{Lu}{2,6}\s+|(?:our|your|item|document|file)\s+)?(?:ref(?:erence)?\.?(?:\s+(?:no\.?|number|code))?|ref\.?\s*no\.?)\s*[:#№]?\s*(?=[\p{Lu}\d/._-]*\d)[\p{Lu}\d][\p{Lu}\d/._-]{3,40}\.?$/iu,
    examples: ["CMM reference: AZ-MOD-160402-01", "Our ref.: UN/OCHA/2023/117", "Reference No. 4512/21", "Ref: SEC.GAL/118/20"],
    counterExamples: ["Reference: the 1994 ceasefire agreement", "References to the 1994 truce were dropped."],
  },
  // "--------", "========": a typed rule between a record's head and its text.
  typedRule: {
    pattern: /^(?:[-=_*~]\s?){4,}$/,
    examples: ["--------", "= = = = =", "________"],
    counterExamples: ["-- 30 --", "--- Baku said"],
  },
  // "Publication status: published in sections News, Transcripts. Text version.": a site's note of
  // where the page is filed and in which forms it exists, under every page it prints.
  publicationStatus: {
    pattern:
      /^(?:publication status\s*:\s*(?:published|archived|draft|unpublished)\b[^!?]{0,160}|published in (?:the )?sections?\s*:?\s+[\p{Lu}][\p{L} ,&/-]{1,80}\.?|(?:text|print|pdf|mobile|full|printable) version\.?)$/iu,
    examples: [
      "Publication status: published in sections News, Transcripts. Text version.",
      "Published in sections: News, Speeches",
      "Text version",
      "Publication status: archived.",
    ],
    counterExamples: ["Publication of the casualty list was delayed, the ministry said.", "The text version of the agreement was signed in Moscow."],
  },
  // "Share: VK · Telegram · OK · Copy link.": a share row, its networks whichever they are; each part a
  // short name, the row labelled as one.
  shareRow: {
    pattern:
      /^(?:[Ss]hare(?: this(?: page| article| story| post| news| material)?)?(?: on| via)?|[Ff]ollow us(?: on)?|[Ss]end)\s*:\s*[\p{Lu}\p{N}][\p{L}\p{N}+.!-]{0,14}(?:\s\p{L}[\p{L}.-]{0,12})?(?:\s*[·•|,/]\s*[\p{Lu}\p{N}][\p{L}\p{N}+.!-]{0,14}(?:\s\p{L}[\p{L}.-]{0,12})?){1,9}\.?$/u,
    examples: ["Share: VK · Telegram · OK · Copy link.", "Share on: Odnoklassniki | Viber | Threads", "Share this page: Facebook, X, Email"],
    counterExamples: ["Share: the ministry's share of the budget rose to 40%.", "Share prices · Baku exchange fell on Monday after the shelling."],
  },
  // "All content on this site is licensed under Creative Commons Attribution 4.0 International.": the
  // site's licence for its pages, which says nothing of the news on them.
  licenceNotice: {
    pattern:
      /^(?:all |the )?(?:content|contents|materials?|texts?|articles?|photos?|images?|works?|publications?)(?: (?:on|of|published on|at|from) (?:this|the|our) (?:site|website|web-?site|portal|page|blog))? (?:is|are) (?:licensed|available|published|released|distributed) under (?:an? |the )?(?:creative commons|cc[ -]by|open government licen[cs]e)\b[^!?]{0,100}$/i,
    examples: [
      "All content on this site is licensed under Creative Commons Attribution 4.0 International.",
      "Texts on this website are available under the Creative Commons Attribution-ShareAlike licence.",
      "Photos are licensed under CC BY 4.0.",
    ],
    counterExamples: [
      "All content on this site was taken down by the authorities, the editor said.",
      "The photos are licensed to Reuters, which said 12 were killed.",
    ],
  },
  // "Statements by the Spokesperson", "Press releases", "Readouts": the section of an institution's site
  // a page is filed in, printed alone above its headline. Never a heading of the text itself.
  institutionSection: {
    pattern:
      /^(?:(?:statements?|remarks|press remarks|declarations|speeches|readouts?|press statements?|press releases?|interviews) (?:by|of) the (?:spokes(?:person|man|woman)|high representative|(?:vice[- ])?president|prime minister|(?:foreign )?minister|secretary(?:[- ]general| of state)?|chair(?:man|person|woman)?(?:[- ]in[- ]office)?|co-chairs?|presidency|ministry|press (?:office|service|secretary))|press releases|news releases|readouts|readouts and statements|statements and (?:speeches|remarks|readouts)|speeches(?: and (?:statements|remarks|articles))?|press statements|press briefings|press material|daily press briefings)$/i,
    examples: ["Statements by the Spokesperson", "Press releases", "Readouts", "Speeches", "Remarks by the High Representative", "Statements of the Ministry"],
    counterExamples: ["Statements by the spokesperson were contradicted by Baku on Monday.", "Speeches at the rally called for the border to be reopened."],
  },
  // "press@osce.org", "E-mail: info@mfa.example": a press office's address alone on its line.
  emailOnly: {
    pattern: /^(?:e-?mail|email us|contact|write to us|press (?:office|service|enquiries|inquiries))?\s*:?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$/i,
    examples: ["press@osce.org", "E-mail: info@mfa.example", "Press enquiries: media@eeas.example.eu"],
    counterExamples: ["Write to the ministry at info@mfa.example, the statement said.", "The address press@osce.org was hacked, the OSCE said."],
  },
  // "AZERBAIJAN-ARMENIA-CONFLICT/GANJA (UPDATE 2)", "ARMENIA-AZERBAIJAN/TALKS": a wire's slug over its
  // story, topics in capitals joined by hyphens, with a place or topic after a slash or an update tag.
  slashedWireSlug: {
    pattern:
      /^(?=[^a-z]*(?:\/|\((?:UPDATE|WRITETHRU|REFILE|CORRECTED|RECASTS?|REPEAT|URGENT|WRAPUP|FOCUS|ADVANCE|INSIGHT|FACTBOX|ANALYSIS|LEAD)))\p{Lu}{2,}(?:-\p{Lu}{2,})+(?:\/\p{Lu}{2,}(?:[- ]\p{Lu}{2,}){0,3})*(?:\s*\((?:UPDATE|WRITETHRU|REFILE|CORRECTED|RECASTS?|REPEAT|URGENT|WRAPUP|FOCUS|ADVANCE|INSIGHT|FACTBOX|ANALYSIS|LEAD)(?:\s*\d{1,2})?(?:,\s*(?:ADDS|[Aa]dds|UPDATES|[Uu]pdates|RECASTS|[Rr]ecasts|CORRECTS|[Cc]orrects|CHANGES|[Cc]hanges|REWRITES|[Rr]ewrites|INSERTS|[Ii]nserts|TOPS|[Tt]ops|FIXES|[Ff]ixes|NEW|[Nn]ew|WRITES THROUGH|[Ww]rites through)\b[^()]{0,120})?\))?$/u,
    examples: [
      "AZERBAIJAN-ARMENIA-CONFLICT/GANJA (UPDATE 2)",
      "ARMENIA-AZERBAIJAN/TALKS",
      "RUSSIA-ARMENIA/PEACEKEEPERS (REFILE)",
      "GEORGIA-OSSETIA (UPDATE 1)",
      "TOPIC-TOPIC (UPDATE 2, ADDS border report, ministry comment)",
      "ARMENIA-AZERBAIJAN/CLASH (UPDATE 1, recasts with toll)",
    ],
    counterExamples: [
      "NAGORNO-KARABAKH",
      "ARMENIA-AZERBAIJAN TALKS RESUME",
      "Nagorno-Karabakh/Artsakh",
      "CEASE-FIRE HOLDS",
      "ARMENIA-AZERBAIJAN (UPDATE 2, the ministry said 12 soldiers died)",
    ],
  },
  // A wire's routing tail closing the story: the agency's code, the operators' initials, the time it
  // moved ("NPA/jk/1830 GMT"), or the code and initials joined by hyphens ("NPA-jk-rb").
  wireRoutingTail: {
    pattern: /^[A-Z]{2,6}\/[a-z]{1,4}(?:\/[a-z]{1,4}){0,2}\/\d{4}(?:\s*(?:GMT|UTC|EDT|EST|MSK|CET))?$|^[A-Z]{2,6}(?:-[a-z]{2,3}){2,3}$/,
    examples: ["NPA/jk/1830 GMT", "CWS/ab/cd/0915 UTC", "NPA-jk-rb", "CWS-ab-cd"],
    counterExamples: ["UN-led", "NATO-led talks", "TASS/1830 GMT", "MIG-29"],
  },
  // "Caspian Rights Watch, P.O. Box 112, 0105 Tbilisi, Georgia", "Vilnius Forum | ul. Lipowa 3, 03-122
  // Warsaw | …": an organisation's postal address at the foot of its page (a post box or a street with
  // its number, and a postcode before the town), maybe with a note on the page's licence beside it.
  postalAddress: {
    pattern:
      /^(?=.*(?:\b(?:Postfach|P\.\s?O\.\s?Box|PO Box|Post(?:al)? Box|Box)\s+\d|\b(?:ul\.|str\.|rue|via|calle)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+\d|\b\d{1,4}[a-z]?\s+\p{Lu}[\p{L}'’-]+\s+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Square)|^\d{1,4}[a-z]?,?\s+(?:avenue|rue|boulevard|chemin|place|quai|route|via|calle|avenida)\s+(?:de\s+la\s+|de\s+l[\x27’]|du\s+|des\s+|de\s+|del\s+|della\s+)?\p{Lu}|\p{Ll}(?:strasse|straße|gasse|weg|platz|laan|straat|gatan|vej)\s+\d))(?=.*(?:(?:^|[,|]\s*)(?:\d{2}-\d{3}|[A-Z]{0,2}-?\d{4,5})\s+\p{Lu}\p{Ll}|\p{Lu}\p{Ll}+\s+[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b|(?:^|[.,;|·]\s*)(?:[Tt]elephone|TELEPHONE|[Tt]el\.|TEL\.|[Pp]hone|PHONE|[Ff]ax|FAX)\s*:?\s*\+?\d[\d ()/-]{5,}))(?!.*\b(?:said|says|told|killed|wounded|shelled|attacked)\b)[\p{Lu}\d].{8,240}$/u,
    examples: [
      "Caspian Rights Watch, P.O. Box 112, 0105 Tbilisi, Georgia",
      "Danube Monitor, Postfach 12, 1010 Vienna, Austria",
      "Vilnius Forum on Regional Security | ul. Lipowa 3, 03-122 Warsaw | Summaries are published under a Creative Commons licence.",
      "Caucasus Policy Centre, 14 Gower Street, London WC1E 6HA",
      "Nordic Refugee Council, Hauptstrasse 5, 8001 Zurich",
      "7, avenue de la Gare, CH-1003 Lausanne",
      // A post box and a telephone, with no postcode: a small paper's address at its foot.
      "Donsö Weekly Herald, Box 40, Donsö. Telephone 031-55 12 00.",
    ],
    counterExamples: [
      "Shells hit Box 12, 1010 Vienna Street in Stepanakert, the ministry said.",
      "The office at 14 Gower Street, London was attacked, police said.",
      "Postfach 12 was where 1010 Vienna residents lined up for aid after the floods.",
      "Residents of Box 4 camp telephoned 112 for help, officials said.",
    ],
  },
  // A research body's note on its working papers: preliminary, for discussion, not to be cited.
  paperDisclaimer: {
    pattern:
      /^(?:(?:(?:working|discussion|research|policy|occasional)\s+papers?|briefs?|commentaries)\s+(?:of|from|by|in)\s+[^.!?]{3,100}?\s+(?:are|is)\s+(?:preliminary|circulated\s+for|published\s+to\s+(?:stimulate|encourage)|work\s+in\s+progress)\b[^.!?]{0,100}|(?:(?:working|discussion|research|policy|occasional)\s+papers?|briefs?)\s+(?:of|from|by|in)\s+[^.!?]{3,100}?\s+present\s+(?:research|work)\s+in\s+progress|please\s+do\s+not\s+(?:cite|quote)(?:\s+or\s+(?:circulate|quote|cite))?\s+without\s+(?:the\s+)?(?:authors?['’]?s?['’]?\s+|written\s+)?permission|comments\s+(?:are|on\s+this\s+paper\s+are)\s+(?:welcome|invited))\.?$/iu,
    examples: [
      "Working Papers of the Baltic Unit on Border Studies are preliminary and are circulated for discussion.",
      "Please do not cite without the authors' permission.",
      "Discussion Papers of the Danube Institute present research in progress.",
      "Comments are welcome.",
    ],
    counterExamples: [
      "The working papers of the commission are preliminary, the minister said, and no figure is final.",
      "Please do not cite the ministry's figures, the spokesman told reporters.",
    ],
  },
  // "Sources: NPA, Reuters, AP": the agencies a roundup was compiled from, a list of names and no sentence.
  sourcesList: {
    pattern:
      /^[Ss]ources?\s*:\s*(?:[\p{Lu}][\p{L}\p{N}/&.'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}/&.'’-]*){0,3})(?:\s*(?:,|;|and)\s*[\p{Lu}][\p{L}\p{N}/&.'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}/&.'’-]*){0,3}){1,10}\.?$/u,
    examples: ["Sources: NPA, Reuters, AP, RFE/RL", "Source: TASS; Interfax"],
    counterExamples: ["Sources: the ministry said 40 were killed.", "Sources close to the talks said Baku and Yerevan agreed."],
  },
  // A release's own small print: who produced it and that it binds no one, where to subscribe, where
  // further information and summaries will be found.
  releaseSmallPrint: {
    pattern:
      /^(?:this (?:press release|news release|release|summary|document|text|note) (?:is|was) (?:a document )?(?:produced|prepared|issued|drafted|written) by (?:the )?[\p{L} ]{2,60}\.?(?:\s+it (?:does not|doesn\u2019t|doesn\x27t) bind (?:the )?[\p{L} ]{2,40}\.?)?|(?:it|this (?:summary|release|document|note)) (?:does not|doesn\u2019t|doesn\x27t) bind (?:the )?[\p{L} ]{2,40}\.?|to receive (?:the |our )?[^.!?]{0,60}\b(?:press releases|news releases|newsletters?|updates|alerts)\b,? (?:please )?(?:subscribe|sign up|register)\b[^!?]{0,80}|(?:an? )?(?:legal |short )?summary of (?:this|the) (?:case|judgment|judgement|decision|ruling|report) (?:will be|is) available\b[^!?]{0,100}|[^.!?]{0,60}\bfurther information about (?:the )?[\p{L} ]{2,40} (?:can be found|is available) (?:on|at)\b[^!?]{1,80})$/iu,
    examples: [
      "This press release is a document produced by the Registry. It does not bind the Tribunal.",
      "It does not bind the Tribunal.",
      "To receive the Tribunal's press releases, please subscribe here.",
      "A legal summary of this case will be available in the Tribunal's database.",
      "Decisions and further information about the Tribunal can be found on www.tribunal.example.",
    ],
    counterExamples: [
      "The ruling does not bind Baku, the foreign ministry said.",
      "This document was produced by the ministry to show the shelling, Baku said.",
    ],
  },
  // A document's footnote that cites its source: "[2] Valley Watch, "Shelling in the valley," 30 October 2020.",
  // "[3] Valley Watch interview with a surgeon, Barda, 9 November 2020.", "[4] Ibid." (a footnote that says
  // something of its own, "[5] The ministry later said 12 died.", stays).
  footnoteCitation: {
    pattern:
      /^\[\d{1,3}\]\s+(?:ibid\.?|op\.\s*cit\.?|(?:[^.!?"“]{2,80},\s*)?["“][^"”]{3,160}[,.]?["”][^!?]{0,120}|[^.!?]{2,80}\binterview(?:s)? with\b[^!?]{2,140}|[^.!?]{2,120}\(\s*[\p{L} ]{2,40}:\s*[\p{L} ]{2,40},\s*\d{4}\)\.?|[^.!?]{2,100},\s*(?:adopted|entered into force|signed|published|available at)\b[^!?]{2,120})$/iu,
    examples: [
      "[2] Valley Watch, \u201cShelling in the Valley,\u201d October 30, 2020.",
      "[3] Valley Watch interview with a surgeon, Barda, November 9, 2020.",
      "[4] Institute for Strategic Studies, The Military Balance 2020 (London: Routledge, 2020).",
      "[6] Convention on Cluster Munitions, adopted May 30, 2008, entered into force August 1, 2010.",
      "[7] Ibid.",
    ],
    counterExamples: ["[5] The ministry later said 12 people had died in the strike.", "[1] Armenia denies having such weapons."],
  },
  // A programme's links between its items: "And the rest of the day's news after this.", "We'll take
  // a short break.", "Sport and weather are next, after the travel news." They trail what comes, and report nothing.
  programmeLinks: {
    pattern:
      /^(?:and )?(?:(?:the )?rest of (?:the day['’]s|today['’]s|tonight['’]s|this (?:morning|evening)['’]s|the) (?:news|headlines|programme|program)|more(?: news| on (?:that|this|those) stor(?:y|ies))?|(?:the )?(?:weather|sport|headlines)) (?:after this|after the break|after these messages|in a (?:moment|minute)|shortly)[.!]?$|^we['’]ll (?:take|have) a (?:short|quick|brief) break(?: now)?[.!]?$|^when we (?:come|get) back,\s+(?![^.!?]*\b(?:was|were|is|are|had|has|have|will|would|said|says|told|found|saw)\b)[^.!?]{3,120}[.!]?$|^(?:the )?(?:weather|sport|traffic|travel(?: news)?|business(?: news)?|forecast)(?:(?:,| and) (?:the )?(?:weather|sport|traffic|travel(?: news)?|business(?: news)?|forecast)){0,3} (?:is|are) (?:next|coming up)(?![^.!?]*\b(?:said|says|told)\b)(?:,? (?:after|with|on|here on) [^.!?]{1,50})?[.!]?$/i,
    examples: [
      "And the rest of the day's news after this.",
      "More after the break.",
      "We'll take a short break.",
      "Sport and weather are next, after the travel news.",
      "When we come back, the farmers of Tavush and their first harvest.",
    ],
    counterExamples: [
      "More troops arrived after the break in the fighting.",
      "Sport is next on the agenda, the minister said.",
      "The rest of the convoy followed after this, witnesses said.",
      "When we come back, we will rebuild the school, the refugees said.",
    ],
  },
  // A programme's credits in a row: "Producer: Tobias Brenner. Sound: Ana Ruiz.", "Duty editor: K. Lind".
  // Each role is followed by a name alone; a speaker's label is followed by what the speaker says.
  creditRoll: {
    pattern:
      /^(?:(?:[Ee]xecutive |[Ss]eries |[Ss]enior |[Dd]uty |[Nn]ight |[Oo]utput |[Aa]ssistant )?(?:[Pp]roducers?|[Ss]ound(?: [Dd]esign(?:er)?| [Ee]ngineer)?|[Mm]ix(?:ing)?|[Mm]ixed by|[Ee]ngineers?|[Mm]usic|[Tt]heme music|[Aa]rtwork|[Ee]ditors?|[Rr]eaders?|[Nn]ewsreaders?|[Ss]tudio manager|[Rr]esearch(?:er)?)\s*:\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})*[.;,]?\s*)+$/u,
    examples: ["Producer: Tobias Brenner.", "Sound: Ana Ruiz", "Duty editor: K. Lindqvist", "Producers: Ani Hovsepyan and Jon Tell. Music: Kura Strings."],
    counterExamples: ["Producer: the ministry said the film was banned.", "PRESENTER: Good evening.", "Editor: Our reporter in Goris says the road is open."],
  },
  // "The Tavush Hour is produced by Northgate Audio.": a show's credit to the company that makes it.
  productionCompanyCredit: {
    pattern:
      /^(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,4} (?:is|was) (?:produced|made|recorded|presented) (?:by|for|in association with) (?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,3} (?:Audio|Media|Productions?|Studios?|Podcasts?|Sound|Films?|Pictures)\.?$/u,
    examples: ["The Tavush Hour is produced by Northgate Audio.", "Frontier Notes is made by Kestrel Studios"],
    counterExamples: ["The TB2 drone is produced by Baykar.", "The Tavush Hour is produced by Northgate Audio, the ministry said."],
  },
  // "Script archived from the station's telex log": where a broadcast's script was kept.
  scriptArchiveNote: {
    pattern:
      /^(?:(?:this|the) )?(?:script|bulletin|running order|text) (?:was )?(?:archived|reproduced|taken|copied|kept|transcribed) from (?:the |our )?(?:station['’]s |newsroom['’]s |studio['’]s )?(?:teleprinter|telex|wire|archive|log|running order|original|studio|master)\b[^.!?]{0,60}\.?$/i,
    examples: ["Script archived from the station's telex log", "The bulletin was transcribed from the studio master."],
    counterExamples: ["The text was taken from the ministry's website, the agency said."],
  },
  // "Our foreign desk's summary of the talks.": a desk's standfirst, naming its own piece, no verb of its own.
  deskSummary: {
    pattern:
      /^our (?:[\p{L}-]+ ){0,2}(?:desk|newsroom|editors|team|correspondents?)['’]s? (?:summary|digest|round-?up|overview|pr[eé]cis|notes) (?:of|on) (?![^.!?]*\b(?:was|were|is|are|has|have|had|said|says|told|shows?|showed)\b)[^.!?]{3,100}\.?$/iu,
    examples: ["Our foreign desk's summary of the talks and what they mean.", "Our newsroom's round-up of the day on the border."],
    counterExamples: ["Our court desk's summary of the ruling was disputed by the ministry.", "Our correspondent's notes on the shelling show 12 dead."],
  },
  // "For the full report, listen to Sunday's Border Hour.": a pointer to the broadcast the page summarises.
  fullReportPointer: {
    pattern:
      /^for (?:the|our) full (?:report|story|interview|programme|program|coverage|bulletin|broadcast|text|version)s?,? (?:listen|tune in|watch|go|see|read|visit|head)\b[^.!?]{0,80}\.?$/i,
    examples: ["For the full report, listen to Sunday's Border Hour.", "For the full interview, watch the video above."],
    counterExamples: ["For the full report, the commission needs access to Agdam."],
  },
  // "Produced by the Kura 7 transcription service; names as captioned.": a transcript's credit to the
  // broadcaster's own transcription desk, which names the outlet (parseArticle reads the name).
  transcriptionServiceCredit: {
    pattern:
      /^(?:(?:[Tt]his|[Tt]he) (?:transcript|text|programme transcript) (?:was|is) |[Tt]ranscripts? )?(?:[Pp]roduced|[Pp]repared|[Mm]ade) by (?:the )?(?<name>[\p{Lu}\p{N}][\p{L}\p{N}'’&.-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}'’&.-]*){0,4}) (?:[Tt]ranscription|[Tt]ranscript|[Cc]aptioning|[Ss]ubtitling) (?:[Ss]ervices?|[Uu]nit|[Dd]esk|[Tt]eam)\b(?![^.!?]*\b(?:said|says|told)\b)[^.!?]{0,100}\.?$/u,
    examples: [
      "Produced by the Kura 7 transcription service; names as captioned.",
      "This transcript was prepared by the Lakeside Radio transcription desk.",
      "Transcript produced by KRT Transcription Services.",
    ],
    counterExamples: [
      "Produced by the ministry, the film was shown on state television.",
      "Produced by the Kura 7 transcription service, the record says 12 died, the court said.",
    ],
  },
  // "(NPA)" alone on the story's last line: the agency's tag closing its item.
  closingAgencyTag: {
    pattern: /^\([A-Z]{2,6}\)$/,
    examples: ["(NPA)", "(CWS)"],
    counterExamples: ["(The ministry denied it.)", "(Photo)"],
  },
  // "Further reports on the fighting will appear in our World pages": the paper's pointer to its other pages.
  furtherReportsPointer: {
    pattern:
      /^(?:further|more|fuller)\s+(?:reports?|coverage|news|details)\b[^.!?]{0,80}\b(?:(?:will\s+(?:appear|be\s+found|follow)|appears?)\s+(?:in|on)\s+(?:our|the|page)|on\s+page\s+\d+)\b[^.!?]{0,60}\.?$/iu,
    examples: ["Further reports on the Balkan fighting will appear in our World pages", "More coverage on page 12."],
    counterExamples: ["More reports of shelling will appear, the ministry warned, as the truce fails.", "Further reports said 40 people were killed."],
  },
  // "Subscribers can read the full text of the decree in our Documents section", "Maps 1-3 and the
  // annex are available in the full report": a pointer from an excerpt to the whole text elsewhere.
  fullTextPointer: {
    pattern:
      /^(?![^!?]*\b(?:said|says|told|according)\b)(?:(?:subscribers|members|registered (?:users|readers)|premium (?:users|readers))\s+(?:can|may)\s+(?:read|find|view|access|download|consult)\s+(?:the\s+)?(?:full|complete|entire|whole)\s+(?:text|version|report|document|transcript)s?\b[^!?]{0,120}|(?:tables?|figures?|figs?\.|notes|footnotes|endnotes|appendi(?:x|ces)|annex(?:es)?|references|maps?|charts?)\b[^.!?]{0,60}\b(?:is|are)\s+(?:only\s+)?(?:available|included|given|reproduced)\s+in\s+the\s+(?:full|complete|original|printed|print|online|pdf)\s+(?:text|version|article|paper|report|edition)\b[^.!?]{0,60})\.?$/iu,
    examples: [
      "Subscribers can read the full text of Decree No. 14 in the Documents section.",
      "Members may download the complete report from our library.",
      "Table 3 and notes 4-9 are available in the full text.",
      "Maps and the appendix are included in the printed edition.",
    ],
    counterExamples: [
      "Subscribers can read the full text of the treaty, the minister said, but few have.",
      "Tables of the dead are available in the full report, according to the ombudsman.",
      "Members of parliament read the text aloud on Monday.",
    ],
  },
  // "Caspian Trade Review is published by Meridian Trade Media.": a trade paper's credit to its
  // publisher names the paper (parseArticle reads it as a footer's outlet).
  publisherCredit: {
    pattern:
      /^(?<name>(?:The\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’&.-]*|of|the|and|&)){0,5})\s+is\s+(?:published|produced)\s+(?:by|for)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:,?\s+(?:\p{Lu}[\p{L}\p{N}'’&.-]*|of|the|and|&)){0,6}\.?$/u,
    examples: ["Caspian Trade Review is published by Meridian Trade Media.", "The Border Herald is published by Herald Media Group Ltd."],
    counterExamples: [
      "The decree is published by the government gazette.",
      "The Law Gazette is published by the Ministry of Justice, which said 40 died.",
      "Azerbaijan is published by nobody, the joke went.",
    ],
  },
  // "Wire Notes are published under a Creative Commons BY-NC 4.0 licence": the terms a page's text is
  // licensed on, never its news.
  seriesLicence: {
    pattern:
      /^(?:[\p{L}\p{N}'’ -]{1,60}\s+)?(?:is|are)\s+(?:published|released|licensed|made available|distributed)\s+under\s+(?:an?|the)\s+(?:creative commons|cc|open|open-access)\b[^!?]{0,100}$/iu,
    examples: [
      "Steppe Papers are published under a Creative Commons BY 4.0 licence.",
      "This work is licensed under a Creative Commons Attribution-NonCommercial 4.0 International License.",
    ],
    counterExamples: ["The decree is published under the president's seal, the ministry said.", "The data are released under an agreement with Baku."],
  },
  // "Opinion pieces reflect the views of their authors and not necessarily those of the Valley Post":
  // a page's disclaimer of its contributors' views.
  authorsViewsDisclaimer: {
    pattern:
      /^(?:[\p{L}'’ -]{1,40}\s+)?(?:reflects?|represents?|express(?:es)?)\s+(?:only\s+)?(?:the\s+)?(?:views|opinions)\s+of\s+(?:their|its|the|his|her)\s+authors?\b[^.!?]{0,30}?\s*(?:,\s*)?(?:and|but)\s+(?:do(?:es)?\s+)?not\s+necessarily\s+(?:reflect\s+)?(?:those|the\s+views|the\s+position)\s+of\b[^.!?]{0,60}\.?$|^(?:[\p{L}\x27’ ]{1,30}:\s*)?(?:[\p{L}\p{N}&\x27’. -]{1,60}\s+)?(?:reflects?|represents?|express(?:es)?)\s+(?:only\s+)?(?:the\s+)?(?:views|opinions)\s+of\s+(?:their|its|the|his|her)\s+(?:authors?|writers?|contributors?)\s*,?\s+not\s+(?:of\s+|those\s+of\s+|the\s+views\s+of\s+)?[^.!?]{1,60}\.?$/iu,
    examples: [
      "Guest columns reflect the views of their authors and not necessarily those of the Valley Post.",
      "Commentaries express the opinions of the authors and do not necessarily reflect those of the Institute.",
      "Valley Notes posts reflect the views of their authors, not of the Institute.",
      "Editorial note: Valley Notes posts reflect the views of their authors, not of the Institute.",
      // (A letters page says "writers": "Letters reflect the views of their writers, not of the Harbour Post.")
      "Letters reflect the views of their writers, not of the Harbour Post.",
    ],
    counterExamples: [
      "The statement reflects the views of the ministry and not necessarily those of the government.",
      "The letter reflects the views of its authors, the ombudsman said, not those of the parliament.",
      "The statement reflects the views of the government, the ministry said.",
    ],
  },
  // "Write to: Letters Editor, The Valley Post, 12 Mill Road": where a letters page asks for letters,
  // naming its paper (parseArticle reads the name as a footer's outlet).
  lettersAddress: {
    pattern:
      /^(?:[Ww]rite|[Ss]end (?:your )?letters?|[Ll]etters?|[Aa]ddress letters)\s+to\s*:?\s+(?:the\s+)?(?:[Ll]etters|[Oo]pinion|[Rr]eaders['’]?)\s+(?:[Ee]ditor|[Dd]esk|[Pp]age)s?,\s+(?<name>(?:The\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’&.-]*|of|the|and|&)){0,5})(?:,\s*[^!?]{0,120}|\.)?$/u,
    examples: ["Write to: Letters Editor, The Valley Post, P.O. Box 12, Springfield.", "Send letters to the Letters Desk, Caspian Ledger, PO Box 12."],
    counterExamples: ["Write to the ministry, the ombudsman said.", "Letters to the editor, the paper said, were burned."],
  },
  // "Have an opinion on this story? Email us your letter and it will be considered for publication.":
  // the letters page's invitation to readers.
  lettersInvitation: {
    pattern:
      /^(?:have (?:an?|your) (?:opinion|view|say|something to say)\s+(?:on|about)\b[^?]{0,100}\?\s*(?:please\s+)?(?:e-?mail|send|write|submit|tell)\b(?![^!?]*\b(?:said|says|told)\b)[^!?]{0,120}|(?:please\s+)?(?:e-?mail|send|submit|write)\s+(?:us\s+)?(?:your\s+)?(?:letters?|views|responses|submissions)\b[^.!?]{0,100}\b(?:considered|selected|chosen)\s+for\s+publication\b[^.!?]{0,40}\.?)$/iu,
    examples: [
      "Have an opinion on anything in today's paper? Email us at letters@valleypost.example.",
      "Have your say about this story? Please send us your letter.",
      "Please email us your letter and it will be considered for publication.",
    ],
    counterExamples: ["Have an opinion on the ceasefire? Most villagers said they did not.", "Please send us your letters, the ombudsman told the families."],
  },
  // "Corresponding author: a.berg@institute.example": a journal article's contact line.
  correspondingAuthor: {
    pattern:
      /^(?:corresponding authors?|correspondence(?:\s+(?:to|address))?|contact author)\s*:\s*(?=[^!?]*(?:@|\b(?:university|institute|department|centre|center)\b))\S.{0,160}$/iu,
    examples: ["Corresponding author: a.berg@institute.example", "Correspondence to: Anna Berg, Department of History, University of Tartu"],
    counterExamples: ["Correspondence: the ministry said the letters were forged."],
  },
  // "From the Federal Register Online via the Government Publishing Office [www.gpo.gov]": an official
  // record's provenance note, printed by the office that puts it online.
  recordProvenance: {
    pattern: /^[Ff]rom (?:the )?\p{Lu}[\p{L} ]{2,60}\s+[Oo]nline\s+(?:through|via|from)\s+(?:the\s+)?\p{Lu}[\p{L} ]{2,80}?(?:\s*\[[^\]\s]{3,60}\])?\.?$/u,
    examples: [
      "From the Federal Register Online via the Government Publishing Office [www.gpo.gov]",
      "From the Official Journal Online through the Publications Office",
    ],
    counterExamples: [
      "From the front line through the Lachin corridor, the convoy moved.",
      "From the Record Online via the ministry, the ombudsman said 12 died.",
    ],
  },
  // "Licensed copy. Redistribution beyond your firm is prohibited.": a subscriber service's terms for
  // the copy in hand, printed under its masthead.
  copyRestriction: {
    pattern:
      /^(?:(?:subscriber|licensed|member|personal|client)s?\s+(?:copy|edition)\.\s+)?(?:forwarding|redistribution|onward distribution|sharing|circulation)(?:\s+of\s+this\s+[\p{L}]{2,20})?\s+(?:outside|beyond)\s+(?:your|the recipient(?:\x27|’)?s)\s+(?:organi[sz]ation|company|firm|office|team|institution|department)\s+is\s+(?:not permitted|prohibited|forbidden|not allowed)\.?$/iu,
    examples: ["Licensed copy. Redistribution beyond your firm is prohibited.", "Forwarding of this bulletin outside your office is not allowed."],
    counterExamples: ["Forwarding of aid beyond the checkpoint is not permitted, the army said."],
  },
  // "Contains public sector information licensed under the Open Government Licence v3.0.": the
  // licence a reproduced official text comes under.
  containsLicensedData: {
    pattern:
      /^contains\s+(?:[\p{L}-]+\s+){0,3}(?:information|data|material|content)\s+licen[cs]ed\s+under\s+(?:the\s+)?[\p{L}\p{N}. -]{2,60}\b(?:licen[cs]e|licen[cs]e v?\d[\d.]*)\b[^!?]{0,30}$/iu,
    examples: [
      "Contains public sector information licensed under the Open Government Licence v3.0.",
      "Contains Ordnance Survey data licensed under the Open Data Licence.",
    ],
    counterExamples: ["The file contains information licensed under secrecy rules, the ministry said."],
  },
  // "To manage your subscription, reply with the word OPTIONS. To leave the list, reply END.": how a
  // mailed bulletin or a list is joined and left.
  subscriptionInstructions: {
    pattern:
      /^to (?:(?:change|manage|update|amend|pause|cancel|stop) your (?:subscription|delivery|preferences|settings)|(?:unsubscribe|subscribe)(?: or (?:unsubscribe|subscribe))?|(?:leave|join) (?:the|this) (?:list|mailing list)),?\s+(?:please\s+)?(?:reply|respond|write|send|e-?mail|click|visit|go|text)\b(?![^!?]*\b(?:said|says|told)\b)[^!?]{0,160}$/iu,
    examples: [
      "To manage your subscription, reply with the word OPTIONS. To leave the list, reply END.",
      "To subscribe or unsubscribe, send a message to listserv@lists.example",
    ],
    counterExamples: ["To change your vote, the chairman said, write to the clerk.", "To leave the list, send a letter, the party told its members."],
  },
  // "Our relief appeal for the flooded villages remains open until Easter.", "Details are on page 9 of
  // the print edition.": a paper's own appeal and its pointer into the printed issue.
  ownAppeal: {
    pattern:
      /^(?:our\s+[^.!?]{0,60}\b(?:fund|appeal|collection|campaign|drive|raffle)\b(?![^!?]*\b(?:said|says|told)\b)[^.!?]{0,60}\b(?:remains|is still|stays|is now) open\b[^!?]{0,100}|[^.!?]{0,40}\bdetails (?:are )?(?:on|in) page \d{1,3} of (?:the|our|this) (?:print|printed|paper) (?:edition|issue)\.?)$/iu,
    examples: ["Our relief appeal for the flooded villages remains open until Easter.", "Details are on page 9 of the print edition."],
    counterExamples: ["The fund for the families of the dead remains open, the ministry said.", "Our embassy remains open in Baku."],
  },
  // "Drivers are wanted to take parcels to the border villages.", "Saturdays, 10:00 - Georgian dance
  // lessons for children": a community sheet's notices, no news.
  communityNotices: {
    pattern:
      /^(?:(?:volunteers|helpers|translators|drivers|donors|sponsors|singers|teachers) (?:are |is )?(?:needed|wanted|sought|welcome)\b(?![^!?]*\b(?:said|says|according|told)\b)[^!?]{0,140}|(?![^.!?]*\b(?:said|says|resumed|cancelled|suspended|were|was|had|have|has)\b)[^.!?]{0,50}\b(?:classes|lessons|courses?|workshops?|lectures?|rehearsals?)\s+for\s+(?:adults|children|kids|teens|beginners|young people|seniors|all ages)\b[^.!?]{0,60})$/iu,
    examples: [
      "Drivers are wanted to take parcels to the border villages. Call the parish office.",
      "Saturdays, 10:00 - Georgian dance lessons for children (all levels)",
    ],
    counterExamples: [
      "Volunteers were needed to dig through the rubble, the ministry said.",
      "Volunteers are needed at the front, the defence ministry said.",
      "Classes for children resumed in Stepanakert on Monday.",
    ],
  },
  // "Authorised by Jane Roe MP, Green Party, 12 High Street, Leeds.": an election notice's imprint.
  authorisationImprint: {
    pattern:
      /^authori[sz]ed(?: and (?:printed|published))? by\s+(?![^!?]*\b(?:said|says|told|began|was|were|had|has)\b)\p{Lu}[\p{L}.\x27’ -]{2,60}(?:,\s*[\p{L}\p{N}.\x27’ -]{2,60}){1,4}\.?$/iu,
    examples: ["Authorised by Jane Roe MP, Green Party, 12 High Street, Leeds LS1 4AB."],
    counterExamples: ["Authorised by Moscow, the deployment began on Monday, officials said."],
  },
  // "Please think of the environment before printing this e-mail."
  printingPlea: {
    pattern: /^please (?:consider|think (?:of|about)) the environment before printing\b[^.!?]{0,40}\.?$/iu,
    examples: ["Please think of the environment before printing this e-mail."],
    counterExamples: ["Please consider the environment, the minister told the summit."],
  },
  // "This archive reprints official texts without editing for reference purposes.", "This file
  // collects extracts for research use and is not an official record.": a digest's or an archive's note
  // on the texts it reproduces.
  reproducerNote: {
    pattern:
      /^(?![^!?]*\b(?:said|says|told|according)\b)(?:this (?:digest|archive|site|website|file|page|collection|mirror|service|newsletter|bulletin)|\p{Lu}[\p{L}\p{N}&’.-]{1,30}(?:\s+\p{Lu}[\p{L}\p{N}&’.-]{1,30}){0,3}) (?:reproduces|republishes|mirrors|reprints|archives|collects) [^!?]{2,80}?\b(?:without (?:editing|changes|alteration)\b[^!?]{0,50}|for (?:research|reference|educational|information(?:al)?) (?:use|purposes)(?: only)?(?:,? and is not an? official (?:text|document|record|translation|site))?\.?$|and is not an? official (?:text|document|record|translation|site)\.?$)/iu,
    examples: [
      "This archive reprints official texts without editing for reference purposes.",
      "This file collects short extracts for research use only and is not an official record.",
      "Caspian Papers reproduces agency bulletins without changes.",
    ],
    counterExamples: ["Baku reproduces the Soviet maps without changes, Yerevan said.", "State television reproduces the statement in full."],
  },
  // "Releases reflect the position of the issuing body only.", "Views expressed by listeners are their
  // own and not those of the station.": who answers for texts a page carries.
  carriedViewsDisclaimer: {
    pattern:
      /^(?:(?:the )?(?:views|opinions) expressed by (?:callers|guests|contributors|listeners|participants|panellists|panelists|interviewees|speakers|readers|commenters) (?:are|remain) (?:solely )?(?:their|his or her) own\b(?![^!?]*\b(?:said|says|told)\b)[^.!?]{0,80}|(?:[\p{L}]+\s){0,2}(?:bulletins|statements|releases|documents|texts|communiqu[eé]s|posts) (?:reflect|represent|express) (?:only )?the (?:position|views?|opinions?) of the (?:issuing|original|publishing) (?:authority|authorities|body|bodies|institution|organi[sz]ation|ministry|source)(?: only)?)\.?$/iu,
    examples: ["Releases reflect the position of the issuing body only.", "Views expressed by listeners are their own and not those of the station."],
    counterExamples: [
      "The views expressed by the minister are his own, the government said.",
      "Statements reflect the position of the ministry, the spokesman said.",
    ],
  },
  // "Care to reply? Letters of no more than 300 words can be sent to the letters desk.": an opinion
  // page's invitation to answer it.
  replyInvitation: {
    pattern:
      /^(?:(?:want|wish|would you like|care) to (?:respond|reply|comment|answer|write to us)\?|letters? (?:of |up to |under |no longer than |of no more than |of up to )\d+ words (?:may|can|should) be (?:sent|e-?mailed|submitted|addressed) to\b[^!?]{0,80})$/iu,
    examples: ["Care to reply?", "Letters of no more than 300 words can be sent to the letters desk."],
    counterExamples: ["Want to respond? The ministry did not.", "Letters of 300 words were found on the bodies, the ministry said."],
  },
  // "Our Glendale office is closed for the holidays until 4 January.", "Enquiries and orders by phone
  // only.": a paper's or an office's notice to its visitors.
  officeClosure: {
    pattern:
      /^(?:(?:our|the) (?:\p{Lu}[\p{L}-]+ )?(?:office|offices|shop|bookshop|reading room|front desk|newsroom|library) (?:is|are|will be|remains?) (?:closed|shut) (?:for|until|due to|over)\b(?![^!?]*\b(?:said|says|told|according)\b)[^.!?]{0,80}|(?:letters|notices|submissions|enquiries|inquiries|correspondence|orders|bookings)(?: (?:and|&) (?:letters|notices|submissions|enquiries|inquiries|correspondence|orders|bookings))? (?:by|via) (?:e-?mail|post|phone|telephone|appointment) only)\.?$/iu,
    examples: ["Our Glendale office is closed for the holidays until 4 January.", "Enquiries and orders by phone only."],
    counterExamples: ["Our Stepanakert office is closed for security reasons, the ICRC said."],
  },
  // "Compiled from our live-tweets of 3 May; posts lightly edited.": how a thread became the page.
  threadUnrollNote: {
    pattern:
      /^(?:unrolled|compiled|collected|reposted|adapted|archived|assembled) from (?:our|a|the|my) (?:thread|tweets?|posts?|live[- ]?tweets?|twitter thread|x thread|telegram posts?)\b(?![^!?]*\b(?:said|says|told)\b)[^!?]{0,180}$/iu,
    examples: ["Compiled from our live-tweets of 3 May; posts lightly edited."],
    counterExamples: ["Compiled from our thread, the claims were rejected by Baku, the ministry said."],
  },
  // "Viewer warning: the clip below shows the bodies of soldiers.": a warning set over distressing material.
  contentWarning: {
    pattern: /^(?:content|trigger|viewer|reader|graphic content) (?:warning|advisory)\s*:[^!?]{2,200}$/iu,
    examples: ["Viewer warning: the clip below shows the bodies of soldiers. We have blurred faces."],
    counterExamples: ["Content warning labels were added to the posts, the platform said."],
  },
  // A volunteer mirror's notes on itself: who keeps it, that it is unofficial, how and how often it
  // copies, its translations, its terms, the channel's pinned message.
  mirrorNotes: {
    pattern:
      /^(?:(?:this )?(?:mirror|archive|site|channel copy|copy|feed|page)(?: is)? (?:maintained|run|kept|operated|curated) by (?:volunteers|readers|fans|supporters|an? (?:volunteer|independent) team)\b[^!?]{0,80}|not an official (?:website|site|channel|account|page|source)\b[^.!?]{0,60}\.?|(?:mirror(?:ed)? )?(?:posts|messages|items|entries|updates) (?:are|were) (?:copied|mirrored|reposted|pulled|fetched|updated) automatically\b[^!?]{0,80}|(?:all )?translations (?:are|is) (?:unofficial|machine[- ]made|automatic)\b[^!?]{0,100}|no (?:reuse|reproduction|republication|use) of (?:photographs|photos|images|videos|content|materials|texts) without\b[^!?]{0,80}|(?:channel|feed|source|original) languages?\s*:\s*[\p{L}/, ]{2,40}\.?(?:\s+[^.!?]{0,40}\btranslation\.?)?|(?:english )?(?:working|unofficial|machine|rough) translation\.?|pinned(?: (?:message|post|note))?\s*:[^!?]{2,200})$/iu,
    examples: [
      "Archive run by volunteers. Not an official site.",
      "Messages are mirrored automatically every hour.",
      "Translations are unofficial and may contain errors.",
      "No reuse of videos without the owner's consent.",
      "Source language: Georgian. Unofficial translation.",
      "Pinned: Shelter in basements during air-raid alerts.",
    ],
    counterExamples: [
      "Pinned down by sniper fire, the unit withdrew.",
      "No use of force without a mandate, the minister said.",
      "Posts were copied by state media within minutes.",
    ],
  },
  // "This transcript was produced automatically and corrected by hand.": how a show's text was made.
  machineTranscriptNote: {
    pattern:
      /^(?:this |the )?transcript (?:was |is |has been )?(?:generated|produced|made|created) (?:automatically|by (?:software|machine|speech recognition|an? (?:ai|automated) (?:tool|service)))\b[^!?]{0,160}$/iu,
    examples: ["This transcript was produced automatically and corrected by hand."],
    counterExamples: ["The transcript was produced by the court on Monday, the lawyer said."],
  },
  // "[Paid promotion: The Institute's spring course is open for applications.]": a read a show or a
  // newsletter carries for its sponsor or itself.
  sponsoredMessage: {
    pattern: /^\[?(?:sponsored (?:message|content|segment|read)|paid (?:message|promotion)|promo(?:tion)?|house ad)\s*:[^\]]{2,240}\]?$/iu,
    examples: ["[Paid promotion: The Institute's spring course is open for applications.]"],
    counterExamples: ["Sponsored content was removed by the platform, Meta said."],
  },
  // "Night Desk airs Mondays to Fridays at 10 pm.", "Ring 0800 111 222 to have your say.": a phone-in's
  // slot and its number.
  phoneIn: {
    pattern:
      /^(?![^!?]*\b(?:said|says|told|according)\b)(?:\p{Lu}[\p{L}\p{N}&’. -]{1,40} (?:airs|is on(?: air)?|broadcasts|goes out) (?:every )?(?:weeknights|weekdays|nightly|daily|weekly|mondays? to fridays?|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b[^!?]{0,120}|(?:call|phone|text|ring|dial) (?:us )?(?:on |at )?\+?\d[\d\s().-]{5,}\d (?:to|and) (?:join|share|have your say|get on air|take part|tell us)\b[^.!?]{0,60}\.?)$/iu,
    examples: ["Night Desk airs Mondays to Fridays at 10 pm.", "Ring 0800 111 222 to have your say."],
    counterExamples: ["Call 112 to report the fire, the ministry said.", "Armenia broadcasts daily, the ministry said."],
  },
  // "How we build this tracker: we read every filing. We do not rate them.", "Methodology: …": a
  // page's box on how it was made.
  methodBox: {
    pattern:
      /^(?:how we (?:compile|compiled|make|made|build|built|verify|verified|check|checked|work|rate|rated|choose|chose|select|selected|keep|kept)\b[^:]{0,40}|methodology)\s*:(?![^!?]*\b(?:said|says|told)\b)[^!?]{2,250}$/iu,
    examples: ["How we build this tracker: we read every filing. We do not rate them."],
    counterExamples: ["How we got here: the ministry said talks had failed."],
  },
  // "[Usenet Archive] Reproduced for research use.", "Note from the archivists: signatures removed.",
  // "Moderator's note: …", "Back issues are available by anonymous FTP.": a list archive's notes on its copy.
  listArchiveNotes: {
    pattern:
      /^(?:\[[\p{L}\p{N} .&-]{2,40}\]\s+[^.!?]{0,60}\b(?:reproduced|archived|mirrored|copied) (?:as received|as issued|as sent|for research use|verbatim)\b[^!?]{0,100}|(?:note from the (?:archivists?|compilers?|moderators?|transcribers?|list owners?)|(?:archivist|moderator|compiler|transcriber|list owner)s?(?:\x27|’)?s? note)\s*:[^!?]{2,240}|(?:(?:the )?archives? of (?:back|past|previous) issues|back issues|past issues|previous issues|back numbers) (?:are|is) available (?:by|via|from|on|at)\b[^!?]{0,100})$/iu,
    examples: [
      "[Usenet Archive] Newsgroup digests, 1990-1995 -- reproduced verbatim",
      "Note from the archivists: signatures removed.",
      "Moderator's note: this issue collects the replies on the ceasefire; off-topic posts will be dropped.",
      "Back issues are available via Gopher.",
    ],
    counterExamples: ["Back issues of the paper were confiscated, the editor said.", "Note from the ministry: 12 soldiers were killed."],
  },
  // "Next week in Global View: our correspondent in Tbilisi on the pipeline.": a teaser for a later issue.
  nextIssueTeaser: {
    pattern:
      /^(?:next (?:week|month|issue|time|edition|sunday|saturday)|coming up|in (?:our|the) next (?:issue|edition))\s+(?:in|on)\s+[\p{Lu}][^:!?]{1,40}:\s*[^!?]{3,160}$/iu,
    examples: ["Next week in Global View: our correspondent in Tbilisi on the pipeline.", "Next issue in Weekend: the wine harvest of Areni."],
    counterExamples: ["Next week in Geneva the two ministers will meet again, diplomats said."],
  },
  // "To advertise in the Weekend Star, call the sales desk on 020 555 0100.": the paper's own notice.
  advertisingNotice: {
    pattern:
      /^(?:to advertise|for advertising(?: enquiries)?|advertising enquiries)\b[^!?]{0,60}(?:call|telephone|phone|ring|e-?mail|contact|write to)\b[^!?]{0,100}$/iu,
    examples: ["To advertise in the Weekend Star, call the sales desk on 020 555 0100.", "For advertising enquiries, e-mail ads@star.example."],
    counterExamples: ["To advertise the ceasefire, the ministry called a press conference."],
  },
  // "Material from AFP and Interfax was used in this report.": the page's sourcing line, no one's claim.
  sourcesUsedLine: {
    pattern:
      /^(?:(?:wire|agency|news agency) (?:copy|reports?|material)|material|information|reporting) from [^.!?]{2,80} (?:was|were|has been|have been) used in (?:this|the) (?:report|article|story|piece|item)\.?$/iu,
    examples: ["Material from AFP and Interfax was used in this report.", "Agency reports from Reuters were used in this story."],
    counterExamples: ["Material from the site was used in this report, the ministry said, to show the damage."],
  },
  // "English-language daily · Founded 1949": a paper's tagline with the year it was founded.
  foundedTagline: {
    pattern:
      /^(?:(?:[\p{L}\x27’-]+\s+){0,4}(?:[*·|•–—-]\s*)?(?:established|founded|est\.)\s+(?:in\s+)?1[7-9]\d\d|(?:(?:[\p{L}\x27’-]+\s+){0,4}[*·|•–—-]\s*)?since\s+1[7-9]\d\d)$/iu,
    examples: ["Independent daily · Founded 1949", "The people’s weekly * Est. 1923", "Since 1888", "Family paper · since 1902"],
    counterExamples: ["The ministry, established in 1992, said two soldiers were killed.", "Border incidents since 1994"],
  },
  // "This story was updated on 3 May at 09:40.": a page's note on its own revisions.
  // "The views expressed in this commentary are those of the author and do not necessarily reflect the
  // position of the Institute.", "Disclaimer: policy briefs are published under the sole responsibility
  // of their authors.", "They are not statements of Government policy.": a paper's own disclaimer of
  // the body that put it out. A statement reported as someone's ("…, the minister said") is never one.
  institutionalDisclaimer: {
    pattern:
      /^(?:disclaimer\s*:\s*|note\s*:\s*)?(?:(?:the\s+)?(?:views|opinions|analysis|findings|conclusions)\s+(?:expressed|presented|contained)\s+(?:in|by)\s+(?:this|these|the)\s+(?:commentary|commentaries|brief|briefs|briefing|paper|papers|report|publication|analysis|article|piece|column|chapter|summary|note|study|letters?|posts?|blogs?)\s+(?:are|is)\s+(?:those\s+of\s+(?:the|their|its)\s+authors?|the\s+authors?['’]?s?['’]?\s+own|(?:solely\s+)?(?:his|her|their)\s+own)\s*,?\s+and\s+do(?:es)?\s+not\s+necessarily\s+(?:reflect|represent)\s+(?:the\s+)?(?:(?:official\s+)?(?:position|views?|opinions?|policy)|those)\s+of\b(?![^!?]*\b(?:said|says|told)\b)[^.!?]{1,100}|(?:[\p{L}\p{N}&'’-]+\s+){0,4}(?:briefs?|papers?|briefings?|reports?|commentaries|publications|notes|summaries)\s+(?:are|is)\s+published\s+under\s+the\s+(?:sole\s+)?responsibility\s+of\s+(?:their|its|the)\s+authors?|(?:they|these\s+(?:briefings?|papers?|notes?|summaries))\s+are\s+not\s+statements?\s+of\s+(?:the\s+)?(?:government|official|ministerial)\s+policy(?:\s+and\s+do\s+not\s+(?:represent|reflect)\s+the\s+views\s+of\s+(?:the\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})?)\.?$/iu,
    examples: [
      "The views expressed in this commentary are those of the author and do not necessarily reflect the position of the Baltic Policy Forum.",
      "Disclaimer: Danube Institute policy briefs are published under the sole responsibility of their authors.",
      "They are not statements of Government policy and do not represent the views of Parliament.",
      "The opinions expressed in these letters are those of their authors and do not necessarily reflect the views of the Valley Post.",
    ],
    counterExamples: [
      "The views expressed in this statement are those of the government, the minister said.",
      "The views expressed in this report are those of the author and do not necessarily reflect the position of the Institute, the ministry said.",
      "They are not statements of government policy, Pashinyan said of the leaked notes.",
    ],
  },
  // "Note: research briefings provide background for Members.": what a parliament's research service
  // says its papers are for.
  briefingPurpose: {
    pattern:
      /^(?:note\s*:\s*)?(?:(?:these|our|the)\s+|\p{Lu}{2,8}\s+)?(?:research\s+)?(?:briefings?|briefing\s+papers?|research\s+notes?|papers?|notes)\s+provide\s+(?:background|information|context|analysis)\s+(?:for|to)\s+(?:members|mps|parliamentarians|senators|deputies|committees|policy-?makers)(?:\s+(?:and|of)\s+[\p{L} ]{2,40})?\.?$/iu,
    examples: ["Note: PRS briefings provide background for Members.", "Research notes provide information to Members and committees."],
    counterExamples: ["The papers provide background for the ministry's claim that 40 died.", "Briefings provide background for the talks in Vienna."],
  },
  // "This summary has not been reviewed by the speakers.", "It has not been checked by the panellists.":
  // a rapporteur's note on a meeting's write-up.
  reviewDisclaimer: {
    pattern:
      /^(?:(?:rapporteur['’]s|editor['’]s)\s+note\s*:\s*)?(?:this|the|it|these)(?:\s+(?:summary|summaries|report|record|note|notes|text|transcript|write-?up|account|readout))?\s+(?:has|have)\s+not\s+been\s+(?:reviewed|checked|approved|cleared|verified|seen|corrected)\s+by\s+(?:the\s+)?(?:speakers|panellists|panelists|participants|presenters|lecturers?|discussants|interviewees?|contributors)(?:\s+(?:or|and)\s+(?:the\s+)?[\p{L}]+)?\.?$/iu,
    examples: [
      "This summary has not been reviewed by the speakers.",
      "It has not been checked by the panellists.",
      "The record has not been approved by the participants.",
    ],
    counterExamples: ["The ceasefire has not been checked by the monitors.", "It has not been verified by the ministry."],
  },
  // "The full 28-page brief, with annexes on casualty data, is available on request.", "Printed copies are
  // available from our office on request.", "A video of the roundtable is available to registered partners.":
  // where a paper's or an event's other forms are to be had.
  availabilityNote: {
    pattern:
      /^(?:(?:the\s+)?(?:full|complete|unabridged)\s+(?:[\p{L}\p{N}-]+\s+){0,2}(?:brief|report|paper|study|text|version|document|summary|chapter|proceedings)\b[^.!?]{0,100}?\s+(?:is|are)\s+available\s+(?:on|upon|by)\s+request|(?:printed|print|hard|paper)\s+copies\s+(?:are|can\s+be)\s+(?:available|obtained|ordered|requested)\b(?![^!?]*\b(?:said|says|told)\b)[^.!?]{0,80}|(?:an?\s+|the\s+)?(?:full\s+)?(?:video|audio|recording|podcast|transcript)(?:\s+recording)?\s+of\s+the\s+(?:roundtable|round-table|event|discussion|panel|lecture|seminar|conference|webinar|session|debate|workshop)\s+(?:is|are|will\s+be)\s+available\b(?![^!?]*\b(?:said|says|told)\b)[^.!?]{0,80})\.?$/iu,
    examples: [
      "The full 28-page brief, with annexes on casualty data and sources, is available on request.",
      "Printed copies are available from our Riga office on request.",
      "A video of the roundtable is available to registered partners.",
    ],
    counterExamples: [
      "The full report of the commission is expected in May.",
      "A video of the strike is available online, the ministry said.",
      "Printed copies of the leaflets were available in Stepanakert, the ministry said.",
    ],
  },
  // "Classification: Public": a document's handling mark.
  classificationField: {
    pattern: /^(?:security\s+)?classification\s*:\s*(?:public|unclassified|restricted|internal|official|open|limited)(?:\s*[-–/]\s*[\p{L} ]{1,30})?$/iu,
    examples: ["Classification: Public", "Classification: Official - internal use"],
    counterExamples: ["Classification: the ministry called it a terrorist attack."],
  },
  // "Citation: Surname, I. (2021). Title. Series No. 6, Tunis.": how to cite the paper, under it.
  citationLine: {
    pattern:
      /^(?:[Ss]uggested\s+|[Rr]ecommended\s+)?(?:[Cc]itation|[Cc]ite\s+as|[Pp]lease\s+cite\s+(?:this\s+\p{L}+\s+)?as)\s*:\s*\p{Lu}[\p{L}'’ -]{1,40},\s*(?:\p{Lu}\.\s*){1,3}(?:[^()]{0,80})?\((?:19|20)\d{2}\)[^\n]{0,300}$/u,
    examples: [
      "Citation: Ben Omar, K. (2021). Talks without a table. Report Series No. 6, Tunis.",
      "Suggested citation: Lepp, M. A. (2019). The line of contact.",
    ],
    counterExamples: ["Citation: the court cited the 1994 ceasefire."],
  },
  // "Summaries are not endorsements.", "Republication of third-party releases does not imply endorsement.":
  // a digest's note that what it carries is not its own view.
  endorsementNote: {
    pattern:
      /^(?![^!?]*\b(?:said|says|told)\b)(?:(?:summaries|links|listings|reprints|republications?|excerpts|inclusion|publication)\s+(?:are|is)\s+not\s+(?:an?\s+)?endorsements?|(?:[\p{L}-]+\s+){1,5}(?:does|do)\s+not\s+(?:imply|constitute|signify|mean)\s+(?:an?\s+|our\s+)?endorsement(?:\s+(?:of|by)\s+[^.!?]{1,60})?)\.?$/iu,
    examples: ["Summaries are not endorsements.", "Republication of third-party releases does not imply endorsement."],
    counterExamples: ["The visit does not imply endorsement of the referendum, the ministry said."],
  },
  // "The Bulletin reproduces official texts as released; headings and excerpt selection are ours.",
  // "Relief Monitor summarises ICRC public releases and media reporting; it is not affiliated with the
  // ICRC.", "Rights Review summarises reports by national human rights institutions.": a digest saying
  // whose texts it carries. Its subject is a name with no office or body in it, so a ministry or an
  // ombudsman reporting on others' reports stays.
  digestScope: {
    pattern:
      /^(?:[Ee]ditor['’]s\s+note\s*:\s*)?(?!(?:[^;]*\s)?(?:ministry|office|ombudsman|commission|government|agency|committee|council|president|spokes\w+)\b)(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4}\s+(?:summari[sz]es|reproduces|republishes|compiles|carries)\s+(?:[\p{L}-]+\s+){0,3}(?:texts|releases|reports|statements|reporting|documents|bulletins|communiqu[eé]s)\b(?![^!?]*\b(?:said|says|told)\b)(?:\s+(?:by|from|of)\s+(?:[\p{L}-]+\s+){0,4}(?:institutions|agencies|organi[sz]ations|governments|bodies|ministries|ngos)|\s+(?:and|&)\s+(?:[\p{L}-]+\s+){0,2}(?:reporting|reports|releases))?(?:\s+as\s+(?:released|issued|received|published))?(?:\s*;\s*(?:it\s+is\s+not\s+affiliated\s+with\s+[^.!?]{2,60}|(?:the\s+)?(?:headings|headlines|excerpt\s+selection|selection|emphasis|translations?)(?:\s+and\s+(?:[\p{L}-]+\s+){0,2}(?:selection|headings|emphasis|translations?))?\s+(?:are|is)\s+(?:ours|our\s+own)))?\.?$/u,
    examples: [
      "The Bulletin reproduces official texts as released; headings and excerpt selection are ours.",
      "Steppe Relief Monitor summarises ICRC public releases and media reporting; it is not affiliated with the ICRC.",
      "Rights Review summarises reports by national human rights institutions.",
    ],
    counterExamples: [
      "The ombudsman's office summarises reports by national human rights institutions.",
      "Azerbaijan's Defence Ministry compiles reports of ceasefire violations.",
      "Aliyeva summarises reports from Ganja, the agency said.",
    ],
  },
  // "Contributions can be made at any branch of our partner parishes.": where the publisher's appeal takes gifts.
  contributionsNote: {
    pattern: /^(?:contributions|donations|gifts)\s+(?:can|may)\s+be\s+(?:made|sent|paid|deposited|left)\b(?![^!?]*\b(?:said|says|told)\b)[^.!?]{0,100}\.?$/iu,
    examples: ["Contributions can be made at any branch of our partner parishes.", "Donations may be sent to the committee's account at the post office."],
    counterExamples: ["Contributions can be made by member states, the UN said."],
  },
  // "For more Human Rights Watch reporting on Armenia, please visit the organization's website.": a release's pointer to its issuer's site.
  moreReportingPointer: {
    pattern:
      /^for\s+more\s+(?:[\p{L}'’-]+\s+){0,5}(?:reporting|coverage|news|information|reports|stories|analysis)\s+on\b[^.!?]{0,80},\s*(?:please\s+)?(?:visit|see|go\s+to|follow)\b[^.!?]{0,80}\.?$/iu,
    examples: ["For more Human Rights Watch reporting on Armenia and Azerbaijan, please visit the organization's website."],
    counterExamples: ["For more than a week, the ministry said, shelling on Tavush continued."],
  },
  // "Compiled from AP, Reuters and Tass dispatches.", "Compiled by the Foreign Desk from Reuters, AFP and
  // other agency reports", "By our Foreign Staff, with agency reports", "By Harbour-Courier wire desk": the
  // agencies a foreign page's story was put together from, printed under or over it.
  agencySources: {
    pattern:
      /^(?:[Cc]ompiled|[Pp]repared)(?:\s+by\s+(?:the\s+|our\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4})?\s+from\s+(?:[^.!?]{2,100}?\s(?:(?:news\s+)?agency\s+reports|news\s+agency\s+reports|dispatches|wire\s+reports|wire\s+services|agencies)|\p{Lu}[\p{L}\p{N}/&.-]*(?:\s+\p{Lu}[\p{L}\p{N}/&.-]*){0,2}(?:\s*,\s*\p{Lu}[\p{L}\p{N}/&.-]*(?:\s+\p{Lu}[\p{L}\p{N}/&.-]*){0,2}){0,6}\s+and\s+\p{Lu}[\p{L}\p{N}/&.-]*(?:\s+\p{Lu}[\p{L}\p{N}/&.-]*){0,2})\.?$|^[Bb]y\s+(?:our|the)\s+(?:\p{L}+\s+){0,3}(?:[Ss]taff|[Dd]esk|[Cc]orrespondents?),?\s+with\s+(?:news\s+)?(?:agency|agencies|wire)\s+reports\.?$|^[Bb]y\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:[\s-]\p{Lu}[\p{L}-]*){0,3}\s+wire\s+desk\.?$/u,
    examples: [
      "Compiled from AP, Reuters and Tass dispatches.",
      "Compiled from AP, Reuters, AFP and Bloomberg",
      "Compiled by the Herald Foreign Desk from Reuters, AFP and other agency reports",
      "By our Foreign Staff, with agency reports",
      "By Harbour-Courier wire desk",
    ],
    counterExamples: [
      "Compiled from witness accounts, the report says 40 civilians died.",
      "Compiled from official figures, the list named 12 soldiers.",
      "By our estimate, with agency reports of 40 dead, the toll is higher.",
    ],
  },
  // A paper's weather box, and the local services it lists beside it: "Herald weather: Byrum 7°C, light showers.
  // Ferry from Frederikshavn running to timetable." A temperature after the label makes it a forecast, not news.
  weatherBox: {
    pattern: /^(?:[\p{L}'’. -]{1,30}\s)?weather\s*:\s*[^.!?]{0,60}?-?\d{1,2}\s?°\s?[CF]?\b[^!?]{0,160}$/iu,
    examples: ["Herald weather: Byrum 7°C, light showers. Ferry from Frederikshavn running to timetable.", "Weather: Stepanakert 12°C, sunny"],
    counterExamples: ["Weather: the cold slowed the offensive near Kalbajar, the ministry said.", "The weather turned at 5°C and the evacuation stopped."],
  },
  updatedOnAt: {
    pattern:
      /^(?:(?:editor(?:\x27|’)?s note|update|note)\s*:\s*)?this (?:article|story|report|page|item|piece) (?:was|has been) (?:updated|amended|revised) (?:throughout|(?:on|at) [\p{L}\d ,:.]{3,40}?(?: (?:at|on) [\p{L}\d ,:.]{3,30}?)?(?:\s*(?:gmt|utc|local time))?)(?: to (?:include|add|correct|reflect|clarify|update)\b[^\d!?]{0,200})?\.?(?:\s+an? (?:earlier|previous) version\b[^\d!?]{0,150})?$/iu,
    examples: [
      "This story was updated on 3 May at 09:40.",
      "This page was updated at 18:05 GMT",
      "Editor’s note: This story was updated on 2 June at 10:15 to include the ministry’s later statement. An earlier version gave only the first statement.",
      "EDITOR'S NOTE: This story has been updated throughout. An earlier version, published on Monday, carried the army's first account of the shelling.",
    ],
    counterExamples: [
      "This story was updated on 3 May to add the ministry’s figure of 12 dead.",
      "This story has been updated throughout with the ministry's figure of 12 dead.",
    ],
  },
  // A printed paper’s subscription and delivery lines: "Subscriptions: 40 a year, airmail on request",
  // "Subscriptions and home delivery: call …", "Fax subscriptions: +32 …", "Abonnements : …", "Subscribe
  // to the … e-paper from 5.90 a month", "Annual rate on request". Said or told makes it news.
  subscriptionLine: {
    pattern:
      /^(?!.*\b(?:said|says|told|claimed|reported|according)\b)(?:(?:(?:fax|postal|mail|e-?mail|annual|digital|print)\s+)?(?:subscriptions?|abonnements?|suscripciones|assinaturas|abonnement)(?:\s+and\s+(?:home\s+)?deliver(?:y|ies)|\s+and\s+(?:back\s+)?(?:issues|advertising))?\s*:\s*.{2,120}|(?:home\s+)?delivery\s+and\s+subscriptions?\s*:\s*.{2,120}|subscribe\s+to\s+(?:the\s+)?[^.!?]{2,60}\s(?:e-?paper|print edition|digital edition|epaper)\s+(?:from|for|at)\s+\S{1,12}(?:\s+an?\s+(?:month|year|week))?\.?|(?:annual|yearly|subscription)\s+rates?\s+on\s+request\.?)$/iu,
    examples: [
      "Subscriptions: 40 lari a year, airmail abroad on request.",
      "Subscriptions and home delivery: call the circulation desk.",
      "Fax subscriptions: +32 2 000 0000",
      "Abonnements : Boulevard du Port, Dakar.",
      "Subscribe to the Harbour Mercury e-paper from 5.90 a month.",
      "Annual rate on request.",
    ],
    counterExamples: [
      "Subscriptions: the ministry said 4,000 readers had cancelled.",
      "Subscribe to the ceasefire, the envoy told both sides.",
      "Home delivery of aid resumed on Monday.",
    ],
  },
  // A radio station’s sign-off and its listening prompts, and the note over a transcript saying who
  // made it: "Radio Meridian Dakar 101.5 FM.", "Listen live on our website or on the … app.",
  // "Transcript prepared by the newsroom for the station website.", "Check against delivery.",
  // "[bulletin continues - not transcribed]", "Listeners in Gyumri, keep your calls coming on the studio line."
  stationSignOff: {
    pattern:
      /^(?:(?:radio|tv)\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4}\s+\d{2,4}(?:[.,]\d{1,2})?\s?(?:FM|AM|MHz|kHz)\.$|^(?!.*\b(?:said|says|told)\b)(?:listen|tune in|watch)\s+(?:live|again|online|back)\b[^.!?]{0,30}\b(?:on|at|via)\s+(?:our|the)\s+[^.!?]{0,60}\b(?:website|app|site|stream|podcast|frequency|frequencies)\b[^.!?]{0,40}\.?$|^(?:this\s+)?transcript\s+(?:was\s+)?(?:prepared|produced|made|provided)\s+(?:by|for)\s+(?:the|our)\s+(?:newsroom|station|desk|programme|program)\b[^.!?]{0,60}\.?$|^check against delivery\.?$|^\[(?:the\s+)?(?:bulletin|broadcast|programme|program|recording|audio|transcript|interview)\s+(?:continues|resumes|ends)\b[^\]]{0,40}\]$|^(?:listeners(?:\s+in\s+\p{Lu}[\p{L}-]*)?,\s*)?keep\s+(?:your|the)\s+(?:calls|messages|texts|questions)\s+coming\b[^.!?]{0,60}\.?$/iu,
    examples: [
      "Radio Meridian Dakar 101.5 FM.",
      "Listen live on our website or on the Meridian app.",
      "Transcript prepared by the newsroom for the station website.",
      "Check against delivery.",
      "[bulletin continues - not transcribed]",
      "Listeners in Gyumri, keep your calls coming on the studio line.",
    ],
    counterExamples: [
      "Listen, the minister told reporters, the shelling has not stopped.",
      "The transcript was prepared by the ministry and released on Monday.",
      "Radio Yerevan said 12 soldiers died.",
      "Keep your heads down, the commander told the villagers.",
    ],
  },
  // An anchor’s teaser for the next item, cut off by the transcriber: "In other news: the national
  // team begins its preparations … [bulletin continues - not transcribed]".
  untranscribedTeaser: {
    pattern:
      /^(?!.*\b(?:said|says|told|claimed|reported)\b)(?:in other news|also (?:tonight|today|in the bulletin)|and (?:finally|now))\s*[:,]\s*[^[\]]{3,200}\[(?:the\s+)?(?:bulletin|broadcast|programme|program|recording|audio|transcript)\s+(?:continues|resumes)\b[^\]]{0,40}\]$/iu,
    examples: ["In other news: the national team begins its preparations for the cup... [bulletin continues - not transcribed]"],
    counterExamples: ["In other news: the ministry said 12 soldiers died... [bulletin continues - not transcribed]"],
  },
  // Licence and reproduction notes: "Wire material used under licence.", "Agency copy used with
  // permission.", "No part of this brief may be reproduced without written permission."
  licenceNote: {
    pattern:
      /^(?:(?:wire|agency|syndicated|news agency)\s+(?:material|content|copy|stories|reports|photos)\s+(?:is\s+|are\s+)?used\s+(?:under|with|by)\s+(?:licen[cs]e|permission|arrangement|agreement)\b[^.!?]{0,60}\.?|no\s+part\s+of\s+(?:this|the|our)\s+[\p{L}\s-]{2,40}\s+may\s+be\s+(?:reproduced|copied|transmitted|republished|stored|distributed)\b[^.!?]{0,120}\.?)$/iu,
    examples: [
      "Wire material used under licence.",
      "Agency copy used with permission.",
      "No part of this bulletin may be reproduced without written permission.",
    ],
    counterExamples: ["Weapons used under licence from Russia were found, the ministry said.", "No part of the agreement may be changed, the envoy said."],
  },
  // Archive notes over or under a republished story: "It appears as originally published.", "It is
  // republished unchanged as part of our … digitisation project.", "This report first appeared in our
  // Sunday print edition.", "From our archive: this article was first published in the print edition of
  // …", "Archive scans may contain OCR errors."
  republishedNote: {
    pattern:
      /^(?!.*\b(?:said|says|told|claimed)\b)(?:(?:from our archives?|from the archives?|archive)\s*:\s*)?(?:it|this (?:article|story|report|item|piece|page))\s+(?:appears|is (?:reproduced|republished|printed|presented|reprinted)|was (?:reproduced|republished|reprinted))\s+(?:here\s+)?(?:unchanged|unedited|in full|as (?:originally|first) (?:published|printed|written))\b[^!?]{0,80}\.?$|^(?:(?:from our archives?|from the archives?)\s*:\s*)?this (?:(?:photo|picture) )?(?:article|story|report|item|piece|feature|essay|interview|column|review)\s+(?:was\s+)?first\s+(?:appeared|published|ran|printed)\s+in\s+(?:our|the)\s+[^.!?]{0,40}\b(?:edition|issue|paper|newspaper|magazine)\b[^!?]{0,60}\.?$|^(?:the\s+)?(?:archive\s+)?(?:scans?|scanned (?:text|pages)|ocr text|archive (?:text|copies))\s+may\s+contain\s+(?:ocr\s+|scanning\s+|transcription\s+)?(?:errors|mistakes)\b[^.!?]{0,40}\.?$/iu,
    examples: [
      "It appears as originally published.",
      "It is republished unchanged as part of our Century Online digitisation project.",
      "This report first appeared in our Saturday print edition.",
      "From our archive: this article was first published in the print edition of Monday, 3 March 1997.",
      "Archive scans may contain OCR errors.",
      "FROM THE ARCHIVE: This photo feature first appeared in the print edition of the Harbour Weekly on Sunday, 4 June 1995.",
    ],
    counterExamples: [
      "It appears as originally planned, the ministry said, the road will reopen.",
      "This report first appeared in the ministry bulletin, officials said.",
      "It appears the shelling has stopped.",
    ],
  },
  // A printed paper’s weather box and classified-advert line: "Weather: Tbilisi 31C, sunny. Sea
  // temperature 24C.", "Tomorrow’s weather: Batumi rain, 18C.", "Gazette Classifieds: call 032 …, Monday-Friday."
  weatherAndClassifieds: {
    pattern:
      /^(?!.*\b(?:said|says|told|warned|reported)\b)(?:(?:today|tomorrow|weekend)(?:\x27|’)?s\s+)?weather\s*:\s*[^!?]{0,160}\b\d{1,2}\s?°?\s?[CF]\b[^!?]{0,120}$|^(?:\p{Lu}[\p{L}-]*\s+){0,3}classifieds?(?:\s+ads?|\s+advertising)?\s*:\s*(?:call|phone|ring|tel\.?|e-?mail|write|text)\b[^!?]{0,80}$/iu,
    examples: [
      "Weather: Tbilisi 31C, sunny. Sea temperature 24C.",
      "Tomorrow’s weather: Batumi rain, 18C. Kutaisi cloudy, 22C.",
      "Gazette Classifieds: call 032 000 000, Monday-Friday.",
    ],
    counterExamples: ["Weather: forecasters warned that 40C heat would slow the evacuation.", "Classifieds: the ministry said adverts for soldiers were fake."],
  },
  // A paper describing its own issue: "Published daily except Sundays.", "… paraît chaque mercredi.",
  // "Editorial office: Rustaveli Avenue, Tbilisi."
  issueNote: {
    pattern:
      /^(?:published|appears|printed)\s+(?:daily|weekly|monthly|fortnightly|every\s+\p{L}+|each\s+\p{L}+)(?:\s+except\s+\p{L}+(?:\s+and\s+\p{L}+)?)?\.?$|^\p{Lu}[\p{L}\p{N}\x27’ -]{1,60}\s(?:paraît|parait|sort)\s+(?:chaque|tous les)\s+\p{L}+\.?$|^(?!.*\b(?:said|says|told|shelled|struck|hit)\b)(?:editorial|postal|head)\s+(?:office|address)\s*:\s*[^!?]{3,80}$/iu,
    examples: ["Published daily except Sundays.", "Le Courrier du Sahel paraît chaque mercredi.", "Editorial office: Rustaveli Avenue, Tbilisi."],
    counterExamples: ["Published daily, the ministry’s figures showed 12 dead.", "Editorial office: shelled on Monday, the editor said."],
  },
  // A service note about who gets a feed and how: "Courier Wire headlines are distributed to terminal
  // subscribers only.", "Receive our WhatsApp news alerts: send NEWS to our newsroom number."
  serviceNote: {
    pattern:
      /^\p{Lu}[^.!?]{1,60}\s(?:is|are)\s+(?:distributed|available|provided|sent)\s+(?:to|for)\s+(?:\p{L}+\s+){0,2}subscribers\s+only\.?$|^(?!.*\b(?:said|says|told)\b)(?:receive|get|sign up for)\s+(?:our|the)\s+[^.!?]{0,30}\b(?:news\s+)?alerts\b\s*:?[^.!?]{0,80}\.?$/iu,
    examples: ["Courier Wire headlines are distributed to terminal subscribers only.", "Receive our WhatsApp news alerts: send NEWS to our newsroom number."],
    counterExamples: ["Aid is available to registered families only.", "Get the alerts out, the commander told the villages."],
  },
  // Teasers for a page’s other items: "A long read on why the truce failed.", "An explainer on the
  // proposal for a border commission.", "VIDEO 02:41 — Ministers sign in Geneva", and a cross-reference
  // ending in its page ("Oil prices: what the crisis means for crude - Business, B1").
  itemTeaser: {
    pattern:
      /^(?!.*\b(?:said|says|told|claimed|reported)\b)(?:[Aa]n?|[Oo]ur)\s+(?:long read|explainer|podcast|photo essay|timeline|Q&A|primer|short film|video explainer)\s+(?:on|about|of|into)\b[^.!?]{3,140}\.?$|^(?:VIDEO|[Vv]ideo|WATCH|[Ww]atch|AUDIO|[Aa]udio|PODCAST|[Pp]odcast)\s+\d{1,2}:\d{2}\s*[-–—:|]\s*[^.!?]{3,140}$|^[^.!?]{3,140}\s[-–—]\s(?:\p{Lu}[\p{L}&]+(?:\s\p{Lu}[\p{L}&]+)?,\s*(?:[Pp](?:age|\.)?\s*)?[A-Z]?\d{1,3}|(?:[Pp]age|p\.)\s*[A-Z]?\d{1,3}|[A-Z]\d{1,3})$/u,
    examples: [
      "A long read on why the truce never had monitors.",
      "An explainer on the proposal for a border commission.",
      "VIDEO 02:41 — Ministers sign in Geneva",
      "Oil prices: what the crisis means for crude - Business, B1",
      "Editorial: The quiet frontier - A14",
      "Grain harvest up on last year — Farming, Page 11",
    ],
    counterExamples: [
      "A long read on the ceasefire, the minister told parliament, was needed.",
      "The ministry said 14 soldiers died - 12 in Tavush.",
      "Ministers met in Geneva - page after page of demands followed.",
    ],
  },
  // An archive copy’s processing note: "Note: the annex is not reproduced in this archive copy."
  processedCopyNote: {
    pattern: /^(?:note\s*:\s*)?[^.!?]{3,80}\bis\s+not\s+reproduced\s+(?:in|here|on)\b[^.!?]{0,30}\b(?:copy|version|edition|archive|page|here)\.?$/iu,
    examples: ["Note: the list by district is given in Annex 2 and is not reproduced in this archive copy."],
    counterExamples: ["The full list of the dead is not reproduced here, the ministry said, to protect families."],
  },
  // A footnote’s source note and a roundup’s method note: "Interview notes on file with Amnesty
  // International.", "We link to primary reports wherever possible and do not independently verify footage."
  sourceOnFile: {
    pattern:
      /^(?:interview\s+notes|notes|transcripts?|records?|copies|a\s+copy|documents?)\s+(?:are\s+|is\s+)?on\s+file\s+with\s+[^.!?]{2,60}\.?$|^we\s+(?:link|refer)\s+to\s+(?:the\s+)?(?:primary|original)\s+(?:reports|sources)\b[^.!?]{0,60}\b(?:do\s+not|don’t|cannot)\s+(?:independently\s+)?verify\b[^.!?]{0,40}\.?$/iu,
    examples: ["Interview notes on file with Amnesty International.", "We link to primary reports wherever possible and do not independently verify footage."],
    counterExamples: ["Reuters could not independently verify the footage."],
  },
  // A telex's closing lines: its routing code with the desk, operator and time it moved ("ABC/MOS/JK/0412
  // 1745", "ABC/ETR/MOS 0508 1640 -- FIN DE TRANSMISSION") and the operator's sign-offs ("(MORE TO
  // FOLLOW IF WARRANTED)", "PRIERE ACCUSER RECEPTION -- REDACTION DAKAR"). Capitals only, as teleprinters wrote them.
  telexTrailer: {
    pattern:
      /^[A-Z]{2,6}(?:\/[A-Z]{2,4}){1,3}(?:\/\d{3,4}|\s+\d{4})\s+\d{4}(?:\s+--\s+[A-Z' ]{3,40})?$|^\(?(?:MORE TO FOLLOW(?: IF WARRANTED)?|FIN DE (?:TRANSMISSION|D[EÉ]P[EÊ]CHE)|END OF TRANSMISSION|(?:PRIERE|PRIÈRE|PLEASE) (?:ACCUSER R[EÉ]CEPTION|ACKNOWLEDGE(?: RECEIPT)?))\)?(?:\s+--\s+[A-Z' -]{3,40})?\.?$/,
    examples: [
      "ABC/MOS/JK/0412 1745",
      "ABC/ETR/MOS 0508 1640 -- FIN DE TRANSMISSION",
      "(MORE TO FOLLOW IF WARRANTED)",
      "PRIERE ACCUSER RECEPTION -- REDACTION DAKAR",
    ],
    counterExamples: ["ARMENIA/AZERBAIJAN 1994", "More to follow, the ministry said.", "UN/OSCE talks 1995 2000"],
  },
  // Who a feed is for and what may not be done with it: "SUBSCRIBER FEED - for the internal use of
  // licensed clients only", "Redistribution outside the licensed organisation is prohibited.", "XYZ
  // wire copy is supplied to subscribing newspapers only.", "Not for republication without the XYZ credit."
  feedLicence: {
    pattern:
      /^(?:[\p{L} ]{2,30}\s[-–—:]\s+)?for (?:the )?internal use of (?:licensed |subscribing |registered )?(?:clients|subscribers|members|users)(?: only)?\.?$|^(?:re)?distribution (?:outside|beyond) the (?:licensed|subscribing|client) (?:organi[sz]ations?|newsrooms?|clients?|compan(?:y|ies)) is (?:strictly )?(?:prohibited|forbidden|not permitted)\.?$|^[^.!?]{2,40}\b(?:copy|feed|service|bulletins?)\s+(?:is|are)\s+(?:supplied|provided|distributed|sent)\s+to\s+(?:subscribing|licensed|registered)\s+[^.!?]{3,60}?\s+only\.?$|^not for (?:re)?publication(?: or (?:re)?broadcast)? without (?:the )?[^.!?]{2,30}\bcredit\.?$/iu,
    examples: [
      "SUBSCRIBER FEED - for the internal use of licensed clients only",
      "Redistribution outside the licensed organisation is prohibited.",
      "Kestrel wire copy is supplied to subscribing newspapers and radio stations only.",
      "Not for republication without the Kestrel credit.",
    ],
    counterExamples: [
      "Aid is supplied to registered families only, the ministry said.",
      "Distribution of leaflets outside the zone is prohibited, the army said.",
      "Not for publication, the minister told reporters before naming the dead.",
    ],
  },
  // A printed paper's foot line in French: its name, its post box and its reproduction notice
  // ("Le Courrier de Douala · BP 412 Douala · Reproduction interdite sans autorisation.").
  frenchPaperFoot: {
    pattern:
      /^(?:toute )?reproduction (?:interdite|r[ée]serv[ée]e)(?: sans autorisation)?\.?$|^(?=[^.!?]*\bB\.?P\.?\s*\d{1,5}\b)(?=[^.!?]*\b(?:reproduction|tous droits)\b)[^.!?]{5,160}\.?$/iu,
    examples: ["Reproduction interdite sans autorisation.", "Le Courrier de Douala · BP 412 Douala · Reproduction interdite sans autorisation."],
    counterExamples: ["La reproduction des cartes a été interdite par le ministère, selon son porte-parole.", "BP 12 was shelled, the ministry said."],
  },
  // An archive's note on how a page was digitised, in brackets over the text: "[Scanned from the bound
  // volume. Reel 12, frame 44. Character recognition may have garbled names.]", "[Archive note: this
  // bulletin was digitised in 2009 from the station's carbon copies.]".
  digitisationNote: {
    pattern:
      /^\[(?![^\]]*\b(?:said|says|told|according to)\b)(?=[^\]]*\b(?:digiti[sz]ed|scanned|microfilm(?:ed)?|optical character recognition|OCR|(?:character|text) recognition)\b)[^\]]{10,300}\]$/iu,
    examples: [
      "[Scanned from the bound volume. Reel 12, frame 44. Character recognition may have garbled names.]",
      "[Archive note: This bulletin was digitised in 2009 from the station's carbon copies. Names are spelt as broadcast.]",
      "[Archive scan. Text recovered by optical character recognition and may contain errors.]",
    ],
    counterExamples: [
      "[The ministry said the archive had been digitised in 2009 and the lists were lost.]",
      "Scanned documents show 12 soldiers died, the ombudsman said.",
    ],
  },
  // A printed page's price, advertisements and jump lines: "NEWS Price: 100 F CFA", "KOFFI & FILS -
  // Hardware and paint -", "Central Market - Tel. 22 31 08 | Best prices", "(Continued on Page 9, col. 3)",
  // a masthead with its post box and no postcode ("The Gulf Evening Star — P.O. Box 1200, Safat, Kuwait.").
  printedPageFurniture: {
    pattern:
      /^(?:\p{Lu}{3,20}\s+)?(?:[Pp]rice|PRICE|[Pp]rix|PRIX)\s*:?\s*\d[\d.,]*\s*(?:F\s?CFA|FCFA|CFA|francs?|fils|dinars?|cents?|[$€£]|\p{Lu}{1,3})\.?$|^\(?(?:[Cc]ontinued|CONTINUED|[Cc]ont(?:['’]d|\.)|[Ss]uite)\s+(?:on|from|to|en|de la)\s+[Pp](?:age|AGE)\s+\d{1,3}(?:,?\s*col(?:umn|\.)?\s*\d{1,2})?\)?\.?$|^\p{Lu}[\p{Lu}'’ -]{1,30}\s&\s(?:FILS|SONS|FR[EÈ]RES|BROTHERS|CIE|CO\.?)(?:\s*[-–—]\s*[^.!?]{2,50}?)?(?:\s*[-–—])?$|^(?![\s\S]*\b(?:said|says|told)\b)[^.!?|]{2,60}\s[-–—|]\s*T[ée]l(?:\.|:|ephone)\s*:?\s*\+?\d{2}[\d\s-]{4,14}\d(?:\s*[|·•-]\s*[^.!?|]{2,40})?$|^(?:The\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,5}\s*[—–|·-]\s*(?:P\.\s?O\.\s?Box|PO Box|B\.?P\.?|Post Box)\s*\d{1,6}(?:,\s*\p{Lu}[\p{L}'’ -]{1,30}){1,3}\.?$/u,
    examples: [
      "NEWS Price: 100 F CFA",
      "(Continued on Page 9, col. 3)",
      "KOFFI & FILS - Hardware and paint -",
      "Central Market - Tel. 22 31 08 | Best prices",
      "The Gulf Evening Star — P.O. Box 1200, Safat, Kuwait.",
    ],
    counterExamples: [
      "Price: the ministry said bread would cost more.",
      "Continued shelling on Monday killed 3, the ministry said.",
      "Smith & Sons said the convoy was shelled.",
      "The hospital - Tel Aviv 12 - was shelled, officials said.",
    ],
  },
  // A page's note on the texts it carries as sent: "Letters are reproduced as received from their authors.",
  // "Texts appear as submitted by the missions.", "The Gazette does not verify or endorse their contents.",
  // "The Bulletin does not edit, verify or endorse submitted statements."
  carriedAsReceived: {
    pattern:
      /^(?![\s\S]*\b(?:said|says|told|according)\b)(?:(?:[Tt]he\s+)?(?:[Ll]etters|(?:[Pp]ress\s+)?[Rr]eleases|[Ss]tatements|[Tt]exts|[Cc]ontributions|[Ss]ubmissions|[Ii]tems|[Dd]ocuments)\s+(?:are\s+|appear\s+)?(?:reproduced\s+|published\s+|printed\s+|carried\s+|posted\s+)?as\s+(?:received|submitted|supplied|sent|issued)\b[^.!?]{0,60}|(?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}\s+(?:does|do|can|could)\s*not\s+(?:(?:edit|verify|endorse|vouch for|check|correct|guarantee)(?:,\s*|\s+or\s+|\s+and\s+)?)+\s*(?:the\s+|their\s+|its\s+|any\s+)?(?:contents?|accuracy|submitted|statements?|texts?|letters?|releases?|material|reports? summari[sz]ed|opinions)\b[^.!?]{0,60})\.?$/u,
    examples: [
      "Letters are reproduced as received from their authors.",
      "Texts appear as submitted by the missions.",
      "The Gazette does not verify or endorse their contents.",
      "The Bulletin does not edit, verify or endorse submitted statements.",
      "KNS does not vouch for the accuracy of the reports summarised.",
    ],
    counterExamples: [
      "Statements are published as received, the ministry said.",
      "Russia does not endorse the plan, Lavrov said.",
      "Azerbaijan does not recognise the statements of the separatists.",
    ],
  },
  // How a broadcast's transcript was made: "Callers' questions were screened by the production team.",
  // "Transcript edited for length and clarity.", "KRT transcripts are prepared under deadline and may contain errors."
  transcriptMaking: {
    pattern:
      /^(?:(?:listeners|callers|viewers)['’]?\s+(?:calls|questions|messages|comments)\s+(?:were|are|have been)\s+(?:screened|selected|edited)\b[^.!?]{0,40}|(?:(?:this|the)\s+)?transcripts?\s+(?:(?:has|have)\s+been\s+|was\s+|were\s+|is\s+)?(?:lightly\s+)?(?:edited|condensed)\s+for\s+(?:length|clarity|space)(?:\s+and\s+(?:length|clarity|space))?|(?:\p{Lu}[\p{L}\p{N}-]*\s+){0,3}transcripts?\s+(?:is|are)\s+(?:prepared|produced|typed|made)\b[^.!?]{0,40}\b(?:may|might|can)\s+contain\s+errors)\.?$/iu,
    examples: [
      "Callers' questions were screened by the production team.",
      "Transcript edited for length and clarity.",
      "KRT transcripts are prepared under deadline and may contain errors.",
    ],
    counterExamples: [
      "Calls were screened by the security service, the minister said.",
      "The transcript was edited, the opposition claimed, to hide the toll.",
    ],
  },
  // An editor's note on how an official's text was set: "Subheadings and emphasis have not been added.",
  // "Text as circulated by the embassy; minor edits for house style."
  settingNote: {
    pattern:
      /^(?:(?:sub)?headings?(?:,?\s+(?:and\s+)?(?:emphasis|bold|italics|numbering))*\s+(?:have|has)\s+(?:not\s+)?been\s+(?:added|removed|kept|preserved)\b[^.!?]{0,40}|(?:the\s+)?(?:text|statement|remarks|letter)s?\s+as\s+(?:circulated|issued|released|delivered|sent)\s+by\s+[^.!?;]{3,100};\s*(?:minor|light|some)\s+edits?\s+for\s+(?:house\s+)?style)\.?$/iu,
    examples: ["Subheadings and emphasis have not been added.", "Text as circulated by the embassy; minor edits for house style."],
    counterExamples: ["Headings have been added to the list of the dead, the ministry said.", "Text as circulated by the embassy named 12 dead."],
  },
  // A page's invitation to those it quotes, a list's note on its updates, a review's next edition:
  // "We welcome letters from all embassies.", "This card list is updated as details emerge.", "Cards
  // marked ● are new.", "Next review: Monday 3 March, 07:00 GMT."
  pageUpkeep: {
    pattern:
      /^(?:we\s+(?:welcome|invite|accept)\s+(?:letters|replies|responses|submissions|contributions)\s+from\b[^.!?]{0,60}|this\s+(?:card list|list|page|timeline|factbox|advisory|file|live page)\s+(?:is|will be)\s+(?:updated|refreshed)\s+(?:as|when)\s+(?:details|news|information|events)\s+(?:emerge|develop|come in|become available)|(?:cards|items|entries|lines)\s+marked\s+\S{1,3}\s+are\s+new|next\s+(?:review|edition|issue|bulletin|digest|round-?up)\s*:\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^.!?]{0,40}|\d{1,2}\s+\p{L}{3,9}\b[^.!?]{0,30}))\.?$/iu,
    examples: [
      "We welcome letters from all embassies.",
      "This card list is updated as details emerge.",
      "Cards marked ● are new.",
      "Next review: Monday 3 March, 07:00 GMT.",
    ],
    counterExamples: [
      "We welcome the letters from Baku, the minister said.",
      "This list is updated daily by the ministry, officials said, and now holds 300 names.",
      "Next review: the ministry said the talks would resume.",
    ],
  },
  // A listeners' prompt on a station's page: 'Text "NEWS" to 4040 to join in', "Standard SMS rates
  // apply", "Podcast of this programme" (parts of one strip).
  smsPrompt: {
    pattern:
      /^(?![\s\S]*\b(?:said|says|told|ordered)\b)(?:(?:text|sms|send)\s+["“]?\p{Lu}{2,12}["”]?\s+to\s+\d{3,6}\b[^.!?|]{0,60}|(?:(?:texts?|sms|messages|calls|whatsapp)(?:\s+(?:and|&)\s+(?:texts?|sms|messages|calls|whatsapp))?\s+to\s+(?:the|our)\s+(?:studio|programme|program|show)\s*:\s*)?(?:standard|normal)\s+(?:(?:sms|text|message|network)\s+)?(?:rates|charges)\s+apply|podcast of this (?:programme|program|show|episode))\.?$/iu,
    examples: [
      'Text "NEWS" to 4040 to join the conversation',
      "Standard SMS rates apply",
      "Podcast of this programme",
      "Calls and texts to the studio: standard rates apply.",
    ],
    counterExamples: ["Send TROOPS to 4040 villages, the commander ordered, and the ministry said so."],
  },
  // A body's standard self-description at the foot of its release: "It is a non-partisan, 501(c)(3)
  // tax-exempt membership organization."
  nonprofitStatus: {
    pattern:
      /^(?:it|[\w'’&. -]{2,60}?)\s+is\s+an?\s+(?:[\w-]+,?\s+){0,4}?(?:501\s?\(c\)\s?\(\d\)|non-?partisan|not-for-profit|non-?profit|tax-exempt)\b[^.!?]{0,60}\b(?:organi[sz]ation|charity|group|association)\.?$/iu,
    examples: ["It is a non-partisan, 501(c)(3) tax-exempt membership organization.", "The Caspian Relief Fund is a non-profit organisation."],
    counterExamples: ["The group, which the ministry said is a non-profit organization, was banned."],
  },
  // A desk's own line under its masthead, naming the desk and its street: "Caucasus Desk | Kwame
  // Nkrumah Street, Accra, Ghana" (the address line of a monitoring or news service).
  deskAddress: {
    pattern:
      /^[^|·•]{3,50}\b(?:[Dd]esk|[Bb]ureau|[Oo]ffice|[Uu]nit|[Ss]ervice)\s*[|·•]\s*(?:\d{1,4}\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:[Ss]treet|St\.|[Rr]oad|[Aa]venue|[Bb]oulevard|[Ss]quare|[Ll]ane)(?:,\s*\p{Lu}[\p{L}'’ -]{1,30}){0,3}$/u,
    examples: ["Caucasus Desk | Kwame Nkrumah Street, Accra, Ghana", "Monitoring Unit · 14 Harbour Road, Mombasa"],
    counterExamples: ["The ministry's press office | Rustaveli Avenue was shelled, officials said"],
  },
  // A chronology's own standfirst: "Our weekly chronology of the war in the Caucasus."
  ownChronology: {
    pattern:
      /^(?![\s\S]*\b(?:said|says|told)\b)our\s+(?:(?:weekly|daily|monthly|fortnightly)\s+)?(?:chronology|round-?up|digest|timeline|diary)\s+of\s+[^.!?]{3,80}\.?$/iu,
    examples: ["Our weekly chronology of the war in the Caucasus."],
    counterExamples: ["Our chronology of the shelling differs from the ministry's, the ombudsman said."],
  },
  // A broadcast's cast, printed over its script (its running order's item line is a page head's,
  // pageHeadCues.ts): "Speakers: HOST (studio); REPORTER (Baku); ARCHIVE (voice-over)", "Reader: duty
  // announcer | Correspondent: Foreign Desk, Goris", "Guest (by telephone): Leyla Aliyeva, deputy minister".
  broadcastCast: {
    pattern:
      /^(?:[Ss]peakers|SPEAKERS|[Vv]oices|VOICES|[Cc]ast|CAST|[Oo]n air|ON AIR)\s*:\s*\p{Lu}{2,}(?:\s\p{Lu}{2,})?\s*(?:\([^()]{1,40}\))?(?:\s*[;,]\s*\p{Lu}{2,}(?:\s\p{Lu}{2,})?\s*(?:\([^()]{1,40}\))?)+$|^(?:[Gg]uests?|GUESTS?)(?:\s*\([^()]{2,40}\))?\s*:\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:,\s*(?![^.!?]*\b(?:said|says|told)\b)[^.!?]{3,100})?$|^(?:[Rr]eader|READER|[Pp]resenter|PRESENTER|[Nn]ewsreader|NEWSREADER)\s*:\s*[^|.!?]{2,40}\|\s*(?:[Cc]orrespondent|CORRESPONDENT|[Rr]eporter|REPORTER|[Pp]roducer|PRODUCER)\s*:\s*[^|.!?]{2,50}$/u,
    examples: [
      "Speakers: HOST (studio); REPORTER (Baku); ARCHIVE (voice-over)",
      "Reader: duty announcer | Correspondent: Foreign Desk, Goris",
      "Guest (by telephone from Baku): Leyla Aliyeva, deputy foreign minister",
    ],
    counterExamples: [
      "Speakers: the minister and his deputy said the road was open.",
      "Guest: Leyla Aliyeva, who said 12 soldiers died",
      "Reader: the ministry said | the road is open",
    ],
  },
  // An advert set in the page under its label: "[Advertisement: Fly to Tbilisi twice a week]",
  // "Advertisement - Harbour Insurance: cover for your boat". The label and a colon or dash, then the
  // advertiser's copy; a sentence that reports what someone said is news about advertising.
  advertWithCopy: {
    pattern:
      /^(?!.*\b(?:said|says|told|according to)\b)(?:\[\s*(?:advertisement|advert|sponsored|paid (?:content|promotion|partnership)|promoted)\s*(?::|\s[-–—]\s)\s*[^\]]{2,120}\]|(?:advertisement|advert|sponsored|paid (?:content|promotion|partnership))\s*(?::|\s[-–—]\s)\s*[^\s:][^:]{0,60}:\s*[^.!?]{2,100}[.!]?)$/iu,
    examples: [
      "[Advertisement: Fly Lakeside Air to Tbilisi - three departures a week]",
      "Advertisement - Harbour Insurance: cover for your boat this storm season",
      "[Sponsored: Learn Armenian online with Ararat Lessons]",
    ],
    counterExamples: [
      "Advertisement - the ministry's word for the leaflets - was banned, the court said.",
      "Advertising revenue fell by half after the war: the editor said the paper would survive.",
      "[Advertisement: a leaflet, the ministry said, urging soldiers to desert]",
    ],
  },
  // A feature's or a review's box of practical advice for the reader, under its label: "GETTING THERE:
  // Visas are issued on arrival …", "Where to see it: On release in May. Check local listings."
  // (Reported speech after the label is news: "Getting there: the convoy took six hours, the ICRC said.")
  serviceBox: {
    pattern:
      /^(?!.*\b(?:said|says|told|according to)\b)(?:getting there|how to get there|travel(?:ling)? there|where to (?:stay|eat|sleep|see it|watch it|find it|buy it|hear it)|when to go|if you go|need to know|travel (?:notes|essentials|information)|opening (?:times|hours)|admission|how to watch)\s*:\s*\S.{0,240}$/iu,
    examples: [
      "GETTING THERE: Visas are issued on arrival at Tbilisi airport. The border crossing at Sadakhlo is open to foreigners.",
      "Where to see it: On release in Yerevan in May. Check local listings for other dates.",
      "If you go: Buses leave Goris for Tatev twice a day.",
    ],
    counterExamples: [
      "Getting there: the convoy took six hours to reach Lachin, the ICRC said.",
      "Getting there took the convoy six hours.",
      "Where to stay was the question facing 100,000 refugees in Goris.",
    ],
  },
  // A note that the text below comes from a book: "Editor's note: The following is adapted from Winter
  // Roads (Harbour Press, 2009).", "This essay is excerpted from her forthcoming memoir.", "Footnotes have
  // been removed." The book is named as one (a publisher in brackets, "book", "memoir"), so "The
  // following is excerpted from the ministry's statement: …" stays, and so does anything quoted.
  bookExcerptNote: {
    pattern:
      /^(?!.*\b(?:said|says|told)\b)(?:editor['’]?s note\s*:\s*)?(?:the following|this (?:essay|article|piece|extract|excerpt|text|chapter|account|feature|story)) (?:is|was|has been) (?:adapted|excerpted|extracted|abridged|condensed)(?: and (?:adapted|abridged|condensed|edited))? from\b[^!?"“”]{0,160}(?:\([^()]*\b(?:[Pp]ress|[Bb]ooks|[Pp]ublish\w*|[Uu]niversity|[Ee]ditions?|(?:19|20)\d\d)\b[^()]*\)|\b(?:book|memoir|novel|forthcoming|published by)\b)[^!?"“”]{0,40}$|^(?:the )?(?:foot|end)notes(?: and (?:references|citations|illustrations))? (?:have been|were|are) (?:removed|omitted|cut|left out)\b[^.!?]{0,60}\.?$/iu,
    examples: [
      "Editor's note: The following is adapted from Winter Roads: A Journey Through the Caucasus (Harbour Press, 2009).",
      "This essay is excerpted from her forthcoming memoir of the blockade.",
      "Footnotes have been removed.",
    ],
    counterExamples: [
      "The following is excerpted from the ministry's statement: two soldiers were killed on Monday.",
      "This account was adapted from a soldier's diary, the ministry said.",
      "Footnotes in the report name 12 villages.",
    ],
  },
  // Under a republished archive piece, the page's caution about its age: "Archive material is
  // reproduced for historical reference.", "Language and terminology reflect the time of original
  // publication." (It speaks of the material and of its time, never of the conflict.)
  archiveCaution: {
    pattern:
      /^(?!.*\b(?:said|says|told)\b)(?:(?:archive|archival|historical) (?:material|materials|content|articles|texts|photographs|pictures)|(?:this|the) (?:archive |archival )?(?:material|article|feature|text|photographs?)) (?:is|are|has been|have been) (?:reproduced|republished|reprinted|presented|made available)\b[^.!?]{0,40}\b(?:historical|archival|research|reference|record)\b[^.!?]{0,40}\.?$|^(?:the )?(?:views|language|terminology|place names|spellings?|opinions)(?:,? (?:and )?(?:views|language|terminology|place names|spellings?|opinions)){0,2} (?:reflect|are those of|belong to) (?:the (?:time|period|date|era) of (?:its |the )?(?:original )?publication|the original (?:publication|article|text))\.?$/iu,
    examples: [
      "Archive material is reproduced for historical reference.",
      "This article is republished as part of the historical record.",
      "Language and terminology reflect the time of original publication.",
      "Views, spellings and place names reflect the original publication.",
    ],
    counterExamples: [
      "Archive material is reproduced for historical reference, the ministry said of the leaked maps.",
      "The photographs are reproduced in the ombudsman's report on the shelling.",
      "The views of the ministry reflect the time of the war.",
    ],
  },
  // A feature's funding note: "This Long Read was produced with support from the Ledger's travel fund.",
  // "Reporting for this series was supported by a grant from the Harbour Foundation." The support is a
  // fund's or a grant's, so "This offensive was supported by drones" stays.
  fundingNote: {
    pattern:
      /^(?!.*\b(?:said|says|told|claimed)\b)(?:this (?:[\p{L}-]+ ){0,3}|(?:reporting|research|travel|work) for this (?:[\p{L}-]+ ){0,2})(?:was|is|has been) (?:(?:produced|made|reported|published|written|researched|translated) (?:with (?:the )?(?:generous )?(?:support|funding|a grant|financial support|assistance) (?:from|of)|in partnership with)|(?:supported|funded|made possible|paid for) (?:in part )?by)\b[^.!?]{0,80}\b(?:fund|funds|foundation|grant|trust|programme|program|initiative|council|fellowship|award|partnership|readers|members)\b[^.!?]{0,40}\.?$/iu,
    examples: [
      "This Long Read was produced with support from the Ledger's travel fund.",
      "Reporting for this series was supported by a grant from the Harbour Foundation.",
      "This story was made possible by our members.",
    ],
    counterExamples: [
      "This offensive was supported by Turkish drones, Armenia said.",
      "This road was built with support from the Asian Development Bank, the ministry said.",
      "This attack was supported by artillery from across the border.",
    ],
  },
  // A programme's notes on the text beside it: "This essay accompanies this week's episode.", "It expands
  // on the reporting in the show with material we had no time for on air.", "Transcripts are available
  // to subscribers within a day of broadcast." They speak of the programme, never of the conflict.
  companionNote: {
    pattern:
      /^(?!.*\b(?:said|says|told)\b)(?:this (?:essay|article|piece|page|post|text|write-?up|story|reading list) accompanies\b[^.!?]{0,60}\b(?:episode|programme|program|podcast|broadcast|show|film|documentary|series|exhibition)\b[^.!?]{0,40}|it (?:expands on|adds to|complements|goes beyond|follows up)\b[^.!?]{0,60}\b(?:show|episode|programme|program|broadcast|podcast)\b[^.!?]{0,80}|(?:full |edited )?transcripts?(?: of (?:this|the|each|every|our) (?:episode|programme|program|show|broadcast|debate|podcast|interview)s?)? (?:is|are) available (?:to (?:subscribers|members)|on request|on our (?:website|site)|online|free)\b[^.!?]{0,60})\.?$/iu,
    examples: [
      "This essay accompanies this week's episode of Frontline Notes.",
      "It expands on the reporting in the show with material we had no time for on air.",
      "Transcripts are available to subscribers within a day of broadcast.",
      "Full transcripts of every episode are available on request.",
    ],
    counterExamples: [
      "This convoy accompanies the ICRC's teams, the ministry said.",
      "Transcripts of the intercepted calls are available to investigators, prosecutors said.",
      "It expands on the ceasefire agreed in May.",
    ],
  },
  // A wire's marks at the end of an item, alone on their line: "MORE TO FOLLOW ON THIS CIRCUIT",
  // "More to come", "END ITEM WX-0412-07", "End of transmission". A line saying what more will follow
  // in the talks is news.
  wireEndMark: {
    pattern:
      /^(?:more (?:to (?:follow|come)|follows)(?: (?:on|in|over|from) (?:this|the) (?:circuit|wire|service|story|item|desk|file))?|end (?:of )?(?:item|story|text|transmission|message|file|dispatch|take)(?:\s+(?:[A-Z0-9]+[-./])+[A-Z0-9]+|\s+\d+)?|(?:ends|endit|end all)(?:\s+(?:[A-Z0-9]+[-./])+[A-Z0-9]+)?)\.?$/iu,
    examples: ["MORE TO FOLLOW ON THIS CIRCUIT", "More to come.", "END ITEM WX-0412-07", "End of transmission", "ENDIT"],
    counterExamples: [
      "More to follow in the talks, the envoy promised.",
      "End of the ceasefire, Baku says",
      "End item of the agenda was the prisoners' release.",
    ],
  },
  // A wire's or a digest's terms for using its copy: "Subscribers using this item should credit "Harbour
  // Wire".", "Items may be used with the credit "Weekly Caucasus File".", "Reprinting permitted with
  // attribution: "Southern Agency"." What may be used is the service's copy, and the condition a credit.
  creditTerms: {
    pattern:
      /^(?!.*\b(?:said|says|told)\b)(?:(?:subscribers|users|clients|media|outlets|broadcasters|newspapers|editors)\s+(?:using|quoting|reproducing|citing|republishing)\s+(?:the|this|our|these|any)\s+(?:material|materials|item|items|story|stories|copy|report|reports|texts?|dispatch(?:es)?)\s+(?:should|must|are (?:asked|required) to)\s+(?:credit|cite|attribute|quote|name)\b|(?:items|material|materials|copy|stories|texts?|reports|dispatches|photos)(?: (?:in|from) this [\p{L}-]+)?\s+may\s+be\s+(?:used|reproduced|reprinted|quoted|republished|rebroadcast)\b[^.!?]{0,30}\b(?:credit|attribution|citation|source)\b|(?:reprinting|reproduction|republication|re-?use|quotation|redistribution|rebroadcast)\s+(?:is\s+)?(?:permitted|allowed|authori[sz]ed|free)\s+(?:only\s+)?(?:with|provided|if|on condition)\b[^.!?]{0,30}\b(?:attribution|credit|citation|link|source)\b)[^!?]{0,80}$/iu,
    examples: [
      'Subscribers using this item should credit "Harbour Wire".',
      'Items may be used with the credit "Weekly Caucasus File".',
      'Reprinting permitted with attribution: "Southern Agency".',
    ],
    counterExamples: [
      "Reprinting permitted with attribution, the ministry said of its maps.",
      "Items may be used as evidence, the prosecutor said.",
      "Weapons may be used only in self-defence.",
    ],
  },
  // A service's note on what it is: "Harbour Wire relays regional agency copy for its island subscribers.",
  // "The Weekly Caucasus File is issued each Monday to members.", "Our Tbilisi stringer files under a
  // content exchange agreement." Its readers are subscribers or audiences, its copy is as received, or its
  // correspondent files under an agreement: never what a side relays to its partners.
  serviceSelfDescription: {
    pattern:
      /^(?!.*\b(?:said|says|told|according to)\b)(?:(?:the )?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,4}\s+(?:relays|reproduces|redistributes|republishes|carries|distributes|translates|compiles)\b[^.!?]{0,80}\b(?:subscribers|audiences|listeners|readers|clients|as received|as issued|as transmitted|partner desks)\b[^.!?]{0,60}|(?:the )?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,4}\s+is\s+(?:issued|distributed|sent|transmitted|circulated|e-?mailed)\s+(?:each|every|daily|weekly|twice|on)\b[^.!?]{0,60}\b(?:subscribers|members|clients|readers)\b[^.!?]{0,30}|[^.!?]{0,60}\b(?:files|reports|works|writes|is (?:carried|used|republished|reproduced))\s+under\s+(?:a|an|the|our)\s+(?:content[- ]exchange|content[- ]sharing|syndication|news[- ]exchange|exchange|cooperation|partnership)\s+agreement\b[^.!?]{0,60})\.?$/u,
    examples: [
      "Harbour Wire relays regional agency copy for its island subscribers.",
      "SAN World Service relays agency reports for Pacific audiences.",
      "HWS reproduces ministry texts as received from its partner desks.",
      "The Weekly Caucasus File is issued each Monday to members.",
      "Our Tbilisi stringer files under a content exchange agreement.",
    ],
    counterExamples: [
      "Russia relays the proposals to its partners in the Minsk Group.",
      "Armenia reproduces the documents as received from Baku, the ministry said.",
      "The decree is issued every year to conscripts.",
      "Gas flows under a cooperation agreement signed in 2018.",
    ],
  },
  // A service's note on how its texts are set: "Quotations from Council documents follow the official
  // English text.", "Place names are given as transliterated by the source.", "Names are spelt as in the
  // agency's copy." It speaks of spelling and wording, never of the conflict.
  textConventions: {
    pattern:
      /^(?!.*\b(?:said|says|told|according to)\b)(?:(?:quotations?|quotes|citations|excerpts)(?: from [^.!?]{1,40})? (?:follow|are taken from|use|reproduce) (?:the )?official\b[^.!?]{0,40}\b(?:texts?|versions?|translations?)|(?:(?:place|personal|proper|geographical|local) )?names(?: (?:of|in) [^.!?]{1,30})? (?:are|have been) (?:transliterated\b|(?:given|spelt|spelled|rendered|kept)\b[^.!?]{0,20}\b(?:transliterat\w*|as (?:given|spelt|spelled|in|by|received|transmitted)|from the original)\b)[^.!?]{0,60})\.?$/iu,
    examples: [
      "Quotations from Council documents follow the official English text.",
      "Place names are given as transliterated by the source.",
      "Names are transliterated from Armenian and Russian sources.",
    ],
    counterExamples: [
      "Names of the dead are given as 12 soldiers and two civilians, the ministry said.",
      "Quotations from the ministry follow below.",
      "Names were given to the ICRC by both sides.",
    ],
  },
  // The desk editor who handled a wire item, alone or after the service's name: "Desk editor: Europe Desk
  // 3", "Harbour Wire English Service | Duty editor: M. Osei". A name or a desk follows, never a sentence.
  deskEditor: {
    pattern:
      /^(?:[^|.!?]{2,50}\|\s*)?(?:[Dd]esk|[Dd]uty|[Nn]ight|[Cc]opy|[Ww]ire|[Nn]ews|[Ss]lot|[Ss]ub-?|[Cc]ommissioning|[Ss]ection|DESK|DUTY|NIGHT|COPY) (?:[Ee]ditor|EDITOR)s?\s*:\s*\p{Lu}[^.!?|,;]{0,40}(?:\.\s*\p{Lu}[^.!?|,;]{1,30})?$/u,
    examples: ["Desk editor: Europe Desk 3", "Harbour Wire English Service | Duty editor: M. Osei", "NIGHT EDITOR: Lena Ortiz"],
    counterExamples: ["Desk editor: the ministry said two soldiers died", "News editor: Armenia said the talks failed, and Baku agreed"],
  },
  // A wire's note on what a new version of its item adds, alone on its line: "Updated with reactions from
  // Ankara and Tehran", "Adds comment from the OSCE". Reported speech after it is news.
  updateNote: {
    pattern:
      /^(?!.*\b(?:said|says|told|according to)\b)(?:updated|recast|refiled|rewritten|re-?issued|adds?|updates?) (?:with|to (?:add|include)|throughout with)? ?(?:new |further |more |later |first |official )?(?:reactions?|comments?|quotes?|details|figures|background|statements?|responses?)\b[^.!?]{0,80}\.?$/iu,
    examples: ["Updated with reactions from Ankara and Tehran", "Adds comment from the OSCE", "Updated with new figures from both ministries"],
    counterExamples: ["Updated figures show 12 dead, the ministry said.", "Updated maps were released by the ministry on Monday."],
  },
  // A desk's or a shop's address line, its parts apart by commas: "Harbour Wire Foreign Desk, Bay Road,
  // Port Louis, Mauritius -- desk staffed overnight", and where a reviewed book is sold: "Available from:
  // Harbour Books, Quay Street, Port Louis, and by post." A line of places a shelling hit names no desk.
  addressLine: {
    pattern:
      /^(?!.*\b(?:said|says|told)\b)(?:\p{Lu}[^,.!?]{1,40}\b(?:[Dd]esk|[Bb]ureau|[Oo]ffice|[Nn]ewsroom|[Hh]ouse|[Bb]ooks|[Bb]ookshop|[Pp]ress|[Ll]td\.?|[Ss]ervice),\s*(?:\d{1,4}\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:[Ss]treet|St\.|[Rr]oad|[Aa]venue|[Bb]oulevard|[Ss]quare|[Ll]ane)(?:,\s*[^,!?]{1,50}){1,4}|(?:[Aa]vailable (?:from|at)|AVAILABLE (?:FROM|AT)|[Oo]n sale (?:at|from)|[Oo]rder (?:from|at)|[Ss]tockists?|[Cc]opies (?:from|at))\s*:\s*[^!?]{2,160})$/u,
    examples: [
      "Harbour Wire Foreign Desk, Bay Road, Port Louis, Mauritius -- desk staffed overnight",
      "Available from: Harbour Books, Quay Street, Port Louis (ask for the order desk), and by post.",
    ],
    counterExamples: [
      "Shelling hit the press office, Lenin Street, the market and the school, the ministry said.",
      "Shelling hit Stepanakert, Martuni, Hadrut, Lenin Street and the market",
      "Available from the ministry: maps of the mined fields.",
    ],
  },
  // How a reader writes to the page, with an address or a word limit: "To contact the readers' editor,
  // write to readers@… or to 4 Quay Street, Port Louis.", "Have your say: letters@… (250 words at most)."
  writeToThePage: {
    pattern:
      /^(?!.*\b(?:said|says|told)\b)(?:to (?:contact|reach|write to) (?:the |our )?(?:[\p{L}'’]+ )?(?:editor|editors|desk|newsroom|ombudsman|ombudsperson|letters page),?\s*(?:write|e-?mail|call|ring|phone|go)\b(?=[^!?]*(?:@|\d))|(?:have your say|write to us|join the debate|tell us what you think|letters to the editor|send (?:us )?your (?:letters|views|comments))\s*[:—–-]\s*(?=[^!?]*(?:@|\bwords\b)))[^!?]{2,160}$/iu,
    examples: [
      "To contact the readers' editor, write to readers@harbour.example or to 4 Quay Street, Port Louis.",
      "Have your say: letters@harbour.example (250 words at most, with your name and town).",
    ],
    counterExamples: [
      "To reach the editor, the soldiers walked for two days, the paper said.",
      "Have your say: the ministry wants residents to vote on the plan.",
    ],
  },
  // An editorial's note on whose opinion it is: "The Harbour View represents the opinion of the paper's
  // editorial board.", "Our leader expresses the view of the editorial board." (The editorial's own text
  // stays, and speaks for no side.)
  editorialSelfDescription: {
    pattern:
      /^(?!.*\b(?:said|says|told)\b)(?:the |our |this )?[\p{L}'’ ]{2,40} (?:represents|reflects|expresses|is) the (?:opinion|view|views|position|voice) of (?:the |this |our )?(?:[\p{L}'’]+ ){0,3}editorial (?:board|team|staff|committee|writers)\.?$/iu,
    examples: ["The Harbour View represents the opinion of the paper's editorial board.", "Our leader expresses the view of the editorial board."],
    counterExamples: ["The resolution represents the opinion of the parliament.", "The editorial board represents the paper, the minister said."],
  },
  // A page's appeal to its readers to pay: "Like our reviews? Support independent film criticism from the
  // Quarterly.", "Become a Friend of the Review from €5 a month." (SUPPORT_APPEALS, boilerplate.ts, keep
  // the others.) A question about the reader's liking of the page, or a membership with its price.
  readerSupportAppeal: {
    pattern:
      /^(?:(?:like|enjoy|enjoyed|love|value|appreciate) (?:our|this) (?:reviews?|journalism|reporting|work|coverage|articles?|podcasts?|newsletters?|writing|criticism|essays?|long reads?)\?|support (?:independent|quality|local|free|our)(?: [\w-]+){0,2} (?:criticism|writing|reviews|essays|magazine|quarterly|publishing|podcast)\b[^.!?]{0,60}[.!]?|become (?:a|an|one of our) (?:friend|member|supporter|patron|subscriber|sponsor)s? of [^.!?]{2,40} (?:from|for) (?:just |only )?[€$£]\s?\d[^.!?]{0,30}[.!]?)$/iu,
    examples: ["Like our reviews?", "Support independent film criticism from the Quarterly.", "Become a Friend of the Review from €5 a month."],
    counterExamples: ["Become a member of the CSTO, Moscow urged Yerevan.", "Like our neighbours, we lost the war?", "Support our troops, the minister said."],
  },
  // A debate page's promotion of its events: "Harbour Debates is a monthly series organised by the Review
  // with the City Debating Union.", "The next debate, on fisheries, is on 3 June.", "Tickets:
  // harbour.example/events". What is announced is the series' own next event, and tickets are a link or a price.
  eventPromo: {
    pattern:
      /^(?!.*\b(?:said|says|told|according to)\b)(?:\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&-]*){0,4} is an? (?:(?:weekly|monthly|annual|quarterly|regular|public|free) )*(?:series|debate series|lecture series|event|festival|programme of (?:talks|debates)|talk series)\b[^.!?]{0,20}\b(?:organi[sz]ed|hosted|run|presented|sponsored|produced) (?:by|with)\b[^.!?]{1,100}|the next (?:event|debate|session|lecture|screening|talk|meeting of the series|edition)(?:,\s*(?:on|about) [^,.!?]{1,50},)? (?:is|will be|takes place) (?:on|at|in)\b[^.!?]{1,50}|(?:tickets?|booking|bookings|registration|rsvp|admission|entry)\s*:\s*(?:\S+\.\p{L}{2,}\S*|free\b[^.!?]{0,40}|(?:from )?[€$£]\s?\d[^.!?]{0,30}))\.?$/iu,
    examples: [
      "Harbour Debates is a monthly series organised by the Review with the City Debating Union.",
      "The next debate, on fisheries, is on 3 June.",
      "Tickets: harbour.example/events",
      "Admission: free, booking advised",
    ],
    counterExamples: [
      "The next session of the talks is on 3 June, the OSCE said.",
      "The next round, on prisoners, is in Vienna.",
      "Tickets: the ministry said no more buses would leave.",
    ],
  },
  // An opinion page's notes on its writers: "Lena Ortiz writes on foreign affairs for a Lisbon weekly.",
  // "Both write in a personal capacity.", "Kofi Mensah teaches history at a school in Cape Coast and reviews
  // books for this page." A writer for a paper, in a personal capacity, or for this page: never an act.
  contributorNote: {
    pattern:
      /^(?!.*\b(?:said|says|told|was (?:killed|wounded|arrested|detained))\b)(?:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3} (?:writes|reports|blogs|comments) (?:on|about) [^.!?]{1,60} for (?:a|an|the|our) [^.!?]{1,60}|(?:[Bb]oth|[Aa]ll (?:two|three|four)|[Tt]he (?:two |three )?(?:authors?|writers?|contributors?)|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}) (?:writes?|is writing|are writing|contributes?) in (?:a|their|his|her) (?:personal|private|own) capacity|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3} (?:teaches|lectures|works|is|writes|reviews|lives)\b[^.!?]{0,100}\b(?:for|on|to) (?:this|these) (?:page|pages|paper|newspaper|section|magazine|site|website|column)\b[^.!?]{0,20})\.?$/u,
    examples: [
      "Lena Ortiz writes on foreign affairs for a Lisbon weekly.",
      "Both write in a personal capacity.",
      "Kofi Mensah teaches history at a school in Cape Coast and reviews books for this page.",
    ],
    counterExamples: [
      "Lena Ortiz writes on foreign affairs for a Lisbon weekly, and said the war was lost.",
      "Pashinyan writes on Facebook that the border is calm.",
      "Kofi Mensah teaches history at a school in Cape Coast.",
    ],
  },
  // A paid service's terms for its copy: "Redistribution outside your licensed organisation is not permitted.",
  // "Prices are indicative and are not offers." The reader's organisation, or prices for information only:
  // a ban reported as someone's ("…, the ministry said") names neither.
  licenceTerms: {
    pattern:
      /^(?:(?:re)?distribution|forwarding|sharing|copying|reproduction)(?:\s+(?:of\s+)?(?:this|these|our)\s+[\p{L} ]{1,30})?\s+(?:outside|beyond)\s+(?:your|the\s+(?:subscribing|licensed|licensee)|the\s+subscriber['’]s)\s+(?:licensed\s+|subscribing\s+)?(?:organi[sz]ation|company|firm|institution|office|team)\s+(?:is\s+(?:not\s+permitted|not\s+allowed|prohibited|forbidden)|(?:breaches|violates|infringes|is\s+a\s+breach\s+of)\s+(?:your|the|our)\s+(?:subscription|licen[cs]e|service)\s+(?:terms|agreement|conditions))\.?$|^(?:all\s+)?(?:prices|quotes|quotations|rates)\s+(?:shown\s+|quoted\s+)?(?:are|is)\s+(?:indicative|for\s+information(?:\s+purposes)?\s+only)(?:\s*(?:,|and)\s*(?:are\s+)?not\s+(?:offers?|(?:a\s+)?solicitation|(?:investment\s+)?advice)(?:\s+to\s+(?:buy|sell|trade)[\p{L} ]{0,20})?)?\.?$/iu,
    examples: [
      "Redistribution outside your licensed organisation is not permitted.",
      "Forwarding of this bulletin outside the subscribing company is prohibited.",
      "Forwarding this letter outside your licensed organisation breaches your subscription terms.",
      "Prices are for information only and are not offers.",
      "Quotes shown are indicative, not offers to trade.",
    ],
    counterExamples: [
      "Redistribution of aid outside the camps is not permitted, the ministry said.",
      "Prices are rising in Stepanakert, where bread is scarce.",
      "Prices of fuel are for information only, officials insisted, as queues grew.",
    ],
  },
  // A paper's note on documents it prints whole: "Documents published by the Gazette are reproduced as
  // received and have not been independently verified." The caveat is furniture only behind "reproduced
  // as received"; a report's own "The figures have not been independently verified" is news.
  reproducedAsReceived: {
    pattern:
      /^(?:documents|statements|texts|press releases|releases|communiqu[eé]s|letters|materials)\s+(?:published|printed|carried|posted)\s+(?:by|in|on)\s+(?:the\s+|this\s+)?[\p{Lu}\p{L}][\p{L}'’&.\s-]{0,40}?\s+(?:are|is)\s+(?:reproduced|printed|published|carried)\s+(?:in\s+full\s+)?as\s+(?:received|supplied|issued|sent)(?:\s+and\s+(?:have|has)\s+not\s+been\s+(?:independently\s+)?(?:verified|checked|edited))?\.?$/iu,
    examples: [
      "Documents published by the Gazette are reproduced as received and have not been independently verified.",
      "Statements printed on this page are reproduced in full as issued.",
    ],
    counterExamples: [
      "The casualty figures have not been independently verified.",
      "Documents published by the ministry show that 12 soldiers died.",
      "Statements published by Baku are reproduced as received by the OSCE, which said it would study them.",
    ],
  },
  // A page's word on whose view it prints and what it is not: "This post reflects the author's personal views
  // and is not legal advice.", "Editorials represent the institutional position of the Valley Post and are
  // written by the board, not by our news staff." (under a label: "The Editorial Board — …"), "The Valley Post
  // has no affiliation with either organisation." The author, the paper or the page is the subject; a
  // ministry's view, or a body's ties reported as news, never is.
  positionDisclaimer: {
    pattern:
      /^(?![^.!?]*\b(?:said|says|told|according)\b)(?:(?:this|the)\s+(?:post|blog(?:\s+post)?|article|column|piece|entry|site|newsletter|commentary)\s+(?:reflects|represents|contains|expresses)\s+(?:only\s+)?(?:the\s+)?(?:author['’]s|authors['’]|writer['’]s|my|our)\s+(?:own\s+)?(?:personal\s+)?(?:views?|opinions?)(?:\s*(?:,|and)\s*(?:is|does)\s+not\s+(?:constitute\s+)?(?:legal|financial|investment|professional|medical)\s+advice)?|(?:[\p{L}'’ ]{2,30}\s+[—–:-]\s+)?(?:(?:our|the|unsigned)\s+)?(?:editorials|leaders|leading articles)\s+(?:represent|reflect|express)\s+(?:the\s+)?(?:institutional|official|collective|corporate)\s+(?:position|view|opinion|voice)\s+of\s+[^.!?]{1,60}?(?:\s+and\s+are\s+written\s+by\s+[^.!?]{1,80})?|(?:this\s+(?:newspaper|paper|site|website|page|magazine|station)|we|(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}\s+(?:Times|Post|Herald|Gazette|Tribune|Mail|News|Journal|Chronicle|Courier|Monitor|Observer|Review|Express|Star|Standard|Telegraph|Guardian|Record|Ledger|Dispatch|Voice|Echo|Mirror|Press|Weekly|Daily|Online))\s+(?:has|have)\s+no\s+(?:affiliation|connection|link|ties|relationship|commercial relationship)\s+(?:with|to)\s+(?:either|any|these|those|the|this)(?:\s+of\s+(?:these|the|them))?(?:\s+(?:organi[sz]ations?|charit(?:y|ies)|groups?|bodies|appeals?|funds?|above|listed))*)\.?$/iu,
    examples: [
      "This post reflects the author's personal views and is not legal advice.",
      "The Editorial Board — Editorials represent the institutional position of the Valley Post and are written by the board, not by our news staff.",
      "The Valley Post has no affiliation with either organisation.",
      "This newspaper has no connection with any of these charities.",
    ],
    counterExamples: [
      "This post reflects the ministry's view that twelve soldiers died.",
      "The Defence Ministry has no ties with either group, Baku said.",
      "Editorials in the state press represent the official position of the government, analysts say.",
      "The post reflects the author's personal views, the ministry said.",
    ],
  },
  // A page's terms for its readers' comments, named for the site ("Torch Online comments are moderated."),
  // and its house rules ("Be kind, be factual."): the reader is told how to write, nothing is reported.
  readerCommentRules: {
    pattern:
      /^(?:\p{Lu}[\p{L}'’.&-]*\s+){0,4}(?:(?:reader|user|online)['’]?s?\s+)?(?:[Cc]omments)\s+(?:are|will\s+be)\s+(?:pre-?)?moderated(?:\s+before\s+(?:they\s+appear|publication))?\.?$|^(?:[Pp]lease\s+)?[Bb]e\s+(?:kind|civil|polite|respectful|courteous)(?:\s*(?:,|and)\s*(?:be\s+)?(?:factual|brief|on[ -]topic|respectful|civil|kind|polite))*[.!]?$/u,
    examples: [
      "Torch Online comments are moderated.",
      "Harbour Herald reader comments are moderated.",
      "Reader comments will be moderated before they appear.",
      "Be kind, be factual.",
      "Please be civil and on topic.",
    ],
    counterExamples: ["Comments by the foreign minister were moderated in tone, diplomats said.", "Be kind to the refugees, the ombudsman urged."],
  },
  // A quiz's and a column's calls to its readers: "Plus our Saturday news quiz.", "Answers at the bottom, no
  // peeking.", "Score 6/6? Tell us on our Facebook page.", "Got a quiz question?". Our quiz, our page, the
  // answers' place on the page: a call that names no one's act.
  quizAndSocialCalls: {
    pattern:
      /^(?:(?:plus|also|and|inside)[:,]?\s+(?:our|this\s+week['’]s|today['’]s|the)\s+(?:[\p{L}'’-]+\s+){0,2}(?:quiz|crossword|puzzle|sudoku)(?:zes|s)?|(?:the\s+)?answers\s+(?:are\s+)?(?:at\s+the\s+(?:bottom|end|foot)(?:\s+of\s+(?:the|this)\s+(?:page|column))?|below|overleaf|on\s+page\s+\d+|upside\s+down)(?:\s*[,;—–-]\s*no\s+peeking)?|(?:did\s+you\s+)?score\s+\d+\s*\/\s*\d+|(?:got|have)\s+an?\s+(?:quiz|crossword|puzzle)\s+question|(?:tell|show|send)\s+us\s+(?:on|via|at)\s+(?:our\s+)?(?:facebook|twitter|x|instagram|whatsapp|telegram|tiktok)(?:\s+(?:page|account|channel|group))?)\s*[.!?]?$/iu,
    examples: ["Plus our Saturday news quiz.", "Answers at the bottom, no peeking.", "Score 6/6?", "Got a quiz question?", "Tell us on our Facebook page."],
    counterExamples: [
      "The answers are below what Baku had demanded, a diplomat said.",
      "Tell us on Facebook what you saw, the ministry urged residents of Tovuz.",
      "Plus our soldiers held the line near Jermuk, the minister said.",
    ],
  },
  // An outlet's promotion of its other editions and how to take it: "Watch the full report on HCTV Evening
  // News at 6.30pm.", "Read the Monitor in print at newsagents across …", "… will be broadcast live on our
  // partner channels.", "Subscriptions for the second half of 1993 are accepted at all post offices. Index
  // 63112.", "Suscríbase a nuestro boletín internacional — …". The outlet's own channels, print edition or
  // subscription: a broadcast on state television, or bonds on sale, are news.
  ownEditionPromo: {
    pattern:
      /^(?![^.!?]*\b(?:said|says|told|according|urged)\b)(?:(?:watch|see|hear|listen\s+to)\s+(?:the\s+)?(?:full|complete|whole|extended)\s+(?:report|story|interview|programme|program|coverage|bulletin|documentary)\s+(?:on|in)\s+[^.!?]{2,50}?(?:\s+(?:at|from)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|h)?)?|(?:read|buy|get|pick\s+up|find)\s+(?:the\s+)?[\p{Lu}][^.!?]{0,40}?\s+in\s+print\b[^.!?]{0,80}|[^.!?]{0,120}\b(?:will\s+be|is|are)\s+(?:broadcast|shown|streamed|televised|aired)\s+live\s+on\s+our\s+(?:partner\s+|sister\s+)?(?:channels?|stations?|networks?|website|app|platforms?)|subscriptions?\s+(?:for|to)\s+[^.!?]{1,60}\s+(?:are|is)\s+(?:accepted|taken|open)\s+(?:at|in|by|through)\s+(?:all\s+|any\s+)?(?:post\s+offices?|newsagents?|kiosks?|our\s+offices?)[^.!?]{0,40}|(?:subscription\s+)?index\s*(?:no\.?\s*)?\d{4,6}|subscribe\s+(?:now|today|here)|(?:suscr[ií]b(?:ase|ete|anse)|ass(?:ine|ina)|inscreva-se|abonnez-vous|inscrivez-vous)\b[^.!?]{0,40}\b(?:bolet[ií]n|bolet[ií]m|newsletter|lettre|canal)\b[^.!?]{0,120})[.!]?$/iu,
    examples: [
      "Watch the full report on HCTV Evening News at 6.30pm.",
      "Read the Monitor in print at newsagents across the capital.",
      "The final will be played on Sunday and will be broadcast live on our partner channels.",
      "Subscriptions for the second half of 1993 are accepted at all post offices.",
      "Index 63112.",
      "Subscribe now",
      "Suscríbase a nuestro boletín internacional — noticias del mundo cada mañana en su correo.",
    ],
    counterExamples: [
      "The talks will be broadcast live on state television, the ministry said.",
      "Subscriptions for the war bonds are accepted at all banks, the central bank said.",
      "Watch the full report on the ministry's website, officials urged residents.",
      "The index of industrial output fell 12 per cent in 1993.",
    ],
  },
  // A printed paper's teasers for its other pages and days: "ALSO ON PAGE 9: …", "NEXT WEEK IN "A WEEK ON": …",
  // "TOMORROW IN WORLD IN BRIEF: …". The label is set in capitals or names its column in quotes; "Tomorrow in
  // Geneva: …" in a sentence's case is a report of what is planned.
  pageTeaser: {
    pattern:
      /^(?:(?:ALSO\s+)?(?:ON|INSIDE|SEE)\s+PAGES?\s+\d{1,3}|[Aa]lso\s+on\s+pages?\s+\d{1,3}|(?:NEXT\s+(?:WEEK|MONTH|ISSUE|TIME|SUNDAY|SATURDAY)|TOMORROW|COMING\s+(?:UP|SOON|NEXT\s+WEEK|TOMORROW))\s+IN\s+(?:["“][^"”]{1,40}["”]|[\p{Lu}\p{N}'’&]+(?:\s+[\p{Lu}\p{N}'’&]+){0,5})|(?:[Nn]ext\s+(?:week|month|issue)|[Tt]omorrow)\s+in\s+["“][^"”]{1,40}["”])\s*:\s*\S.*$/u,
    examples: [
      "ALSO ON PAGE 9: Fiji cane harvest forecast  *  Wellington trade talks resume",
      'NEXT WEEK IN "A WEEK ON": the flood damage in the lowlands.',
      "TOMORROW IN WORLD IN BRIEF: Chile's constitutional vote; Bolivia's new cabinet.",
      "Next week in “Letters from Home”: a teacher in Goris.",
    ],
    counterExamples: [
      "Tomorrow in Geneva: the co-chairs meet both foreign ministers, the OSCE said.",
      "Also on Monday, the ministry said two soldiers had been wounded.",
      "Next week in Vienna: talks on the prisoners resume.",
    ],
  },
  // The notes under a dispatch: its correspondent's credit ("Sione Latu reports for The Harbour Mail from
  // Moscow."), how it was sent ("Telephone lines to the Caucasus are subject to interruption; figures in this
  // dispatch were current at the time of filing.") and who gathered it ("Sources: agency reports and official
  // statements compiled by our international desk."). A credit ends at its place; what a correspondent
  // reports, or lines cut in a war, are news.
  dispatchNotes: {
    pattern:
      /^(?:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:reports|writes|files|reported|wrote)\s+(?:for\s+(?:the\s+|The\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4}\s+from\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}|from\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+for\s+(?:the\s+|The\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4})|(?:[Tt]elephone|[Pp]hone|[Tt]elex|[Tt]elegraph|[Cc]ommunications?)\s+(?:lines|links|connections|traffic)\s+(?:to|with|from)\s+[^.!?;]{1,40}\s+(?:are|is)\s+(?:subject\s+to\s+(?:interruption|delay)s?|often\s+interrupted|unreliable|intermittent)(?:\s*[;,]\s*(?:and\s+)?(?:figures|details)\s+in\s+this\s+(?:dispatch|report|story|article)\s+were\s+current\s+(?:at|as\s+of)\s+the\s+time\s+of\s+(?:filing|writing|transmission))?|(?:[Ff]igures|[Dd]etails)\s+in\s+this\s+(?:dispatch|report|story|article)\s+were\s+current\s+(?:at|as\s+of)\s+the\s+time\s+of\s+(?:filing|writing|transmission)|[Ss]ources?\s*:\s*[^.!?]{0,80}\b(?:compiled|gathered|collected|assembled)\s+by\s+(?:our|the\s+paper['’]s)\s+[\p{L} ]{0,30}(?:desk|staff|newsroom|team|correspondents))\.?$/u,
    examples: [
      "Sione Latu reports for The Harbour Mail from Moscow.",
      "Ana Lopes writes from Tbilisi for the Valley Post.",
      "Telephone lines to the Caucasus are subject to interruption; figures in this dispatch were current at the time of filing.",
      "Figures in this report were current at the time of writing.",
      "Sources: agency reports and official statements compiled by our international desk.",
    ],
    counterExamples: [
      "Sione Latu reports for The Harbour Mail from Moscow that twelve soldiers died.",
      "Telephone lines to Stepanakert were cut on Monday, the ministry said.",
      "Sources: the ministry said 12 soldiers had died.",
    ],
  },
  // A community page's notices to its members: an event under its label with its day ("Novruz celebration:
  // Saturday 17 March, details in the next issue.", "Members' evening: "Stones that Speak" — a gallery talk,
  // Thursday 11 February, 6.30 pm."), its terms ("Free for Friends; booking essential.") and dues ("Membership
  // fees for 2012 can be paid to the treasurer, …"). The notice is a label, a day and a time, nothing done;
  // an attack dated by its day goes on to say what happened.
  memberNotices: {
    pattern:
      /^(?![^.!?]*\b(?:said|says|told|according|killed|wounded|attack\w*|shell\w*|fire[ds]?)\b)(?:[\p{L}'’ -]{2,40}:\s*(?:["“][^"”]{1,60}["”]\s*[—–-]\s*)?(?:(?:an?|the)\s+[^.!?:]{1,60}?,\s*)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\d{1,2}\s+\p{L}{3,9}(?:,?\s+(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h)?)?(?:,\s*(?:details|more)\s+(?:in\s+the\s+next\s+issue|to\s+follow|to\s+come|soon))?|(?:free|admission\s+free|entry\s+free|free\s+admission)(?:\s+(?:for|to)\s+(?:friends|members|students|children)(?:\s+and\s+[\p{L} ]{1,20})?)?(?:\s*[;,]\s*(?:booking|registration|reservation)s?\s+(?:essential|required|recommended))?|(?:booking|registration|reservation)s?\s+(?:essential|required|recommended)|(?:membership\s+fees|membership\s+dues|annual\s+(?:dues|subscriptions?)|dues)\s+for\s+(?:\d{4}|this\s+year|the\s+(?:coming\s+)?year)\s+(?:can|may|should|must)\s+be\s+paid\s+(?:to|at|by|through)\s+[^.!?]{1,60})\.?$/iu,
    examples: [
      "Novruz celebration: Saturday 17 March, details in the next issue.",
      "Members' evening: “Stones that Speak” — a gallery talk on carving, Thursday 11 February, 6.30 pm.",
      "Free for Friends; booking essential.",
      "Membership fees for 2012 can be paid to the treasurer, Mr Elvin Karimov.",
    ],
    counterExamples: [
      "Shelling near Tovuz: Saturday 17 March, the ministry said.",
      "Funeral of the fallen: Saturday 17 March, after soldiers were killed near Jermuk.",
      "Compensation for 2012 can be paid to the families, the ministry said.",
      "Free passage for civilians, the ombudsman demanded.",
    ],
  },
  // A column's or a newsletter's word on itself: "Harbour World Explained answers one question a week about the
  // world beyond the Pacific.", its tagline ("Questions and answers on the news behind the news", "the news that
  // matters, before your first cup of tea"), alone or in its masthead strip. What it does each week, or the
  // news it promises: a body answering questions says when, and a tagline reports nothing.
  columnSelfDescription: {
    pattern:
      /^(?![^.!?]*\b(?:said|says|told|was|were|had|has)\b)(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}\s+(?:answers|explains|examines|picks|takes|tackles|unpacks)\s+(?:one|a|two|three|your)\s+(?:reader['’]?s?\s+)?(?:questions?|stor(?:y|ies)|topics?|issues?)\s+(?:a|each|every|per)\s+(?:week|day|month|fortnight)\b[^.!?]{0,80}|(?:[^.!?·|]{1,60}\s*[-—–·|:]\s*)?(?:[\p{L}'’]+\s+){0,4}the\s+news\s+(?:behind\s+the\s+news|that\s+matters|you\s+can\s+trust|you\s+need(?:\s+to\s+know)?)\b[^.!?]{0,60})[.!]?$/iu,
    examples: [
      "Harbour World Explained answers one question a week about the world beyond the Pacific.",
      "HARBOUR WORLD EXPLAINED · Questions and answers on the news behind the news · Suva, Fiji",
      "Courier Morning Brief - the news that matters, before your first cup of tea.",
    ],
    counterExamples: [
      "The news behind the news was that Moscow had given way.",
      "The ombudsman answers one question a week from families of the missing, her office said.",
      "Karabakh is the news that matters to Armenians, Pashinyan said.",
    ],
  },
  // A mailing's opt-out: "You are receiving this appeal because you have supported us before.", "To stop
  // receiving it, reply with the word STOP." The reader is told why the mail came and how to end it.
  mailingOptOut: {
    pattern:
      /^(?![^.!?]*\b(?:said|says|told|warned)\b)(?:you (?:are |were )?receiv(?:e|ing) (?:this|these|our|[^.!?]{2,60}) because you\b[^.!?]{2,80}|to stop receiving\b[^.!?,]{0,40},?\s*(?:(?:please|just|simply)\s+)?(?:reply|write|click|send|e-?mail|unsubscribe|contact|call|text)\b[^.!?]{0,60})\.?$/iu,
    examples: [
      "You are receiving this appeal because you have supported us before.",
      "You receive this bulletin because you are a registered member.",
      "To stop receiving appeals, reply with UNSUBSCRIBE.",
      "To stop receiving it, reply with the word STOP.",
    ],
    counterExamples: [
      "You are receiving these reports because you asked for them, the minister told the deputies.",
      "To stop receiving Russian gas, Armenia would need a new pipeline.",
    ],
  },
  // A serial's pointers to its other parts: "Next in this series: Part 4 – Satellite imagery …", "Previously:
  // Part 2 – …", "Next notebook: the verdict, when it comes.", "Next week in Harbour Weekly: the elections …",
  // and the note on which part this is ("Excerpt from our field notebook on the border. Part 2 of 4.").
  serialPointer: {
    pattern:
      /^(?:(?:(?:next|coming (?:up )?next) in (?:this|the|our) (?:series|serial|file|notebook|column|dossier)|next (?:notebook|instal(?:l)?ment|episode|issue|edition)|next week in (?:the )?[\p{L}\p{N}'’.&-]+(?:\s+[\p{L}\p{N}'’.&-]+){0,4}|in (?:the|our) next (?:issue|edition|instal(?:l)?ment|notebook|episode)|previously(?: in (?:this|the|our) (?:series|file|notebook|column))?(?=\s*:\s*(?:part|episode|chapter|no\.?)\s*\d))\s*:\s*[^.!?]{2,160}[.!?]?|(?:an? )?(?:excerpt|extract) from our (?:[\p{L}-]+ ){0,3}(?:file|series|dossier|notebook|archive|investigation|project|book)\b[^.!?]{0,140}\.(?:\s*part \d{1,2} of \d{1,2}\.?)?|part \d{1,2} of \d{1,2}\.?)$/iu,
    examples: [
      "Next in this series: Part 4 – Drone footage and what it shows.",
      "Previously: Part 2 – The law of occupation.",
      "Next notebook: the Lachin hearing, when it opens.",
      "Next week in the Harbour Weekly: the budget, and the storm season – are we ready?",
      "Excerpt from our field notebook on the Syunik border. Part 2 of 4.",
    ],
    counterExamples: [
      "Previously: the ministry had reported 12 dead.",
      "Next week the talks resume in Geneva, the ministry said.",
      "Part of the road was shelled on Monday.",
    ],
  },
  // A charity's or a mailing's note on money: "Registered charity number 1187 (Bermuda).", "Support our
  // field teams: donations are tax-deductible in Switzerland.", "The Quarterly does not collect donations."
  charityNote: {
    pattern:
      /^(?![^.!?]*\b(?:said|says|told|according)\b)(?:[^.!?:]{2,50}:\s*)?(?:registered charity (?:no\.?|number|nr\.?)\s*:?\s*[\w-]{2,12}(?:\s*\([^()]{2,30}\))?|charity (?:registration )?(?:no\.?|number)\s*:?\s*[\w-]{2,12}|(?:all )?(?:donations|gifts|contributions) (?:are|may be) tax[- ]deductible\b[^.!?]{0,60}|\p{Lu}[^.!?]{1,50} does not (?:collect|accept|solicit|take) (?:any )?(?:donations|money|payments|funds)\b[^.!?]{0,40})\.?$/iu,
    examples: [
      "Registered charity number 1187 (Bermuda).",
      "Registered charity no. SC04512",
      "Support our field teams: donations are tax-deductible in Switzerland.",
      "Help the clinics: The Border Letter does not collect donations.",
    ],
    counterExamples: [
      "The ministry does not accept donations from abroad, its spokesman said.",
      "Donations to the army are tax-deductible in Azerbaijan, according to the new law.",
    ],
  },
  // Where a charity or a company is registered, under its name: "Registered in the Isle of Man | Douglas",
  // "Registered as a charity in Scotland".
  registrationLine: {
    pattern:
      /^(?:Registered|REGISTERED)(?: as an? (?:charity|company|association|foundation|non-profit|nonprofit))? in (?:the )?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,3}(?:\s*[|·•,]\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?\.?$/u,
    examples: ["Registered in the Isle of Man | Douglas", "Registered as a charity in Scotland", "Registered in England and Wales"],
    counterExamples: ["Registered in the region were 12 parties", "Registered in Baku, the party was banned in May."],
  },
  // A digest's or a live page's word on itself: "What this digest covers: decisions and summary records of …",
  // "Follow our new coverage for updates after 1 October."
  coverageNote: {
    pattern:
      /^(?:what (?:this|the|our) (?:digest|newsletter|bulletin|briefing|brief|series|page|site|database|tracker|file) covers\s*:\s*.{3,300}|follow our (?:new |latest |continuing |ongoing |live )?(?:coverage|live blog|live page|live updates)\b[^.!?]{0,60}\.?)$/iu,
    examples: ["What this digest covers: rulings and reports of the UN treaty bodies on the Caucasus.", "Follow our new coverage for updates after 3 May."],
    counterExamples: ["What this digest covers is disputed by the ministry.", "Follow our troops, the general told the crowd."],
  },
  // How to give or write to a charity, one way a line: "Online: harbourfund.example/spring", "By post: Harbour
  // Fund, Quay Street, St Helier", "DONATIONS: Transfers to our account are received with the reference …".
  givingChannel: {
    pattern:
      /^(?![^.!?]*\b(?:said|says|told)\b)(?:(?:online|on the web|web)\s*:\s*(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?|by (?:post|mail|phone|telephone|cheque|check|bank transfer)\s*:\s*[^.!?]{3,120}|(?:donations|donate|how to give|how to donate|to donate)\s*:\s*.{3,250}|ask about our\b[^.!?]{2,40})\.?$/iu,
    examples: [
      "Online: harbourfund.example/spring",
      "By post: Harbour Fund, Quay Street, St Helier, Jersey JE2",
      'DONATIONS: Transfers to our account are received with the reference "SPRING". Ask the treasurer for the account number.',
      "Ask about our spring rates.",
    ],
    counterExamples: ["By phone: the minister said the talks had failed.", "Online: posts on Telegram showed the strike"],
  },
  // An office's opening hours, under a label: "Secretaría: lunes a viernes de 16 a 20 hs.", "Reading room: Monday to Friday, 9-17".
  openingHours: {
    pattern:
      /^[\p{L}' ]{2,30}:\s*(?:de\s+)?(?:lunes|monday|mon|montag|lundi|segunda)\.?\s*(?:a|to|-|–|bis|à|au)\s*(?:viernes|friday|fri|sábado|saturday|sat|freitag|vendredi|sexta)\b[^.!?]{0,40}\.?$/iu,
    examples: ["Secretaría: lunes a viernes de 16 a 20 hs.", "Reading room: Monday to Friday, 9-17"],
    counterExamples: ["Monday to Friday the border stayed shut, the ministry said."],
  },
  // An editor's call to readers: "Editor's note: The Courier is collecting offers of help from surgeons.",
  // "Surgeons who wish to be listed can contact the editorial office."
  readerCall: {
    pattern:
      /^(?:editor['’]s note\s*:\s*\p{Lu}[^.!?]{1,40} is (?:compiling|collecting|gathering|preparing) [^.!?]{3,100}|[^.!?]{2,60} who (?:wish|want|would like) to [^.!?]{2,40} (?:can|should|may|are invited to) (?:contact|write to|e-?mail) (?:the editorial office|the editors?|us|our (?:editors|newsroom|desk))\b[^.!?]{0,60})\.?$/iu,
    examples: ["Editor's note: The Courier is collecting offers of help from surgeons.", "Surgeons who wish to be listed can contact the editorial office."],
    counterExamples: ["Families who wish to return can contact the ministry, Baku said."],
  },
  // A printed page's number on a line of its own: "p. 214", "pp. 12-13", "- 7 -".
  pageNumberLine: {
    pattern: /^(?:pp?\.\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—])$/u,
    examples: ["p. 214", "pp. 12-13", "- 7 -"],
    counterExamples: ["p. 214 of the report says 12 died", "12"],
  },
  // A printed teaching page's small print and boxes: "Photocopying this page is prohibited except under
  // licence.", "Teacher resources for Unit 3 are available at the publisher's website.", "LEARNING OBJECTIVES".
  schoolbookFurniture: {
    pattern:
      /^(?:(?:photo)?copying (?:of )?(?:this|these) (?:page|pages|sheet|sheets|worksheet|material)s? (?:is|are) (?:strictly )?(?:prohibited|forbidden|not permitted)\b[^.!?]{0,60}|this (?:page|sheet|worksheet) may (?:not )?be (?:photo)?copied\b[^.!?]{0,60}|(?:teacher|teachers'|teacher's|student|students') (?:resources|notes|materials|answers|guides?)\b[^.!?]{0,40}\b(?:are|is) available (?:at|on|from|via)\b[^.!?]{0,60}|learning (?:objectives|outcomes|goals)|by the end of this (?:section|unit|chapter|lesson),? you (?:should|will) be able to:?)\.?$/iu,
    examples: [
      "Photocopying this page is prohibited except under licence.",
      "This worksheet may be photocopied for classroom use.",
      "Teacher resources for Unit 3 are available at the publisher's website.",
      "LEARNING OBJECTIVES",
      "By the end of this section you should be able to:",
    ],
    counterExamples: [
      "Copying of these maps is prohibited by the ministry, which said they are secret.",
      "Learning from the war, the army changed its tactics.",
    ],
  },
  // A note to whoever lays the page out, printed by mistake: "[Curatorial file 3/B · do not display this header]".
  layoutInstruction: {
    pattern: /^\[?[^\]]{0,60}\bdo not (?:display|print|publish|show|remove|translate) this (?:header|line|label|note|box|caption)\b[^\]]{0,40}\]?$/iu,
    examples: ["[Curatorial file 3/B · do not display this header]", "Do not print this line"],
    counterExamples: ["Do not display this flag, the ministry told the schools in Ganja last year."],
  },
  // A funder's credit under an exhibition's, a report's or a page's text: "Supported by the Kosice
  // Self-Governing Region." Only a public body's or a fund's name follows.
  funderCredit: {
    pattern:
      /^(?:(?:[Kk]indly|[Gg]enerously) )?(?:[Ss]upported|[Ff]unded|[Cc]o-?funded|[Ss]ponsored) by (?:the )?(?:(?:\p{Lu}[\p{L}\p{N}'’.&-]*\s+){1,6}(?:Region|Council|Foundation|Fund|Ministry|Municipality|Programme|Program|Trust|Union|Commission|Agency|Embassy|Institute|Lottery|Government|City|County|Canton|Land)(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})?|(?:Ministry|Embassy|Government|Council|Municipality|City|Region) (?:of|for) (?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,5})\.?$/u,
    examples: [
      "Supported by the Kosice Self-Governing Region.",
      "Funded by the European Union.",
      "Supported by the Ministry of Culture of the Slovak Republic",
    ],
    counterExamples: ["Supported by Turkish drones, the army advanced.", "Supported by the Region"],
  },
  // A publication's word on what it is: "The Border Letter is a volunteer newsletter for supporters in Malta
  // and is not affiliated with …", "This post is general commentary and does not constitute legal advice.",
  // "This opinion is provided for information to members of the Assembly."
  selfDescription: {
    pattern:
      /^(?![^.!?]*\b(?:said|says|told|according)\b)(?:(?:[Tt]he )?\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*){0,4} is an? (?:[\p{L}-]+ ){0,3}(?:newsletter|bulletin|digest|blog|website|magazine|publication|e-?bulletin) (?:for|of|by|run by|published by|written by)\b[^.!?]{2,160}|(?:[Tt]his|[Tt]he) (?:post|article|blog(?: post)?|commentary|note|piece|page|site|newsletter|bulletin) (?:is|contains|offers|provides) (?:only )?(?:general )?(?:commentary|information|comment|background)\b[^.!?]{0,40}\band (?:does|do|is) not (?:constitute |intended as |intended to be )?(?:legal|financial|investment|professional|medical) advice|[Tt]his (?:opinion|note|document|paper|briefing|summary|digest|translation|memo|memorandum) is (?:provided|circulated|distributed|issued) for (?:information|informational purposes|reference)\b[^.!?]{0,80})\.?$/u,
    examples: [
      "The Border Letter is a volunteer newsletter for supporters in Malta and is not affiliated with any of the groups named.",
      "This post is general commentary and does not constitute legal advice.",
      "This opinion is provided for information to members of the Assembly.",
    ],
    counterExamples: [
      "Azatutyun is a website of RFE/RL, the ministry said.",
      "This note is provided for information, the ministry said, and lists 12 dead.",
      "The Armenian Weekly is a newspaper for the diaspora.",
    ],
  },
  // A paid service's or a bulletin's disclaimer of what it is: "This note is issued by … for information only and
  // does not constitute an offer", "This document is for institutional investors only", "It does not constitute
  // investment advice", "Past performance is not a guide to future returns", "X Ltd is licensed by the Financial
  // Services Commission", "This bulletin … is not an official consular document". The text speaks of itself
  // ("this note", "it") and of its readers or its standing, never of an event; a report of what someone said stays.
  serviceDisclaimer: {
    pattern: new RegExp(
      String.raw`^(?![^!?]*\b(?:said|says|told|claimed|announced|according)\b)(?:` +
        // "This flash is provided to policyholders for information only and …".
        String.raw`(?:this|the) ${SERVICE_DOCUMENT}\b(?: is| are)(?: (?:provided|issued|intended|prepared|published|distributed|circulated|supplied|sent|written)\b[^.!?]{0,80}?)? for (?:information(?:al)?(?: purposes)?|situational awareness|general (?:guidance|information)|the (?:exclusive )?use of [^.!?]{1,40}|(?:institutional|professional|qualified|accredited|sophisticated|eligible|wholesale) (?:investors|clients|counterparties|readers)(?: and [^.!?]{1,30})?|policyholders|members|subscribers|clients)(?: only)?\b(?:[^.!?]{0,40}\b(?:and|but|it) (?:does|do|is|are|will) not\b[^!?]{0,140})?` +
        // "It does not constitute investment advice or an offer to buy or sell any security."
        String.raw`|(?:it|this (?:${SERVICE_DOCUMENT})|(?:the )?(?:information|content|contents|material|opinions?|views) (?:in|of|on) this (?:${SERVICE_DOCUMENT}))\s+(?:does|do|is|are) not (?:intended (?:to|as) )?(?:constitute|amount to|represent|replace|amend|form|be|an?)\b[^!?]{0,40}\b(?:advice|offer|solicitation|recommendation|guidance|terms|invitation)\b[^!?]{0,120}` +
        // "Past performance is not a guide to future returns."
        String.raw`|past performance is (?:not|no) (?:a |an )?(?:reliable )?(?:guide|indicator|indication|guarantee)\b[^.!?]{0,60}` +
        // "Rarotonga Frontier Capital Ltd is licensed by the Financial Supervisory Commission of the Cook Islands."
        String.raw`|\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,5}\s+(?:Ltd\.?|Limited|LLC|Inc\.?|plc|PLC|GmbH|AG|S\.A\.|N\.V\.|B\.V\.|LLP|ApS|SARL|AS)(?:\s+\([^()]{1,20}\))?\s+is\s+(?:licensed|regulated|authori[sz]ed)(?:\s+and\s+(?:regulated|supervised|licensed))?\s+by\s+(?:the\s+)?[^.!?]{0,60}\b(?:Commission|Authority|Regulator|Bank|Board|Agency|Office)\b[^.!?]{0,60}` +
        // "This bulletin summarises public notices … and is not an official consular document."
        String.raw`|(?:this|the) ${SERVICE_DOCUMENT}\b[^.!?]{0,120}\b(?:is|are) not an? (?:official|binding)\b[^.!?]{0,30}\b(?:document|publication|record|notice|advice|guidance|statement|source)` +
        String.raw`)\.?$`,
      "iu",
    ),
    examples: [
      "This note is issued by Harbour Metals Desk Ltd for information only and does not constitute an offer or solicitation.",
      "This document is for institutional investors only.",
      "It does not constitute investment advice or an offer to buy or sell any security.",
      "Past performance is not a guide to future returns.",
      "Kestrel Frontier Capital Ltd is licensed by the Financial Services Commission of Bermuda.",
      "This notice is for situational awareness only and does not replace official NOTAM guidance.",
      "This alert is provided to policyholders for information only and does not amend the terms of any policy.",
      "This bulletin summarises public notices from foreign governments and is not an official consular document.",
    ],
    counterExamples: [
      "This note is for information only, the ministry said, and lists 12 dead.",
      "It does not constitute a ceasefire violation, the Russian peacekeepers said.",
      "The statement is not an official document of the Minsk Group, Baku said.",
      "This document is evidence of shelling, the ombudsman wrote.",
      "Karabakh Telecom Ltd is licensed by the authorities in Stepanakert and kept its towers running through the shelling.",
      "The report is not an official count but lists 40 dead in Hadrut.",
    ],
  },
  // A letters page's or a listings page's desk notes: the editor's right to cut letters, whose views a letter
  // holds, which letters the paper prints, where and by when to send copy, where listings come from and a
  // reader's check of their times, a regular page's return. They speak of the paper's pages, never of an event.
  lettersAndListingsDesk: {
    pattern: new RegExp(
      // ("Editor's note: The Post does not usually reprint …": the note may carry its label.)
      String.raw`^(?![^!?]*\b(?:said|says|told|claimed|announced|according)\b)(?:editor['’]?s['’]? note\s*:\s*)?(?:` +
        String.raw`(?:the )?editors? (?:reserves?|retains?) the right to (?:edit|shorten|cut|abridge|condense|refuse|reject|select)\b[^!?]{0,80}` +
        String.raw`|(?:the|this|each|every) (?:open )?(?:letters?|petition|appeal|column|opinion piece)\s+(?:represents?|reflects?|expresse?s?)\s+(?:(?:only|solely)\s+)?the (?:views?|opinions?) of (?:its|their|the) (?:signatories|signatory|authors?|writers?|correspondents?|contributors?)\b[^!?]{0,60}` +
        String.raw`|(?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3} (?:does|do) not (?:usually|normally|generally|ordinarily|as a rule) (?:re)?(?:print|publish|carry|run|accept) (?:open |anonymous |unsigned )?letters\b[^!?]{0,80}` +
        String.raw`|listings are (?:compiled|drawn up|provided|prepared) (?:from|on the basis of|by)\b[^!?]{0,80}` +
        String.raw`|please (?:check|confirm) (?:times|dates|details|opening times)(?: with [^.!?]{1,40})? before (?:you travel|you go|travelling|setting out|going|attending)` +
        String.raw`|(?:please )?send (?:us )?your (?:listings|notices|events|letters|items|news|contributions)(?: [^.!?]{0,40})? (?:to|by)\b[^!?]{0,60}` +
        String.raw`|(?:items|copy|contributions|notices|news|listings|letters) for (?:the )?next (?:issue|edition|newsletter|bulletin|lantern|number)\b[^.!?]{0,60}\b(?:by|before)\b[^.!?]{0,30}` +
        String.raw`|deadline(?: for (?:the )?next (?:week|issue|edition)(?:['’]s issue)?)?\s*:\s*[\p{L}\p{N} ,.:]{2,30}` +
        String.raw`|(?:a|the|our) [\p{L}'’ -]{0,40}\b(?:digest|page|column|section|round-?up|supplement|listings|crossword|puzzle)s? (?:returns?|resumes?|will (?:return|resume)|is back)\b[^.!?]{0,40}\b(?:next (?:week|issue|month|edition)|page \d+)\b[^.!?]{0,30}` +
        String.raw`|readers['’]? letters (?:on|in|from) (?:our|this|the) [^.!?]{1,60}` +
        String.raw`)\.?$`,
      "iu",
    ),
    examples: [
      "The Editor reserves the right to shorten letters.",
      "The letter represents the views of its signatories, not of this newspaper.",
      "The Harbour Post does not usually reprint open letters that have no local author.",
      "Listings are compiled from information supplied by organisers.",
      "Please check times before you travel.",
      "Send your listings to the Arts Desk by Tuesday noon.",
      "Items for the next issue to the Parish Office by Wednesday.",
      "Deadline for next week: Tuesday noon.",
      "A world news digest returns to page 6 from next week.",
      "Readers' letters on our world news page, with a reply from the World Desk",
    ],
    counterExamples: [
      "The editor reserves the right to publish, the court said in its ruling.",
      "The letter represents the views of the Armenian government, its ambassador told reporters.",
      "Baku does not usually publish its losses.",
      "Send your troops home, Aliyev told Pashinyan.",
      "The shelling returned to Stepanakert next week.",
      "Readers' letters to the ministry went unanswered.",
    ],
  },
  // A parish's, a club's or an MP's notices to its members: a rota of who does what on which day, what to
  // bring, the refreshments, the house rules at the door, who is welcome, the fees, an event's place, day and
  // time with no verb. A notice asks or lists; a sentence that reports (a verb in the past, "said") is news.
  communityNotice: {
    pattern: new RegExp(
      String.raw`^(?![^!?]*\b(?:said|says|told|claimed|announced|according|killed|wounded|shelled|attacked)\b)(?:[·•*]\s*)?(?:` +
        // "Free entry.", "Admission free, all welcome."
        String.raw`(?:free (?:entry|admission)|admission(?: is)? free)(?:[,;]? (?:all|everyone) (?:is |are )?welcome)?|` +
        // "Saturday 10 December: Britt and Håkan (baking), Gunnel (raffle)."
        String.raw`${WEEKDAY}\s+\d{1,2}\s+${MONTH}\s*:\s*(?:\p{Lu}[\p{L}'’-]*(?:(?:\s+and\s+|\s*&\s*|,\s*)\p{Lu}[\p{L}'’-]*)*\s*\([\p{Ll} ,&-]{2,30}\)[,;]?\s*)+` +
        // "Please bring your own thermos.", "Bring a friend!"
        String.raw`|(?:please )?bring (?:your own|a friend|along a friend|a plate|a chair|a packed lunch|your friends)\b[^.!?]{0,30}` +
        // "Kava and cakes afterwards.", "Tea and coffee will be served after the service."
        String.raw`|(?:${REFRESHMENT})(?:(?:,\s*|\s+(?:and|&)\s+)(?:${REFRESHMENT}))*(?:\s+(?:will be\s+)?(?:served|provided|available))?\s+(?:afterwards|after(?:wards)? the (?:service|talk|meeting|event|match|concert)|to follow)` +
        // "Masks are no longer required, but please use the sanitiser at the door."
        String.raw`|(?:(?:masks|face coverings) (?:are|is) (?:no longer )?(?:required|optional|compulsory|mandatory)\b[^.!?]{0,20}\b(?:but|and) )?please (?:use|wear) (?:the|a|your) (?:hand )?(?:sanitiser|sanitizer|gel|mask|face covering)\b[^.!?]{0,30}` +
        // "Tinned goods for the Community Care Fund please, not fresh produce this year."
        String.raw`|(?:tinned|canned|dry|non-perishable|dried) (?:goods|food|foods|groceries)\b[^.!?]{0,60}\bplease\b[^.!?]{0,40}` +
        // "New voices, especially tenors, very welcome."
        String.raw`|(?:new|all|young) (?:voices|members|singers|players|volunteers|faces|helpers|ringers|readers)\b[^.!?]{0,30}\b(?:(?:very|always|most|all|warmly) )?welcome` +
        // "Single member FIM 60, family FIM 90, students FIM 20.", "Membership is free for residents", "Membership 2,000 XPF a year"
        String.raw`|(?:(?:single|individual|family|student|senior|couple|joint|life|associate|junior|concession|adult|child|household|corporate)s?(?: members?(?:hip)?)?\s*:?\s*${FEE}[,;]?\s*(?:and\s+)?){2,}` +
        String.raw`|(?:annual )?membership(?: fee)?\s*(?:is free\b[^.!?]{0,60}|(?:is |costs? |:\s*)?${FEE}(?:\s+(?:a|per) (?:year|annum|month))?)` +
        // "Drumsite community hall, Monday 10 October, 10 am – 1 pm", "Proms - bands on the pier, Saturday from 7pm."
        String.raw`|(?![^.!?]*\b(?:\p{L}+ed|was|were|is|are|has|have|had|will|would)\b)(?:\p{Lu}[\p{L} ]{1,20}:\s*)?[^.!?:]{2,80}?(?:,|\s[—–-]{1,2})\s*(?:(?:every|each|this|next)\s+)?${WEEKDAY}(?:\s+\d{1,2}\s+${MONTH})?,?\s*(?:from\s+|at\s+)?${CLOCK}(?:\s*[–-]\s*${CLOCK})?(?:\s*\((?:members|free|booking|tickets)[^()]{0,30}\))?` +
        // "Saturday 6 September — Ocean clean-up, Halalo beach, 7 am"
        String.raw`|(?![^.!?]*\b(?:\p{L}+ed|was|were|is|are|has|have|had|will|would)\b)${WEEKDAY}\s+\d{1,2}\s+${MONTH}\s*[—–-]{1,2}\s*[^.!?]{2,60},\s*${CLOCK}(?:\s*[–-]\s*${CLOCK})?` +
        String.raw`)[.!]?$`,
      "iu",
    ),
    examples: [
      "Saturday 10 December: Britt and Håkan (baking), Gunnel (raffle).",
      "Please bring your own thermos.",
      "Bring a friend!",
      "Kava and cakes afterwards.",
      "Free entry.",
      "· Saturday 6 September — Beach clean-up, Halalo beach, 7 am",
      "Tea and coffee will be served after the service.",
      "Masks are no longer required, but please use the sanitiser at the door.",
      "Tinned goods for the food bank please, not fresh produce this year.",
      "New voices, especially altos, very welcome.",
      "Single member EUR 20, family EUR 35, students EUR 5.",
      "Membership is free for residents of the island.",
      "Membership 2,000 XPF a year",
      "Church hall, Monday 10 October, 10 am – 1 pm",
      "Harbour concert - brass bands on the quay, Saturday from 7pm.",
      "Saturday 6 September — Beach clean-up, Halalo beach, 7 am",
      'Webinar: "Trade credit in wartime" -- Thursday 22 October, 10:00 AST (members only)',
    ],
    counterExamples: [
      "Saturday 10 October: Azerbaijani forces shelled Stepanakert, the ombudsman said.",
      "Please bring the hostages home, Pashinyan told Aliyev.",
      "Bread and water were in short supply in Stepanakert.",
      "Free entry to the corridor was promised, the Russian peacekeepers said.",
      "New members of the CSTO were not welcome in Yerevan.",
      "Shelling resumed near Tovuz, Sunday from 7pm.",
      "Membership of the CSTO is a matter for parliament, the speaker said.",
    ],
  },
  // A petition site's page: who started the petition and to whom, its counter, its form and its signers. The
  // petition's own text ("We, the undersigned …") is what is read.
  petitionPage: {
    pattern:
      /^(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3} started this petition\b[^.!?]{0,100}|\d[\d,]* (?:people )?have signed\.?(?:\s+let['’]s get (?:it )?to \d[\d,]*!?)?|sign this petition|display my name and comment on this petition|recent (?:signers|signatures|supporters)\s*:.{0,160})$/iu,
    examples: [
      "Ana Vidal started this petition to the Minister of Foreign Affairs and 1 other",
      "1,284 have signed. Let's get to 2,500!",
      "Recent signers: Marc L. (Miquelon), Anaïs B. (Saint-Pierre)",
    ],
    counterExamples: ["Azerbaijan started this war, Pashinyan said.", "Twelve states have signed the declaration."],
  },
  // A page's record of its own revisions: when it was first filed and updated, a correction of an earlier
  // version, its revision history, its status line, where its data come from and that its figures may be revised.
  revisionNotes: {
    pattern: new RegExp(
      String.raw`^(?![^!?]*\b(?:said|says|told|claimed|announced|according)\b)(?:` +
        String.raw`(?:\p{Lu}[\p{Lu} ]{1,20}\s*[—–:-]\s*)?this (?:report|story|article|page|entry|note|post|blog|bulletin|dispatch|file) was (?:first )?(?:filed|published|posted|written|issued) (?:at|on)\b[^.!?]{0,60}` +
        String.raw`|(?:all )?times (?:are|given are|shown are) (?:local(?: time)?(?: (?:to|in) [\p{L} ]{2,30})?|in [\p{L} ]{2,30} time)` +
        String.raw`|(?:correction|clarification|update)s?(?:,?\s*\d{1,2}\s+${MONTH}(?:\s+\d{4})?|,?\s*${MONTH}\s+\d{1,2}(?:,\s*\d{4})?)?\s*:\s*(?:an? |the )?(?:earlier|previous|original|first|print) (?:version|edition)\b[^;!?]{0,160}` +
        String.raw`|(?:revision|version|change|edit|update) (?:history|log)\s*:.{0,200}` +
        String.raw`|status\s*:\s*(?:provisional|draft|preliminary|unconfirmed|under review)\b[^.!?]{0,80}` +
        String.raw`|(?:data|sources?|methodology|method)\s*:\s*[^.!?]{0,40}\b(?:are|is) (?:compiled|drawn|taken|collated|gathered) from\b[^.!?]{0,100}` +
        String.raw`|(?:all )?(?:figures|data|entries|numbers) (?:are|remain) (?:provisional|preliminary|subject to revision)(?: and (?:may|will|could) be (?:revised|updated|corrected))?` +
        String.raw`)\.?$`,
      "iu",
    ),
    examples: [
      "LIVE NOTES — This report was first filed at 02:10 local time and updated through Monday.",
      "Times are local to Yerevan.",
      "Correction, 9 December: an earlier version misnamed the manufacturer.",
      "REVISION HISTORY: v1 6 Dec 2023 (initial entry); v2 7 Dec 2023 (Entry D added).",
      "Status: Provisional - deliveries not confirmed by recipient",
      "Data: register entries are compiled from public statements and press reports.",
      "Figures are provisional and may be revised.",
    ],
    counterExamples: [
      "This report was first filed at the UN on Monday, the ministry said.",
      "Correction: the ministry said 12, not 14, soldiers had died.",
      "Figures are provisional, the health ministry said, and 40 remain missing.",
      "Status of the corridor remains unclear.",
      "Update, 12 October: An earlier version gave the toll as nine; prosecutors raised it to ten on Monday.",
      "Status: CONFIRMED by UEFA.",
    ],
  },
  // A newsletter's pitch to its readers and a guide's series label: "If a colleague forwarded this, you can
  // subscribe here", "Paid subscribers get the map pack", "Members can reply to this bulletin", "Not a member?",
  // "Part of our Caucasus Overland series", "Prices checked August 2024".
  readerPitch: {
    pattern:
      /^(?:if (?:a (?:colleague|friend)|someone) (?:forwarded|sent|shared) (?:you )?this,? (?:you can |please )?(?:subscribe|sign up|join|get (?:your own|it))\b[^!?]{0,60}|(?:paid|premium|pro|full) (?:subscribers|members)(?: also)? (?:get|receive|have access to|can (?:download|read|access))\b[^.!?]{0,100}|(?:members|subscribers|readers) can (?:reply to this (?:bulletin|newsletter|e-?mail|message|note|letter)|call (?:the|our) (?:duty|help|hot|members['’]?) ?line)\b[^.!?]{0,80}|not (?:yet )?a (?:member|subscriber)\?|part of (?:our|the) [^.!?]{1,50} series|prices (?:were )?(?:checked|correct|verified)(?: (?:as of|in|on))? (?:\d{1,2} )?\p{L}+ \d{4})\.?$/iu,
    examples: [
      "If a colleague forwarded this, you can subscribe here.",
      "Paid subscribers get the map pack and the source spreadsheet.",
      "Members can reply to this bulletin or call the duty line (listed in your welcome pack).",
      "Not a member?",
      "Part of our Caucasus Overland series.",
      "Prices checked August 2024.",
    ],
    counterExamples: [
      "If someone forwarded this to the prosecutor, the leak would be a crime, the lawyer said.",
      "Part of the corridor was shelled on Monday.",
      "Members can leave the CSTO at any time, Pashinyan said.",
    ],
  },
  // A small paper's, a parish's or a club's imprint: "<Paper> — registered weekly, <town>", "Printed edition every
  // Monday", "<Paper> is printed in the vestry and distributed free", "Registered charity of …", "Printed on recycled
  // paper by …", "Not for resale", "c/o <library>, <town>".
  smallImprint: {
    pattern: new RegExp(
      String.raw`^(?![^!?]*\b(?:said|says|told|claimed|announced|according)\b)(?:` +
        String.raw`[^.!?]{2,40}\s[—–-]{1,2}\s(?:an? )?registered (?:weekly|daily|monthly|fortnightly|newspaper|publication|periodical)\b[^.!?]{0,40}` +
        String.raw`|(?:printed|print|paper|e-?paper) edition (?:every|each|on) (?:${WEEKDAY}|day|week|month|morning|evening)s?\b[^.!?]{0,30}` +
        String.raw`|(?:the )?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4} is printed (?:in|at|by|on) [^.!?]{1,50}?(?: and (?:distributed|delivered|sold|given away)\b[^.!?]{0,30})?` +
        String.raw`|(?:an? )?registered charity\b[^.!?]{0,60}` +
        String.raw`|printed (?:on (?:recycled|FSC)[^.!?]{0,20} )?by [^.!?]{2,60}` +
        String.raw`|not for (?:re)?sale|c\/o\s+[^.!?]{2,80}` +
        String.raw`)\.?$`,
      "iu",
    ),
    examples: [
      "Le Petit Hebdo — registered weekly, Nouméa.",
      "Printed edition every Monday.",
      "The Harbour Lantern is printed in the vestry and distributed free.",
      "Registered charity of the Diocese of St Helena.",
      "Printed on recycled paper by Island Print.",
      "Not for resale.",
      "c/o Town Library, Mariehamn, Åland",
    ],
    counterExamples: [
      "The leaflet is printed in Baku, the ministry said.",
      "Printed by the thousands, the posters were seen across Yerevan as troops moved.",
      "A registered charity in Yerevan said 40 families had arrived.",
    ],
  },
  // An advisory's risk levels: "Severity: HIGH (border regions) | Yerevan city: MODERATE". Levels only, no event.
  riskLevels: {
    pattern: new RegExp(
      String.raw`^(?=[^|]*\b(?:severity|risk|threat|alert level|security level|travel advice level)\b)PART(?:\s*\|\s*PART)*\.?$`.replaceAll(
        "PART",
        String.raw`[\p{L}][\p{L} ]{1,30}:\s*(?:high|moderate|low|severe|extreme|medium|critical|elevated|substantial|minimal|level [1-5])(?:\s*\([^()]{1,40}\))?`,
      ),
      "iu",
    ),
    examples: ["Severity: HIGH (border regions) | Yerevan city: MODERATE", "Risk level: Level 3"],
    counterExamples: ["Severity: the shelling killed two, the ministry said", "Risk: high, analysts say, as talks stall"],
  },
  // A translation's precedence note: "[English translation. In case of discrepancy, the Chinese version shall prevail.]"
  translationPrecedence: {
    pattern:
      /^\[?(?:(?:english|unofficial|official) translation\.?\s*)?in (?:case|the event) of (?:any )?(?:discrepancy|discrepancies|conflict|inconsistency|divergence|doubt)\b[^.!?]{0,40}\b(?:version|text|original)\b[^.!?]{0,20}\b(?:shall|will|should)? ?(?:prevail|govern|be authoritative)s?\.?\]?$/iu,
    examples: ["[English translation. In case of discrepancy, the Chinese version shall prevail.]", "In case of any discrepancy, the Armenian text prevails."],
    counterExamples: ["In case of conflict, the Russian peacekeepers will prevail, Moscow said."],
  },
  // A publication's notes on its own schedule and its members' business: "Applications for up to $5,000 close on
  // 31 October.", "Council AGM -- postponed to January 2021", "Desk note: The EM desk will publish closing levels …".
  ownSchedule: {
    pattern: new RegExp(
      String.raw`^(?![^!?]*\b(?:said|says|told|claimed|announced|according)\b)(?:` +
        String.raw`applications(?: for [^.!?]{1,40})? (?:close|closes|are due|must be (?:in|received|submitted)|open)\b[^.!?]{0,40}` +
        String.raw`|[\p{L}'’ ]{0,30}\b(?:AGM|annual general meeting|general meeting|members['’]? meeting|webinar|social|dinner|outing)\s*(?:--|[—–:-])\s*(?:postponed|cancelled|canceled|rescheduled|moved)\b[^.!?]{0,40}` +
        String.raw`|(?:desk note\s*:\s*)?(?:the|our) [\p{L} ]{0,20}\bdesk will (?:publish|update|carry|circulate|send)\b[^.!?]{0,100}` +
        String.raw`)\.?$`,
      "iu",
    ),
    examples: [
      "Applications for up to $5,000 close on 31 October.",
      "Council AGM -- postponed to January 2021",
      "Desk note: The EM desk will publish London closing levels for both lines in Wednesday's early edition.",
    ],
    counterExamples: [
      "Applications for asylum in Armenia rose after the offensive.",
      "The AGM was postponed after the shelling, the chamber said.",
      "The desk will publish nothing, the minister said.",
    ],
  },
  // A research note's, a teaching page's or an exhibition's notes on itself: "LSOT research notes are preliminary
  // outputs and have not been peer reviewed.", "Licence: CC BY 4.0", "Status: working note for network members",
  // "Please do not cite this working note without …", "Answers to Section 4 are in the teacher pack, …",
  // "Open Tue–Sun 10:00–18:00", "The exhibition catalogue costs €18." What a report says was not verified,
  // or a museum a minister opened, is news.
  researchAndVisitorNotes: {
    pattern: new RegExp(
      String.raw`^(?![^!?]*\b(?:said|says|told|claimed|announced|according)\b)(?:` +
        String.raw`[\p{L}'’ ]{0,40}\b(?:notes?|papers?|outputs?|briefs?)\s+(?:are|is)\s+(?:preliminary[\p{L} ]{0,30}\s+and\s+)?(?:have|has)\s+not\s+(?:yet\s+)?been\s+peer[- ]reviewed` +
        String.raw`|licen[cs]e\s*:\s*CC[- ]BY(?:[- ][A-Z]{2,3})*(?:\s+\d\.\d)?` +
        String.raw`|status\s*:\s*(?:working|draft|internal)\s+(?:note|paper|document)\b[^.!?]{0,100}` +
        String.raw`|internal distribution\s*:[^.!?]{0,80}` +
        String.raw`|please do not (?:cite|quote|circulate)(?: this)? (?:working |draft )?(?:note|paper|document)\b[^.!?]{0,60}` +
        String.raw`|answers to (?:section|part|question)s? [\w.]+ (?:are|is) (?:in|on) the (?:teacher|teachers['’]?|answer) (?:pack|book|key|guide)\b[^.!?]{0,40}` +
        String.raw`|(?:[^·|.!?]{0,80}[·|]\s*)?open (?:daily|(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*\s*[–-]\s*(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*)\s+\d{1,2}[:.]\d{2}\s*[–-]\s*\d{1,2}[:.]\d{2}\b[^.!?]{0,40}` +
        String.raw`|the (?:exhibition )?catalogue costs\s*[€$£]\s?\d+` +
        String.raw`)\.?$`,
      "iu",
    ),
    examples: [
      "LSOT research notes are preliminary outputs and have not been peer reviewed.",
      "Licence: CC BY 4.0",
      "Status: working note for network members",
      "Internal distribution: network members and partner agronomists.",
      "Please do not cite this working note without contacting the field team.",
      "Answers to Section 4 are in the teacher pack, pages 31–33.",
      "Open Tue–Sun 10:00–18:00 · Free on Sundays",
      "Carrer de la Pau 3, Palma · Open Tue–Sun 10:00–18:00 · Free on Sundays",
      "The exhibition catalogue costs €18.",
    ],
    counterExamples: [
      "The casualty figures have not been independently verified.",
      "The ministry said its findings had not been peer reviewed.",
      "The museum in Shusha was opened by the minister on Tuesday.",
      "Status: the ceasefire held overnight, the ministry said.",
    ],
  },
  // A publisher's postal address, printed under its masthead or in its footer: its name (or not), a street
  // ("Harbour Road 7", "Via dei Mille 12", "Rua das Flores 3") and the town and region after it. Every word
  // a name's, so that a sentence naming a street ("Shelling hit Lenin Street, Stepanakert") stays.
  streetAddress: {
    pattern: new RegExp(
      String.raw`^(?:(?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|of|the|and|for|on|de|da|do|das|dos|di|della|del|la|le|du|des|i|y|e|&)){0,9}(?:,|\s+[·•|])\s*)?` +
        String.raw`(?:(?:Via|Viale|Piazza|Corso|Rua|Avenida|Av\.|Calle|Carrer|Rue|Boulevard|Largo|Travessa|Praça|Plaza|Paseo|Strada|Ulitsa|Place)\s+(?:(?:\p{Lu}[\p{L}'’.-]*|de|da|do|das|dos|di|dei|della|del|la|le|du|des|dels)\s*){1,5}` +
        String.raw`|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Street|St\.|Road|Rd\.?|Avenue|Ave\.|Lane|Square|Quay|Row|Terrace|Crescent|Wharf|Strasse|Straße|[Gg]ade|[Gg]atan|[Ss]traat|[Ww]eg))` +
        String.raw`(?:\s*\d{1,4}[a-z]?)?(?:,\s*(?:\p{Lu}[\p{L}'’.-]*|[A-Z]{1,2}\d{1,2}(?:\s+\d[A-Z]{2})?|\d{4,5})(?:[ -](?:\p{Lu}[\p{L}'’.-]*|[A-Z]{1,2}\d{1,2}(?:\s+\d[A-Z]{2})?|de|da|do|di|del|la))*){1,3}\.?$`,
      "u",
    ),
    examples: [
      "Coastal Soils Institute, Via dei Mille 12, Cagliari, Sardinia.",
      "Harbour Wetlands Trust · Harbour Road 7, Port Ellen",
      "Associação dos Pastores da Serra, Rua das Flores 3, Guarda, Portugal.",
      "Rua do Mercado 9, Angra do Heroísmo",
      "Highland Revision Books, Market Street, Kirkwall KW15",
    ],
    counterExamples: [
      "Shelling hit Lenin Street, Stepanakert, on Tuesday.",
      "Azerbaijan's Defence Ministry, Baku said.",
      "The protest moved along Rustaveli Avenue, police said.",
    ],
  },
  // A publisher's word on who pays for it: "Funded in part by regional research grants.", "Supported by the
  // Harbour Foundation." A sentence that goes on after its funder ("Funded by Moscow, the militia …") is news.
  partFundingNote: {
    pattern:
      /^(?:(?:this|the)\s+(?:note|report|project|work|research|study|exhibition|briefing|series|programme|program|newsletter|guide)\s+(?:is|was|has been)\s+)?(?:funded|supported|co-funded|part-funded|made possible)(?:\s+(?:in\s+part|partly|jointly|generously|wholly))?\s+(?:by|with)\s+[^,.;!?]{0,80}\b(?:grants?|funds?|foundation|trust|council|programme|program|union|commission|ministry|donors|members|readers|lottery|agency|fellowship|sponsors)\.?$/iu,
    examples: [
      "Funded in part by coastal research grants.",
      "This project is supported by the Harbour Foundation.",
      "Made possible with a grant from the island council.",
    ],
    counterExamples: ["Funded by Moscow, the militia attacked the village.", "The militia was funded by Moscow, Baku said.", "Supported by Turkish drones."],
  },
  // A publication's word that a piece belongs to one of its series: "This note is part of our Upland Waters
  // series.", "FIELD REPORT 2023/4 | Pastures and borders series", "Lowland Geography support series".
  seriesMembership: {
    pattern: new RegExp(
      String.raw`^(?:[Tt]his\s+(?:note|report|article|briefing|sheet|paper|piece|issue|guide|episode|field note)\s+is\s+(?:part|one)\s+of\s+(?:our|the|a)\s+[^.!?]{2,60}\bseries` +
        String.raw`|\p{Lu}[\p{L} -]{2,30}\s+\d{1,4}(?:\/\d{1,4})?\s*[|·•]\s*[^|·•.!?]{3,80}\bseries` +
        String.raw`|(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:&|and|of)\s+)?){1,6}(?:support|revision|study|teaching|briefing)\s+series)\.?$`,
      "u",
    ),
    examples: [
      "This note is part of our Upland Waters series.",
      "FIELD REPORT 2023/4 | Pastures and borders series",
      "Lowland Geography & Civics support series",
    ],
    counterExamples: ["The attack is part of a series of provocations, the ministry said.", "A series of explosions shook Stepanakert."],
  },
  // A small publication's standing tagline: "Independent briefings on rivers, wetlands and the people who use
  // them." What it does, with no verb of its own; a sentence with one ("… were held in Vienna") is news.
  briefingsTagline: {
    pattern:
      /^(?:(?:independent|impartial|plain-language|regular|short|occasional)\s+)(?:briefings|notes|reports|reporting|research|analysis)\s+on\s+(?![^.!?]*\b(?:is|are|was|were|has|have|had|will|would|said|says|began|begin|held)\b)[^.!?]{3,120}\.?$/iu,
    examples: ["Independent briefings on rivers, wetlands and the people who use them.", "Occasional notes on soils and the farms that depend on them"],
    counterExamples: ["Independent briefings on the talks were held in Vienna.", "Independent reports on the shelling said 12 died."],
  },
  // A museum's, a visitor guide's and a membership scheme's notes to visitors: "Gallery guide: please return to
  // the rack after use.", "Audio description available on request.", "Become a Member from £25 a year."
  visitorNotes: {
    pattern: new RegExp(
      String.raw`^(?:(?:visitor|gallery|exhibition|room)\s+(?:guide|leaflet|sheet|map|booklet)\s*:\s*)?(?:` +
        String.raw`please\s+return\s+(?:this\s+(?:guide|leaflet|sheet|booklet)\s+|it\s+)?to\s+the\s+(?:stand|desk|rack|box|reception|entrance)\b[^.!?]{0,60}` +
        String.raw`|(?:audio\s+descriptions?|large-print\s+(?:editions?|guides?|versions?)|braille\s+(?:guides?|editions?)|sign[- ]language\s+tours?|induction\s+loops?|wheelchairs?)\s+(?:(?:is|are)\s+)?(?:available\s+)?(?:on\s+request|at\s+the\s+(?:desk|entrance|reception)|available)\b[^.!?]{0,40}` +
        String.raw`|(?:support\s+(?:the|our)\s+[\p{L} ]{2,30}:\s*)?become\s+an?\s+(?:friend|member|supporter|patron)\b[^.!?]{0,60}` +
        String.raw`)\.?$`,
      "iu",
    ),
    examples: [
      "Gallery guide: please return to the rack after your visit.",
      "Audio description available on request.",
      "Large-print guides at the desk",
      "Become a Member from £25 a year.",
      "Support the gallery: become a Friend today.",
    ],
    counterExamples: ["He became a member of parliament in 1990.", "Please return to your homes, the ministry told residents."],
  },
  // A course page's notes to its students: "Workshop questions for 3.2 will be posted on the portal a week
  // before."
  coursePortalNotes: {
    pattern:
      /^(?:seminar|tutorial|workshop|discussion|reading|essay|exam|revision)\s+(?:questions|readings|tasks|answers|notes|lists?)(?:\s+for\s+(?:(?:week|unit|session|section|part|topic)\s+)?[\w.]+)?\s+(?:will\s+be|are|is)\s+(?:released|posted|available|uploaded|published)\s+(?:on|to|via|in)\s+the\s+(?:portal|vle|course\s+page|learning\s+(?:portal|platform)|moodle|blackboard|intranet)\b[^!?]{0,80}\.?$/iu,
    examples: ["Workshop questions for 3.2 will be posted on the portal a week before.", "Tutorial questions for Week 5 will be posted on the course page."],
    counterExamples: ["Questions for the minister will be posted on the portal, Baku said."],
  },
  // A unit's contents on its own page: "2.1 Overview (this page) · 2.2 The treaty · 2.3 Rivers", three numbered
  // titles or more, each a few capitalised words.
  contentsLine: {
    pattern:
      /^(?:(?:[Ii]n\s+this\s+(?:unit|module|chapter|week|section)|[Cc]ontents|CONTENTS)\s*:\s*)?\d{1,2}\.\d{1,2}\s+\p{Lu}[^·•|]{1,60}(?:\s*[·•|]\s*\d{1,2}\.\d{1,2}\s+\p{Lu}[^·•|]{1,60}){2,}$/u,
    examples: ["2.1 Overview (this page) · 2.2 The treaty · 2.3 Rivers and dams", "In this module: 5.1 Introduction · 5.2 Soils · 5.3 The 1994 ceasefire"],
    counterExamples: ["2.1 million people were displaced.", "3.1 million people fled, the agency said · 3.2 percent growth · 3.3 times more"],
  },
  // A journal's standing items and its notes on letters: "FROM THE LOGBOOK: Whooper swans back on the loch.",
  // "Letters to the Journal are welcome and may be edited."
  standingItems: {
    pattern:
      /^(?:(?:FROM\s+THE\s+(?:FIELD\s+)?(?:NOTEBOOK|LOGBOOK|DIARY|DAYBOOK|LOG)|NATURE\s+NOTES?|COUNTRY\s+DIARY|ALMANAC)\s*:\s*\S.{2,300}|[Ll]etters\s+to\s+(?:the\s+)?[\p{L} ]{2,40}\s+are\s+welcome\b[^!?]{0,80})$/u,
    examples: ["FROM THE LOGBOOK: Whooper swans back on the loch this week.", "Letters to the Journal are welcome and may be edited for length."],
    counterExamples: ["From the notebook of a soldier: what he saw in Shusha", "Letters to the president were welcomed by Baku."],
  },
  // A podcast page's player strip: "▶ Play episode · Apple Podcasts · Spotify · Pocket Casts · RSS", the
  // apps it can be heard on, with or without the play button's words.
  podcastPlayerStrip: {
    pattern:
      /^(?:[▶►]\s*)?(?:(?:play|listen(?:\s+to)?|subscribe|follow)(?:\s+(?:the|this)?\s*(?:episode|show|podcast|now))?(?:\s+on)?\s*[·•|:]?\s*)?(?:apple podcasts|spotify|pocket casts|overcast|google podcasts|youtube(?: music)?|amazon music|audible|castbox|deezer|rss(?: feed)?|stitcher|soundcloud|castro|podcast addict|player\.fm)(?:\s*[·•|,]\s*(?:apple podcasts|spotify|pocket casts|overcast|google podcasts|youtube(?: music)?|amazon music|audible|castbox|deezer|rss(?: feed)?|stitcher|soundcloud|castro|podcast addict|player\.fm))+$/iu,
    examples: ["▶ Play episode · Apple Podcasts · Spotify · Pocket Casts · RSS", "Listen on: Spotify | Apple Podcasts | Overcast", "Spotify · YouTube · RSS"],
    counterExamples: ["Spotify said the episode had been removed at Baku's request.", "Play episode 12 again, the host said."],
  },
  // A show's credits for its music, hosts and voices: 'Theme music "Northern Drift" by Hakodate Tape Club.',
  // 'Music: "Low Ridge" by a royalty-free library.', "Hosted by Aiko Tanabe and Liam Corcoran."
  showMusicAndHosts: {
    pattern:
      /^(?:(?:(?:[Oo]riginal|[Tt]heme|[Ii]ntro|[Oo]utro|[Oo]pening|[Cc]losing|[Bb]ackground)\s+)?[Mm]usic(?:\s+is)?\s*:?\s*["“][^"“”]{1,60}["”](?:\s*\([^()]{1,30}\))?\s+by\s+[^.!?]{2,80}|(?:(?:[Cc]o-)?[Hh]osted|[Pp]resented)(?:\s+and\s+produced)?\s+by\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}){0,3})\.?$/u,
    examples: [
      'Theme music "Northern Drift" by Hakodate Tape Club.',
      'Music: "Low Ridge" by a royalty-free library.',
      "Hosted by Aiko Tanabe and Liam Corcoran.",
      "Presented by Maria Lund.",
    ],
    counterExamples: ["Hosted by Russia, the talks ended without agreement.", 'The anthem "Artsakh" by the choir was sung at the funeral, the ministry said.'],
  },
  // A broadcast script's sheet and its notes to the reader: "NEWSROOM RUNNING ORDER / BULLETIN SCRIPT",
  // "[PRONUNCIATION: Aliyev = ah-LEE-yev]", "[PRON: Stepanakert = step-an-a-KERT]".
  scriptSheetNotes: {
    pattern:
      /^(?:(?:(?:newsroom|news|bulletin|studio)\s+)?(?:running\s+order|bulletin\s+script|news\s+script|script|rundown)(?:\s*[/|·–—-]\s*(?:(?:newsroom|news|bulletin|studio)\s+)?(?:running\s+order|bulletin\s+script|news\s+script|script|rundown))*|\[(?:pronunciation|pronunciations|pron|phonetics?|say)\s*:[^\]]{2,200}\])$/iu,
    examples: ["NEWSROOM RUNNING ORDER / BULLETIN SCRIPT", "[PRONUNCIATION: Aliyev = ah-LEE-yev; Harutyunyan = ha-roo-tyoon-YAN]", "Bulletin script"],
    counterExamples: ["The running order of the talks was set in Moscow.", "[Translated from Russian] Armenia said 12 soldiers died."],
  },
  // A script's or a call-in's sheet of fields in title case: "Host: Hana Oh", "Reader: Pip Ashworth | Producer: Tom
  // Keverall | Duration: 4'50"", "Status: APPROVED FOR AIR". (A turn's label is in capitals: "HOST: Good evening.")
  scriptFields: {
    pattern: new RegExp(
      String.raw`^(?:(?:Hosts?|Presenters?|Reader|Newsreader|Producers?|Editor|Sub-editor|Studio|Engineer|Moderator|Anchor|Duration|Status|Running time)\s*:\s*` +
        String.raw`(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}|\d{1,2}['’:]\d{2}["”]?|\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3})(?:\s*[|·•]\s*|$))+$`,
      "u",
    ),
    examples: ["Host: Hana Oh", "Reader: Pip Ashworth | Producer: Tom Keverall | Duration: 4'50\"", "Status: APPROVED FOR AIR"],
    counterExamples: ["HOST: Good evening.", "Status: the ceasefire holds, the ministry said.", "Host: Azerbaijan"],
  },
  // Who made a call-in show's transcript and what it left out: "Transcript prepared by station volunteers.",
  // "Lightly edited for clarity; some calls omitted.", "The transcript below has been edited for length."
  callInTranscriptNote: {
    pattern:
      /^(?:(?:this\s+|the\s+)?transcript\s+(?:was\s+)?(?:prepared|produced|typed|made)\s+by\s+(?:the\s+|our\s+)?(?:station|show|programme|program|newsroom)['’]?s?\s+(?:volunteers|staff|team|producers|interns)|(?:lightly\s+)?edited\s+for\s+(?:clarity|length)(?:\s+and\s+(?:clarity|length))?(?:[;,]\s*(?:some|several|a few|two|three)\s+(?:calls|callers|questions|messages|segments)\s+(?:omitted|removed|cut|left out))?|(?:the|this)\s+transcript\s+(?:below|that follows)\s+(?:has\s+been|was|is)\s+(?:lightly\s+)?(?:edited|condensed|shortened)\b[^.!?]{0,40})\.?$/iu,
    examples: [
      "Transcript prepared by station volunteers.",
      "Lightly edited for clarity; some calls omitted.",
      "The transcript below has been edited for length.",
    ],
    counterExamples: ["The transcript was prepared by the prosecutor's office, the lawyer said.", "Edited for clarity, the video still shows the strike."],
  },
  // Where a stream or an episode may not play: "Streaming partner notice: audio may be unavailable outside
  // Indonesia for rights reasons."
  geoblockNote: {
    pattern:
      /^(?:[\p{L} ]{2,30}\s+notice\s*:\s*)?(?:the\s+|this\s+)?(?:audio|video|stream|live stream|episode|programme|program|broadcast|clip)(?:\s+stream)?\s+(?:may\s+be|is|will\s+be)\s+(?:unavailable|not\s+available|blocked|restricted)\s+(?:outside|in\s+some|in\s+certain|to\s+listeners\s+outside|to\s+viewers\s+outside)\b[^.!?]{0,60}\.?$/iu,
    examples: ["Streaming partner notice: audio may be unavailable outside Indonesia for rights reasons.", "This video is not available in some countries."],
    counterExamples: ["The stream is unavailable because Baku blocked it, the station said.", "Video of the strike is blocked in Azerbaijan."],
  },
  // A channel's house rules and its calls to back it: "Comments that contain hate speech will be removed.",
  // "Business enquiries: channel@example.com", "All views are our own."
  channelHouseRules: {
    pattern:
      /^(?:(?:comments?|posts?|replies)\s+(?:that|which)\s+(?:contain|include|use|break)\b[^.!?]{2,60}\b(?:will\s+be|are|may\s+be)\s+(?:removed|deleted|hidden)|(?:business|advertising|sponsorship|collaboration|partnership|media|general)\s+(?:enquiries|inquiries)\s*:?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+|all\s+(?:views|opinions)\s+(?:are\s+)?(?:our|my)\s+own)\.?$/iu,
    examples: ["Comments that contain hate speech will be removed.", "Business enquiries: channel.explains@example.com", "All views are our own."],
    counterExamples: ["Comments that contain the word 'genocide' were removed by the platform, Yerevan said.", "All views of the city were blocked by smoke."],
  },
  // A society's or a station's notes on itself and its meetings: "Thanks to everyone who stayed for the full two
  // hours.", "Slides and the full reading list are in the members' drive.", "KIAS is a student-run society."
  societyNotes: {
    pattern:
      /^(?![^.!?]*\b(?:said|says|told|according)\b)(?:(?:(?:many|a big|huge)\s+)?thanks|thank\s+you)\s+to\s+(?:everyone|everybody|all(?:\s+of\s+you)?|those|all\s+those)\s+who\s+(?:came|stayed|joined|attended|turned\s+up|took\s+part|listened|watched|tuned\s+in|called\s+in)\b[^!?]{0,120}\.?$|^(?:the\s+)?(?:slides|recording|reading\s+list|handouts?|notes|minutes|video|audio)(?:(?:,\s*|\s+and\s+)(?:the\s+)?(?:full\s+|complete\s+)?(?:slides|recording|reading\s+list|handouts?|notes|minutes|video|audio))*\s+(?:are|is|will\s+be)\s+(?:now\s+)?(?:in|on|available\s+(?:in|on|from))\s+(?:the|our)\s+[^.!?]{2,50}\.?$|^\p{Lu}[\p{L}\p{N}&.'’ -]{1,60}\s+is\s+an?\s+(?:independent,?\s+)?(?:student|volunteer|community|member|listener)-(?:run|led|funded)\s+(?:society|station|club|newspaper|paper|magazine|radio\s+station|association|group|publication|organisation|organization|project)(?:\s+(?:at|of|in|based\s+in)\s+(?:the\s+)?[\p{L}' ]{2,60})?\.?$/iu,
    examples: [
      "Thanks to everyone who stayed for the full two hours, and to the café for the late cake.",
      "Slides and the full reading list are in the members' drive.",
      "KIAS is a student-run society.",
      "Radio Kampus is a student-run station.",
    ],
    counterExamples: [
      "Thanks to everyone who fled, the village is empty, the ombudsman said.",
      "The Helsinki Committee is a volunteer-led group that documented 40 deaths.",
      "The slides are in the ministry's report on the shelling of Ganja, officials said.",
    ],
  },
  // A station's line on where it can be heard: "Listen live: Harbour Radio on 96.8 FM and online."
  listenLiveLine: {
    pattern: /^(?:listen|tune\s+in|watch)\s+live\s*:\s*[^.!?]{2,60}\bon\s+\d{2,3}(?:[.,]\d{1,2})?\s*(?:FM|AM|MHz|kHz)\b[^.!?]{0,40}\.?$/iu,
    examples: ["Listen live: Harbour Radio on 96.8 FM and online.", "Tune in live: Radio Sevan on 101.2 FM"],
    counterExamples: ["Listen live to the minister's speech, the station said."],
  },
  // A memorial page's label and its notices: "Memorial page — Armenian Association of Friesland (Leeuwarden)",
  // "Candle-lighting: Saturday 4 March, 19:00, community hall, Leeuwarden. All welcome."
  memorialNotices: {
    pattern:
      /^(?:(?:memorial|tribute|remembrance|condolence|obituary|commemoration)\s+page\s*[—–:-]\s*[^.!?]{2,100}|(?![^.!?]*\b(?:\p{L}+ed|was|were|is|are|has|have|had|will|would|says|told)\b)(?:\p{Lu}[\p{L}'’ -]{1,30}:\s*)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december),\s*(?:\d{1,2}[.:]\d{2}|\d{1,2}\s*[ap]\.?m\.?)\s*,\s*[^.!?]{2,60}(?:\.\s*(?:all|everyone)\s+(?:is\s+|are\s+)?welcome)?)\.?$/iu,
    examples: [
      "Memorial page — Armenian Community Association of Friesland (Leeuwarden)",
      "Candle-lighting: Saturday 4 March, 19:00, community hall, Leeuwarden. All welcome.",
      "Saturday 4 March, 19:00, church hall, Assen",
    ],
    counterExamples: ["Saturday 4 March, 19:00, shelling resumed in Tovuz, the ministry said.", "The memorial page was taken down by the ministry."],
  },
  // A parish's or a club's weekly notices: "Coffee hour this week is kindly offered by the Ladies' Guild.",
  // "Armenian school resumes Saturday at 10:00.", "Choir practice returns on Thursday 9 March."
  parishNotices: {
    pattern: new RegExp(
      String.raw`^(?![^.!?]*\b(?:said|says|told|according)\b)(?:` +
        String.raw`(?:the\s+)?(?:coffee(?:\s+hour)?|tea|refreshments|flowers|altar flowers|hospitality|lunch|fellowship(?:\s+hour)?|the\s+meal|kiddush|agape)(?:\s+(?:this|next)\s+(?:week|sunday))?\s+(?:is|are|will\s+be)\s+(?:kindly\s+|generously\s+)?(?:offered|provided|sponsored|donated|given|hosted|prepared)\s+by\b[^.!?]{2,60}` +
        String.raw`|(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:school|sunday\s+school|classes|choir(?:\s+practice)?|rehearsals?|practice|bible\s+study|catechism|youth\s+group|scouts|lessons|dance\s+classes|language\s+classes|club|circle)\s+(?:resumes?|restarts?|returns?|reopens?|starts?|meets?|begins?)\s+(?:on\s+)?(?:(?:this|next)\s+)?${WEEKDAY}(?:\s+\d{1,2}\s+${MONTH})?(?:,?\s+(?:at|from)\s+${CLOCK})?` +
        String.raw`)\.?$`,
      "iu",
    ),
    examples: [
      "Coffee hour this week is kindly offered by the Ladies' Guild.",
      "Armenian school resumes Saturday at 10:00.",
      "Choir practice returns on Thursday 9 March.",
    ],
    counterExamples: [
      "Talks resume Monday at 10:00.",
      "Aid was provided by the Red Cross, the ministry said.",
      "Lunch was provided by the Red Cross to the displaced families.",
      "The school resumes Saturday, the ministry said.",
    ],
  },
  // A listing's weather and markets slots, verbless synopses: "Forecast for the main island, Miyako and Yaeyama.",
  // "Tokyo and Hong Kong closing prices, with the yen and oil. (15 min)".
  listingFillers: {
    pattern:
      /^(?![^.!?]*\b(?:\p{L}+ed|is|are|was|were|has|have|had|will|would|said|says|told|warns?|predicts?)\b)(?:(?:the\s+|local\s+|regional\s+|national\s+|island\s+)?(?:weather\s+)?forecast\s+for\s+[^.!?]{2,80}|[\p{L}&,' ]{2,50}\bclosing\s+prices(?:,\s*with\s+[^.!?]{2,50})?|(?:the\s+)?(?:latest\s+)?(?:markets?|business|stock\s+market)\s+(?:news|round-?up|report|update)[^.!?]{0,60})\.?(?:\s*\(\d{1,3}\s*min(?:s|utes)?\.?\))?$/iu,
    examples: [
      "Forecast for the main island, Miyako and Yaeyama.",
      "Tokyo and Hong Kong closing prices, with the yen and oil. (15 min)",
      "Markets round-up, with the rouble and gold.",
    ],
    counterExamples: [
      "Forecast for the talks is bleak, the envoy said.",
      "Closing prices fell in Baku after the shelling was reported.",
      "Oil closing prices rose sharply in Baku after the strike",
    ],
  },
  // A labelled teaser for a story on another page: "Caribbean angle: Haitian relief workers say appeals for the
  // Caucasus compete with needs at home. See page 3." (An update or a correction sending the reader on is news.)
  otherPageTeaser: {
    pattern:
      /^(?!(?:[Uu]pdate|UPDATE|[Nn]ote|NOTE|[Cc]orrection|CORRECTION|[Cc]larification|[Bb]reaking|BREAKING|[Ee]ditor'?s [Nn]ote)\s*:)\p{Lu}[\p{L}'’ -]{1,30}:\s+[^\n]{10,200}?[.!?]\s+(?:[Ss]ee|[Rr]ead more on|[Ff]ull story(?:,| on)?)\s+(?:page|p\.)\s*\d{1,3}\.?$/u,
    examples: ["Caribbean angle: Haitian relief workers say appeals for the Caucasus compete this spring with needs at home. See page 3."],
    counterExamples: ["Update: The ministry said 12 soldiers died. See page 3.", "The ministry said 12 soldiers died. See page 3."],
  },
  // A paper's notes on its own services and others' ads: "Ledger Online: subscribers log in to read the full
  // archive", "[Ad] Ferry timetable: winter schedule now online", "By the Gazette's foreign correspondent".
  paperServiceNotes: {
    pattern:
      /^(?:(?:\p{Lu}[\p{L}'’ ]{1,30}\s*:\s*)?subscribers?\s+(?:can\s+)?(?:log|sign)\s+in\s+to\s+(?:read|access|view|see|search)\b[^.!?]{0,60}|\[(?:ad|advert|advertisement|sponsored|promo|promotion|partner)\]\s*\S.{1,120}|by\s+(?:the|our)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}['’]s?\s+)?(?:(?:own|special|foreign|diplomatic|political|defence|war|staff|chief|senior|regional|local|caucasus|moscow|europe|europe's)\s+){0,2}(?:correspondents?|reporters?|staff\s+writers?|staff\s+reporters?|staff|desk))\.?$/iu,
    examples: [
      "Ledger Online: subscribers log in to read the full archive.",
      "[Ad] Ferry timetable Rønne-Ystad: winter schedule now online",
      "By the Gazette's foreign correspondent",
      "By our own correspondent",
    ],
    counterExamples: ["By the time the correspondent arrived, the village had burned.", "Subscribers were told the archive had been hacked, the paper said."],
  },
  // The tail of a strip of headlines broken over two lines: "approves new castle car park | Gaelic choir heads to Mod"
  // (its first line, "Most read: … | Council", went with its label).
  wrappedStripTail: {
    // (Each part a headline of three words or more: a table's row of short cells, "killed | 12 | 14", stays.)
    pattern: /^(?=\p{Ll})[^.!?|\s]+(?:\s+[^.!?|\s]+){2,12}(?:\s+\|\s+[^.!?|\s]+(?:\s+[^.!?|\s]+){2,12})+$/u,
    examples: ["approves new castle car park | Gaelic choir heads to Mod"],
    counterExamples: [
      "the ministry said 12 soldiers died.",
      "Ferry disruption | Council approves car park",
      "killed | 12 | 14",
      "wounded | 40 | Azerbaijan MoD",
    ],
  },
  // A gallery's or a venue's notices to its visitors, beside the wall texts: its opening hours, its copies in large
  // print, what visitors may do with cameras and hands, when the last boat or bus home leaves.
  // (A sentence with a speaker, "…, officials said", is someone's word and stays.)
  visitorNotices: {
    pattern: new RegExp(
      String.raw`^(?![^.!?]*\b(?:said|says|told|according to|warned)\b)(?:` +
        // "Open Tuesday to Sunday, 11am–5pm", "Open daily 10.00–17.00": the days and hours, nothing else.
        String.raw`(?:(?:the\s+)?(?:gallery|museum|exhibition|library|shop|café|cafe)\s+is\s+)?open\s+(?:daily|every\s+day|${WEEKDAY}s?(?:\s*(?:to|-|–|—|and)\s*${WEEKDAY}s?)?)(?:\s+(?:to|-|–)\s+${WEEKDAY}s?)?,?\s+(?:from\s+)?${CLOCK}\s*(?:to|-|–|—)\s*${CLOCK}` +
        // "Large-print copies of the captions are available from the shop", "Braille guides are available on request".
        String.raw`|(?:large[- ]print|braille|audio[- ]described|easy[- ]read)\s+(?:versions?|copies|editions?|guides?|texts?|captions?)(?:\s+of\s+[^.!?]{2,40}?)?\s+(?:is|are)\s+available\b[^.!?]{0,60}` +
        // "Photography is permitted without flash", "Filming is not allowed in this room".
        String.raw`|(?:(?:non-flash\s+)?photography|filming|photographs|video\s+recording)\s+(?:is|are)\s+(?:not\s+)?(?:permitted|allowed|welcome|prohibited|forbidden)(?:\s+(?:without\s+(?:a\s+)?flash|in\s+(?:the|this|these|all)\s+(?:gallery|galleries|exhibition|rooms?|museum|space)))?` +
        // "Please do not touch the works": an exhibit, never the mines a warning is about.
        String.raw`|please\s+do\s+not\s+touch\s+(?:the\s+)?(?:prints|works|artworks|exhibits|objects|photographs|panels|displays|sculptures|paintings|pictures|items|textiles)` +
        // "The last ferry to Lismore leaves the pier at 5.30pm": a timetable for visitors, in the present.
        String.raw`|(?:please\s+note\s*:\s*)?(?:the\s+)?last\s+(?:[\p{L}-]+\s+){0,2}(?:boat|ferry|bus|train|tram|launch|sailing|coach)\s+(?:to|from|back)\b[^.!?]{0,80}?\b(?:leaves|departs|sails|goes)\b[^.!?]{0,60}?${CLOCK}[^.!?]{0,40}` +
        String.raw`)\.?$`,
      "iu",
    ),
    examples: [
      "Open Wednesday to Sunday, 11am–5pm.",
      "Open daily 10.00–17.00",
      "Large-print copies of the captions are available from the shop.",
      "Braille guides are available on request.",
      "Photography is permitted without flash.",
      "Filming is not allowed in this room.",
      "Please do not touch the sculptures.",
      "Please note: the last ferry to Lismore leaves Port Appin at 5.30pm on Sundays.",
    ],
    counterExamples: [
      "Photography is forbidden near the checkpoint, the border guards said.",
      "Please do not touch the mines, the army warned residents.",
      "The last evacuation bus from Stepanakert leaves at 6pm, officials said.",
      "The last bus from Lachin left at 4pm on Tuesday.",
      "The road is open Monday to Friday from 9am to 5pm, the ministry said.",
    ],
  },
  // A travel or review page's word on its own terms: its prices as of going to press, who paid the writer's way,
  // what it earns from the links it gives, where to stream or buy the record, when tickets go on sale.
  featureTermsNotes: {
    pattern: new RegExp(
      String.raw`^(?![^.!?]*\b(?:said|says|told|according to)\b)(?:` +
        String.raw`(?:all\s+)?(?:prices|fares|rates|details|times|timetables|information)\s+(?:(?:are|were)\s+)?correct\s+at\s+(?:the\s+)?time\s+of\s+(?:going\s+to\s+press|publication|writing|printing)` +
        // "Our writer travelled at his own expense", "The author was a guest of Visit Lofoten".
        String.raw`|(?:our|the)\s+(?:writer|author|reporter|correspondent|critic|reviewer)\s+(?:travelled|traveled|stayed|was)\s+(?:at\s+(?:his|her|their|our|the\s+[\p{L}'’ ]{2,30}['’]s)\s+own\s+expense|(?:as\s+)?(?:an?\s+)?guests?\s+of\s+[^.!?]{2,80}|(?:with\s+(?:the\s+)?(?:support|assistance)\s+(?:of|from))\s+[^.!?]{2,80})` +
        // "If you buy through them, we may earn a small commission": an affiliate's cut.
        String.raw`|(?:if|when)\s+you\s+(?:buy|purchase|shop|book|click)\b[^.!?]{0,60},\s*(?:we|[\p{Lu}][\p{L}&'’ ]{1,40})\s+(?:may|might|will|can)\s+(?:earn|receive|get|make)\s+(?:a\s+)?(?:small\s+)?(?:commission|fee|share|payment)\b[^.!?]{0,40}` +
        // "Stream or buy: the label's shop", "Buy or stream: …": where the record is sold.
        String.raw`|(?:stream|listen)\s+(?:or|and|&|\/)\s+(?:buy|download)\s*:\s*\S[^!?]{1,120}|buy\s+(?:or|and|&|\/)\s+(?:stream|download|listen)\s*:\s*\S[^!?]{1,120}` +
        // "Tickets for the winter season go on sale 3 March at the box office".
        String.raw`|tickets?\s+(?:for\s+[^.!?]{2,80}?\s+)?(?:go|goes|are|is)\s+on\s+(?:general\s+)?sale\b[^.!?]{0,100}` +
        String.raw`)\.?$`,
      "iu",
    ),
    examples: [
      "Prices correct at time of going to press.",
      "All fares were correct at the time of writing.",
      "Our writer travelled at his own expense.",
      "The author was a guest of the Harris Tourist Board.",
      "If you buy through them, the Journal may earn a small commission.",
      "Stream or buy: the label's web shop and good record shops.",
      "Buy or stream: Bandcamp",
      "Tickets for the winter season, Northern Reeds, go on sale 3 March at the harbour box office.",
    ],
    counterExamples: [
      "Our correspondent travelled to Goris, where residents said shells fell overnight.",
      "Prices of bread doubled in Stepanakert during the blockade.",
      "Tickets for the evacuation flights are on sale only to residents, officials said.",
      "If you buy fuel in Goris, you pay twice the Yerevan price, drivers complained.",
    ],
  },
  // A forum's, a Q&A site's or a comment section's own notes: its rules for posters, its page timer, its licence and
  // how its community notes are made. ("Keep it civil" in a minister's mouth, with "said", stays.)
  communitySiteNotes: {
    pattern: new RegExp(
      String.raw`^(?![^.!?]*\b(?:said|says|told|according to|urged)\b)(?:` +
        String.raw`(?:please\s+)?keep\s+it\s+(?:civil|polite|respectful|on[- ]topic|friendly)\b[^.!?]{0,100}` +
        String.raw`|(?:this\s+)?page\s+(?:was\s+)?(?:generated|created|rendered|served)\s+in\s+\d+(?:\.\d+)?\s*(?:seconds?|secs?|s|ms)\b[^.!?]{0,60}` +
        // ("Harbour Answers · Questions from people who ask twice · Content licensed CC BY-SA 4.0": the licence ends the site's footer strip.)
        String.raw`|(?:[^·•|.!?]{2,80}\s+[·•|]\s+){0,3}(?:all\s+|user\s+)?(?:content|contributions|posts|answers|questions)\s+(?:is\s+|are\s+)?licen[cs]ed\s+(?:under\s+)?(?:cc[ -]by(?:-sa|-nc)?|creative\s+commons)\b(?:[^.!?]|\.(?=\d)){0,80}` +
        String.raw`|(?:community|reader|user)\s+notes\s+are\s+(?:written|added|proposed|drafted)\s+by\s+(?:volunteers|readers|users|contributors|members)\b[^.!?]{0,80}` +
        String.raw`|personal\s+attacks\s+will\s+be\s+(?:removed|deleted)\b[^.!?]{0,40}` +
        // "[MODERATOR NOTE] This thread was moved from the lounge.": the board's staff on the thread itself.
        String.raw`|\[(?:moderator|mod|admin|staff)(?:['’]s)?\s+note\][^.!?]{0,120}` +
        String.raw`|this\s+(?:thread|topic|post|question)\s+(?:has\s+been|was)\s+(?:moved|locked|merged|closed|pinned|split)\b[^.!?]{0,80}` +
        // (A moderator signs the note after a dash: "… will be removed. - mod_anna".)
        String.raw`)\.?(?:\s+[-–—]\s*@?[\w.-]{2,30})?$`,
      "iu",
    ),
    examples: [
      "Keep it civil and cite a source for any death toll.",
      "This page was generated in 0.31 seconds.",
      "Content licensed CC BY-SA 4.0 with attribution required",
      "User contributions licensed under CC BY-SA.",
      "Community notes are written by readers and checked by the desk.",
      "Personal attacks will be removed. - mod_kerrera",
      "[MODERATOR NOTE] This topic was moved from the lounge.",
      "Harbour Answers · Questions from people who ask twice · Content licensed CC BY-SA 4.0",
    ],
    counterExamples: [
      "Keep it civil, the prime minister said of the talks in Brussels.",
      "The page was generated by the ministry's press office and shows 12 names.",
      "Notes are written by the ministry's officers, the ombudsman said.",
      "The thread was moved to Baku, where the ministry said it was cut.",
    ],
  },
  // A chat export's own notes: what exported it, what it left out, its closing count, where the recording is and
  // what the series does next.
  chatExportNotes: {
    pattern: new RegExp(
      String.raw`^(?:` +
        String.raw`exported\s+from\s+(?:the\s+)?(?:webinar|meeting|chat|video|conference|event|messaging|streaming)\s+(?:platform|tool|app|software|service)` +
        String.raw`|(?:emoji\s+)?(?:reactions|join\/leave\s+notices|system\s+messages|join\s+and\s+leave\s+notices)(?:\s*(?:,|and|&)\s*(?:emoji\s+)?(?:reactions|join\/leave\s+notices|system\s+messages|join\s+and\s+leave\s+notices))*\s+(?:have\s+been\s+|were\s+)?(?:removed|omitted|hidden|not\s+shown)` +
        String.raw`|end\s+of\s+(?:the\s+)?(?:chat|transcript|chat\s+export|export|log)\.?(?:\s+\d[\d,]*\s+(?:attendees|participants|messages|members)(?:\s*,\s*\d[\d,]*\s+(?:attendees|participants|messages|members))*)?` +
        String.raw`|(?:recording|slides|recording\s+and\s+slides|slides\s+and\s+recording|video\s+and\s+slides)\s*:\s*(?:https?:\/\/)?[\w.-]+\.[a-z]{2,}\S*` +
        String.raw`|next\s+(?:session|webinar|episode|event|meeting)\s*:\s*[^.!?]{3,120}` +
        String.raw`)\.?$`,
      "iu",
    ),
    examples: [
      "Exported from the meeting platform.",
      "Emoji reactions and join/leave notices removed.",
      "End of chat export. 12 attendees, 40 messages.",
      "Recording and slides: islandforum.example/session-3",
      'Next session: "Bridges and borders" - 12 June 2024',
    ],
    counterExamples: [
      "Exported from Azerbaijan, the gas reached Italy in 2020.",
      "Reactions from Baku were removed from the broadcast, the ministry said.",
      "End of the war was announced on 10 November.",
    ],
  },
  // A newsletter's plea for money at its foot: "If you value the Bulletin, I accept contributions at …".
  contributionPlea: {
    pattern:
      /^(?:if\s+you\s+(?:value|enjoy|like|appreciate|find\s+value\s+in)\s+[^.!?]{2,60},\s*)(?:[^.!?]{0,40}\b(?:accept|welcome|rely\s+on|depend\s+on|need)\s+(?:your\s+)?(?:contributions|donations|support|tips|subscriptions)|(?:please\s+)?(?:consider\s+)?(?:supporting|donating|subscribing|chipping\s+in|becoming\s+a\s+(?:paid\s+)?(?:subscriber|supporter|member))\b)(?:[^.!?]|\.(?=\S)){0,80}\.?$/iu,
    examples: [
      "If you value the Bulletin, the cat and I accept contributions at bulletin.example/give.",
      "If you enjoy this newsletter, please consider becoming a paid subscriber.",
    ],
    counterExamples: ["If you value peace, accept the treaty, Aliyev told Pashinian.", "If you value your life, leave the village, the soldiers said."],
  },
  // Whom a subscriber's copy is for and who may not get it: "For professional investors only. Not for retail
  // distribution.", "Members' edition — not for onward distribution", "Distribution restricted to named subscribers".
  // A restriction on the copy, said of no one in the news.
  distributionRestriction: {
    pattern: new RegExp(
      String.raw`^(?:${DISTRIBUTION_PART})(?:\s*(?:[.,;:]|--|[—–-])\s*(?:${DISTRIBUTION_PART}))*\.?$` +
        // "Distribution: EM Credit, Frontier Equity, Sovereign Desk.": the desks a note goes to, each a name.
        String.raw`|^distribution(?:\s+list)?\s*:\s*\p{Lu}[\p{L}&'’ -]{1,40}(?:,\s*(?:and\s+)?\p{Lu}[\p{L}&'’ -]{1,40}){0,8}\.?$`,
      "iu",
    ),
    examples: [
      "For professional investors only. Not for retail distribution.",
      "Members' edition — not for onward distribution",
      "Distribution restricted to named subscribers",
      "Subscribers' copy: not for onward circulation",
      "Distribution: Credit Desk, Equity Sales, Rates Strategy.",
    ],
    counterExamples: [
      "Distribution of aid is restricted to registered refugees, the ministry said.",
      "Not for public release, the report said 40 soldiers had died.",
      "Distribution: the ministry said aid reached 40 villages.",
      "For professional soldiers only the war was a job, the general said.",
    ],
  },
  // A broker's or an exchange's small print about its own note: "Please see the important disclosures at the end
  // of this note.", "Rates shown are indicative and not an offer to deal.", "This announcement contains inside
  // information for the purposes of Article 7 of …". Says nothing of anyone in the news.
  marketNoteSmallPrint: {
    pattern: new RegExp(
      String.raw`^(?:(?:please\s+)?(?:see|refer\s+to|read)\s+(?:the\s+)?(?:important\s+|regulatory\s+|legal\s+)?(?:disclosures?|disclaimers?|analyst\s+certifications?|legal\s+notices?)\s+(?:at\s+the\s+(?:end|back|foot)|on\s+page\s+\d+|below|overleaf|in\s+the\s+appendix)\b[^.!?]{0,40}` +
        String.raw`|(?:all\s+)?(?:rates|prices|quotes|quotations|levels|yields)\s+(?:shown|quoted|given|here|above|below)?\s*(?:are\s+)?indicative(?:\s+only)?(?:\s+and\s+(?:are\s+)?(?:not|do\s+not\s+constitute)\s+(?:an?\s+)?(?:offer|solicitation|recommendation|quote)\b[^.!?]{0,40})?` +
        String.raw`|this\s+(?:announcement|statement|release|notice)\s+contains\s+inside\s+information\b[^!?]{0,160})\.?$`,
      "iu",
    ),
    examples: [
      "Please see the important disclosures at the end of this note.",
      "See analyst certification on page 6.",
      "Rates shown are indicative and not an offer to deal.",
      "Prices quoted are indicative only.",
      "This announcement contains inside information for the purposes of Article 7 of the Market Abuse Regulation.",
    ],
    counterExamples: [
      "Prices are indicative of a tightening market, traders said.",
      "See the ministry's statement below, which says 12 soldiers died.",
      "The statement contains information on 40 missing soldiers, Baku said.",
    ],
  },
  // What a newsletter's subscriber may ask of its desk, and how: "Subscribers can request our route risk matrix
  // from the desk.", "Fax orders and renewals to the Harbour office.", "To change your alert preferences, reply to
  // this bulletin.", "Go to market news section". The service's own notices, no news.
  subscriberService: {
    pattern: new RegExp(
      String.raw`^(?:(?:subscribers|members|clients|readers)\s+(?:can|may)\s+(?:request|order|obtain|download|access)\s+(?:our|the|a)\b[^!?]{3,120}?\b(?:from|via|at|through)\s+(?:the\s+|our\s+)?(?:desk|office|website|portal|account\s+manager|team)\b[^!?]{0,40}` +
        String.raw`|(?:fax|phone|telephone|e-?mail|post|send)\s+(?:orders|subscriptions|renewals|enquiries|inquiries)(?:\s+(?:and|&)\s+(?:orders|subscriptions|renewals|enquiries|inquiries))?\s+to\s+(?:the|our)\s+[^!?]{3,80}` +
        String.raw`|to\s+(?:change|update|manage|amend)\s+your\s+(?:alert\s+|e-?mail\s+|newsletter\s+|subscription\s+|delivery\s+)?(?:preferences|settings|subscription|details)\b[^!?]{0,100}` +
        String.raw`|(?:regulatory\s+(?:story|news|announcement)\s+)?go\s+to\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}(?:section|page|homepage|index))\.?$`,
      "iu",
    ),
    examples: [
      "Subscribers can request our route-by-route risk matrix (updated for the truce) from the desk.",
      "Fax orders and renewals to the Harbour office, Monday to Friday.",
      'To change your alert preferences, reply to this bulletin with "PREFS".',
      "Regulatory Story Go to market news section",
    ],
    counterExamples: [
      "Readers can request the ministry's list of the missing from the Red Cross office, the paper said.",
      "Send troops to the border, the ministry urged.",
      "To change your mind, Aliyev said, you need to see Shusha.",
      "Go to the border and see for yourself, the villagers told reporters.",
    ],
  },
  // An opinion page's note on its own people and rules: "Our columnist Ann Vos writes every Tuesday on the
  // world beyond the dunes.", "The Readers' Editor acts independently of the newsroom.", "Under our right-of-reply
  // policy it is printed unedited, except for length.", "Write to readers@… or call 0123 456 789".
  opinionPageNotes: {
    pattern: new RegExp(
      String.raw`^(?:(?:our|the)\s+(?:[\p{L}-]+\s+)?(?:columnist|diarist|critic|correspondent|commentator)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:writes|appears)\s+(?:every|each)\s+(?:${WEEKDAY}|week|fortnight|month|other\s+${WEEKDAY})\b[^!?]{0,80}` +
        String.raw`|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['’]s?\s+(?:column|diary|letter|notebook)\s+appears\s+(?:every|each)\s+(?:${WEEKDAY}|week|fortnight|month)\b[^!?]{0,40}` +
        String.raw`|(?:the\s+|our\s+)?readers['’]?\s+editor\s+(?:acts|works|operates|is)\s+independent(?:ly)?\s+(?:of|from)\s+the\s+(?:newsroom|editor|editorial\s+staff|newspaper|paper)\b[^!?]{0,40}` +
        String.raw`|under\s+(?:our|the|this\s+paper['’]s)\s+right[- ]of[- ]reply\s+(?:policy|rules|practice)\b[^!?]{0,80}` +
        String.raw`|(?:write|e-?mail)\s+(?:to\s+)?(?:us\s+at\s+)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s+or\s+(?:call|ring|phone|telephone|write\s+to)\s+[^!?]{3,80})?)\.?$`,
      "iu",
    ),
    examples: [
      "Our columnist Ann Vos writes every Tuesday on the world beyond the dunes.",
      "Ann Vos's column appears every Tuesday.",
      "The Readers' Editor acts independently of the newsroom.",
      "Under our right-of-reply policy it is printed unedited, except for length.",
      "Write to readers@harbour.example or call 0123 456 789 (Mon–Wed, 10:00–12:00).",
    ],
    counterExamples: [
      "Our correspondent Ann Vos writes that 12 people died in Goris.",
      "The editor acts independently, the ministry said, but the paper is state-owned.",
      "Under the right-of-reply law, Baku demanded that the paper print its denial.",
      "Write to the minister, the villagers were told, and nothing happens.",
    ],
  },
  // Testimony archives', inquiries' and podcasts' own small print (first-person texts published by such
  // bodies): how to cite the text, how to report an error or ask for the recording, where the secretariat
  // sits, when the statement was received, who certified its translation, which series it belongs to,
  // what else is available on request, the appeal for members, and the author's forthcoming book.
  // "Home Collections Search the transcripts About the archive Support us": a site's menu, its separators
  // lost when the page's text was copied (each item one of a menu's usual links).
  foldedMenu: {
    pattern:
      /^Home(?:\s+(?:Collections?|Search(?:\s+the\s+\p{Ll}+)?|About(?:\s+(?:us|the\s+\p{Ll}+))?|Support\s+us|Contact(?:\s+us)?|Donate|Subscribe|News|Archive|Podcasts?|Episodes|Blog|Projects?|Publications|Events|Transcripts|Interviews|Stories|Team|Shop|Membership)){3,}$/u,
    examples: ["Home Collections Search the transcripts About the archive Support us", "Home Episodes About us Donate"],
    counterExamples: ["Home Office officials said the minister would visit.", "Home News Sport"],
  },
  textUnderCc: {
    pattern:
      /^(?:this\s+)?(?:transcripts?|texts?|articles?|pages?|content|recordings?|interviews?|episodes?|podcasts?|works?)\s+(?:(?:is|are)\s+)?(?:published|released|licensed|available)\s+under\s+(?:(?:an?|the)\s+)?(?:cc[ -]by|creative\s+commons)\b[^!?]{0,60}$/iu,
    examples: ["Transcript released under CC BY-NC 4.0.", "Interviews published under Creative Commons BY 4.0."],
    counterExamples: ["Twelve prisoners were released under the open amnesty, the ministry said."],
  },
  citeThisAs: {
    pattern:
      /^(?:please\s+)?cite\s+this\s+(?:transcript|interview|article|page|document|report|paper|chapter|item|episode|entry|excerpt|statement|post|recording|testimony)\s+as\s*:.{0,200}$/iu,
    examples: ["Cite this transcript as: Hvar Archive of Spoken Memory, Interview 23-114, recorded 19 October 2023."],
    counterExamples: ["Cite this as proof, the minister told parliament, that Baku shelled the town."],
  },
  errorOrCopyRequest: {
    pattern:
      /^(?:report\s+an?\s+(?:error|mistake|typo|problem)(?:\s+(?:in|on|with)\s+this\s+\p{L}+)?|suggest\s+a\s+correction|request\s+(?:the|a)\s+(?:full\s+|complete\s+|original\s+)?(?:audio|recording|transcript|video|copy|file)s?)\.?$/iu,
    examples: ["Report an error in this transcript", "Request the full audio", "Suggest a correction"],
    counterExamples: ["Report an error in the casualty count to the ministry, officials urged."],
  },
  secretariatAddress: {
    pattern:
      /^(?:[Ss]ecretariat|[Rr]egistered\s+office|[Hh]ead\s+office|[Ee]ditorial\s+office|[Pp]ostal\s+address|[Aa]ddress|[Oo]ffice)\s*:\s*[^.!?:]{2,60}\s\d{1,4}[a-z]?,\s*(?:[A-Z]{0,3}-?\d{4,6}\s+)?\p{Lu}[\p{L} -]{1,40},\s*\p{Lu}[\p{L} ]{2,30}\.?$/u,
    examples: ["Secretariat: Trg Frane Petrića 3, 51557 Cres, Croatia", "Registered office: Via Roma 12, 10121 Torino, Italy"],
    counterExamples: ["Address: the president spoke for 40 minutes, 12 of them on Karabakh, the agency said."],
  },
  // "DOCUMENT W-17 (public version)": an inquiry's number for the document, above its own title.
  documentNumber: {
    pattern:
      /^(?:DOCUMENT|Document)\s+(?:No\.?\s*)?[A-Z]{0,4}[-/]?\d{1,5}(?:[-/][\w]{1,6})?(?:\s*\((?:public|redacted|confidential|unofficial)\s+version\))?$/u,
    examples: ["DOCUMENT W-17 (public version)", "Document No. 44"],
    counterExamples: ["Document 17 shows that the ministry knew of the strike."],
  },
  receivedStamp: {
    pattern:
      /^(?:[Rr]eceived|[Rr]egistered|[Ll]odged|[Ff]iled)(?:\s+by\s+the\s+[\p{L} ]{2,40})?\s*:\s*\d{1,2}\s+\p{L}+\s+\d{4}$|^(?:[Rr]eference|[Rr]ef\.?|[Oo]ur\s+ref\.?)\s*:?\s*[A-Z]{1,6}(?:[/-][A-Z\d]{1,8}){1,4}$/u,
    examples: ["Received by the Secretariat: 21 November 2023", "Reference CCI/W/17"],
    counterExamples: ["Received by the ministry on 21 November, the letter said 12 people died."],
  },
  civicBodySelfDescription: {
    pattern:
      /^(?:The\s+)?\p{Lu}[\p{L}'’ -]{2,60}\s+is\s+an?\s+(?:(?:independent|voluntary|non-governmental|non-?profit|volunteer-run)\s+)+(?:(?:citizens['’]?|civic|civil-society)\s+)?(?:initiative|inquiry|commission|panel|body|project|network|association|archive|collective)\b(?:\s+and\s+(?:is\s+)?not\s+an?\s+[\p{L} ]{2,30})?\.?$/u,
    examples: ["The Cres Civic Inquiry is an independent citizens' initiative and is not a court.", "The Hvar Archive is a non-profit archive."],
    counterExamples: ["Azerbaijan is an independent state and is not a party to the talks."],
  },
  certifiedTranslation: {
    pattern: /^(?:an?\s+|the\s+)?(?:english\s+|official\s+)?translation\s+(?:certified|checked|verified|provided)\s+by\s+(?:the\s+)?[\p{L} '’-]{2,60}\.?$/iu,
    examples: ["English translation certified by the Secretariat.", "Translation provided by the archive."],
    counterExamples: ["The translation provided by Baku omitted the word 'occupation', Yerevan said."],
  },
  partOfSeries: {
    pattern:
      /^(?:these|this)\s+(?:letters?|posts?|stories|story|essays?|articles?|pieces?|interviews?|diar(?:y|ies)|excerpts?|extracts?|transcripts?|testimon(?:y|ies))\s+(?:appears?|is|are)\s+(?:published\s+)?(?:as\s+)?part\s+of\s+(?:our|the|a)\s+series\b[^!?]{0,80}$/iu,
    examples: ['These letters appear as part of our series "Our volunteers write".', "This interview is part of the series Voices of the Border."],
    counterExamples: ["These letters are part of the evidence, the prosecutor said."],
  },
  availableOnRequest: {
    pattern:
      /^(?:full\s+|complete\s+)?(?:transcripts?|recordings?|audio(?:\s+files)?|interviews?)\s+(?:of\s+[^.!?]{1,40}\s+)?(?:is|are)\s+available\s+(?:on|upon)\s+request\b[^.!?]{0,40}\.?$/iu,
    examples: ["Full transcripts of both episodes are available on request for researchers.", "Recordings are available upon request."],
    counterExamples: ["Transcripts of the talks are available on request, the ministry said, but none were released."],
  },
  membershipAppeal: {
    pattern: /^support\s+(?:independent|our|us|this)\b[^.!?:]{0,40}:\s*(?:become|join|donate|subscribe|give)\b[^!?]{0,100}$/iu,
    examples: ["Support independent audio: become a Mljet Lake Radio member from 3 EUR a month."],
    counterExamples: ["Support our troops: the ministry's call was repeated across state television."],
  },
  forthcomingBook: {
    pattern:
      /^\p{Lu}[\p{L}'’ .-]{1,60}['’]s\s+(?:new\s+|first\s+|forthcoming\s+)?(?:book|memoir|memoirs|novel|collection)\b[^.!?]{0,60}\s+is\s+(?:forthcoming|out\s+now|published|available)\s+(?:from|with|by|now|in)\b[^!?,;]{0,80}$/u,
    examples: ["Katarina Lučić's book of reporting memoirs is forthcoming from the Ledger's imprint in spring 2024."],
    counterExamples: ["Aliyev's book is published by the state, the agency said, and says 613 died."],
  },
  // A bulletin's, a report series' and a fundraiser's own furniture (bulletinCues.ts).
  ...BULLETIN_RULES,
  // A news agency's site and wire furniture (wireSiteCues.ts).
  ...WIRE_SITE_RULES,
} satisfies RuleTable<string>;

export const FURNITURE = patternsOf(FURNITURE_RULES);
