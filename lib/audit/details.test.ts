import { describe, expect, it } from "vitest";
import { safeDetails } from "./details";

describe("safeDetails", () => {
  it("drops every field named like a secret, at any depth", () => {
    expect(safeDetails({ name: "prod", password: "hunter2", connection: { kind: "kubeconfig", kubeconfig: "apiVersion: v1", bearerToken: "t" }, apiKey: "k" }))
      .toEqual({ name: "prod", connection: { kind: "kubeconfig" } });
  });

  it("keeps plain values, dates as ISO text, and cuts long strings", () => {
    const out = safeDetails({ at: new Date("2026-01-02T03:04:05Z"), count: 3, ok: true, none: null, long: "x".repeat(600), fn: () => 1 });
    expect(out).toMatchObject({ at: "2026-01-02T03:04:05.000Z", count: 3, ok: true, none: null });
    expect((out.long as string).length).toBe(501);
    expect(out).not.toHaveProperty("fn");
  });
});
