// The incidents a freshly patched index is served with while the re-index worker groups its own
// (reindexWorker.ts: after a patch, a few tenths of a second at 100k articles; a full grouping,
// seconds). They are the previous
// index's incidents, minus every incident that holds a sentence of an article added, changed or
// removed since: so what is served meanwhile never names a passage, claim or figure the new index
// does not hold as it is, and the new articles' sentences belong to no incident until the grouped
// ones are swapped in. What this can leave out or keep apart (an unchanged incident that a new
// article would join, a regrouping elsewhere) is corrected by that swap.
import type { AnswerIndex, IncidentLookups } from "../../core/answers/answerIndex.ts";
import { LookupMap } from "../../core/answers/answerIndex.ts";
import type { Incident } from "../../core/answers/incidents.ts";

/**
 * Lookups over `previous`'s incidents without those touching `stale` (files added, changed or
 * removed): built as they are asked for, like the saved ones, so serving them costs nothing up front.
 */
export function provisionalIncidents(previous: AnswerIndex, stale: ReadonlySet<string>): IncidentLookups {
  const kept = new Map<Incident, boolean>();
  const keep = (incident: Incident) => {
    let ok = kept.get(incident);
    if (ok === undefined) kept.set(incident, (ok = incident.files.every((file) => !stale.has(file))));
    return ok;
  };
  const keepList = (list: Incident[] | undefined) => {
    const left = list?.filter(keep) ?? [];
    return left.length === 0 ? undefined : left;
  };
  let list: Incident[] | null = null;
  return {
    get list() {
      return (list ??= previous.incidents.filter(keep));
    },
    bySentence: new LookupMap<Incident>(
      (sentenceId) => {
        const incident = previous.incidentOfSentence.get(sentenceId);
        return incident && keep(incident) ? incident : undefined;
      },
      () => new Map([...previous.incidentOfSentence].filter(([, incident]) => keep(incident))),
    ),
    byPassage: new LookupMap<Incident[]>(
      (passageId) => keepList(previous.incidentsOfPassage.get(passageId)),
      () => filteredLists(previous.incidentsOfPassage, keepList),
    ),
    byPlace: new LookupMap<Incident[]>(
      (place) => keepList(previous.incidentsAtPlace.get(place)),
      () => filteredLists(previous.incidentsAtPlace, keepList),
    ),
  };
}

function filteredLists(lists: Map<string, Incident[]>, keepList: (list: Incident[]) => Incident[] | undefined): Map<string, Incident[]> {
  const out = new Map<string, Incident[]>();
  for (const [key, list] of lists) {
    const left = keepList(list);
    if (left) out.set(key, left);
  }
  return out;
}
