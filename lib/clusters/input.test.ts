import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZClusterCreate, ZClusterUpdate, ZConnectionInput } from "./input";
import { clusterNameProblem } from "./limits";

const errorsOf = (result: { success: boolean; error?: z.ZodError }): Record<string, string[] | undefined> =>
  result.error ? (z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>) : {};

describe("cluster input", () => {
  it("accepts DNS-label names and applies the defaults", () => {
    const parsed = ZClusterCreate.parse({ name: " prod-eu-1 ", environment: "production", connectionKind: "in_cluster" });
    expect(parsed).toMatchObject({ name: "prod-eu-1", description: "", schedule: "0 */6 * * *" });
  });

  it.each([["", "required"], ["Prod", "pattern"], ["-prod", "pattern"], ["prod_eu", "pattern"], ["a".repeat(64), "tooLong"]] as const)(
    "refuses the name %j (%s), in the form and in the API alike",
    (name, problem) => {
      expect(clusterNameProblem(name)).toBe(problem);
      expect(errorsOf(ZClusterCreate.safeParse({ name, environment: "other", connectionKind: "in_cluster" })).name).toHaveLength(1);
    },
  );

  it("validates the schedule with the scheduler's own check", () => {
    const errors = errorsOf(ZClusterCreate.safeParse({ name: "x", environment: "other", connectionKind: "in_cluster", schedule: "*/1 * * * *" }));
    expect(errors.schedule?.[0]).toMatch(/every 5 minutes/);
  });

  it("asks for what each connection kind needs, under its own field", () => {
    expect(errorsOf(ZConnectionInput.safeParse({ connectionKind: "kubeconfig", kubeconfig: "  " })).kubeconfig).toEqual(["Paste or upload a kubeconfig."]);
    expect(errorsOf(ZConnectionInput.safeParse({ connectionKind: "manifests" })).manifests).toHaveLength(1);
    expect(ZConnectionInput.safeParse({ connectionKind: "manifests", manifests: { type: "path", path: "/srv/gitops" } }).success).toBe(true);
    expect(ZConnectionInput.safeParse({ connectionKind: "manifests", manifests: { type: "url", url: "x" } }).success).toBe(false);
  });

  it("edits without credentials, and refuses credentials without their kind", () => {
    expect(ZClusterUpdate.parse({ description: "New" })).toEqual({ description: "New" });
    expect(errorsOf(ZClusterUpdate.safeParse({ kubeconfig: "apiVersion: v1" })).connectionKind).toHaveLength(1);
    expect(ZClusterUpdate.safeParse({ credentials: "x" }).success).toBe(false);
  });
});
