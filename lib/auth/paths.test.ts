import { describe, expect, it } from "vitest";
import { safeNextPath, signInUrl } from "./paths";

describe("sign-in redirects", () => {
  it("keeps a path on this site, query included", () => {
    expect(signInUrl("/clusters?x=1")).toBe("/sign-in?next=%2Fclusters%3Fx%3D1");
    expect(signInUrl("/")).toBe("/sign-in");
  });
  it("never sends the user to another site or back to the sign-in page", () => {
    for (const bad of ["//evil.example", "https://evil.example", "/\\evil.example", "evil", "", null, undefined, "/sign-in?next=/x"]) {
      expect(safeNextPath(bad)).toBe("/");
    }
  });
});
