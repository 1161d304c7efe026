import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderChecksMarkdown } from "./docs";
import { CHECKS } from "./registry";

describe("docs/checks.md", () => {
  it("matches the registry (run `npm run docs:checks` after changing a check)", () => {
    expect(readFileSync("docs/checks.md", "utf8")).toBe(renderChecksMarkdown(CHECKS));
  });
  it("lists every check once", () => {
    const text = renderChecksMarkdown(CHECKS);
    for (const check of CHECKS) expect(text.split(`\`${check.id}\``).length - 1).toBe(1);
  });
});
