/** Which ratings the cluster page scores with: today's (default) or those each scan recorded. Lives in the URL (?ratings=recorded). */
export type TRatingsMode = "current" | "recorded";

export function parseRatingsMode(value: string | string[] | undefined): TRatingsMode {
  return value === "recorded" ? "recorded" : "current";
}
