// Institutions that publish their own pages (the UN, the EEAS, the OSCE …): the name each goes by,
// the other names and acronyms its pages sign with, and the sections of its site that a page may
// print where a newspaper prints its masthead ("Meetings Coverage and Press Releases", "Minsk Group
// | Press releases"). Data in institutions.json, checked here with zod; an outlet read from a page
// is given the institution's name when it is one of these, so every page of one body has one outlet.
import { z } from "zod";
import { parseDataFile } from "../dataFile.ts";
import raw from "./institutions.json" with { type: "json" };

const InstitutionsSchema = z.object({
  institutions: z
    .array(
      z.object({
        name: z.string().min(2),
        why: z.string().min(10),
        aliases: z.array(z.string().min(2)).min(1),
        sections: z.array(z.string().min(2)),
      }),
    )
    .min(1),
});

const INSTITUTIONS = parseDataFile("institutions.json", InstitutionsSchema, raw).institutions;

/** Names compared without case, stops, dashes or a leading "the". */
function key(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[.'’]/g, "")
    .replace(/[\s–—-]+/g, " ")
    .trim();
}

const BY_NAME = new Map<string, string>(INSTITUTIONS.flatMap((i) => [...i.aliases, ...i.sections, i.name].map((n) => [key(n), i.name] as const)));

/** The name the institution goes by when `outlet` is one of its names or sections; otherwise `outlet` as it is. */
export function institutionName(outlet: string): string {
  return BY_NAME.get(key(outlet)) ?? outlet;
}

/** institutionName for an outlet that may be missing. */
export function institutionOrNull(outlet: string | null | undefined): string | null {
  return outlet ? institutionName(outlet) : null;
}
