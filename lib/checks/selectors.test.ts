import { describe, expect, it } from "vitest";
import { compileSelector, selectorMatches } from "./selectors";

describe("compileSelector", () => {
  const web = { app: "web", tier: "frontend" };

  it("follows the API meaning of empty and absent selectors", () => {
    expect(compileSelector({}).selectsAll).toBe(true);
    expect(compileSelector({}).matches({})).toBe(true);
    expect(compileSelector(undefined).matches(web)).toBe(false);
    expect(compileSelector(null).selectsNone).toBe(true);
    expect(compileSelector(undefined, "everything").matches(web)).toBe(true);
    expect(compileSelector({ matchLabels: {}, matchExpressions: [] }).selectsAll).toBe(true);
  });

  it("matches matchLabels and every operator of matchExpressions", () => {
    expect(selectorMatches({ matchLabels: { app: "web" } }, web)).toBe(true);
    expect(selectorMatches({ matchLabels: { app: "api" } }, web)).toBe(false);
    const expression = (operator: string, values?: string[]) => ({ matchExpressions: [{ key: "tier", operator, ...(values ? { values } : {}) }] });
    expect(selectorMatches(expression("In", ["frontend", "edge"]), web)).toBe(true);
    expect(selectorMatches(expression("In", ["backend"]), web)).toBe(false);
    expect(selectorMatches(expression("NotIn", ["frontend"]), web)).toBe(false);
    expect(selectorMatches(expression("NotIn", ["backend"]), web)).toBe(true);
    // A missing key satisfies NotIn.
    expect(selectorMatches(expression("NotIn", ["backend"]), { app: "web" })).toBe(true);
    expect(selectorMatches(expression("Exists"), web)).toBe(true);
    expect(selectorMatches(expression("Exists"), { app: "web" })).toBe(false);
    expect(selectorMatches(expression("DoesNotExist"), { app: "web" })).toBe(true);
    expect(selectorMatches(expression("DoesNotExist"), web)).toBe(false);
  });

  it("requires every requirement (AND)", () => {
    const selector = { matchLabels: { app: "web" }, matchExpressions: [{ key: "tier", operator: "In", values: ["backend"] }] };
    expect(selectorMatches(selector, web)).toBe(false);
    expect(selectorMatches(selector, { app: "web", tier: "backend" })).toBe(true);
  });

  it.each([
    ["an unknown operator", { matchExpressions: [{ key: "a", operator: "Matches", values: ["x"] }] }],
    ["In without values", { matchExpressions: [{ key: "a", operator: "In", values: [] }] }],
    ["Exists with values", { matchExpressions: [{ key: "a", operator: "Exists", values: ["x"] }] }],
    ["a missing key", { matchExpressions: [{ operator: "Exists" }] }],
    ["a non-map matchLabels", { matchLabels: ["app"] }],
    ["a string", "app=web"],
  ])("treats %s as invalid: selects nothing, never throws", (_name, selector) => {
    const compiled = compileSelector(selector);
    expect(compiled.invalid).toBeTruthy();
    expect(compiled.matches({ a: "x", app: "web" })).toBe(false);
  });
});
