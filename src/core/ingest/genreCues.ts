// The words and shapes that tell an article's genre and its speakers' turns, each rule with
// examples and counter-examples (checked by tests/rules/ruleTables.test.ts).
import { patternsOf, type RuleTable } from "../rules/rule.ts";

/** A public body that can issue a statement in its own name. */
const BODY = String.raw`(?:observatory|watch|institute|foundation|amnesty|rights|president|prime minister|ministry|ministries|government|office|presidency|administration|embassy|mission|council|commission|service|headquarters|command|parliament|national assembly|milli majlis|co-?chairs?|minsk group|committee|department|delegation|secretariat|ombudsman|human rights defender|prosecutor|army|forces|contingent|students?['’]?\s+union|union of students|association)`;

/** An office of state whose holder's op-ed or letter speaks for the state (see authorBio, signOff). */
const OFFICE = String.raw`(?:Ambassador|Minister|Foreign\s+Minister|Prime\s+Minister|President|Permanent\s+Representative|Deputy\s+(?:Foreign\s+)?Minister|Spokes(?:man|woman|person)|Chargé\s+d'affaires|Consul(?:-General)?|Envoy|Special\s+Representative|(?:Assistant|Adviser|Advisor|Aide)\s+to\s+the\s+(?:President|Prime\s+Minister)|Press\s+Secretary)`;

export const GENRE_RULES = {
  factCheckLabel: {
    pattern: /\bfact[- ]?check(?:s|ing|ers?)?\b|\bfalse claims?\b|\bdebunk/i,
    examples: ["Fact Check", "FACT-CHECK: No, this video does not show Stepanakert", "Factcheckers | Caucasus"],
    counterExamples: ["Checkpoint closed on the Lachin road"],
  },
  checkedLine: {
    pattern: /^(?:the\s+)?claims?\s*[:：|-]\s*\S/i,
    examples: ["CLAIM: A video shows Armenian troops retreating from Shusha.", "Claim: Baku lost 3,000 soldiers"],
    counterExamples: ["Claims of shelling were denied by Baku.", "The claim was made on Facebook."],
  },
  verdictLine: {
    pattern: /^(?:(?:our\s+)?(?:verdict|rating|ruling|conclusion|bottom line|the facts?)(?:\s*[:：|-]\s*\S|\s*$)|we rate (?:this|it)\b)/i,
    examples: ["VERDICT: False", "Rating: Misleading. The footage is from 2016.", "Our ruling: Mostly false", "We rate this claim false."],
    counterExamples: ["Verdicts in the trial of captured soldiers were read on Monday."],
  },
  verdictHeading: {
    pattern: /^(?:our\s+)?(?:verdict|rating|ruling|conclusion|the bottom line|what we found)\s*[:.]?$/i,
    examples: ["VERDICT", "Our verdict", "What we found"],
    counterExamples: ["Verdict in Safarov case"],
  },
  interviewLabel: {
    pattern: /\binterview(?:s|ed)?\b|\bq\s*&\s*a\b|\bin conversation\b/i,
    examples: ["INTERVIEW", "Outlet | Interviews", "Q&A with the foreign minister"],
    counterExamples: ["Interior ministry says two killed"],
  },
  turnLabel: {
    // An optional time stamp first ("[00:03:04]", "(12:41)"), as transcripts of broadcasts print it.
    pattern:
      /^(?:[[(]?\d{1,2}(?::\d{2}){1,2}[\])]?\s+)?(?:[[(](?:SOUNDBITE|SOT|CLIP|VIDEO CLIP|BEGIN VIDEO CLIP|AUDIO)[\])]\s*|(?:SOUNDBITE|SOT)\s*[:：-]\s*)?(?!(?:On|In|At|By|For|From|After|Before|Since|Update|Updated|Note|Photo|Watch|Read|Breaking|Live|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Hosts|Guests|Speakers?|Distribution|Music|Episode|Producers?|Produced\s+by|Duration|Credits?|Copyright|Tags|Topics?|Translation)\s*[:：(\s])((?:Q|A|Question|Answer|Journalist|Reporter|Interviewer|Moderator|Host|[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3}(?:\s+(?:of\s+(?:the\s+)?)?[\p{Lu}][\p{L}'’.-]+){0,3}(?:,\s+(?:[\p{L}'’.-]+\s+){0,7}[\p{L}'’.-]+)?))(?:\s*\([^)]{1,60}\))?\s*[:：]\s+(?=\S)/u,
    examples: [
      "Q: Will you meet Aliyev?",
      "A: We are ready.",
      "Maria Zakharova: Good afternoon.",
      "Question: Is Russia involved?",
      "HARUTYUNYAN: We lost 1,166.",
      "QUESTION (Reuters): Did Armenia fire at Ganja?",
      "[00:03:04] MIRZAYEV: Of course it denies it.",
      "(12:41) CORRESPONDENT: The shelling went on all night.",
      "[SOUNDBITE] VAGIF SULTANLI, AZERBAIJANI DEFENCE MINISTRY SPOKESMAN (through interpreter): The enemy retreated.",
      "SOT: Anna Karapetyan, villager: We slept in the cellar.",
      // A role before the name, as an institution's transcript prints it.
      "NATO Secretary General Jens Stoltenberg: Welcome to NATO Headquarters.",
      "President of Armenia Armen Sarkissian: Thank you, Secretary General.",
    ],
    counterExamples: [
      "On Tuesday: shelling resumed",
      'The ministry said: "No."',
      // A page head's fields, not a speaker's turn.
      "Speaker: Ivan Petrov, deputy head of the ministry's press department",
      "Hosts: Anna Berg, Tom Lee. Guest: Dr Ani Sargsyan, analyst",
      "Distribution: pool members only.",
      'Music: "Steppe" by K. Adler.',
    ],
  },
  questionLabel: {
    // (A phone-in's caller, "CALLER (MIN-JUN, TOWN)", puts the question to the studio: the public's words, no side's.)
    pattern:
      /^(?:q|question|journalist|reporter|interviewer|moderator|host|unidentified journalist|correspondent|follow-?\s?up(?:\s+question)?|(?:caller|listener|texter)(?:\s*\([^()]{1,40}\))?)$/i,
    // ("Follow-up: So who guarantees their security?": a reporter's second question, under no name.)
    examples: ["Q", "Question", "Journalist", "CALLER (MIN-JUN, SEOGWIPO)", "Caller", "Follow-up", "FOLLOW UP QUESTION"],
    counterExamples: ["A", "Zakharova", "Caller ID shows the ministry"],
  },
  editorsNote: {
    // The page's own note between a record's turns, labelled as such.
    pattern: /^(?:\*\*|_)?(?:note|editor'?s\s+note|earlier|later|previously|update)(?:\*\*|_)?\s*[:：]/i,
    examples: ["Note: the truce agreed in Moscow was already under strain.", "Earlier: Lords, 30 September", "Editor's note: the exchange has been shortened."],
    counterExamples: ["Notes from the border were published later.", "Earlier, the minister said the talks would resume."],
  },
  introducedReporter: {
    // A show's own reporter, named as the presenter hands over: the name after "our … correspondent".
    pattern: /\b[Oo]ur\s+(?:[\p{L}-]+\s+){0,3}?(?:correspondent|reporter|editor|producer)\s*,?\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\b/u,
    examples: [
      "From Baku, our correspondent Tomas Berg.",
      "Our Caucasus correspondent, Marta Voss, has the story.",
      "our chief diplomatic editor Ann Lee reports",
    ],
    counterExamples: ["Our correspondent was not allowed into the town.", "A correspondent for Reuters, John Smith, said"],
  },
  soundbiteLine: {
    // A broadcast transcript's cue on a line of its own naming who speaks in the clip under it.
    pattern: /^\[(?:SOUNDBITE|SOT|CLIP|VIDEO CLIP|AUDIO)\s*[-–—:]\s*([^\]]{3,120})\]$/u,
    examples: ["[SOUNDBITE - ILHAM ALIYEV, PRESIDENT OF AZERBAIJAN, TELEVISED ADDRESS (interpreted)]", "[SOT: ARMEN GRIGORYAN, SECURITY COUNCIL SECRETARY]"],
    counterExamples: ["[SOUNDBITE] ARMEN GRIGORYAN: We are ready.", "[VIDEO: BORDER POSTS]"],
  },
  screenQuote: {
    // A broadcast transcript's caption for a text shown on screen, then the text in quotation marks.
    pattern:
      /^[[(](?:GRAPHIC|ON[- ]?SCREEN(?:\s+TEXT)?|TEXT\s+ON\s+SCREEN|FULL[- ]?SCREEN(?:\s+GRAPHIC)?|CAPTION)\s*[:：-]\s*([^\])]{3,80})[\])]\s*(?=["“«])/iu,
    examples: [
      '[GRAPHIC: AZERBAIJANI DEFENCE MINISTRY STATEMENT] "Our positions came under fire."',
      '(ON SCREEN: Statement of the Armenian foreign ministry) "We reject the claim."',
    ],
    counterExamples: ["[GRAPHIC: MAP OF THE LINE OF CONTACT]", '[VIDEO: BORDER POSTS] "Quiet tonight," a soldier says.'],
  },
  presenterLabel: {
    // "CORRESPONDENT, BAKU:", "Reporter in Yerevan:": where the reporter files from is no speaker's side.
    // ("MARTA VOSS, REPORTER", "JOHN ROE, NBC SENIOR FOREIGN CORRESPONDENT (voice-over)": the name first, as cable
    // transcripts print it, and the network's words before the role.)
    pattern:
      /^(?:[\p{L}' .-]{2,40},\s*)?(?:our\s+)?(?:[\p{L}&.-]+\s+){0,4}?(?:anchor|presenter|newsreader|news ?reader|host|co-?host|correspondent|reporter|narrator|voice-?over|v\/o)(?:\s*,\s*[\p{L}' .-]{2,30}|\s+in\s+[\p{L}' .-]{2,30})?(?:\s*\((?:voice-?over|v\/?o|on camera|off camera)\))?$/iu,
    examples: [
      "ANCHOR",
      "Correspondent",
      "HOST",
      "Voice-over",
      "CORRESPONDENT, BAKU",
      "Reporter in Yerevan",
      "MARTA VOSS, REPORTER",
      "JOHN ROE, NBC SENIOR FOREIGN CORRESPONDENT (voice-over)",
    ],
    counterExamples: ["Zakharova", "Q", "ARA GEVORGIAN, POLICY INSTITUTE, YEREVAN", "Hikmet Hajiyev, foreign policy adviser to the president"],
  },
  answerLabel: {
    pattern: /^(?:a|answer)$/i,
    examples: ["A", "Answer"],
    counterExamples: ["Aliyev"],
  },
  briefer: {
    pattern:
      /\b(?:briefing|press conference|news conference|remarks|answers to (?:media|journalists'?) questions)\s+(?:by|of|with)\s+(?:the\s+)?([^,.;:!?"“”]{3,100}?)(?=\s+(?:on|at|in|about|regarding)\b|[,.;:!?"“”]|$)/i,
    examples: [
      "Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, January 12, 2024",
      "Press conference of Defence Ministry spokesman Artsrun Hovhannisyan on October 18",
    ],
    counterExamples: ["The briefing was cancelled."],
  },
  // A briefer named where the page describes the briefing, not after "briefing by": "the weekly briefing
  // given in Astana on 13 May by Jane Roe, official representative of the Ministry of …, that dealt with …"
  // (group 1), or a title's "Kazakh Foreign Ministry briefing on …" (group 2).
  brieferDescribed: {
    pattern:
      /\bbriefing\s+(?:given|held|delivered)\b[^.!?]{0,60}?\bby\s+([^.!?;]{3,160}?)(?=,\s+(?:that|which|who|where)\b|\.|;|$)|(?:^|:\s*)(?:The\s+)?((?:(?!(?:The|A|An|This|That|Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[\p{Lu}][\p{L}'’-]*\s+){1,5})(?:weekly\s+|daily\s+|regular\s+)?(?:press\s+)?briefing\b/u,
    examples: [
      "The Monitor reproduces the weekly briefing given in Astana on 13 May by Jane Roe, official representative of the Ministry of Foreign Affairs of Kazakhstan, that dealt with the talks.",
      "Transcript: Kazakh Foreign Ministry briefing on the Almaty talks",
    ],
    counterExamples: ["The briefing was cancelled.", "Reporters at the briefing said nothing."],
  },
  briefing: {
    pattern: /\b(?:briefing|press conference|news conference|transcript|remarks and answers|answers to (?:media|journalists'?) questions)\b/i,
    examples: ["Briefing by Foreign Ministry Spokesperson Maria Zakharova", "Transcript of the weekly press conference"],
    counterExamples: ["Armenia's prime minister said on Monday that talks would continue"],
  },
  interviewee: {
    pattern:
      /\b(?:interview(?:ed)?\s+(?:with|of|to|given to)|spoke\s+(?:to|with)|talked\s+(?:to|with)|sat\s+down\s+with|in conversation with)\s+([^,.;:!?"“”]{3,80}?)(?=\s+(?:in|on|about|at|after|during|for|from|ahead|to discuss)\b|[,.;:!?"“”]|$)/i,
    examples: ["An interview with Arayik Harutyunyan", "Our correspondent spoke to Azerbaijan's foreign minister Jeyhun Bayramov in Baku."],
    counterExamples: ["He told reporters that the ceasefire held."],
  },
  issuedBy: {
    pattern:
      /^(?:[^:.!?]{2,40}:\s+)?(?:(?:joint\s+)?(?:press\s+|news\s+)?(?:statement|release|press release|communiqu[eé]|announcement|information|declaration|comment|commentary|appeal|note|address|speech|message|answer|decree)s?\s+(?:of|by|from)\s+(?:the\s+)?)([^.!?]{4,140}?)(?:\s+(?:on|regarding|concerning|in connection with|in response to|about|to)\b[^.!?]*)?$|^([^.!?]{4,100}?)\s+(?:has\s+)?addressed the (?:nation|people|country)\b/i,
    examples: [
      "Statement of the Ministry of Foreign Affairs of the Republic of Armenia",
      "Press release by the Ministry of Defence of Azerbaijan on the Tovuz provocation",
      "Joint Statement by the Co-Chairs of the OSCE Minsk Group",
      // "Spokesperson" holds "on": the topic starts at a word of its own.
      "Comment of the Spokesperson of the Ministry of Foreign Affairs of Azerbaijan in response to media questions",
      "President of the Republic of Azerbaijan Ilham Aliyev has addressed the nation.",
      // A topic before the kind of text, as institutions title their statements.
      "Armenia/Azerbaijan: Statement by the Spokesperson on the latest clashes",
      // A spokesperson's answer to a journalist, as ministries title it.
      "Answer of the Spokesperson of the Ministry of Foreign Affairs of Azerbaijan to a media question",
      "Decree of the President of the Republic of Artsakh",
      // A ministry's press service comments on the other side's statement: the topic after "on" is not the issuer.
      "Commentary of the Press Service of the Ministry of Foreign Affairs on the statement of the Security Service of Armenia",
    ],
    counterExamples: ["Statements by both sides could not be verified.", "Information about the wounded is being clarified"],
  },
  titledRemit: {
    // "Statement of the State Committee on Work with Diaspora of the Republic of Azerbaijan": after a
    // body, "on" and words all capitalised (but the small ones) are the body's remit, part of its name;
    // a topic after "on" runs in lower case ("on the shelling of Tovuz").
    pattern: /^\s+on\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|and|with|for|on|in|to|\p{Lu}[\p{L}'’-]*))*$/u,
    examples: [" on Work with Diaspora of the Republic of Azerbaijan", " on Affairs of Refugees and IDPs", " on Foreign Relations"],
    counterExamples: [" on the shelling of Tovuz", " on Armenia's provocation", " on 12 July"],
  },
  bareRole: {
    // "Statement by the Spokesperson": a role that names no institution speaks for the site that publishes it.
    pattern: /^(?:the\s+)?(?:(?:chief\s+|official\s+)?spokes(?:person|man|woman)|press\s+secretary|press\s+office|high\s+representative)$/i,
    examples: ["the Spokesperson", "Spokesman", "the High Representative", "the Press Secretary"],
    counterExamples: ["the Spokesperson of the Ministry of Foreign Affairs", "Maria Zakharova"],
  },
  resolutionOpening: {
    // A resolution names its adopting body alone on a line, then its recitals and operative paragraphs
    // ("The European Parliament," / "- having regard to …" / "A. whereas …" / "1. Condemns …"): all of it is
    // that body's word, the recitals that relay what others said included.
    pattern: /^The\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|for|on|and|\p{Lu}[\p{L}'’-]*)){0,8}),$/u,
    examples: ["The European Parliament,", "The Security Council,", "The Parliamentary Assembly of the Council of Europe,"],
    counterExamples: ["The European Parliament adopted the text.", "The ministry said,", "the European Parliament,"],
  },
  recital: {
    pattern:
      /^(?:[-–•]\s*|[A-Z]{1,2}\.\s+)?(?:having\s+regard|whereas|recalling|reaffirming|noting|bearing\s+in\s+mind|deeply\s+concerned|expressing|taking\s+(?:note|into\s+account)|welcoming|stressing|emphasizing|emphasising|acknowledging|alarmed|gravely\s+concerned)\b/i,
    examples: [
      "- having regard to its recent resolutions on the situation",
      "A. whereas on 19 September 2023 Azerbaijan launched",
      "Recalling its resolutions 822 (1993) and 853 (1993),",
    ],
    counterExamples: ["Noted journalist Thomas de Waal wrote that", "The council, whereas it met, did not vote."],
  },
  resolutionProcedure: {
    // A resolution's citations and its closing instructions say what it rests on and where it goes, not what it holds.
    pattern:
      /^(?:[-–•]\s*)?having\s+regard\s+to\b|\binstructs\s+its\s+(?:president|secretary|chair(?:man|person)?|speaker)\b|\bdecides\s+to\s+remain\s+(?:actively\s+)?seized\b|^(?:assembly\s+debate\s+on|text\s+adopted\s+by|see\s+also)\b|^the\s+(?:applicants?|government|respondent\s+state|parties)\s+(?:was|were|is|are)\s+represented\s+by\b|^(?:the\s+)?judgment\s+was\s+given\s+by\b|^the\s+(?:judgment|decision|ruling|order)\s+is\s+available\s+(?:only\s+)?in\b/i,
    examples: [
      "- having regard to Rule 132(2) and (4) of its Rules of Procedure,",
      "Instructs its President to forward this resolution to the Council and the Commission;",
      "Decides to remain actively seized of the matter.",
      // A resolution page's record of its debate and adoption.
      "Assembly debate on 27 September 2021 (24th sitting) (see Doc. 15363, report of the Committee on Migration).",
      "Text adopted by the Assembly on 27 September 2021 (24th sitting).",
      "See also Recommendation 2209 (2021).",
      // A court's release: who represented whom, which bench gave the judgment, its languages.
      "The applicants were represented by lawyers practising in Baku.",
      "Judgment was given by a Chamber of seven judges, composed as follows:",
      "The judgment is available only in English.",
    ],
    counterExamples: ["Condemns the attack on the villages;", "Calls on the Council to adopt targeted sanctions;"],
  },
  letterSender: {
    // A letter circulated as a UN document names its sender in its title (group 1): everything in it is
    // the sender's, the other side's statements it quotes to rebut included.
    pattern: /^(?:identical\s+)?letters?\s+dated\s+[^!?]{3,60}?\s+from\s+(?:the\s+)?([^!?]{4,160}?)\s+(?:to\s+the\s+United\s+Nations\s+)?addressed\s+to\b/i,
    examples: [
      "Letter dated 3 November 2020 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General",
      "Identical letters dated 28 September 2020 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General and the President of the Security Council",
      "Letter dated 5 May 1994 from the Chargé d'affaires a.i. of the Permanent Mission of Armenia to the United Nations addressed to the President of the Security Council",
    ],
    counterExamples: ["The letter dated 3 November was read out by the envoy.", "A letter from the Permanent Representative was addressed to the Council."],
  },
  annexLine: {
    // An annex to a letter is the document the letter transmits, whose own issuer it names: the letter ends there.
    pattern: /^annex(?:\s+[IVX\d]{1,4})?(?:\s+to\s+the\s+(?:letter|note\s+verbale|note)\b.*)?$/i,
    examples: ["Annex I to the letter dated 31 March 2011 from the Permanent", "Annex", "ANNEX II"],
    counterExamples: ["Annexed to this letter is the statement of the co-chairs.", "Annex I lists the villages shelled."],
  },
  deliveredBy: {
    // A statement "as delivered by" its speaker at a meeting, as missions title them (group 1): the
    // speaker, or, where the name alone says no side, the mission whose page it is.
    pattern: /^statement\b[^!?]{0,240}?\bas\s+delivered\s+by\s+(?:the\s+)?([^,.;!?]{3,80}?)(?=\s+(?:at|to|before|in)\b|[,.;]|$)/i,
    examples: [
      'Statement on "The aggression against Artsakh", as delivered by Ambassador Armen Papikyan at the 1402nd meeting of the Permanent Council',
      "Statement in reply to the Delegation of Armenia, as delivered by Ambassador Rovshan Sadigbayli",
    ],
    counterExamples: ["The statement, delivered by the ambassador, was brief.", "Statements as delivered are posted online."],
  },
  numberedResolution: {
    // An assembly's resolution printed in numbered paragraphs that open with the assembly itself
    // ("1. The Parliamentary Assembly regrets …", "3. The Assembly recalls …"): the body, group 1.
    pattern:
      /^\d{1,2}\.\s+The\s+((?:Parliamentary\s+|General\s+)?Assembly|(?:European\s+)?Parliament|(?:Security\s+)?Council|Committee\s+of\s+Ministers)\s+(?!(?:of|for|and|in|on|at|to)\b)\p{Ll}/u,
    examples: [
      "1. The Parliamentary Assembly regrets the tragic humanitarian consequences of the conflict.",
      "3. The Assembly recalls that both states committed themselves to peaceful means.",
      "5. The European Parliament strongly condemns the attack.",
      "8. The Assembly is deeply concerned about the fate of the detainees.",
    ],
    counterExamples: [
      "1. The Assembly of European Regions met in Tbilisi.",
      "The Parliamentary Assembly regrets the clashes.",
      "2. The Armenian authorities insist that …",
    ],
  },
  unofficialSummary: {
    // A page that says it only summarises another body's document: the document's words are its body's,
    // named in each sentence ("The Council demands …"), and the page is no issuer of them.
    pattern: /\b(?:summary|summaries|digest)\s+(?:prepared|written|compiled|drawn up)\s+by\s+(?:the\s+)?(?:monitor|editors?|desk|staff|our\b|this\b)/iu,
    examples: ["Summary prepared by the Monitor.", "Digest compiled by our staff; not an official record."],
    // (A court's own summary of its order, "Summary - Not an official document", is the court's.)
    counterExamples: ["The summary was prepared by the ministry's lawyers.", "Summary - Not an official document"],
  },
  courtSummary: {
    // A court's own summary of its order, judgment or opinion: the court relays both parties' arguments.
    pattern: /^summary\s+of\s+the\s+(?:order|judgment|judgement|advisory\s+opinion|decision)s?\b/i,
    examples: ["Summary of the Order of 7 December 2021", "Summary of the Judgment of 12 November 2024", "SUMMARY OF THE ADVISORY OPINION"],
    counterExamples: ["A summary of the order was read out in court.", "Summary: the court ordered Azerbaijan to …"],
  },
  actWord: {
    // The kind of act, alone on its line in capitals, under the heading of the body that adopted it
    // ("JOINT SESSION OF THE … COUNCILS OF PEOPLE'S DEPUTIES" / "DECLARATION").
    pattern: /^(?:DECLARATION|RESOLUTION|DECREE|DECISION|APPEAL|STATEMENT|ADDRESS|PROCLAMATION)$/,
    examples: ["DECLARATION", "RESOLUTION", "DECREE"],
    counterExamples: ["Declaration", "DECLARATION OF INDEPENDENCE ADOPTED", "RESOLUTION 822"],
  },
  actBody: {
    // The adopting body's heading in capitals: a session, a council, a soviet, a parliament.
    pattern: /^(?=[^\p{Ll}]{12,260}$)[^\p{Ll}]*\b(?:SESSION|COUNCILS?|SOVIET|PARLIAMENT|ASSEMBLY|PRESIDIUM|GOVERNMENT|CABINET|CONGRESS)\b/u,
    examples: [
      "JOINT SESSION OF THE NAGORNO KARABAKH REGIONAL AND SHAHUMIAN DISTRICT COUNCILS OF PEOPLE'S DEPUTIES",
      "PRESIDIUM OF THE SUPREME SOVIET OF THE USSR",
      "NATIONAL ASSEMBLY OF THE REPUBLIC OF ARMENIA",
    ],
    counterExamples: ["Joint session of the councils", "THE COUNCIL", "COUNCIL"],
  },
  authorBio: {
    // An opinion piece or a letter closes with who wrote it; where that is an office of state ("Zohrab
    // Mnatsakanyan is the Minister of Foreign Affairs of the Republic of Armenia."), every sentence
    // of it is that office's claim (group 1 the name, group 2 the office). A former office is nobody's.
    pattern: new RegExp(
      String.raw`^(?:The\s+(?:author|writer)|(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}))\s+is\s+(?!(?:a\s+)?former\b)((?:the\s+|an?\s+)?(?:(?:\p{Lu}[\p{L}'’-]*|of|the)\s+){0,4}${OFFICE}\b(?:(?!\b(?:and(?!\s+\p{Lu})|but|who|which|said|says)\s)[^!?;]){0,160}?)\.?$`,
      "u",
    ),
    examples: [
      "Zohrab Mnatsakanyan is the Minister of Foreign Affairs of the Republic of Armenia.",
      // (A second office after "and" is still the line's: "… and Head of the Foreign Policy Department".)
      "Farid Aliyev is Assistant to the President of the Republic of Azerbaijan and Head of the Foreign Policy Department.",
      "Elin Suleymanov is Azerbaijan's Ambassador to the United Kingdom.",
      "The author is the Permanent Representative of Azerbaijan to the United Nations.",
    ],
    counterExamples: [
      "Tom de Waal is a senior fellow at Carnegie Europe.",
      "Vartan Oskanian is a former Minister of Foreign Affairs of Armenia.",
      "Ilham Aliyev is the President of Azerbaijan and has said he will not negotiate.",
    ],
  },
  signOff: {
    // A letter's sign-off on a line of its own, the name then the office ("Tahir Taghizade,
    // Ambassador of the Republic of Azerbaijan to the United Kingdom"): group 1 the name, group 2 the office.
    pattern: new RegExp(
      String.raw`^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),?\s+((?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*|of|the)\s+){0,4}${OFFICE}\s+(?:of|to|for)\s+(?:the\s+)?\p{Lu}(?:(?!\b(?:and|but|who|which|said|says)\s)[^!?;·|]){2,140}?)\.?$`,
      "u",
    ),
    examples: [
      "Tahir Taghizade, Ambassador of the Republic of Azerbaijan to the United Kingdom",
      "Armen Sarkissian Ambassador of Armenia to the United Kingdom",
      "Jeyhun Bayramov, Minister of Foreign Affairs of the Republic of Azerbaijan",
    ],
    counterExamples: [
      "Tahir Taghizade, a reader from Baku",
      // (A roundup's header over one official's post: a time after a separator, no letter's end.)
      "Toivo Klaar, EU Special Representative for the South Caucasus · 13 Sept",
      "Anna Petrosyan, Glendale, California",
      "Mr Taghizade, Ambassador of Azerbaijan, said the report was wrong.",
    ],
  },
  letterOpening: {
    // An open letter speaks for its signatories from its first words: "We, the undersigned …, write".
    pattern: /^(?:we|i),?\s+(the\s+undersigned\b(?:\s+[\p{L}'’-]+){0,8}?)\s*,/iu,
    examples: [
      "We, the undersigned scholars and experts on genocide, write to you with urgency.",
      "We, the undersigned organisations, call on the Council to act.",
      "We, the undersigned, urge both governments to release the detainees.",
    ],
    counterExamples: ["We signed the undersigned agreement in Moscow.", "The undersigned scholars wrote to the UN."],
  },
  // A speech or a letter printed whole opens with its address to its hearers or its reader, on a line
  // of its own: from there on it is its speaker's text.
  salutation: {
    pattern:
      /^(?:(?:mr|mister|madam|madame|mme|mrs|ms)\.?\s+(?:president|chair(?:man|woman|person)?|speaker|secretary[- ]general|minister|ambassador|co-?chairs?)|(?:dear|distinguished|honou?rable|esteemed|respected)\s+(?:(?:mr|mrs|ms|dr|prof)\.\s+)?[^.!?;:]{2,160}|your\s+excellenc(?:y|ies)[^.!?;:]{0,60}|excellenc(?:y|ies)[^.!?;:]{0,60}|ladies\s+and\s+gentlemen|(?:dear\s+)?(?:sir|madam|sirs|editor|colleagues|friends))\s*[,:!]?$/i,
    examples: [
      "Mr. President,",
      "Madam President,",
      "Dear colleagues,",
      "Dear Mr. Petrosyan,",
      "Excellencies, ladies and gentlemen,",
      "Sir,",
      "Distinguished members of the Council,",
    ],
    counterExamples: ["Mr. President, the shelling has not stopped.", "Dear colleagues in Baku said the talks failed.", "Mr. Aliyev,", "President Aliyev,"],
  },
  // A letter's or a speech's closing words: what follows is its signature, then the page's own text.
  letterClosing: {
    pattern:
      /^(?:(?:yours\s+)?(?:sincerely|faithfully|truly|respectfully)(?:\s+yours)?|with\s+(?:(?:best|kind|warm)\s+)?regards|(?:i\s+)?thank\s+you(?:\s+(?:for\s+your\s+attention|very\s+much))?(?:,?\s+(?:mr\.?|madam)\s+(?:president|chair(?:man|person)?))?)\s*[.,!]?$/i,
    examples: ["Sincerely,", "Yours faithfully,", "Respectfully yours,", "Thank you for your attention.", "I thank you, Mr. President.", "Thank you."],
    counterExamples: ["Thank you for the question, the minister said.", "Sincerely held views differ."],
  },
  // The lead-in that names who delivered or sent the text printed under it (group 1): "the remarks that
  // Armenia's Foreign Minister, Ararat Mirzoyan, delivered …", "the letter sent on 24 March by Jane Roe,
  // director of the Caucasus Rights Bureau, to …".
  documentDeliveredBy: {
    pattern:
      /\b(?:below|here|in\s+full|following|follows)\b[^.!?]{0,60}?\b(?:remarks|speech|address|statement|letter|message|reply|response|text)\s+(?:(?:that|which)\s+([^.!?;]{3,100}?)\s+(?:delivered|made|gave|wrote|sent|issued|addressed|read\s+out)\b|(?:delivered|made|given|sent|written|issued|signed|addressed|read\s+out)\b[^.!?;]{0,60}?\bby\s+([^.!?;()]{3,140}?)(?=\s*(?:\(|\.|;|,\s+(?:to|on|in|at|who|which)\b|\s+(?:to|on|in|at|this|last|before)\b)))/i,
    examples: [
      "The Digest publishes below, in full, the remarks that Armenia's Foreign Minister, Ararat Mirzoyan, delivered in Yerevan on 14 September.",
      "We reproduce below the letter sent on 2 May by Jane Roe, director of the Caucasus Rights Bureau, to the Armenian foreign minister.",
      "What follows is the speech delivered by Azerbaijan's ambassador at the Council.",
    ],
    counterExamples: ["The statement issued by the ministry on Monday said two soldiers were killed, and the letter was never answered."],
  },
  // A state's travel advice to its citizens: about Armenia and Azerbaijan it is a third state's, all of it.
  travelAdvice: {
    pattern:
      /\b(?:do not travel|reconsider (?:your )?need to travel|exercise (?:a high degree of|increased|normal|extreme) caution|travel advi(?:ce|sory|sories)|avoid all (?:but essential |non-essential )?travel)\b/i,
    examples: ["Do not travel within 5 km of the border.", "Reconsider your need to travel to Syunik.", "Travel advice: Armenia"],
    counterExamples: ["Travel to the region resumed on Monday, officials said."],
  },
  // A release's own slug over it: what follows, to its "###" or "-30-", is the issuing organisation's.
  immediateRelease: {
    pattern: /^(?:for\s+immediate\s+release|embargoed\s+(?:until|till)\b[^.!?]{0,60})[:.]?$/i,
    examples: ["FOR IMMEDIATE RELEASE", "For Immediate Release:", "EMBARGOED UNTIL 00:01 GMT, 9 October 2020"],
    counterExamples: ["The statement was released immediately after the vote."],
  },
  // A release's lead names its issuer as the subject of its first verb, after the dateline and a day
  // word (group 1): "WASHINGTON, D.C. - Today, the Armenian Caucus Council strongly condemned …".
  releaseLeadSubject: {
    pattern:
      /^(?:[\p{Lu}][\p{Lu}\p{M} .,'’-]{1,40}\s*[-–—]{1,2}\s*)?(?:(?:[Tt]oday|[Yy]esterday|[Oo]n\s+\p{L}+(?:\s+\d{1,2})?|[Tt]his\s+(?:week|morning))\s*,?\s+)?(?:[Tt]he\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|for|the|and|on|in)?\s*\p{Lu}[\p{L}'’.-]*){0,8}?)\s+(?:(?:today|strongly|sharply|firmly|also|again|formally)\s+)?(?:condemned|condemns|welcomed|welcomes|called|calls|urged|urges|announced|announces|said|says|expressed|expresses|denounced|denounces|deplored|deplores|demanded|demands|applauded|applauds|praised|praises|appealed|appeals|warned|warns)\b/u,
    examples: [
      "WASHINGTON, D.C. - Today, the Armenian Caucus Council strongly condemned the shelling of the cathedral.",
      "The Azerbaijani Community of Canada today called on the government to act.",
    ],
    counterExamples: ["Rockets struck the cathedral on Thursday, officials said."],
  },
  // A page's title over a text printed whole ("Full text: Armenia's foreign minister at the Security Council"):
  // group 1 what names its speaker.
  fullTextTitle: {
    pattern:
      /^(?:(?:full|complete)\s+text|text|in\s+full|transcript|document)\s*[:—–-]\s*(.{3,200})$|^(?:(?:full\s+)?(?:text\s+of\s+)?(?:the\s+)?(?:statement|speech|remarks|address|letter|message)\s+(?:by|of|from)\s+)(.{3,200})$/i,
    examples: [
      "Full text: Armenia's foreign minister at the Security Council on Nagorno-Karabakh",
      "Speech by the President of Azerbaijan at the Munich conference",
    ],
    counterExamples: ["Armenia's foreign minister speaks at the Security Council", "The text of the deal is still secret"],
  },
  // A reproduced document marked where it starts and ends: what stands between the marks is the
  // issuer's, what stands after the end mark is the page's own.
  documentBegins: {
    pattern:
      /^[-=*_#\s]*(?:begin(?:s|ning)?|start)\s+(?:of\s+)?(?:the\s+)?(?:bulletin|statement|text|document|release|report|communiqu[eé]|notice)\b[-=*_\s:]*$/i,
    examples: ["--- BEGIN BULLETIN ---", "=== Beginning of the statement ===", "BEGIN TEXT:"],
    counterExamples: ["The text begins with a warning to Armenia.", "Begin the report with the numbers."],
  },
  documentEnds: {
    pattern:
      /^[-=*_#(\s]*end(?:s)?\s+(?:of\s+)?(?:the\s+)?(?:(?:press|news|official|joint)\s+)?(?:bulletin|statement|text|document|release|report|communiqu[eé]|notice)\b[-=*_\s.)]*$/i,
    examples: ["--- END BULLETIN ---", "End of the statement.", "=== END TEXT ===", "(END OF NOTICE)", "(End of press release)", "END OF JOINT STATEMENT"],
    counterExamples: ["The end of the statement was drowned out by applause."],
  },
  // A speaker's label in capitals that gives the speaker's office or title before the name, as digests of
  // statements print them: a person, not a place or an outlet standing before a summary ("MOSCOW:").
  titledCapitalsLabel: {
    pattern:
      /^(?:(?:SECRETARY|PRESIDENT|PRIME|FOREIGN|DEFEN[CS]E|DEPUTY|FIRST|VICE|ASSISTANT|UNDER|MINISTER|AMBASSADOR|SPOKES(?:MAN|WOMAN|PERSON)|ENVOY|SPECIAL|REPRESENTATIVE|CO-?CHAIR|CHANCELLOR|SENATOR|GENERAL|COLONEL|MAJOR|LIEUTENANT|ADMIRAL|MR|MRS|MS|DR|OF|STATE|THE)\.?\s+)+\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2}$/u,
    examples: ["SECRETARY OF STATE COLIN POWELL", "PRESIDENT KOCHARIAN", "AMBASSADOR CAREY CAVANAUGH", "FOREIGN MINISTER LAVROV"],
    counterExamples: ["MOSCOW", "BROOKE", "ANCHOR", "SECRETARY"],
  },
  // A paragraph of the page's own that tells what a speaker it labelled said or did ("Powell noted that …",
  // "Asked whether …, Cavanaugh said …"): the speaker's surname (group 1) and a verb of telling or doing.
  narratedSpeaker: {
    pattern:
      /^(?:(?:Asked|Pressed|Speaking|Later|Earlier|Afterwards|Responding)\b[^.!?]{0,120}?,\s+)?(\p{Lu}[\p{L}'’-]+)\s+(?:(?:then|also|later|again|further|briefly|repeatedly)\s+)?(?:said|says|noted|notes|told|tells|added|adds|thanked|declined|stressed|recalled|warned|insisted|replied|answered|argued|called|urged|described|dismissed|denied|welcomed|praised|opened|closed|left|went|spoke|read|repeated)\b/u,
    examples: [
      "Powell noted that the two presidents had met at least 15 times.",
      "Powell then thanked the press and the leaders went into a private session.",
      "Asked whether a deal could emerge in Florida, Cavanaugh said the round was never meant to produce a breakthrough.",
    ],
    counterExamples: ["Unfortunately, today we did not settle the issue of prisoners.", "Russia's peacekeeping group is meeting its obligations."],
  },
  // A title that names a speech and its speaker: "X's address to …" (group 1), "Speech by X" (group 2).
  speechTitle: {
    pattern:
      /(?:^|[\s:"“”])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})['’]s\s+(?:(?:full|opening|closing|keynote|televised|annual|UN|UNGA|farewell|victory|inaugural)\s+)?(?:speech|address|remarks)\b|\b(?:[Ss]peech|[Aa]ddress|[Rr]emarks)\s+(?:by|of)\s+(?:(?:President|Prime\s+Minister|Foreign\s+Minister|Minister)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u,
    examples: [
      '"Not a border clash": Pashinyan\'s address to the UN General Assembly',
      "Aliyev's televised address: the key passages",
      "Speech by President Ilham Aliyev at the Munich Security Conference",
    ],
    counterExamples: ["Pashinyan addresses parliament", "What the speech did not say", "Reactions to the address"],
  },
  // A heading over a body's own account of a meeting or a call, printed as issued: the body (group 1 or 2).
  readoutHeading: {
    pattern:
      /^(?:[\dIVX]{1,3}[.)]\s*)?(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*?)(?:['’]s)?\s+(?:readout|communiqu[eé])(?:\s*\((?:as\s+issued|in\s+full|full\s+text|official\s+text|official\s+translation|abridged|excerpts?)\))?\s*[:.]?$|^(?:[\dIVX]{1,3}[.)]\s*)?(?:[Tt]he\s+)?(?:[Rr]eadout|[Cc]ommuniqu[eé])\s+(?:by|from|of|issued\s+by)\s+the\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s*(?:\((?:as\s+issued|in\s+full|full\s+text|abridged|excerpts?)\))?\s*[:.]?$/u,
    examples: ["1. Kremlin readout (as issued)", "White House readout", "Readout from the Kremlin", "The Élysée's readout:"],
    counterExamples: ["2. Statements for the press", "Readout of the call with President Aliyev", "What the readouts left out"],
  },
  // A transcript's stage note that closes the exchange the page reproduces: the outlet's own text may follow.
  exchangeEnds: {
    pattern:
      /^[[(]\s*(?:(?:the\s+)?(?:briefing|press\s+conference|news\s+conference|press\s+briefing|exchange|q\s*&\s*a|questions?|session|remarks|interview|transcript|conversation)\b[^\])]{0,40}?\b(?:continued|ended|concluded|closed|adjourned|moved\s+on|turned|went\s+on)\b[^\])]{0,60}|end(?:s)?(?:\s+of\s+(?:the\s+)?(?:briefing|transcript|excerpts?|remarks|exchange|interview))?|(?:rest\s+of\s+(?:the\s+)?(?:briefing|transcript)|remainder\s+of\s+(?:the\s+)?(?:briefing|transcript))\b[^\])]{0,60})\s*\.?\s*[\])]\.?$/i,
    examples: [
      "[The briefing continued on other topics.]",
      "(The press conference ended at 12:40.)",
      "[END]",
      "[End of transcript]",
      "[Remainder of the briefing not reproduced.]",
    ],
    counterExamples: ["[Applause]", "[The minister pauses]", "(The ministry later said the talks had ended.) Shelling went on."],
  },
  // A lead-in that announces the document printed under it and names its issuer (group 1).
  documentAnnounced: {
    pattern:
      /\b(?:(?:what follows is|below is|(?:we|the\s+[a-z-]+(?:\s+[a-z-]+){0,2}) (?:publish(?:es)?|prints?|reproduces?) (?:below|here)|here is|follows below)\b[^.!?]{0,60}?\b(?:statement|notice|bulletin|release|communiqu[eé]|text|report|announcement|letter|message|appeal|declaration)\b|the following(?:\s+(?:statement|notice|bulletin|release|press release|communiqu[eé]|text))?\s+(?:was|is|has been))[^.!?]{0,60}?\b(?:issued|released|published|posted|put out|sent|adopted|signed)\b[^.!?]{0,40}?\bby\s+(?:the\s+)?(?:press service of\s+(?:the\s+)?)?([^.!?,;()]{4,140}?)(?=\s*(?:\(|,|\.|;|\s+(?:on|in|at|this|last)\b))/i,
    examples: [
      "What follows is the notice issued on Thursday morning by the press service of Azerbaijan's State Border Service (DSX), in full.",
      "We publish below, in our translation, the statement issued on Monday by the Ministry of Defence of Armenia.",
      "Editor's note: The following was issued by the Armenian Youth Committee on Monday, after the vote.",
      "The Herald publishes below the statement issued in Yerevan on Friday by the Ministry of Defence of Armenia.",
    ],
    counterExamples: ["The statement issued by the ministry on Monday said two soldiers were killed.", "What follows is our own reporting."],
  },
  // A listed company's announcement defines the name it goes by (group 1 is the company, unless the
  // line above names it): 'Caspian Copper plc ("Caspian Copper" or the "Company")', 'Kura Bank OJSC (the "Bank")'.
  companyDefined: {
    pattern: /^([^()"“”.!?]{3,80}?)?\s*\((?:[^()]{0,60}?\s+or\s+)?(?:the\s+)?["“](?:company|group|bank|issuer)["”]\)/iu,
    examples: [
      'Caspian Copper Resources plc ("Caspian Copper" or the "Company")',
      'Kura Bank OJSC (the "Bank"), the Baku-listed lender, announces its results for the third quarter.',
      '("Caspian Copper" or the "Company")',
    ],
    counterExamples: ['The company ("we") said output would fall.', "Caspian Copper Resources plc (CCR) said output would fall."],
  },
  // A paper's lead-in to a reply it prints on request (a right of reply): the body that asked for it
  // (group 1, or group 2 where the paper says it received the reply from it). The body may go unnamed
  // ("We have been asked to publish the following reply."): the letter's signature then names it.
  replyAnnounced: {
    pattern:
      /^(?:(?:the\s+)?([^.!?;:"“”]{4,140}?)\s+(?:has|have)\s+(?:asked|requested)\s+(?:(?:us|this\s+(?:paper|newspaper)|the\s+[\p{L}-]+)\s+to|that\s+(?:we|the\s+[\p{L}-]+))|we\s+(?:have\s+been|were)\s+asked\s+to)\s+(?:publish|print|carry|run)\s+(?:the\s+following|this|its)\s+(?:response|reply|rejoinder|letter|rebuttal|correction|clarification)\b|^(?:we\s+(?:have\s+)?received|the\s+(?:[\p{L}-]+\s+)?(?:paper|newspaper)\s+(?:has\s+)?received)\s+the\s+following\s+(?:response|reply|rejoinder|letter|rebuttal)\b[^.!?]{0,40}?\bfrom\s+(?:the\s+)?([^.!?,;()]{4,140}?)(?=\s*(?:\(|,|\.|;|:|\s+(?:on|in|at|to|which|this|last)\b))/iu,
    examples: [
      "The Embassy of the Republic of Armenia has requested that we print the following reply to our article of 7 November.",
      "The Ministry of Foreign Affairs of Azerbaijan has asked us to publish the following response to our report.",
      "We have received the following reply from the Embassy of the Republic of Azerbaijan in Berlin.",
      "We have been asked to publish the following response.",
    ],
    counterExamples: [
      "The embassy asked the paper to retract the report, which it refused to do.",
      "Readers have asked us to explain how we report casualty figures.",
    ],
  },
  pageResumes: {
    // "Background from the news desk:" under a statement the page printed: the page's own text again.
    pattern: /^(?:background|context)(?:\s+(?:from|by)\b[^:.!?]{0,60})?\s*:/i,
    examples: ["Background from the Diaspora Weekly news desk: the war of 2020 killed thousands.", "Background: The corridor opened in 2020."],
    counterExamples: ["Background checks were carried out at the border."],
  },
  releaseMarker: {
    pattern:
      /\b(?:press|news)[- ]releases?\b|^no\.?\s*[:：]?\s*\d+\/\d+$|^(?:official\s+|public\s+|press\s+)?statement(?:\s+no\.?\s*[:：]?\s*\d+(?:[/-]\d+)?)?$|^(?:the\s+)?press service\b|\bpress service of\b|\binformation (?:of|from) the press service\b|\boperational update\b|^report(?:\s+(?:excerpt|extract))?$|^(?:excerpts?|extracts?)\s+(?:of|from)\s+(?:the|a|our)\s+report\b|^(?:interim|final|preliminary|special|ad\s+hoc)\s+report\b|^field notes?(?:\s*[:：—–-]|\s*$)|^(?:situation|activity) (?:report|update)\b|^(?:daily\s+)?(?:information\s+)?bulletin(?:\s+text)?(?:\s*\((?:translated|translation|unofficial translation)\))?$/i,
    examples: [
      "Press release No: 312/20",
      "PRESS RELEASES",
      "No: 214/23",
      "Statement",
      "STATEMENT No. 2023/04",
      "Public statement no 7",
      "Press Service of the President of the Republic of Azerbaijan",
      "News release · 13 October 2020",
      "OPERATIONAL UPDATE",
      "Report excerpt",
      "Excerpts from the report",
      "Armenia: ICRC operational update on the border villages",
      "Field Notes: Shelling of Villages near the Border",
      "Situation report No. 4",
      "INTERIM REPORT on the attacks against the civilian population",
      "BULLETIN TEXT (translated)",
    ],
    // (A publication's tagline describes its pages: "Field notes and policy tracking on people displaced …".)
    counterExamples: [
      "The ministry said in a statement on Monday that two soldiers were killed.",
      "Inter Press Service",
      "Transcontinental Press Service",
      "Field notes and reporting from the border villages",
      // (A summary of someone's report is another publication's account of it, not the report itself.)
      "Report summary",
    ],
  },
  relayedRelease: {
    // An agency that quotes a press service relays it: its story is news, not the service's own release.
    pattern:
      /\bpress service\b[^.!?]{0,90}?\b(?:told|tells|said|says|reported|reports|informed|informs|stated|announced|quoted)\b|\b(?:told|said|says|reported|informed|according to)\b[^.!?]{0,40}?\bpress service\b/i,
    examples: [
      "Units of the Azerbaijani army attacked positions in Mardakert, the press service of the Defense Army told the agency.",
      "According to the press service of the ministry, two soldiers were wounded.",
    ],
    counterExamples: ["Press Service of the President of the Republic of Azerbaijan", "Information of the press service of the Ministry of Defence"],
  },
  body: {
    pattern: new RegExp(String.raw`\b${BODY}\b`, "i"),
    examples: [
      "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF AZERBAIJAN",
      "the Co-Chairs of the OSCE Minsk Group",
      "Press Service of the President",
      "International Committee of the Red Cross",
    ],
    counterExamples: ["Caucasus Weekly"],
  },
  liveLabel: {
    pattern: /^live\b|\blive (?:updates?|blog|coverage)\b|\bas it happened\b/i,
    examples: ["Live: Fighting in Nagorno-Karabakh", "Karabakh live updates", "Nagorno-Karabakh offensive – as it happened"],
    counterExamples: ["Thousands live in tents near Goris"],
  },
  pressReview: {
    pattern:
      /\bpress reviews?\b|\breview of the (?:[\p{L}-]+\s+){0,2}(?:press|papers|newspapers)\b|\bwhat the (?:[\p{L}-]+\s+){0,2}(?:papers|press|newspapers) (?:say|said|wrote|write|are saying)\b|\bnewspaper review\b|\bfrom the (?:morning |weekend )?papers\b/iu,
    examples: [
      "Press review: the Baku papers on the border talks",
      "What the Georgian press wrote this week",
      "Review of the Azerbaijani press, 4 May",
      "From the morning papers",
    ],
    counterExamples: ["The press reported the clash.", "Pashinyan reviewed the papers before the vote."],
  },
  /** In a press review, a sentence told as a paper's: "The paper writes that …", "quoted by the daily", "Several papers note …". */
  paperSpeaks: {
    pattern:
      /\b(?:the|this|that|several|other|both|many|some|most|all)\s+(?:paper|papers|daily|dailies|weekly|weeklies|newspaper|newspapers|tabloid|editorial|broadsheet|channel|broadcaster|station)\b|\b(?:it|she|he)\s+(?:writes|wrote|quotes|quoted|notes|argues|claims|recalls|reports|reported|reminds|alleges|cites|says|said)\b|\bits editorial\b/i,
    examples: [
      "The paper writes that talks stalled.",
      "A spokesman quoted by the daily denied it.",
      "It quotes residents as saying",
      "Several papers note the announcement",
      "According to the channel, the unit came under fire.",
    ],
    counterExamples: ["The ministry said talks stalled.", "Papers were signed in Moscow."],
  },
  /** A state's own paper: its words in a press review are its state's, not a third party's. */
  statePaper: {
    pattern: /\b(?:government|state|state-run|state-owned|official|pro-government)\s+(?:daily|paper|newspaper|weekly|press)\b/i,
    examples: ["The government daily publishes the statement in full.", "the state-run newspaper quotes the minister"],
    counterExamples: ["The opposition daily accuses the government."],
  },
  explainerLabel: {
    pattern: /\bexplainers?\b|\bexplained\b|\bfactbox\b|\bq&a\b|\bwhat you need to know\b|\bwhat (?:is|are|was|were|happened|does|do)\b[^.]*\?$/i,
    examples: ["Outlet · Explainers", "FACTBOX-What is happening in Nagorno-Karabakh?", "What is the Lachin corridor?"],
    counterExamples: ["Armenia says what happened in Parukh was a provocation."],
  },
  explainerHeading: {
    pattern: /^(?:what|why|who|how|where|when)\b[^.]*\?$/i,
    examples: ["Why does it matter?", "WHAT DOES ARMENIA SAY?"],
    counterExamples: ["Why Baku chose to strike now"],
  },
  analysisLabel: {
    pattern: /\banalysis\b|\bopinion\b|\bcommentary\b|\bop-?ed\b|\bcolumn\b|\bperspective\b|\blong read\b|\bfeature\b/i,
    examples: ["OUTLET | Analysis", "Opinion", "The long read"],
    counterExamples: ["Analysts said the strike was planned"],
  },
  // A parliament's written question and its answer: the question's lines, then who answers for the government.
  writtenQuestion: {
    pattern:
      /^(?:\d{1,2}\.\s+)?(?:(?:parliamentary\s+)?question\s+(?:for|to)\s+(?:written\s+answer|the\s+\p{Lu}|[\p{Lu}])|written\s+question\b|asked\s+by\s+\S|to\s+ask\s+(?:the|his|her|my)\b|tabled\s+by\s+\S)/iu,
    examples: [
      "Question for written answer E-001234/2025",
      "Question to the Ministry of Defence",
      "4. WRITTEN QUESTION UIN 11702, tabled 2 March 2021",
      "Question for Foreign, Commonwealth and Development Office",
      "Asked by Jane Doe (Labour – Anytown)",
      "To ask the Secretary of State for Foreign Affairs, what assessment he has made of the ceasefire.",
      "Written question No. 17 by Deputy Hakobyan",
    ],
    counterExamples: [
      "The question for the court was whether the order had been obeyed.",
      "Asked about the shelling, he said nothing.",
      "Questions to the ministry went unanswered for a week.",
    ],
  },
  answeredBy: {
    // The answerer runs to the end of the line, less a date in brackets: "… on behalf of the Commission (28.11.2025)".
    pattern:
      /^(?:answer(?:ed)?\s+(?:given\s+)?by|repl(?:y|ied)\s+(?:given\s+)?by|answer\s+on\s+behalf\s+of)\s+(.{3,200}?)\s*(?:\(\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*\)|\(\s*\d{1,2}\s+\p{L}+\s+\d{4}\s*\))?\s*$/iu,
    examples: [
      "Answer given by High Representative/Vice-President Borrell on behalf of the European Commission (12.3.2023)",
      "Answered by Jane Smith, Minister of State (Foreign, Commonwealth and Development Office)",
      "Reply given by the Minister for Foreign Affairs",
    ],
    counterExamples: ["Answered on 19 February 2026", "The answer given by the ministry was short, reporters said, and it did not address the shelling."],
  },
  memberLine: {
    // A member's name alone on its line with a party tag in brackets, as a parliament's record prints
    // it above their words: UK parties ("(Con)", "(CB)", "(Lab/Co-op)") and US ones ("(D-NJ)"). A
    // constituency in brackets may stand between ("Jane Doe (Leeds North) (Lab)").
    pattern:
      /^((?:The\s+)?[\p{Lu}][\p{L}'’.-]+(?:\s+(?:of|and|de|van|von|[\p{Lu}][\p{L}'’.,-]*)){0,7})\s*(?:\([^()]{2,60}\)\s*)?\((?:Con|Lab|Lab\/Co-op|LD|Lib\s+Dem|CB|Crossbench|SNP|DUP|UUP|SDLP|PC|Green|Ind|Bp|Non-Afl|Alba|Reform|SF|[DRI]-[A-Z]{2}(?:-\d{1,2})?)\)$/u,
    examples: [
      "The Earl of Courtown (Con)",
      "Baroness Smith of Basildon (Lab)",
      "Lord Hannay of Chiswick (CB)",
      "Stephen Doughty (Cardiff South and Penarth) (Lab/Co-op)",
      "Rep. Adam Schiff (D-CA)",
    ],
    counterExamples: ["The Earl of Courtown said the Government urged restraint (Con)", "Armenia (ARM)", "Lord Ahmad of Wimbledon"],
  },
  recordLabel: {
    // A legislature's printed record opens each speech with the speaker's title and surname in
    // capitals and a full stop ("Mr. KEAN.", "Mrs. KIM of California."), where others use a colon.
    pattern:
      // (An assembly's report prints the delegation in brackets and a dash: "Ms NAGHDALYAN (Armenia) - The two reports …".)
      /^((?:Mr|Mrs|Ms|Miss|Dr|Senator|Chairman|Chairwoman)\.?\s+(?:Mc|Mac|De|Di|La|Van)?[\p{Lu}][\p{Lu}'’-]+(?:\s+[\p{Lu}][\p{Lu}'’-]+)?(?:\s+of\s+\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)?|The\s+(?:PRESIDING\s+OFFICER|(?:ACTING\s+)?(?:PRESIDENT|SPEAKER)\s+pro\s+tempore|CHAIR|CHAIRMAN|CHAIRWOMAN))\.\s+(?=\S)|^((?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Baroness)\.?\s+[\p{Lu}][\p{Lu}'’-]+(?:\s+[\p{Lu}][\p{Lu}'’-]+)?\s*\([^()]{2,60}\))\*?\s+[-–—]\s+(?=\S)/u,
    examples: [
      "Mr. KEAN. The subcommittee will come to order.",
      "Ms NAGHDALYAN (Armenia) - The two reports are not about peace.",
      "Mr SEYIDOV (Azerbaijan) - One fifth of my country's territory is occupied.",
      "Ms. PEMBERTON. Thank you, Mr. Chairman.",
      "Mr. O'BRIEN. We have urged Baku to allow returns.",
      "Mr. McCAUL. I yield back.",
      "Mrs. KIM of California. Thank you.",
      "The PRESIDING OFFICER. Without objection, it is so ordered.",
      "Senator VAN HOLLEN. Section 907 restricts assistance to Azerbaijan.",
      "The SPEAKER pro tempore. The question is on the motion.",
    ],
    counterExamples: [
      "Mr. Kean. He spoke first.",
      "Mr. KEAN said the hearing would resume.",
      "Dr. K. Jones wrote the report.",
      "The presiding officer. He spoke.",
    ],
  },
  committeeChair: {
    // A committee's chair as a legislature's record labels it: a member stating views, not a presiding officer.
    pattern: /^The\s+(?:CHAIRMAN|CHAIRWOMAN|CHAIR)$/,
    examples: ["The CHAIRMAN", "The CHAIRWOMAN"],
    counterExamples: ["The PRESIDING OFFICER", "The Chairman", "The CHAIRMAN of the committee"],
  },
  recordMember: {
    // A member's label as a legislature's record prints it (the label, without its full stop).
    pattern: /^(?:Mr|Mrs|Ms|Miss|Dr|Senator)\.?\s+(?:Mc|Mac|De|Di|La|Van)?\p{Lu}[\p{Lu}'’-]+\b/u,
    examples: ["Mr. KERRY", "Mrs. SHAHEEN", "Senator RISCH", "Mr. McCAUL"],
    counterExamples: ["Mr. Kerry", "The PRESIDING OFFICER", "Senator"],
  },
  recordNarration: {
    // What the record itself says between speeches: the sitting's course, a vote and its result.
    pattern:
      /^(?:The\s+meeting\s+(?:rose|was\s+(?:called\s+to\s+order|suspended|resumed|adjourned|closed))|(?:A\s+recorded\s+vote|A\s+vote)\s+was\s+taken|(?:The\s+)?draft\s+(?:resolution|decision)\b.{0,120}\bwas\s+adopted|In\s+favou?r\s*:|Against\s*:|Abstaining\s*:|Abstentions?\s*:|\((?:spoke\s+in|interpretation\s+from)\b|Division\s+\d+|Question\s+put\b|Motion\s+agreed\b)/i,
    examples: [
      "The meeting rose at 1.05 p.m.",
      "A recorded vote was taken.",
      "Draft resolution A/70/L.12 was adopted by 102 votes to 9, with 40 abstentions.",
      "In favour: Albania, Andorra",
      "Question put and agreed to.",
    ],
    counterExamples: ["The meeting in Moscow was called off by the Kremlin.", "In favour of peace, he said, both sides must compromise."],
  },
} satisfies RuleTable<string>;

export const GENRE_CUES = patternsOf(GENRE_RULES);
