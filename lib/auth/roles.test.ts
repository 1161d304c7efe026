import { describe, expect, it } from "vitest";
import { roleAllows } from "./roles";

describe("roleAllows", () => {
  it("orders viewer < editor < admin", () => {
    expect(roleAllows("viewer", "viewer")).toBe(true);
    expect(roleAllows("viewer", "editor")).toBe(false);
    expect(roleAllows("editor", "viewer")).toBe(true);
    expect(roleAllows("editor", "admin")).toBe(false);
    expect(roleAllows("admin", "editor")).toBe(true);
  });
  it("lets anyone reach public routes", () => {
    expect(roleAllows("viewer", "public")).toBe(true);
  });
});
