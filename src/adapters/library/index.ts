export { createLibrary, DEFAULT_INDEX_DIR, type Library, type LibraryOptions } from "./library.ts";
export type { Progress, ProgressStage } from "./reindexing.ts";
