// Turns a zod failure on option values into one sentence a user can act on.
import type { z } from "zod";

export function optionProblems(error: z.ZodError): string {
  const problems = error.issues.map((issue) => {
    const option = issue.path.join(".");
    return option ? `\`${option}\` ${issue.message}` : issue.message;
  });
  return `That didn't work: ${problems.join("; ")}.`;
}
