// A pattern kept with what it must and must not match (as compromise keeps its rules): the
// examples document the rule, and one table-driven test (tests/rules) checks every table.
export interface Rule {
  pattern: RegExp;
  /** Texts the pattern must match. */
  examples: readonly string[];
  /** Texts it must not match: the near misses that shaped it. */
  counterExamples: readonly string[];
}

export type RuleTable<K extends string> = Record<K, Rule>;

/** The patterns of a table, by name, for the code that uses them. */
export function patternsOf<K extends string>(table: RuleTable<K>): Record<K, RegExp> {
  return Object.fromEntries(Object.entries<Rule>(table).map(([name, rule]) => [name, rule.pattern])) as Record<K, RegExp>;
}

/** The text as a pattern that matches it literally: "Faith & Heritage Monitor" inside a larger pattern. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
