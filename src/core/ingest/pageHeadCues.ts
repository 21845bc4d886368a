// The shapes of a page head's furniture, each rule with examples and counter-examples
// (checked by tests/rules/ruleTables.test.ts).
import { patternsOf, type RuleTable } from "../rules/rule.ts";

/** What separates a breadcrumb's or a label strip's parts. */
const SEPARATOR = String.raw`\s+(?:[|｜>›»/*·•]|&gt;|::)\s+`;

/** A printed paper's sections, shared by page heads and section labels ("World | Obituaries"). */
export const PRINT_SECTIONS = "obituar(?:y|ies)|front line|front page|letters|weather";

/** Words a site uses for its sections and page labels. */
const SECTION =
  String.raw`(?:home|main page|news|latest|world|world news|politics|military|defen[cs]e|security|economy|business|society|culture|opinion|analysis|` +
  String.raw`explainers?|features?|interviews?|fact[- ]?checks?|conflicts?|region|regions|regional|caucasus|south caucasus|europe|eurasia|asia|` +
  String.raw`middle east|history|diplomacy|foreign news|foreign policy|the world|international|national|local|press service|press releases?|` +
  String.raw`briefings?|statements?|events|addresses|speeches|documents|archive|media|contacts?|about|live|updates|multimedia|video|photos?|` +
  String.raw`armenia|azerbaijan|russia|turkey|iran|georgia|karabakh|nagorno-karabakh|armenia[-–]azerbaijan|human rights|page \d+|sign in|subscribe.*|search\.*|` +
  // (A community's or a campus's paper names its own news section: "CAMPUS NEWS", "Community News", "Opinion & Features".)
  String.raw`(?:>>\s*)?(?:campus|community|diaspora|members'?) (?:news|life)|opinion (?:&|and) features|` +
  String.raw`daily news bulletin|diplomatic panorama|(?:defen[cs]e |military |war |daily )?bulletins?|newsroom|resources|institutions|countries|minsk group|comment|sport|culture|english (?:service|edition|version)|${PRINT_SECTIONS}|` +
  // A page abroad names its sections in its own language: "DEPORTES", "Internacional", "Mundo", "Opinión".
  String.raw`deportes|esportes|sports?|internacional|international|mundo|monde|pol[ií]tica|politique|econom[ií]a|[ée]conomie|opini[oó]n|opini[aã]o|cultura|sociedad|sociedade|noticias|not[ií]cias|nouvelles|actualit[ée]s?|obituarios|necrol[oó]gicas|obituaries|cartas|lettres)`;

/** Words joined by "|", each matching with a capital or a small first letter, in a case-sensitive pattern. */
function anyCase(words: string): string {
  const each = words.split("|").map((w) => `[${(w[0] ?? "").toUpperCase()}${(w[0] ?? "").toLowerCase()}]${w.slice(1)}`);
  return `(?:${each.join("|")})`;
}

/** The words that name a public body ("Ministry", "Council", "Institute"). */
const BODY =
  "ministry|committee|council|office|service|agency|organi[sz]ation|republic|president|presidency|government|embassy|mission|department|parliament|assembly|institute|centre|center|foundation|observatory|commissioner|commission|ombudsman";

/** Countries, as a masthead names the one it is published in ("Chișinău, Republic of Moldova"). */
const COUNTRY =
  "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czechia|Czech Republic|Denmark|Djibouti|Dominica|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Korea|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|Spain|Sri Lanka|Sudan|South Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|Venezuela|Vietnam|Viet Nam|Yemen|Zambia|Zimbabwe|Moldova|Macedonia|Artsakh|Nagorno-Karabakh";

/** Territories that are no country, as a masthead names the one it is published in ("Road Town, Tortola, British Virgin Islands"). */
const TERRITORY =
  "U\\.S\\. Virgin Islands|US Virgin Islands|British Virgin Islands|Anguilla|Montserrat|Cayman Islands|Grand Cayman|Turks and Caicos(?: Islands)?|Bermuda|Falkland Islands|Saint Helena|St Helena|Ascension Island|Tristan da Cunha|Pitcairn Islands|Norfolk Island|Christmas Island|Cocos \\(Keeling\\) Islands|Cook Islands|Niue|Tokelau|American Samoa|Guam|Northern Mariana Islands|Puerto Rico|Wallis and Futuna|New Caledonia|French Polynesia|Réunion|Martinique|Guadeloupe|French Guiana|Mayotte|Saint-Pierre and Miquelon|Saint-Martin|Sint Maarten|Saint-Barthélemy|Aruba|Curaçao|Bonaire|Greenland|Faroe Islands|Åland|Aland Islands|Guernsey|Jersey|Isle of Man|Gibraltar|Hong Kong|Macao|Macau";

/** A town's or an island's name as a place line prints it: "Road Town", "St. Croix", "Fakaofo Atoll". */
// ("Wallis (Uvea)": the island's other name may follow in brackets.)
const PLACE_WORDS = String.raw`(?:The\s+)?\p{Lu}[\p{Ll}'’.-]+(?:[ -]\p{Lu}[\p{Ll}'’.-]+){0,2}(?:\s+\(\p{Lu}[\p{Ll}'’ -]{1,30}\))?`;

/** "Independent English-language Daily": what kind of paper a masthead's tagline says it is. */
const PAPER_KIND = String.raw`(?:${anyCase("an|a|the")}\s+)?(?:(?:${anyCase("independent|free|national|regional|leading|oldest|first|only|english|international")}|\p{Lu}[\p{L}]+-language)\s+)+${anyCase("daily|weekly|monthly|newspaper|paper|magazine|journal")}`;
/** "… of the Sahel", "… for the South Caucasus": the region a paper's tagline says it serves, in capitals. */
const PAPER_REGION = String.raw`\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}`;
/** "Since 1998", "Founded in 1923", "Est. 2004". */
const PAPER_SINCE = String.raw`(?:${anyCase("since|founded|established")}|Est\.|SINCE|FOUNDED|EST\.)(?:\s+in)?\s+(?:1[89]|20)\d{2}`;

export const PAGE_HEAD_RULES = {
  breadcrumb: {
    pattern: new RegExp(SEPARATOR),
    examples: [
      "Home > News > Military",
      "Fact Check | Conflict | Armenia-Azerbaijan",
      "TUESDAY, MARCH 3, 1992 * THE WORLD * PAGE 2",
      "Explainers  /  Caucasus  /  History",
    ],
    counterExamples: ["Azerbaijan says 1,000 killed in Khojaly; Karabakh Armenians dispute toll"],
  },
  separator: {
    pattern: new RegExp(SEPARATOR),
    examples: [" > ", " | ", " * ", " / ", " :: "],
    counterExamples: ["Baku/Yerevan", "RFE/RL"],
  },
  section: {
    pattern: new RegExp(String.raw`^${SECTION}$`, "i"),
    examples: [
      "Military",
      "Fact Check",
      "Armenia-Azerbaijan",
      "Press releases",
      "THE WORLD",
      "PAGE 2",
      "Sign in",
      "DEPORTES",
      "Internacional",
      "CAMPUS NEWS",
      ">> CAMPUS NEWS",
    ],
    counterExamples: ["Caucasus Ledger", "Pacific Courier"],
  },
  siteLink: {
    pattern: /\b(?:home|sign in|log in|subscribe|search|menu)\b/i,
    examples: ["Sign in | Subscribe from $1", "Home / Briefings"],
    counterExamples: ["Karabakh talks | Live updates"],
  },
  home: {
    pattern: /^(?:home|main page|start)$/i,
    examples: ["Home", "Main page"],
    counterExamples: ["Homeland"],
  },
  // The small words inside a name, English and foreign ("Rundschau am Abend", "Corriere della Sera").
  nameGlue: {
    pattern: /^(?:of|the|and|for|in|on|de|du|la|le|les|des|to|am|im|der|die|das|von|van|di|del|della|dello|el|al|-|–|—)$/,
    examples: ["of", "the", "–", "am", "della"],
    counterExamples: ["says", "Of"],
  },
  institution: {
    pattern: new RegExp(String.raw`^(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,3}(?:${BODY})\b`, "iu"),
    examples: [
      "The Ministry of Foreign Affairs of the Russian Federation",
      "International Committee of the Red Cross",
      "President of the Republic of Azerbaijan ILHAM ALIYEV",
      "OSCE Organization for Security and Co-operation in Europe",
      "Black Sea Dialogue Institute",
      "U.S. Department of State",
    ],
    counterExamples: ["Truce Takes Hold in Karabakh After Six Years of War"],
  },
  institutionName: {
    // A masthead in capitals is the body's name whole: it ends with the body's word or goes on with
    // what it serves ("… OF THE RED CROSS"); "SECURITY COUNCIL DEMANDS …" is a headline.
    pattern: new RegExp(String.raw`^(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,3}(?:${BODY})(?:\s+(?:of|for|on|and|to|in)\b.*)?$`, "iu"),
    examples: ["THE MINISTRY OF FOREIGN AFFAIRS OF THE RUSSIAN FEDERATION", "U.S. DEPARTMENT OF STATE", "CASPIAN POLICY INSTITUTE"],
    counterExamples: ["SECURITY COUNCIL DEMANDS IMMEDIATE WITHDRAWAL OF ALL FORCES"],
  },
  // "ASSOCIAÇÃO DE AGRICULTORES DAS ENCOSTAS DO DOURO", "LABORATORIO LIGURE DI STUDI COSTIERI (LLSC)": a body's
  // name in capitals in its own language, its kind first and joined by that language's small words; however long,
  // a masthead. (An English headline in capitals, "CENTRE OF YEREVAN SHELLED AS TALKS FAIL", has English words.)
  foreignBodyName: {
    pattern:
      /^(?:ASSOCIA[ÇC][ÃA]O|ASSOCIAZIONE|ASOCIACI[ÓO]N|REDE|RED|RETE|R[ÉE]SEAU|CENTRO|INSTITUTO|ISTITUTO|INSTITUT|LABORAT[ÓO]RIO|LABORATOIRE|F[ÓO]RUM|FORUM|FUNDA[ÇC][ÃA]O|FONDAZIONE|FUNDACI[ÓO]N|FONDATION|SOCIEDADE|SOCIET[ÀA]|SOCIEDAD|SOCI[ÉE]T[ÉE]|COOPERATIVA|COOP[ÉE]RATIVE|FEDERA[ÇC][ÃA]O|FEDERAZIONE|FEDERACI[ÓO]N|F[ÉE]D[ÉE]RATION|OBSERVAT[ÓO]RIO|OSSERVATORIO|OBSERVATOIRE|ACADEMIA|ACCADEMIA|ACAD[ÉE]MIE|MUSEU|MUSEO|MUS[ÉE]E|UNIONE|UNI[ÃA]O|COMIT[ÉE]|COMITATO|CONSIGLIO|CONSEJO|CONSELHO|GRUPPO|GRUPO|GROUPE|MOVIMENTO|MOVIMIENTO|MOUVEMENT|LIGA|LEGA|LIGUE)(?=(?:\s+[\p{Lu}'’&.-]+)*\s+(?:DE|DI|DO|DA|DAS|DOS|DEL|DELLA|DELLE|DEGLI|DEI|DES|DU|PER|PARA|POUR|PELA|PELO|E|Y|ET)\s)(?!.*\b(?:OF|THE|FOR|AND|IN|ON|TO|AS|AT|AFTER|OVER)\b)(?:\s+[\p{Lu}'’&.-]+){1,12}(?:\s+\(\p{Lu}{2,8}\))?$/u,
    examples: ["ASSOCIAÇÃO DE AGRICULTORES DAS ENCOSTAS DO DOURO E DO COA", "LABORATORIO LIGURE DI STUDI COSTIERI (LLSC)", "REDE DE PASTORES DA SERRA"],
    counterExamples: ["CENTRE OF YEREVAN SHELLED AS TALKS FAIL", "FORUM DE PAZ SHELLED AS TALKS FAIL IN THE CAPITAL"],
  },
  // "ALERT 2022-117 | ARMENIA / AZERBAIJAN BORDER FIGHTING": an advisory's kind and number before its headline on
  // one line; the number is a label, the rest the title.
  numberedHeadline: {
    pattern:
      /^(?<label>(?:ALERT|[Aa]lert|ADVISORY|[Aa]dvisory|FLASH|[Ff]lash|NOTICE|[Nn]otice|WARNING|[Ww]arning|BULLETIN|[Bb]ulletin)\s+(?:[Nn]o\.?\s*|#\s*)?\d{1,4}(?:[/-]\d{1,4})?)\s*(?:\||--|[—–])\s*(?<headline>\p{Lu}[^\s|]*(?:\s+[^\s|]+){1,20})$/u,
    examples: ["ALERT 2022-117 | ARMENIA / AZERBAIJAN BORDER FIGHTING", "Advisory No. 14 — Border crossings closed near Ijevan"],
    counterExamples: ["ALERT 2022-117", "Alert issued for Tavush | Yerevan calm", "Flash 12 dead in Tavush"],
  },
  // "TITLE: Shepherds without pastures", 'Event: "Rivers across the line: water and the talks"': a report's head
  // giving its title, or the titled event it reports on, as a field. The title is the headline.
  labelledTitle: {
    pattern:
      /^(?:(?:TITLE|[Tt]itle)\s*:\s*(?<title>\p{Lu}[^"“”]{2,250})|(?:TITLE|[Tt]itle|EVENT|[Ee]vent|SESSION|[Ss]ession|PANEL|[Pp]anel|SEMINAR|[Ss]eminar|WORKSHOP|[Ww]orkshop)\s*:\s*["“](?<quoted>[^"“”]{3,250})["”])$/u,
    examples: ["TITLE: Shepherds without pastures: herders displaced from the uplands", 'Event: "Rivers across the line: water sharing and the talks"'],
    counterExamples: ["Event: panel discussion, 15 November", "Title: the ministry declined to comment.", "Titles: 4"],
  },
  releaseNumber: {
    // "Doc. 14112": an assembly document's number, printed over its title.
    pattern: /^(?:(?:press\s+release\s+|news\s+release\s+)?no\.?\s*[:：]?\s*\d+\/\d+|doc(?:ument)?\.?\s*(?:no\.?\s*)?\d{2,6})$/i,
    examples: ["Press release No: 118/21", "No:355/20", "PRESS RELEASE No: 041/93", "Doc. 14112"],
    counterExamples: ["No: the ministry rejected the claim", "Document 12 was forged"],
  },
  // "Danube Institute for Policy Research", "Baltic Centre for Migration Studies", "Unit on Border
  // Conflicts": a research body's name, its kind of body first or last. Under a paper's title, a line of
  // such names (and the town) says whose paper it is.
  researchBody: {
    pattern:
      /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:of|for|on|and|&)\s+)?){0,5}(?:Institute|Institut|Centre|Center|Forum|Foundation|Academy|University|Observatory|Programme|Program|Unit|Network|Society|School|College|Council|Initiative|Project|Group|Monitor|Watch)(?:\s+(?:of|for|on|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|for|on|and|in|the|&)\s+)?\p{Lu}[\p{L}'’.-]*){0,5})?$/u,
    examples: [
      "Danube Institute for Policy Research",
      "Baltic Centre for Migration Studies",
      "Research Unit on Border Conflicts",
      "Vilnius Forum on Regional Security",
      "Caspian Rights Watch",
    ],
    counterExamples: ["Shelling near the Institute", "Talks at the University of Vienna resume", "Vienna"],
  },
  // "Event summary - Vilnius Forum on Regional Security", "Policy brief | Danube Institute": the kind of
  // paper before the name of the body that put it out.
  paperKindBeforeBody: {
    pattern:
      /^(?:(?:event|roundtable|round-table|conference|meeting|workshop|seminar|panel|expert)\s+(?:summary|report|notes?|readout)|policy\s+(?:brief|paper|note)|working\s+paper|briefing\s+(?:note|paper)|commentary)\s+(?:[-–—|·•]|--)\s+(?=\p{Lu})/iu,
    examples: ["Event summary - Vilnius Forum on Regional Security", "Policy brief | Danube Institute", "Roundtable report — Caucasus Institute"],
    counterExamples: ["Event summary: the ministers met in Prague", "Conference report says 40 died"],
  },
  // "Briefing Paper No. 4 · September 2025": a series label may carry its issue's month and year;
  // "Working Paper 03/2 - 12 March 2003", "Commentary No. 9/2011": a number within its year, and the day.
  seriesNumber: {
    pattern:
      /^(?:\p{Lu}[\p{L}'’]*\s+){0,3}(?:[·•|–—-]\s+)?(?:paper|report|brief|note|bulletin|study|commentary|memo)\s+(?:[·•|–—-]\s+)?(?:no\.?\s*|n°\s*|#\s*)?\d{1,4}(?:[/-]\d{1,4})?(?:\s*[·•|,–—-]\s*(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2},?)?\s+(?:19|20)\d{2})?$|^(?:\p{Lu}[\p{L}]*\s+){0,2}series\s*:\s*[^.!?:]{3,80}?,?\s+(?:no\.?\s*|n°\s*|#\s*)\d{1,4}(?:\/\d{1,4})?$/iu,
    examples: [
      "Briefing Paper 9",
      "Europe Report N°187",
      "Policy Brief No. 12",
      "Hearing report no. 58",
      "Briefing Paper No. 4 · September 2025",
      "FIELD BRIEF 21-04",
      "Landmine Watch · Bulletin No. 9",
      "Working Paper 03/2 - 12 March 2003",
      "Working Paper No. 7/2019 - 2 May 2019",
      "Commentary No. 9/2011",
      // (A members' bulletin's issue line: "Members' Bulletin — No. 4/1994 — 1 December 1994".)
      "Members' Bulletin — No. 4/1994 — 1 December 1994",
      // The series named after its label: "Report series: Mediation in protracted conflicts, No. 6".
      "REPORT SERIES: MEDIATION IN PROTRACTED CONFLICTS, No. 6",
    ],
    counterExamples: [
      "Report says 12",
      "Briefing Paper on the 1994 ceasefire",
      "Briefing Paper No. 4 says 40 died in September 2025",
      "Commentary on the 1994 ceasefire",
      "Series: the ministry published 12",
    ],
  },
  // "Chișinău, Republic of Moldova", "Quito, Ecuador": the town and country a body's masthead prints under its name.
  publicationPlace: {
    pattern: new RegExp(
      // ("Christiansted, St. Croix, U.S. Virgin Islands", "Fakaofo Atoll, Tokelau": a town on its island, in a territory.)
      String.raw`^${PLACE_WORDS}(?:,\s+${PLACE_WORDS}){0,2},\s+(?:(?:the\s+)?(?:Republic|Kingdom|Federation|State|Commonwealth|Principality)\s+of\s+(?:the\s+)?)?(?:${COUNTRY}|${TERRITORY}|(?:Co\.|County)\s+\p{Lu}[\p{Ll}'’-]+|Isles?\s+of\s+\p{Lu}[\p{Ll}'’-]+)(?:,?\s+(?:B\.W\.I\.|SAR|W\.I\.))?$`,
      "u",
    ),
    examples: [
      "Chișinău, Republic of Moldova",
      "Quito, Ecuador",
      "Addis Ababa, Ethiopia",
      "Gaborone, Botswana",
      "Christiansted, St. Croix, U.S. Virgin Islands",
      "Road Town, Tortola, British Virgin Islands",
      "Fakaofo Atoll, Tokelau",
      "The Valley, Anguilla, B.W.I.",
      "Wallis (Uvea), Wallis and Futuna",
      // (An Irish town names its county: "Dunmore East, Co. Waterford", "Clifden, Connemara, County Galway".)
      "Dunmore East, Co. Waterford",
      "Clifden, Connemara, County Galway",
      // (A town on a Scottish island: "Brodick, Isle of Arran".)
      "Brodick, Isle of Arran",
    ],
    counterExamples: [
      "Shelling in Tavush, County officials say",
      "Baku, Yerevan trade blame",
      "Shelling in Tavush, Armenia says",
      "Talks, Not Tanks",
      "Peace, at last, for Armenia",
    ],
  },
  // "Vänortsföreningen i Mariehamn r.f.": an association's registered name in its own language, with its legal
  // suffix, under its English name; no title.
  registeredAssociation: {
    pattern: /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,5}\s+(?:r\.f\.|r\.y\.|ry|rf|e\.\s?V\.|asbl|a\.s\.b\.l\.|vzw|ideell förening)$/u,
    examples: ["Vänortsföreningen i Mariehamn r.f.", "Freundeskreis Armenien e.V."],
    counterExamples: ["Baku says 12 died", "Talks in Baku resume"],
  },
  // The parts a masthead's place line carries beside its town: "Subscriber edition", "Vol. 11, No. 38",
  // "Political & Trade Credit Risk Unit" (the desk that issues it). Never the title.
  placeStripPart: {
    pattern: new RegExp(
      String.raw`^(?:${anyCase("subscriber|subscribers'|subscribers’|members'|members’|members|print|online|digital|weekend|morning|evening|english|english-language|international|fax|e-mail|email")}\s+${anyCase("edition")}` +
        String.raw`|(?:[Vv]ol(?:ume)?\.?\s*\d{1,4},?\s*)?(?:[Nn]o\.?|[Ii]ssue|[Nn]umber|NO\.?|ISSUE)\s*\d{1,4}(?:\/\d{2,4})?` +
        String.raw`|(?:(?:\p{Lu}[\p{L}-]*|&)\s+){1,6}(?:Unit|Desk|Division|Department|Team|Bureau)` +
        // ("Mata-Utu International Friendship Circle — Wallis (Uvea), …": a club's name in English beside its place.)
        String.raw`|(?:\p{Lu}[\p{L}'’-]*\s+){1,5}(?:Circle|Association|Society|Club|Fellowship|Friends|Guild))$`,
      "u",
    ),
    examples: ["Subscriber edition", "Vol. 11, No. 38", "Political & Trade Credit Risk Unit", "Members' edition", "Harbour International Friendship Circle"],
    counterExamples: ["Baku says 12 soldiers died", "Edition", "The unit"],
  },
  // A masthead's motto or its word on what it is: "Serving Stanley, Camp and the Outer Islands since 1979",
  // "Consular notices for travellers from the Friendly Island", "An open notebook on conventional arms flows".
  servingTagline: {
    pattern:
      /^(?:(?:[Pp]roudly\s+)?[Ss]erving\s+(?:the\s+)?\p{Lu}[^.!?]{1,80}?\s+since\s+(?:1[89]|20)\d{2}|(?:[Cc]onsular|[Tt]ravel|[Ss]ecurity|[Ss]afety)\s+(?:notices|advisories|alerts|advice|updates)\s+for\s+(?:travellers|travelers|expatriates|expats|residents|members|visitors)\b[^.!?]{0,60}|(?:[Aa]n?\s+)?(?:open|online|independent|public)\s+(?:notebook|register|record|ledger|log|journal)\s+(?:on|of)\s+[^.!?]{3,60})$/u,
    examples: [
      "Serving Stanley, Camp and the Outer Islands since 1979",
      "Consular notices for travellers from the Friendly Island",
      "An open notebook on conventional arms flows",
    ],
    counterExamples: ["Serving soldiers killed in Tavush since 2020 number 40, Yerevan says", "Open register of the dead shows 3,800 names."],
  },
  // "Independent news from Tbilisi, Yerevan and Baku": a masthead's tagline, a phrase with no verb.
  tagline: {
    pattern: new RegExp(
      String.raw`^(?:${anyCase("independent|free|reliable|trusted|daily|weekly|unbiased|fearless|honest|in-depth|local|regional|humanitarian|your")}\s+)*` +
        String.raw`${anyCase("news|journalism|reporting|analysis|stories|voices|media|coverage")}(?:\s+(?:and|&)\s+${anyCase("news|journalism|reporting|analysis|stories|views|opinion|commentary")})?` +
        String.raw`\s+(?:from|on|about|for|of|across|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:(?:,\s*|\s+(?:and|&)\s+|\s+)(?:the\s+)?\p{Lu}[\p{L}'’-]*)*` +
        // "… from Gyumri and the region", "… from Baku and beyond": the paper's patch, left open.
        String.raw`(?:\s+(?:and|&)\s+(?:the\s+)?(?:region|beyond|world|diaspora|neighbourhood|neighborhood))?\.?$` +
        // ("Slow travel from Odense and beyond": a travel or culture page's fare, its patch left open.)
        String.raw`|^(?:${anyCase("slow|good|small|long|fine|new")}\s+)?${anyCase("travel|walks|walking|writing|food|music|books|culture|ideas|reviews|criticism")}(?:\s+(?:and|&)\s+${anyCase("travel|walks|writing|food|music|books|culture|ideas|reviews")})?\s+(?:from|on|about|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:and|&)\s+(?:beyond|around|the\s+region|the\s+world)$`,
      "u",
    ),
    examples: [
      "Independent news from Tbilisi, Yerevan and Baku",
      "News and analysis from the South Caucasus",
      "Reliable reporting on Central Asia",
      "News from Gyumri and the region",
      "Reporting from Baku and beyond",
      "Humanitarian news for Central Asia and the Caucasus",
      "Slow travel from Bergen and beyond",
    ],
    counterExamples: [
      "News from Goris shocks Yerevan",
      "Independent news outlets in Baku closed by court order",
      "Stories from Stepanakert as the siege ends",
      "Music from Karabakh banned in Baku",
    ],
  },
  // "Independent documentation of human rights in the North Caucasus": an organisation's strap line
  // under its name, what it does and where, never the title.
  missionStrap: {
    pattern: new RegExp(
      String.raw`^(?:${anyCase("independent|impartial|non-partisan|nonpartisan|international")}\s+)?${anyCase("monitoring|documentation|defen[cs]e|protection|promotion|advocacy|research|reporting|defending|protecting|promoting")}\s+(?:of|for|on)?\s*` +
        String.raw`(?:${anyCase("press freedom|media freedom|freedom of expression|free expression|free speech|human rights|civil liberties|the rule of law|democracy")}|[Jj]ournalists(?:['’]? (?:rights|safety))?)` +
        String.raw`(?:\s+(?:and|&)\s+[\p{Ll} ]{2,30})?(?:\s+(?:in|across|throughout|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:(?:,\s*|\s+(?:and|&)\s+|\s+)(?:the\s+)?\p{Lu}[\p{L}'’-]*)*|\s+(?:worldwide|since (?:19|20)\d{2}))?\.?$`,
      "u",
    ),
    examples: [
      "Independent documentation of human rights in the North Caucasus",
      "Defending press freedom across Central Asia and the Caucasus",
      "Monitoring of media freedom in Eastern Europe",
      "Promoting free expression worldwide",
    ],
    counterExamples: ["Monitoring of the ceasefire resumes in Karabakh", "Defending journalists is a crime, Baku says"],
  },
  // "Helping people rebuild their lives after mine injuries": a charity's strap line under its name, what
  // it does for whom; no subject, no colon, no figure, so a headline ("Helping refugees: 12 die …") stays.
  charityStrap: {
    pattern:
      /^(?:[Hh]elping|[Ss]upporting|[Cc]aring for|[Ss]erving|[Ee]mpowering|[Pp]rotecting|[Gg]iving|[Ss]tanding with|[Ww]orking (?:with|for))\s+(?:(?:people|children|families|survivors|communities|refugees|veterans|victims|those|women|civilians)\b)(?:\s+(?:and|&)\s+\p{Ll}+)?\s+[^.!?:;\d]{6,80}$/u,
    examples: [
      "Helping people rebuild their lives after mine injuries",
      "Supporting families displaced by war in the Caucasus",
      "Caring for children who lost a parent to conflict",
    ],
    counterExamples: [
      "Helping refugees: 12 die as boat sinks",
      "Supporting families, the ministry said it would pay",
      "Helping Armenia rebuild is a duty, Paris says.",
    ],
  },
  // "Weekly briefings on crises beyond Central Asia", "News and data from mine clearance programmes
  // worldwide": what a publication brings and from how far, under its name. Its things are plural and
  // it ends on its reach (places in capitals, "worldwide"), never on a verb, so a headline stays one.
  reachTagline: {
    pattern: new RegExp(
      String.raw`^(?:${anyCase("daily|weekly|fortnightly|monthly|quarterly|regular")}\s+)?${anyCase("news|briefings|updates|reports|analyses|data|stories|dispatches|digests")}(?:\s+(?:and|&)\s+(?:news|data|analysis|analyses|figures|maps|reports|commentary))?` +
        String.raw`\s+(?:on|from|about|for|of)\s+(?:(?:the\s+)?[\p{Ll}-]+(?:\s+(?:and|&)\s+\p{Lu}{2,6})?\s+){0,5}` +
        String.raw`(?:(?:beyond|across|around|throughout)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:(?:,\s*|\s+(?:and|&)\s+(?:the\s+)?|\s+)\p{Lu}[\p{L}'’-]*)*|worldwide|around the world|across the world)\.?$`,
      "u",
    ),
    examples: [
      "Weekly briefings on crises beyond Central Asia",
      "News and data from mine and UXO clearance programmes worldwide",
      "Daily updates on displacement across the Sahel",
    ],
    counterExamples: [
      "Weekly briefing on the negotiations",
      "Weekly briefings on Karabakh resume",
      "News of shelling in Tavush reaches Yerevan",
      "Reports of clashes in Tavush",
      "Daily updates on the talks in Vienna were promised",
    ],
  },
  // "Vol. 12, No. 3 (2019), pp. 201-224": a journal's volume, issue and pages, printed under its name.
  journalIssue: {
    pattern:
      /^(?:vol(?:ume)?\.?|v\.)\s*\d{1,4}\s*,?\s*(?:\(?(?:no|nos|issue|iss|number)\.?\s*\d{1,4}(?:[/–-]\d{1,4})?\)?\s*,?\s*)?(?:\(\s*(?:\p{L}+\.?\s+)?(?:19|20)\d{2}\s*\)|(?:\p{L}+\.?\s+)?(?:19|20)\d{2})?\s*[,:]?\s*(?:(?:pp?\.|pages?)\s*)?\d{1,5}\s*[-–]\s*\d{1,5}\.?$/iu,
    examples: ["Vol. 12, No. 3 (2019), pp. 201-224", "Volume 7, Issue 2, 2020, Pages 15–40", "Vol. 36, No. 6 (1999): 709–727"],
    counterExamples: ["Volume 3 of the report covers 1992-1994", "Vol. 2: the war years"],
  },
  // "CASE OF PETROVA AND OTHERS v. FREEDONIA", "Case of Ivanov v. Ruritania": a judgment's title.
  caseTitle: {
    pattern: /^(?:(?:the )?case of|in the (?:case|matter) of|affaire)\s+\S.{1,150}\s+v\.?\s+\S.{1,80}$/iu,
    examples: ["CASE OF PETROVA AND OTHERS v. FREEDONIA", "Case of Ivanov v. Ruritania", "In the case of Osmanov v. Ruritania"],
    counterExamples: ["Case of the missing soldiers baffles Baku"],
  },
  // "Independent Armenian-language Weekly | Since 2004": a paper's description of itself under its
  // masthead (what kind of paper, in which language, since when), never the title or the outlet.
  paperTagline: {
    // "The English-language weekly of the Sahel": the kind of paper may name the region it serves.
    pattern: new RegExp(String.raw`^(?:${PAPER_KIND}(?:${PAPER_REGION})?(?:\s*[|·•,–—-]\s*${PAPER_SINCE})?|${PAPER_SINCE})$`, "u"),
    examples: [
      "Independent Armenian-language Weekly | Since 2004",
      "Independent English-language Daily",
      "Since 1991",
      "National daily · Founded 1923",
      "An independent Russian-language weekly",
      "The oldest English-language daily",
      "The English-language weekly of the Sahel",
      "An independent daily for the South Caucasus",
    ],
    counterExamples: [
      "The oldest daily of Baku closed",
      "Independent newspaper closed in Baku",
      "Since 1991 the border has moved twice",
      "Daily",
      "A weekly",
      "The daily",
    ],
  },
  // "[Translator's summary: Daily bulletin of the ministry …]", "[Editor's note: …]": a note in brackets
  // on the text below, set above it. The headline may stand under it; the note itself is no headline.
  headNote: {
    pattern: /^\[\s*(?:translator|editor|ed|compiler|publisher|monitor)['’]?s?\s+(?:summary|note|introduction|comment|preface)\s*[:—–-][^\]]{2,}\]$/i,
    examples: [
      "[Translator's summary: Daily operational bulletin of the ministry, combined in the order issued.]",
      "[Editor's note: The statement below was issued in Russian and is given in our translation.]",
    ],
    counterExamples: ["[Translator's note] The ministry said 12 soldiers died.", "Editor's note: the figures were updated."],
  },
  // "AZ | ENG | РУС | ქართ", "HY · RU · EN": a site's language switcher beside its masthead.
  languageSwitch: {
    pattern: /^(?:\p{Lu}{2,3}|\p{Script=Georgian}{2,5}\.?|\p{Script=Armenian}{2,5}\.?|Eng|Рус|Азə?|Hy|Ru|En|Az)$/u,
    examples: ["ENG", "РУС", "ქართ", "AZ", "Հայ"],
    counterExamples: ["Baku", "Tbilisi"],
  },
  // 'Episode 112: "Signed at midnight"': a show's episode number before the episode's title.
  episodePrefix: {
    pattern:
      /^(?:(?:[Ee]pisode|EPISODE|[Ee]p\.)\s*#?\d{1,4}|(?:[Ii]tem|ITEM|[Ss]egment|SEGMENT)\s+\d{1,3}\s+of\s+\d{1,3})\s*(?:--|[:.–—-])\s+(?=[\p{Lu}\p{N}"“])/u,
    // A bulletin's running order numbers its items the same way: 'Item 4 of 11 -- "Troops fire on crowd"'.
    examples: [
      'Episode 112: "Signed at midnight: the Karabakh ceasefire"',
      "Ep. 4 - The prisoners of Lachin",
      'Item 4 of 11 -- "Troops fire on a crowd"',
      'Segment 3 of 5: "Water cut in the valley"',
    ],
    counterExamples: ["Episode 4 of the war began in Goris", "Episode: the ministry said"],
  },
  // 'Frontier Hours — Episode 12: "The prisoners of Lachin"': a show's name before its episode's
  // number and title, in one heading.
  showEpisode: {
    pattern: /^(?<show>\p{Lu}[^:"“]{1,58}?)\s+[—–|-]\s+(?<episode>(?:[Ee]pisode|EPISODE|[Ee]p\.)\s*#?\d{1,4}\s*[:.–—-]\s+[\p{Lu}\p{N}"“].+)$/u,
    examples: ['Frontier Hours — Episode 12: "The prisoners of Lachin"', "The Border Desk - Ep. 40: Winter on the line"],
    counterExamples: ['Episode 12: "The prisoners of Lachin"', "Baku says episode 4 - the shelling - was staged"],
  },
  // "Transcript of video: "Shelling resumes near Sotk"": a transcript page's label before the title
  // of what it transcribes.
  transcriptOfPrefix: {
    pattern: /^(?:transcript|captions|subtitles) (?:of|for) (?:the )?(?:video|clip|segment|report|broadcast|programme|program|podcast|episode)\s*:\s+(?=\S)/i,
    examples: ['Transcript of video: "Shelling resumes near Sotk"', "Captions for the segment: Winter in Goris"],
    counterExamples: ["Transcript of the briefing on Lachin", "Transcript of video shows the strike"],
  },
  // A United Nations meeting record's head: the organ, its session, the meeting and the record's symbol.
  meetingOrgan: {
    pattern: /^(?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|Trusteeship Council|GENERAL ASSEMBLY|SECURITY COUNCIL)$/,
    examples: ["General Assembly", "Security Council"],
    counterExamples: ["General Assembly votes on Karabakh"],
  },
  meetingSession: {
    pattern: /^(?:(?:\p{L}+-)?(?:first|second|third|\p{L}+th)|\d{1,3}(?:st|nd|rd|th))\s+(?:(?:emergency\s+)?special\s+|resumed\s+)?(?:session|year)$/iu,
    examples: ["Sixty-second session", "Sixty-third year", "Tenth emergency special session", "62nd session"],
    counterExamples: ["Last year", "Session"],
  },
  meetingNumber: {
    pattern: /^\d{1,5}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting$/i,
    examples: ["86th plenary meeting", "5891st meeting"],
    counterExamples: ["86th meeting of the group said"],
  },
  recordSymbol: {
    pattern: /(?<![\w/])(?:A|S|E)(?:\/[\w.-]+)*\/(?:PV|SR)\.\d{1,5}(?![\w/])/,
    examples: ["United Nations    A/62/PV.86", "S/PV.5891", "A/C.3/70/SR.12"],
    counterExamples: ["A/62/L.42"],
  },
  // "THIS WEEK: Prisoners freed in border swap": a newsletter's prefix before the headline.
  newsletterPrefix: {
    pattern: /^(?:THIS WEEK|THIS MONTH|TODAY|TONIGHT|IN FOCUS|THIS ISSUE|LEAD STORY|TOP STORY|[Tt]his [Ww]eek|[Tt]op [Ss]tory)\s*:\s+(?=[\p{Lu}\p{N}"“‘'])/u,
    examples: ["THIS WEEK: Prisoners freed in border swap", "Top story: Talks resume"],
    counterExamples: ["ARMENIA: Prisoners freed", "This week: the ministry said little"],
  },
  // "GridLine Caucasus — Gas & Power Weekly": a publication's name and what kind of publication it is, the
  // masthead over a newsletter's page (its headline is the next heading).
  mastheadHeading: {
    pattern:
      /^(?<name>\p{Lu}[^—–|:]{2,40}?)\s+[—–|]\s+(?:(?:\p{Lu}[\p{L}-]*|&|and)\s+){0,4}(?:Weekly|Daily|Monthly|Quarterly|Newsletter|Bulletin|Digest|Briefing|Brief|Review|Monitor|Journal|Magazine|Gazette)$/u,
    examples: ["GridLine Caucasus — Gas & Power Weekly", "Riverline Caucasus – Water and Energy Newsletter"],
    counterExamples: ["Karabakh gas line: a valve-by-valve chronology", "Talks stall — ministry says review is weekly"],
  },
  // "1. Armenia: Metsamor unit back on the grid": a newsletter's item number before the item's headline.
  itemNumberPrefix: {
    pattern: /^\d{1,2}\.\s+(?=\p{Lu}[\p{L}'’-]*(?::|\s+\p{Ll}))/u,
    examples: ["1. Armenia: Metsamor unit back on the grid", "2. Blockade arithmetic: why Yerevan went nuclear"],
    counterExamples: ["1991 Karabakh referendum", "12.5 million cubic metres", "3. on the agenda: the border"],
  },
  // "1. BALKANS", "2. SOUTH CAUCASUS": a bulletin's numbered section in capitals, a region or a desk, over its
  // item's own headline (which is the title).
  numberedSectionLabel: {
    pattern: /^\d{1,2}\.\s+\p{Lu}{2,}(?:[\s&/-]+\p{Lu}{2,}){0,2}$/u,
    examples: ["1. BALKANS", "2. SOUTH CAUCASUS", "3. OFFICE NOTICES"],
    counterExamples: ["1. Armenia: Metsamor unit back on the grid", "1991 KARABAKH", "3. CEASEFIRE HOLDS IN TARTAR AS TALKS RESUME"],
  },
  // "FULL RECORD · Registro n.º b1048", "Record no. 55120": a library catalogue's label over a record's
  // fields, in one language or two; never the title.
  catalogueRecordLabel: {
    pattern:
      /^(?:(?:full|brief|short)\s+record|registro\s+completo|notice\s+compl[eè]te|vollanzeige)(?:\s*[·•|/]\s*(?:registro|record|notice|datensatz)\s*(?:n\.?\s?º|no\.?|nr\.?|#)\s*[\w-]+)?$|^(?:record|registro|notice|datensatz)\s*(?:n\.?\s?º|no\.?|nr\.?|#)\s*[\w-]*\d[\w-]*$/iu,
    examples: ["FULL RECORD · Registro n.º b1048221", "Record no. 55120", "Full record"],
    counterExamples: ["Full record of the talks was published by the ministry", "Record number of refugees cross into Armenia"],
  },
  // "Title ............ Azerbaijan : seven years of conflict /": a catalogue record's title field, its
  // dot leader, and the slash before the statement of responsibility on the next line.
  catalogueTitleField: {
    pattern: /^(?:[Tt]itle|TITLE|[Tt]itre|[Tt][ií]tulo|[Tt]itel|[Tt]itolo)\s*\.{3,}\s*(?<title>\S.{2,200}?)(?:\s+\/)?$/u,
    examples: ["Title ............ Azerbaijan : seven years of conflict /", "Titre ..... La guerre du Karabakh"],
    counterExamples: ["Title: Azerbaijan", "Title holders met in Baku."],
  },
  // "Unit 7: The End of the Soviet Union", "Chapter 3 — Empires at war": a textbook's unit over the
  // numbered section a page prints ("7.3  THE FIRST KARABAKH WAR"); the section is the page's title.
  bookUnit: {
    pattern:
      /^(?:[Uu]nit|UNIT|[Cc]hapter|CHAPTER|[Ll]esson|LESSON|[Mm]odule|MODULE|[Tt]opic|TOPIC)\s+(?<unit>\d{1,3})\s*(?:[:.]|\s[–—-])\s+\p{Lu}[^.!?]{3,100}$/u,
    examples: ["Unit 7: The End of the Soviet Union and Its Aftermath", "CHAPTER 3 — EMPIRES AT WAR"],
    counterExamples: ["Unit 7 of the army was shelled near Tovuz.", "Chapter 3"],
  },
  // "7.3  THE FIRST KARABAKH WAR (1988–1994)": a textbook section's number before its heading.
  sectionNumberPrefix: {
    pattern: /^(?<unit>\d{1,3})\.\d{1,2}\.?\s+(?=\p{Lu})/u,
    examples: ["7.3  THE FIRST KARABAKH WAR (1988–1994)", "12.1 The ceasefire"],
    counterExamples: ["7.3 per cent of voters", "1994 ceasefire"],
  },
  // "ANALYSIS | After 37 years, a handshake", "Explainer: What is the Lachin corridor?": the kind of
  // piece printed before its headline, a kicker, no part of the title.
  kickerPrefix: {
    pattern:
      /^(?:ANALYSIS|EXPLAINER|OPINION|COMMENT|COMMENTARY|FEATURE|INTERVIEW|EXCLUSIVE|INSIGHT|PROFILE|LONG READ|WEEKEND READ|Analysis|Explainer|Opinion|Commentary|Feature|Interview|Long read|Weekend read)\s*[|:]\s+(?=[\p{Lu}\p{N}"“‘'])/u,
    examples: ["ANALYSIS | After 37 years and two wars, a handshake in Washington. Is it peace?", "Explainer: What is the Lachin corridor?"],
    counterExamples: ["Analysis: the ministry said little", "ANALYSIS OF THE CEASEFIRE"],
  },
  // "Exhibition: THE LONG TRUCE — Photographs 1994-2020": a museum's label saying what kind of show the
  // title names; the show's title is the page's.
  exhibitionPrefix: {
    pattern:
      /^(?:(?:[Ss]pecial|[Tt]emporary|[Pp]ermanent|SPECIAL|TEMPORARY|PERMANENT)\s+)?(?:[Ee]xhibition|EXHIBITION|[Ee]xposition|EXPOSITION)\s*:\s+(?=[\p{Lu}\p{N}"“‘'])/u,
    examples: ["Exhibition: THE LONG TRUCE — Photographs 1994-2020", "Temporary exhibition: Lines on the map"],
    counterExamples: ["Exhibition: the ministry said it would close the hall", "Exhibition of arms in Baku"],
  },
  // "UPDATE 2-Vance wraps up trip", "REFILE-UPDATE 1-Talks resume": a wire's version tag before the
  // headline, which tells editors which take of the story this is; no part of the title.
  wireVersionPrefix: {
    pattern: /^(?:(?:UPDATE|WRAPUP|REFILE|CORRECTED|CORRECTED-UPDATE|RPT|REPEAT|REFILE-UPDATE|URGENT|FLASH)(?:\s\d{1,2})?\s?[-–]\s?)+(?=[\p{Lu}\p{N}"“‘'])/u,
    examples: [
      "UPDATE 2-Vance wraps up Caucasus trip",
      "REFILE-UPDATE 1-Talks resume in Almaty",
      "CORRECTED-Armenia says two killed",
      "UPDATE 3 - Baku says border calm",
    ],
    counterExamples: ["Update on the talks: Baku says border calm", "UPDATED: Talks resume", "UPDATE-free zone, Baku says"],
  },
  // A wire desk's story slug on a line of its own: its keywords in capitals, a slash, the take or version.
  wireSlugLine: {
    pattern:
      /^[\p{Lu}\d]+(?:-[\p{Lu}\d]+)+\/(?:[\p{Lu}\d-]+)?(?:\s*\((?:UPDATE|URGENT|CORRECTED|REFILE|RPT|WRAPUP)(?:\s\d{1,2})?\))?$|^[\p{Lu}\d]+(?:-[\p{Lu}\d]+)+\s*\/\s*(?:\d(?:st|nd|rd|th)\s+)?(?:lead|writethru|update|add)\s*\/$|^[\p{Lu}\d]+(?:-[\p{Lu}\d]+)+\s*\/\s*[\p{L}\d' -]{2,40}\s*\((?:[Ww]rap(?:up)?|WRAP(?:UP)?|[Uu]pdate|UPDATE|[Ll]ead|LEAD|[Ww]ritethru|WRITETHRU)(?:\s\d{1,2})?\)$|^(?:(?:URGENT|FLASH|BULLETIN|ADVISORY)\s*[-–—]{1,2}\s*)?[\p{Lu}\d]+(?:-[\p{Lu}\d]+)+\s*\([\p{Lu}\d ]{2,30}\)$/u,
    examples: [
      "SOVIET-ARMENIA-UNREST (SCHEDULED)",
      "URGENT -- AZERBAIJAN-ARMENIA-CLASHES (ROUNDUP 2)",
      "ARMENIA-AZERBAIJAN-HELICOPTER /2nd lead/",
      "KARABAKH-FIGHTING/ (UPDATE 4)",
      "ARMENIA-AZERBAIJAN/CLASHES",
      "NAGORNO-KARABAKH/ (URGENT)",
      "AZERBAIJAN-KARABAKH / Khojaly (wrap)",
    ],
    counterExamples: ["NAGORNO-KARABAKH: RISKING WAR", "ARMENIA-AZERBAIJAN TALKS RESUME", "URGENT -- Armenia says two killed (AFP)"],
  },
  // A legislative hearing's printed head: the word "HEARING" under the hearing's name, then the
  // committee, the chamber, the Congress and session, and the record's serial number.
  hearingWord: {
    pattern: /^(?:(?:JOINT|PUBLIC|OVERSIGHT)\s+)?HEARINGS?(?:\s+BEFORE\s+THE)?$|^(?:(?:[Jj]oint|[Pp]ublic|[Oo]versight)\s+)?[Hh]earings?(?:\s+before\s+the)?$/,
    examples: ["HEARING", "JOINT HEARING", "HEARING BEFORE THE", "Hearing before the"],
    counterExamples: ["HEARING ON KARABAKH OPENS", "Hearing aids"],
  },
  hearingBodyLine: {
    pattern:
      /^(?:before the|of the|and the|(?:(?:select|special|joint)\s+)?(?:sub)?committee on\s+[\p{L} ,&'’-]{3,80}|(?:u\.?s\.?\s+)?house of representatives|(?:united states |u\.?s\.? )?senate|(?:one hundred|\p{L}+)[\p{L} -]{0,40}\s+congress|\d{2,3}(?:st|nd|rd|th)\s+congress|(?:first|second|third|1st|2nd|3rd)\s+session|serial\s+no\.?\s*[\d-]{2,12}|printed for the use of\b.{3,80}|available (?:via|on|at)\s+.{3,80}|u\.?s\.?\s+government (?:publishing|printing) office|washington\s*:?\s*(?:19|20)\d{2})$/iu,
    examples: [
      "BEFORE THE",
      "SUBCOMMITTEE ON EUROPE",
      "COMMITTEE ON FOREIGN AFFAIRS",
      "HOUSE OF REPRESENTATIVES",
      "ONE HUNDRED EIGHTEENTH CONGRESS",
      "FIRST SESSION",
      "Serial No. 118-62",
    ],
    counterExamples: ["The committee on foreign affairs said on Monday that it would meet.", "Congress"],
  },
  // "TV TRANSCRIPTS (ENGLISH)", "Translated transcripts of Azerbaijani radio | Weekly file": what a
  // monitoring service sells, printed beside or under its name; never a title, never the outlet.
  serviceProduct: {
    pattern: new RegExp(
      String.raw`^(?:(?:translated|english|daily|weekly|full|selected|verbatim)\s+)*(?:(?:tv|television|radio|broadcast|press|media|news|bulletin|programme|program|show|episode)\s+)?` +
        String.raw`(?:transcripts?|translations?|monitoring|summaries)(?:\s+service)?` +
        String.raw`(?:\s+of\s+(?:[\p{L}-]+\s+){0,3}(?:television|tv|radio|broadcasts?|press|media|news|programmes))?` +
        String.raw`(?:\s*\((?:in\s+)?(?:english|russian|french|german)\))?$|^(?:daily|weekly|monthly|morning|evening)\s+(?:file|edition|selection)$`,
      "iu",
    ),
    examples: ["RADIO TRANSCRIPTS (ENGLISH)", "PRESS MONITORING SERVICE", "Translated transcripts of Azerbaijani radio", "Weekly file", "bulletin transcript"],
    counterExamples: ["Transcripts of the trial released", "Television crews enter Shusha", "Daily life in Goris"],
  },
  // "SOUTH CAUCASUS ROUNDUP", "Regional Wire Round-up": a distribution service's heading names what it
  // sends its subscribers (the items of several agencies), not a publisher; it is the file's title.
  roundupHeading: {
    pattern: /^(?:[\p{L}-]+\s+){0,4}(?:wire|news|press|agency|daily|weekly)?\s*round-?up$/iu,
    examples: ["SOUTH CAUCASUS ROUNDUP", "Regional Wire Round-up", "Weekly roundup"],
    counterExamples: ["Police round up protesters in Baku", "Roundup of the day's news from Ganja"],
  },
  // "Subject: Release of the detainees held since 2020": a question's or a memo's subject field, its title;
  // a programme summary's "Topic:" field is the programme's.
  subjectLine: {
    pattern:
      /^(?:[Ss]ubject|SUBJECT|[Hh]eadline|HEADLINE|(?:(?:TONIGHT|TODAY|THIS WEEK)['’]S\s+|(?:[Tt]onight|[Tt]oday|[Tt]his week)['’]s\s+)?(?:[Tt]opic|TOPIC)|Thread)\s*:\s*(?<subject>[\p{Lu}\p{N}"“‘'](?:[^\s]+\s+){2,}[^\n]{2,200}?)(?<![.!?;,])$/u,
    examples: [
      "Subject: Release of the detainees held since 2020",
      "SUBJECT: EU monitoring mission on the Armenian border",
      "HEADLINE: Shelling resumes near Martuni; both sides report losses",
      'Topic: "Ten days on the border: who fired first?"',
      'TONIGHT\'S TOPIC: "Prisoners of the last war: who is still held?"',
      // A forum's thread field, in small letters ("THREAD:" in capitals heads a social post's thread, its own title).
      "Thread: Shelling near Goris again - talks in Vienna this week",
    ],
    counterExamples: ["Subject: the minister said the talks had failed.", "Subject: Karabakh"],
  },
  // "AZERBAIJAN / ARMENIA -- Nagorno-Karabakh: worst fighting since …": a subject field's countries in capitals
  // before its headline in mixed case; a kicker, no part of the title.
  subjectKicker: {
    pattern: /^\p{Lu}{2,}(?:(?:\s*[/&,]\s*|\s+)\p{Lu}{2,}){0,4}\s+(?:--|[—–])\s+(?=\p{Lu}[^\s]*\s+(?:\S+\s+)*\S*\p{Ll})/u,
    examples: ["AZERBAIJAN / ARMENIA -- Nagorno-Karabakh: worst fighting since the 1994 ceasefire", "SOUTH CAUCASUS — Talks resume in Vienna"],
    counterExamples: ["ARMENIA / AZERBAIJAN BORDER FIGHTING", "EU monitoring mission on the Armenian border", "NATO -- THE ALLIANCE MEETS"],
  },
  // 'Programme: EVENING NEWS | Segment: "Ten years after the truce"': a broadcast page's field naming
  // the programme and the segment's quoted title, which is the page's title.
  segmentLine: {
    pattern:
      /^(?:[Pp]rogramme|PROGRAMME|[Pp]rogram|PROGRAM|[Ss]how|SHOW)\s*:\s*[^|｜]{2,60}[|｜]\s*(?:[Ss]egment|SEGMENT|[Ii]tem|ITEM|[Rr]eport|REPORT|[Ff]eature|FEATURE)\s*:\s*(?<subject>["“][^"“”]{6,150}["”])$/u,
    examples: ['Programme: EVENING NEWS | Segment: "Ten years after the truce"', 'Show: Night Desk | Report: "The road through Lachin"'],
    counterExamples: ["Programme: EVENING NEWS | Segment: the minister said the talks failed", 'Segment: "Ten years after the truce"'],
  },
  // "Item 3 of 7: BORDER / TAVUSH -- VOICER FROM YEREVAN": a radio script's place in the running order
  // and its slug, where an article has its headline. The script has no headline of its own.
  runningOrderItem: {
    pattern: /^(?:[Ii]tem|ITEM)\s+\d{1,2}\s+(?:of|OF)\s+\d{1,2}\s*:\s*[^\p{Ll}]{3,100}$/u,
    examples: ["Item 3 of 7: BORDER / TAVUSH -- VOICER FROM YEREVAN"],
    counterExamples: ["Item 3 of 7: the ministry said the talks had failed"],
  },
  // 'RIVERSIDE TALK FM 101.2 -- "THE EVENING CALL" -- PHONE-IN TRANSCRIPT': a station's masthead with its
  // frequency, the show's quoted name and what the page is. The station is the outlet (with its frequency
  // when the band follows it, "… 98.4 FM", as the masthead reader keeps it); nothing here is a headline.
  stationShowLine: {
    pattern:
      /^(?<station>\p{Lu}[\p{Lu}'’&.-]*(?:\s+\p{Lu}[\p{Lu}'’&.-]*){0,4}?(?:\s+\d{2,4}(?:\.\d)?\s+(?:FM|AM|MW)|(?=\s+\d)))(?:\s+\d{2,4}(?:\.\d)?)?\s+(?:--|[|·•—–])\s+["“][^"“”]{3,60}["”](?:\s+(?:--|[|·•—–])\s+[\p{Lu}\p{N}'’ -]{3,40})?$/u,
    examples: [
      'RIVERSIDE TALK FM 101.2 -- "THE EVENING CALL" -- PHONE-IN TRANSCRIPT',
      'LAKESIDE RADIO 1170 AM | "MORNING LINE"',
      'HILLTOP TALK 98.4 FM | "THE NIGHT LINE"',
    ],
    counterExamples: ['BAKU 12 -- "We will not retreat", the minister said', 'RIVERSIDE TALK FM 101.2 -- "THE EVENING CALL" -- the host said 12 died'],
  },
  // "Press releases from community and faith organisations": a wire's line on whose texts it carries,
  // in small words under its masthead (maybe beside its town). No headline, no outlet.
  sourcesTagline: {
    pattern:
      /^(?:[Pp]ress\s+)?(?:[Rr]eleases|[Ss]tatements|[Aa]nnouncements|[Nn]otices|[Tt]exts|[Dd]ocuments)\s+(?:from|of|by)\s+(?:\p{Ll}[\p{Ll}-]*(?:,?\s+|\s+and\s+|\s+&\s+)){0,5}(?:organi[sz]ations|groups|bodies|missions|embassies|ministries|agencies|parties|governments|institutions|charities|churches|communities)$/u,
    examples: ["Press releases from community and faith organisations", "Statements from foreign missions"],
    counterExamples: ["Statements from Baku and Yerevan", "Press releases from the ministry said 12 died"],
  },
  // "SAHEL WIRE SERVICE — WORLD ROUNDUP — 6 APRIL 1993": a service's masthead in capitals, its product
  // and the day, parted by dashes. The day is the page's; no part is a headline.
  mastheadProductDate: {
    pattern:
      /^(?<name>\p{Lu}[\p{Lu}'’&.-]*(?:\s+\p{Lu}[\p{Lu}'’&.-]*){1,5})\s+[—–]\s+(?:\p{Lu}[\p{Lu}'’&-]*(?:\s+\p{Lu}[\p{Lu}'’&-]*){0,3}\s+[—–]\s+)?(?<date>\d{1,2}\s+\p{Lu}{3,9}\s+\d{4}|\p{Lu}{3,9}\s+\d{1,2},?\s+\d{4})$/u,
    examples: ["KESTREL WIRE SERVICE — WORLD ROUNDUP — 6 APRIL 1993", "NILE EVENING NEWS — 12 MAY 1994"],
    counterExamples: ["ARMENIA SAYS 12 DIED — TALKS OFF — 6 APRIL 1993 REPORT", "Kestrel Wire Service — World roundup — 6 April 1993"],
  },
  // A capitals label opening a line of the head ("NOTE TO EDITORS: …", "EMBARGO: …"): a note on the copy,
  // however long, is no prose of the story, and the head's fields may go on below it.
  headNoteLabel: {
    pattern: /^[A-Z][A-Z'’ ]{2,30}:\s/,
    examples: ["NOTE TO EDITORS: This advisory is updated as the story develops.", "EMBARGO: Not for use before 06:00 GMT."],
    counterExamples: ["Note to editors: this advisory is updated.", "BAKU, March 4: Azerbaijan said"],
  },
  // "Border markers go up near Kirants | Photo feed | Caspian Picture Agency": a page title with the
  // section of the site between the headline and the site's name.
  sectionBeforeSite: {
    pattern: new RegExp(
      String.raw`^(?<headline>.{12,}?)\s+[|｜]\s+(?:(?:photo|video|picture|image)\s+(?:feeds?|galler(?:y|ies)|stories|essays?)|photo ?galler(?:y|ies)|galler(?:y|ies)|in pictures|multimedia|photos|videos|` +
        String.raw`news|world|politics|analysis|opinion|explainers?|features?|interviews?|fact[- ]?checks?|press releases?|briefings?|statements?)\s+[|｜]\s+(?<site>[^|｜]{2,70})$`,
      "iu",
    ),
    examples: ["Border markers go up near Kirants | Photo feed | Caspian Picture Agency", "Why Lachin matters | Explainers | Ararat Monitor"],
    counterExamples: ["Karabakh talks | Live updates", "Shelling in Goris | Residents flee | Ararat Daily"],
  },
  // "Sahel Evening Online :: International :: Talks end without a deal": an old site's page title, the
  // site, its sections and the headline parted by double colons. The headline is the last part.
  sitePathTitle: {
    pattern: /^(?<site>(?:(?!\s::\s).){2,60}?)\s::\s(?:(?:(?!\s::\s).){2,40}?\s::\s){0,3}(?<headline>(?:(?!\s::\s)[^:]){2,200}?\s\S+\s\S+)$/u,
    examples: [
      "Sahel Evening Online :: International :: Talks end without a deal",
      "Valley Rights Review :: Letters :: A reply to the ministry on the prisoners",
    ],
    counterExamples: ["Talks end without a deal :: International", "Sahel Evening Online :: International"],
  },
  // "BULLETIN SCRIPT — EVENING NEWS 19:00": a broadcast script's label before the programme's name.
  scriptPrefix: {
    pattern: /^(?:(?:bulletin|news|radio|programme|program|broadcast|newscast)\s+)?script\s*(?:[:—–]|-{1,2})\s+(?=\S)/i,
    examples: ["BULLETIN SCRIPT — EVENING NEWS 19:00", "Radio script: Midday headlines"],
    counterExamples: ["Script writers strike in Baku", "Scripted talks - a dead end"],
  },
  // "Tavush Note #41: Talks resume in Almaty": a newsletter's name and issue number before the issue's headline.
  issuePrefix: {
    pattern: /^(?<name>(?:The\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,3})\s+(?:#|No\.\s*|Issue\s+)\d{1,4}\s*[:|–—-]\s+\S/u,
    examples: ["Tavush Note #41: Talks resume in Almaty", "The Syunik Letter No. 7 – Border posts move"],
    counterExamples: ["#58 | A deadly day on the border", "Resolution 884: the Council demands withdrawal"],
  },
  label: {
    pattern:
      /^(?:press releases?|official web-?site|statements?|news releases?|operational update|report|live|breaking|exclusive|full text|transcript|(?:(?:press|news) )?(?:conference|briefing) transcript$|op-?ed$|opinion$|guest (?:essay|column)$|editorial$|letters(?: to the editor)?$|(?:broadcast|programme|program|interview) transcript$|archive|daily report|(?:provisional )?verbatim record|(?:workshop|conference|meeting|seminar|roundtable|event|panel) (?:report|summary|notes)$|(?:working|discussion|policy) paper$|policy brief$|(?:research|original|review|short) (?:article|paper|communication)$|in memoriam$|obituar(?:y|ies)$|grand chamber$|(?:first|second|third|fourth|fifth) section$)\b/i,
    examples: [
      "Press Release",
      "PRESS CONFERENCE TRANSCRIPT",
      "Op-Ed",
      "Letters to the Editor",
      "Press releases",
      "Official web-site",
      "Live",
      "DAILY REPORT",
      "VERBATIM RECORD",
      "Workshop report",
      "Policy brief",
      "ORIGINAL ARTICLE",
      "In Memoriam",
      "GRAND CHAMBER",
      "Fourth Section",
    ],
    counterExamples: ["Caucasus Brief", "Conference report says talks stalled", "Research article says 40 died"],
  },
  // "PAGE 3 · WORLD", "Page 2 | Politics": a printed page's number and section. What sits below it
  // is that page's news: a line in capitals under it is a headline, never the paper's masthead.
  printedPageLabel: {
    pattern: /^(?:PAGE|Page)\s+\d{1,3}\s*[·|•:–—-]\s*[\p{Lu}][\p{L}&' -]{1,40}$/u,
    examples: ["PAGE 3 · WORLD", "Page 2 | Politics", "PAGE 12 — SPORT"],
    counterExamples: ["Page 3 of the report lists the dead", "page 2 | politics"],
  },
  // "Karabakh politics & culture news", "Caucasus business, energy and transport news": a site's
  // tagline naming its topics, a list of them (with "&" or a comma) before "news", and no verb.
  topicTagline: {
    pattern:
      /^(?=[^,&]*(?:&|,[^,]*\band\b))\p{Lu}[\p{L}'’-]*(?:,?\s+(?:&|and|[\p{L}'’-]+)){1,7}(?<!\b(?:the|a|an|bad|good|fake|sad|grim|welcome|big|latest|breaking|more|no|any|some|this|that|their|its))\s+news(?:\s+(?:and|&)\s+(?:views|analysis|reviews|opinion))?$/u,
    examples: ["Eurasian film & television news", "Caucasus business, energy and transport news", "Balkan politics & society news"],
    counterExamples: ["Baku and Yerevan trade bad news", "Armenia gets good news", "Goris, Kapan and Meghri hear the news"],
  },
  // "BORDERLANDS -- a podcast about the post-Soviet frontiers": what kind of show a masthead names, never the title.
  showTagline: {
    pattern:
      /^(?:an?|the)\s+(?:(?:weekly|daily|fortnightly|monthly|new|independent|award-winning)\s+)*(?:podcast|show|programme|program|newsletter|radio show|video series|current affairs programme)\s+(?:about|on|from|for|covering|exploring|of)\s+[^.!?]{3,80}$/i,
    examples: ["a podcast about the post-Soviet frontiers", "A weekly newsletter on the South Caucasus", "The show about Caucasus politics"],
    counterExamples: ["A podcast host was detained in Baku.", "Show of force on the border"],
  },
  // "TEHRAN CHRONICLE -- International desk": the desk or bureau a masthead names after the paper, no sentence.
  desk: {
    pattern: /^(?:[\p{L}-]+\s+){0,2}(?:desk|news ?desk|bureau)$/iu,
    examples: ["International desk", "Foreign news desk", "Caucasus bureau", "Newsdesk"],
    counterExamples: ["Talks resume at the foreign desk today.", "Armenia cuts gas service", "Moscow bureau chief expelled"],
  },
  // "Reading-room note: this page reproduces …", "Archive note: names of staff are withheld": the note of whoever
  // keeps a document's copy on it, labelled as theirs.
  copyNoteLabel: {
    pattern:
      /^(?:reading[- ]room|archive|archivist['’]?s?|collection|library|curator['’]?s?|transcriber['’]?s?|transcription|digiti[sz]ation|catalogu(?:e|er['’]?s?)|trust|mirror)\s+notes?\s*:\s+\S/iu,
    examples: ["Reading-room note: this page reproduces the body of a diplomatic cable.", "Archive note: names of junior staff are withheld by the archive."],
    counterExamples: ["Archive notes show the order was signed in 1992, the ministry said.", "Note: the ministry revised the toll."],
  },
  // "FINDING AID", "Finding aid for the … papers": the page is an archive's guide to one collection.
  findingAid: {
    pattern: /^(?:finding aid|collection guide|guide to the collection|inventory of the collection)(?:\s+(?:for|to)\s+[^.!?]{3,80})?$/iu,
    examples: ["FINDING AID", "Finding aid for the Caucasus papers", "Collection guide"],
    counterExamples: ["Finding aid workers killed in Goris", "The finding aid says the folder is missing."],
  },
  // "Collection: Caucasus Diplomatic Correspondence, 1991-1992 (photocopies)": the collection a finding aid describes.
  collectionField: {
    pattern: /^(?:[Cc]ollection|COLLECTION|[Tt]itle|TITLE|[Ff]onds|FONDS)\s*:\s*(?<name>\p{Lu}[^.!?]{3,160}?)\.?$/u,
    examples: ["Collection: Caucasus Diplomatic Correspondence, 1991-1992 (photocopies)", "Title: Papers of the Karabakh Committee"],
    counterExamples: ["Collection: the ministry said the files were lost.", "Call number: MS-LG 417"],
  },
  // "CORVO DIPLOMATIC ARCHIVE :: Cable viewer": the tool of a document archive's site a page is shown in, after
  // the archive's name, as a desk follows a paper's: no part of the name.
  viewer: {
    pattern: /^(?:(?:cable|document|record|text|item|image|pdf|page|collection|catalogue|finding aid)\s+)?(?:viewer|browser|reader|view|reading room)$/iu,
    examples: ["Cable viewer", "Document viewer", "Record view", "Reading room"],
    counterExamples: ["Cable cut near Goris", "A reader writes from Baku", "Views from Yerevan"],
  },
  // A document's kind before its issuer: "Decree of the President of …" heads the text as its title;
  // the issuer's own name ("Office of the President") is a masthead.
  documentKindOpening: {
    pattern:
      /^(?:(?:joint|presidential|executive|official)\s+)?(?:decree|order|ordinance|resolution|decision|declaration|statement|communiqu[eé]|appeal|address|message|letter|answer|reply|comment|note|law|act|treaty|agreement|protocol|memorandum|instruction|directive|proclamation|speech|remarks)s?\s+(?:of|by|from|on)\s+(?:the\s+)?\p{Lu}/iu,
    examples: [
      "Decree of the President of the Republic of Artsakh",
      "Statement of the Ministry of Foreign Affairs of Armenia",
      "Answer of the Spokesperson of the Ministry of Foreign Affairs",
      "Joint Statement by the Heads of Delegation",
    ],
    counterExamples: [
      "Office of the President of the Republic of Azerbaijan",
      "Ministry of Foreign Affairs of the Republic of Armenia",
      "Decrees and Orders Archive",
    ],
  },
  // A diplomatic cable's routing line: its classification (spaced out, as cables print it), the
  // section, the post and the cable's number. A heading of the record, which no one says.
  cableSlug: {
    pattern:
      /^(?:(?:[A-Z] ){4,}[A-Z]|UNCLAS(?:SIFIED)?|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)(?:\s+SECTION\s+\d{1,2}\s+OF\s+\d{1,2})?\s+[A-Z]{3,}(?:\s[A-Z]{3,})?\s+\d{4,7}$/,
    examples: ["C O N F I D E N T I A L SECTION 01 OF 03 TBILISI 002210", "UNCLAS SECTION 02 OF 02 BAKU 000987", "S E C R E T ANKARA 004512"],
    counterExamples: ["SECRET TALKS IN VIENNA 2004", "CONFIDENTIAL SOURCES SAY 12 DIED", "Confidential talks in Ankara 2004"],
  },
  // An official document's title: a letter or note verbale by its date, sender and addressee.
  documentTitle: {
    pattern:
      /^(?:(?:Identical )?[Ll]etters? dated|Note verbale dated)\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+from\s(?:[^.!?]|\.(?!\s+\p{Lu})){5,200}\saddressed to\s[^.!?]{3,120}$/u,
    examples: [
      "Letter dated 2 May 2016 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General",
      "Identical letters dated 9 October 2020 from the Chargé d'affaires a.i. of Azerbaijan addressed to the Secretary-General and the President of the Security Council",
      "Note verbale dated 14 July 2008 from the Permanent Mission of Armenia addressed to the Secretariat",
    ],
    counterExamples: ["Letter dated 2 May 2016 from the minister was read out. It was addressed to the Secretary-General."],
  },
  // A statement's own title line under its issuer's name: "STATEMENT ON THE BLOCKADE OF THE LACHIN CORRIDOR".
  statementTitle: {
    pattern: /^(?:joint\s+)?statement\s+(?:on|regarding|concerning|in\s+support\s+of)\s+(?:the\s+)?[^.!?:]{10,200}$/i,
    examples: [
      "STATEMENT ON THE BLOCKADE OF THE LACHIN CORRIDOR AND THE HUMANITARIAN SITUATION IN NAGORNO-KARABAKH",
      "Joint statement on the detention of Armenian prisoners in Baku",
    ],
    counterExamples: ["Statement on Monday by the foreign ministry said two soldiers died.", "Statement No. 2023/04", "Statement"],
  },
  // "References", "Notes and sources", "Bibliography[edit]": the heading over a page's list of the works
  // it cites. The dates and names in that list are the sources', never the page's own.
  citationsHeading: {
    pattern:
      /^(?:references|notes(?: and (?:references|sources))?|sources(?: and notes)?|bibliography|citations|works cited|footnotes|endnotes|further reading)\s*(?:\[edit\])?$/i,
    examples: ["References", "References[edit]", "Notes and sources", "Further reading"],
    counterExamples: ["References to the massacre were cut", "Sources say 12 died"],
  },
  // What a publication says it is, under or beside its masthead, never the title: the paper of a
  // community ("Monthly of the Greek community of Lyon"), what kind of texts it keeps and how
  // ("Agency releases, archived as sent", "Court filings from three states, with our notes"), a
  // newsletter's kind and maker ("A fortnightly sanctions digest from the Baltic Desk"), a page
  // written for its station's site ("Show notes for the station website").
  publicationTagline: {
    pattern: new RegExp(
      String.raw`^(?:(?:(?:the|an?)\s+)?(?:(?:independent|free|online|english-language)\s+)?(?:(?:student|students'|campus|community|diaspora)\s+)?(?:daily|weekly|fortnightly|monthly|quarterly|newsletter|bulletin|journal|magazine|newspaper|paper|voice|organ)(?:\s+(?:newspaper|paper|magazine|newsletter|bulletin))?\s+of\s+the\s+(?:[\p{L}-]+\s+){1,3}(?:community|communities|diaspora|parish|church|union|association|society|federation|committee|university|college|school|institute|polytechnic|fellowship|club|circle|guild|league|legion|council|chamber)(?:(?:\s+(?:of|in)\s+|,\s*)\p{Lu}[\p{L}-]*(?:(?:\s+|,\s*)(?:and\s+|&\s+)?\p{Lu}[\p{L}-]*){0,4})?` +
        String.raw`|(?:[\p{L}-]+\s+){0,3}(?:texts|documents|bulletins|digests|reports|releases|statements|records|papers|transcripts|extracts|cables|filings|posts|announcements|notices)(?:\s+(?:from|of|by)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+)?(?:,\s*(?:1[89]|20)\d{2}\s*[-–]\s*(?:1[89]|20)\d{2})?(?:\s*,\s*|\s+(?:--|[—–])\s+|\s+)` +
        String.raw`(?:(?:reproduced|indexed|summari[sz]ed|archived|collected|transcribed|translated|reprinted|republished|filed|mirrored)(?:\s*(?:,|and|&)\s*(?:reproduced|indexed|summari[sz]ed|archived|collected|transcribed|translated|reprinted|republished|filed|mirrored))*(?:\s+(?:as (?:issued|received|published|sent|broadcast|written)|in full|verbatim|unedited|without (?:editing|changes)))?|with (?:editorial |our )?(?:summaries|notes|commentary|translations|annotations)|as (?:filed|issued|received|released))` +
        String.raw`|(?:an?|the|your)\s+(?:(?:weekly|daily|fortnightly|monthly|free|independent)\s+)+(?:[\p{L}-]+\s+){0,3}(?:roundup|round-up|digest|newsletter|briefing|review|bulletin|update|report)\s+(?:from|of|by)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|of|and|for|the)){0,6}` +
        String.raw`|(?:programme|program|show|episode|broadcast)\s+(?:summary|summaries|notes|write-?up|recap)\s+for\s+(?:the\s+|our\s+)?(?:station\s+|show\s+)?(?:website|site|podcast(?: feed)?|feed|archive|listeners)(?:\s+and\s+(?:the\s+|our\s+)?(?:station\s+|show\s+)?(?:website|site|podcast(?: feed)?|feed|archive|listeners))?)\.?$`,
      "iu",
    ),
    examples: [
      "Monthly of the Greek community of Lyon",
      "Quarterly of the Harbour Ex-Services Fellowship, Ascension Island",
      "Independent student newspaper of the National University of Port Town",
      "Newsletter of the Assyrian diaspora in Sweden",
      "Agency releases, archived as sent",
      "Court filings from three states, with our notes",
      "Newsgroup digests, 1990-1995 -- reproduced verbatim",
      "A fortnightly sanctions digest from the Baltic Desk",
      "Show notes for the station website",
      "Human rights releases from around the world, republished in full",
      // (An exchange's feed of filings: "Company announcements as filed".)
      "Company announcements as filed",
    ],
    counterExamples: [
      "Weekly of the Armenian community of Marseille said the mayor had resigned.",
      "Statements from Baku reproduced in full by state media",
      "Documents seized, translated and published",
      "A weekly roundup from Reuters said 40 died",
      "Programme summary for the ministry was leaked",
      "Ministry statements as issued contradict the army",
    ],
  },
  // "Feed copy: Civil Defence Service of …", "Channel mirror: …": a label saying whose channel a
  // mirror's masthead copies; the name after it is the channel's, not the mirror's.
  copiedChannelLabel: {
    pattern: /^(?:channel|feed|account|page|site|mirror|archive)\s+(?:copy|mirror|archive|repost)(?:\s+of)?\s*:\s*\p{Lu}.{2,80}$/iu,
    examples: ["Feed copy: Civil Defence Service of the Republic", "Channel mirror: Ministry of Health"],
    counterExamples: ["Channel copy was deleted by the ministry", "Feed: the ministry said"],
  },
  // A telex's service header above the story: the service, its priority and the item's running
  // number ("SERVICE: FOREIGN/USSR   PRIORITY: ORDINARY   ITEM 0412"). Fields, never a headline.
  telexFields: {
    pattern:
      /^(?:SERVICE|DESK|CIRCUIT|CATEGORY)\s*:\s*[A-Z][A-Z/&-]*(?:\s[A-Z/&-]+){0,3}?\s+(?:PRIORITY\s*:\s*[A-Z]+|ITEM\s+\d{2,5})(?:\s+(?:PRIORITY\s*:\s*[A-Z]+|ITEM\s+\d{2,5}))?$/,
    examples: ["SERVICE: FOREIGN/USSR PRIORITY: ORDINARY ITEM 0412", "DESK: WORLD PRIORITY: URGENT", "CIRCUIT: AFRICA/EUROPE ITEM 118"],
    counterExamples: ["Service: the ministry said the road was open.", "SERVICE: FOREIGN MINISTRY SAID ITEM 3 WAS AGREED"],
  },
  // When a telex moved or came in, with its day: "TRANSMITTED 1745 GMT 04 MAR 88 VIA TELEX …", a
  // correspondent's copy logged on arrival ("TLX XYZ 0508/91 -- URGENT -- RECU LIBREVILLE 08 MAI 1991
  // 16H40"). The day is the story's; the month may be French (or already put in English), the year short.
  telexStamp: {
    pattern:
      /^(?:(?:TLX|TELEX)\s+[A-Z]{2,6}\s+\d{3,5}\/\d{2}\s+--\s+(?:[A-Z]+\s+--\s+)?(?:RECU|RE[CÇ]U|RECEIVED|RCVD)\s+[A-Z'’-]+(?:\s[A-Z'’-]+){0,2}?|TRANSMITTED\s+\d{4}\s*(?:GMT|UTC))\s+(?<day>\d{1,2})\s+(?<month>[A-Z][A-Za-zÉÛéû]{2,8})\s+(?<year>\d{2}|\d{4})(?:\s+[A-Z0-9][A-Z0-9 .:/-]{0,50})?$/,
    examples: [
      "TRANSMITTED 1745 GMT 04 MAR 88 VIA TELEX MONROVIA 44-2107",
      "TLX XYZ 0508/91 -- URGENT -- RECU LIBREVILLE 08 MAI 1991 16H40",
      "TELEX ABC 112/92 -- RECEIVED DAKAR 3 JUNE 1992",
    ],
    counterExamples: ["Transmitted 1745 reports of shelling, the ministry said on 4 March", "TRANSMITTED TO MOSCOW 04 MAR 88 WAS THE MINISTRY'S LETTER"],
  },
  // A service's reference number and the day of its issue on one line: "Ref: KMS/CAU/120903/011
  // Monday 3 September 2012". The date is the page's; the number is no headline.
  referenceAndDate: {
    pattern:
      /^(?:[Rr]ef(?:erence)?|REF(?:ERENCE)?|[Oo]ur ref)\.?\s*:?\s*[A-Z0-9][A-Z0-9/._-]{3,30}\s+(?<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},\s*\d{4}|\d{4}-\d{2}-\d{2}))$/u,
    examples: ["Ref: KMS/CAU/120903/011 Monday 3 September 2012", "Reference: MFA-0412 4 April 2016"],
    counterExamples: ["Ref: the ministry said on 3 September 2012 that 12 died", "Ref: KMS/CAU/120903/011"],
  },
  // "English translations", "English edition for our young members": the language edition a masthead's
  // strip names beside the paper's name and its tagline; no part of the name, never the title.
  editionPart: {
    pattern:
      /^(?:(?:english|international|online|digital)(?:-language)?\s+(?:edition|version|translations?|supplement|pages)(?:\s+for\s+(?:our\s+|the\s+|its\s+)?(?:(?:young|younger|new|overseas|foreign|international|english-speaking)\s+)?(?:readers|members|subscribers|listeners|friends|community|diaspora|youth|generation))?|in english)$/iu,
    examples: ["English translations", "English edition for our young members", "International edition", "In English"],
    counterExamples: ["English translations of the decree were published", "English edition for the troops was banned", "English"],
  },
  // What a small publication prints beside its town on its masthead's strip: its motto ("A journal of birds,
  // shore and moss"), its column's standing head ("Notes from the conference floor") or its series ("Lowland
  // Geography support series"). A phrase with no verb; a headline ("Reports from Shusha say 12 died") has one.
  /** What a library's or an archive's site is, beside its name: "Online catalogue (OPAC)", "Digital collections". */
  catalogueService: {
    pattern:
      /^(?:(?:online|digital|public|library|archive|archives|union|web)\s+)+(?:catalogue|catalog|collections?|repository|finding aids?|holdings)(?:\s+\((?:OPAC|WebPAC|online public access catalog(?:ue)?)\))?$|^OPAC$/iu,
    examples: ["Online catalogue (OPAC)", "Digital collections", "Library catalog", "OPAC"],
    counterExamples: ["Online catalogue of Karabakh war dead published", "Catalogue"],
  },
  /** A name in capitals and, after a comma, what it calls itself: the masthead of a wiki or a small site. */
  mastheadWithStrap: {
    pattern: /^(?<name>\p{Lu}[\p{Lu}\p{N}'’&.-]+(?:\s+\p{Lu}[\p{Lu}\p{N}'’&.-]+){0,5}),\s+(?:the|an?|your|our)\s+\p{Ll}[^|.!?]{2,80}$/u,
    examples: ["KERKYRA WIKI, the free island encyclopedia (hosted in Corfu)", "HARBOUR LIGHTS, a weekly of the western isles"],
    counterExamples: [
      "STEPANAKERT, the capital of Nagorno-Karabakh, came under fire.",
      "BAKU, Oct 4 (Reuters) - Azerbaijan said",
      "Kura Wiki, the free encyclopedia",
    ],
  },
  mastheadStrap: {
    pattern: new RegExp(
      // ("A literary review from the smallest island in the Gulf": the words may end on a place's name, with no verb.)
      String.raw`^(?:[Aa]n?\s+(?:\p{Ll}+\s+)?(?:quarterly|monthly|weekly|annual|journal|review|newsletter|magazine|bulletin|digest|record|miscellany|gazette|almanac)\s+(?:of|for|on|from|about)\s+(?![^|]*\b(?:is|are|was|were|has|have|had|said|says|found|shows?|will)\b)[\p{Ll}\p{N}, '’&-]{3,80}(?:\s\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?` +
        String.raw`|(?:[Rr]eports|[Nn]otes|[Dd]ispatches|[Dd]espatches|[Ll]etters|[Pp]ostcards|[Vv]iews)\s+from\s+(?:the\s+)?[\p{Ll}, '’&-]{3,60}` +
        String.raw`|(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:&|and|of)\s+)?){1,6}(?:support|revision|study|teaching|briefing|field)\s+series` +
        // ("Weekly letter on oil, gas and frontier supply": a trade letter's cadence and kind, then a list of its topics in
        // small letters; "Weekly report on the clearance of the banks" is a report's own title.)
        String.raw`|(?:[Dd]aily|[Ww]eekly|[Ff]ortnightly|[Mm]onthly|[Qq]uarterly)\s+(?:letter|briefing|newsletter|bulletin|review|report|digest|notes|intelligence|analysis)\s+(?:on|of|for|about|from)\s+(?![^|]*\b(?:is|are|was|were|has|have|had|said|says|found|shows?|will|the)\b)(?=[^|]*(?:,|\band\b|&))[\p{Ll}\p{N}, '’&-]{3,80}(?<![\p{Ll}]ed))$`,
      "u",
    ),
    examples: [
      "A journal of birds, shore and moss",
      "A quarterly of natural history, land and sea",
      "a poetry magazine from the windiest town in the Hebrides",
      "Notes from the conference floor",
      "Lowland Geography & Civics support series",
      "Weekly letter on grain, freight and river trade",
      "Monthly briefing for shipowners and their insurers",
    ],
    counterExamples: [
      "Reports from Shusha say 12 died",
      "A journal of the war years was found in Shusha",
      "The review of the ceasefire",
      "A review of the shelling has been ordered by Baku",
      "Weekly report on casualties released",
      "Daily briefing on the war is cancelled",
      "Monthly report on human rights in Azerbaijan",
      "Weekly report on the clearance of the river's banks",
      "Weekly report on clearance of the banks",
    ],
  },
  // "Boletin mensual / Monthly bulletin": a line saying only what kind of publication the page is, in one
  // language or two, under the publisher's name; a label, never the title.
  publicationKind: {
    pattern:
      /^(?:(?:(?:monthly|weekly|daily|fortnightly|quarterly|members'?|community|electronic)\s+){1,2}(?:bulletin|newsletter|e-?bulletin|digest|news ?letter)|(?:e-?bulletin|newsletter|bulletin)|(?:bolet[ií]n|gaceta|revista|hoja|lettre|bulletin|notiziario|informativo)(?:\s+(?:mensual|semanal|quincenal|trimestral|informativo|mensuelle|hebdomadaire|trimestrielle|mensile|settimanale|mensal|semanal))?)$/iu,
    examples: ["Monthly bulletin", "Boletin mensual", "Boletín informativo", "Lettre mensuelle", "Weekly newsletter"],
    counterExamples: ["Monthly bulletin of the ministry says 12 died", "Bulletin board", "Weekly"],
  },
  // "This week", "In this issue": a newsletter's heading over its list of contents, under its masthead; the
  // issue's first story has its own heading below the list, and that is the title.
  contentsHeading: {
    pattern:
      /^(?:this (?:week|issue|month|edition)|in this (?:issue|edition|bulletin|newsletter|digest|briefing|letter)|inside(?: this (?:issue|week|edition))?|contents|in brief|at a glance)\s*:?$/i,
    examples: ["This week", "In this issue", "Inside this edition", "Contents:"],
    counterExamples: ["This week in Goris", "Inside the besieged city", "This week Baku said 12 died"],
  },
  // "Harbour Weekly e-Bulletin #12 — Storm floods the port": a newsletter's page title, its name and issue
  // number before the issue's headline. The name is the outlet; the headline is the title.
  issuePrefixTitle: {
    pattern:
      /^(?<name>\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*){0,4})\s+(?:[Ee]-?[Bb]ulletin|E-?BULLETIN|[Nn]ewsletter|NEWSLETTER|[Bb]ulletin|BULLETIN|[Dd]igest|DIGEST|[Ii]ssue|ISSUE|[Ee]dition|EDITION|No\.?|NO\.?)\s*(?:#|[Nn]o\.?\s*)?\d{1,4}\s+(?:--|[—–|:])\s+(?<headline>\p{Lu}\S*(?:\s+\S+){2,})$/u,
    examples: ["Harbour Weekly e-Bulletin #12 — Storm floods the port", "Lantern Letter Issue 40 – Border talks resume in Vienna"],
    counterExamples: ["Harbour Weekly e-Bulletin #12", "Armenia says 12 — talks resume", "Resolution 822 — The Security Council demands withdrawal"],
  },
  // "Harbour Street, Stromness, Orkney", "12 Quay Road, Tarbert, Isle of Harris", "Via Roma 4, Lipari": the postal
  // address a small publication prints under its masthead; a street, then its town and region. Never the title.
  streetAddress: {
    pattern: new RegExp(
      String.raw`^(?:\d{1,4}[a-z]?,?\s+)?(?:` +
        String.raw`(?:\p{Lu}[\p{Ll}'’.-]+\s+){1,3}(?:Street|St\.|Road|Rd\.?|Square|Lane|Avenue|Place|Quay|Row|Terrace|Close|Wharf|Crescent|Parade|Walk|Mews|Yard|Gardens|Court|Circus|Pier|Strand|Embankment|Boulevard|Esplanade|Promenade|Brae|Wynd)` +
        String.raw`|(?:Via|Viale|Piazza|Corso|Rue|Calle|Plaza|Rua|Praça|Platz|Straße|Gata|Gade|Vei|Veien|Gatan)\s+(?:\p{Lu}[\p{Ll}'’.-]+\s*){1,3}(?:\s*\d{1,4})?` +
        String.raw`)(?:,\s+(?:\p{Lu}[\p{Ll}'’.-]+|\d{4,5}|[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2})(?:[ -](?:of|on|upon|the|de|di|la|le|am|an|auf|sur|\p{Lu}[\p{Ll}'’.-]+|\(\p{Lu}{2}\)))*){1,3}$`,
      "u",
    ),
    examples: ["Harbour Street, Stromness, Orkney", "12 Quay Road, Tarbert, Isle of Harris", "Market Square, Kirkwall, Isle of Orkney", "Via Roma 4, Lipari"],
    counterExamples: [
      "Shelling resumes near Goris, Syunik",
      "Stepanakert, Nagorno-Karabakh",
      "Talks at Downing Street end without a deal",
      "Baku, Yerevan trade blame",
    ],
  },
  // A masthead's motto in plain words, no name, no verb: its fare and where it comes from after a comma ("Records,
  // radio and the odd podcast, from a windy balcony on Mykonos"), what kind of board or answers site it is and for
  // whom ("Discussion boards for the islands and the wider world"). Headlines name their places and say something.
  wordTagline: {
    pattern: new RegExp(
      String.raw`^(?![^|]*\b(?:said|says|told|is|are|was|were|has|have|had|will|would)\b)(?:` +
        String.raw`\p{Lu}[\p{Ll}-]+(?:(?:,\s+|\s+(?:and|&)\s+(?:the\s+odd\s+|a\s+little\s+|some\s+)?|\s+)[\p{Ll}-]+){1,8},\s+from\s+(?:an?|the|our|my)\s+[^.!?|:]{3,100}` +
        String.raw`|(?:[Dd]iscussion\s+|[Mm]essage\s+|[Cc]ommunity\s+|[Oo]pen\s+)?(?:[Bb]oards?|[Ff]orums?|[Dd]iscussions|[Cc]onversations|[Qq]uestions\s+and\s+answers)\s+(?:for|on|about|from|by|with|among)\s+[\p{Ll}\s,'’&-]{3,80}` +
        String.raw`)$`,
      "u",
    ),
    examples: [
      "Records, radio and the odd podcast, from a windy balcony on Mykonos",
      "Long reads on short news, from a croft with eleven sheep",
      "Discussion boards for the islands and the wider world",
      "Questions and answers by people who care to check",
    ],
    counterExamples: [
      "Shells, rockets and drones hit Goris from the north",
      "Forum on Karabakh opens in Paris",
      "Discussions on the corridor were stalled, Baku said",
      "Prisoners, bodies and maps, from Baku to Yerevan",
    ],
  },
  // 'Webinar series "Edges of the Map" | Session 9': a series of talks and the session's number, over the
  // session's own title; a label, never the title.
  sessionOfSeries: {
    pattern:
      /^(?:(?:webinar|lecture|seminar|talk|podcast|panel|discussion|event|reading|film)s?\s+series|series)\s*:?\s+(?:["“][^"“”]{2,60}["”]|\p{Lu}[\p{L}'’ -]{2,40}?)\s*(?:[|·•,:]|--|[–—])\s*(?:session|episode|event|part|lecture|talk|no\.?|#)\s*\d{1,4}$/iu,
    examples: ['Webinar series "Edges of the Map" | Session 9', "Lecture series: Borders and Bridges — Lecture 3"],
    counterExamples: ['Webinar series "Edges of the Map" ends as speakers quit', "Series of strikes hit Goris, part 2 of the offensive"],
  },
} satisfies RuleTable<string>;

export const PAGE_HEAD = { ...patternsOf(PAGE_HEAD_RULES), separator: new RegExp(SEPARATOR) };
