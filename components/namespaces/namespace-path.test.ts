import { describe, expect, it } from "vitest";
import { namespaceFromSegment, namespaceHref } from "./namespace-path";

describe("namespace paths", () => {
  it("encode any name into one segment and decode it back", () => {
    for (const name of ["kube-system", "<b>gone</b>", "a/b?c#d", "100%", "é t"]) {
      const href = namespaceHref("c1", name);
      const segment = href.split("/").at(-1)!;
      expect(href.split("/")).toHaveLength(5);
      expect(namespaceFromSegment(segment)).toBe(name);
    }
  });

  it("keeps a malformed escape as it came", () => {
    expect(namespaceFromSegment("%E0%A4%A")).toBe("%E0%A4%A");
  });
});
