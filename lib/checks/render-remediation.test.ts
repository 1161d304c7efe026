import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { evaluateSnapshot } from "./engine";
import { snapshotFromText } from "./load";
import { renderRemediation } from "./render-remediation";

describe("renderRemediation", () => {
  it("renders a patch as YAML and a kubectl patch command for that object", () => {
    const patch = { spec: { template: { spec: { containers: [{ name: "web", securityContext: { privileged: false } }] } } } };
    const rendered = renderRemediation({ type: "patch", target: { apiVersion: "apps/v1", kind: "Deployment", namespace: "payments", name: "api" }, patch });
    expect(parse(rendered.yaml!)).toEqual(patch);
    expect(rendered.command).toBe("kubectl -n payments patch deployment api --type strategic --patch-file fix.yaml");
  });
  it("warns that a bare Pod is recreated, not patched", () => {
    const rendered = renderRemediation({ type: "patch", target: { apiVersion: "v1", kind: "Pod", namespace: "web", name: "debug" }, patch: { spec: { hostPID: null } } });
    expect(rendered.note).toMatch(/recreate/);
    expect(parse(rendered.yaml!)).toEqual({ spec: { hostPID: null } });
  });
  it("renders a new object with kubectl apply", () => {
    const object = { apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: { name: "default-deny", namespace: "web" }, spec: { podSelector: {}, policyTypes: ["Ingress"] } };
    const rendered = renderRemediation({ type: "create", object });
    expect(parse(rendered.yaml!)).toEqual(object);
    expect(rendered.command).toBe("kubectl apply -f fix.yaml");
  });
  it("keeps manual steps as they are", () => {
    expect(renderRemediation({ type: "manual", steps: ["Edit the static pod manifest."] })).toEqual({ type: "manual", steps: ["Edit the static pod manifest."] });
  });
});

describe("remediation notes of pods that cannot change in place", () => {
  const manifest = (kind: "Pod" | "Job") => {
    const spec = { containers: [{ name: "shell", image: "busybox", securityContext: { privileged: true } }] };
    const body = kind === "Pod" ? { spec } : { spec: { template: { spec: { ...spec, restartPolicy: "Never" } } } };
    return JSON.stringify({ apiVersion: kind === "Pod" ? "v1" : "batch/v1", kind, metadata: { name: "debug", namespace: "web" }, ...body });
  };

  it.each(["Pod", "Job"] as const)("says once, for every failing check of a bare %s, that it must be recreated", (kind) => {
    const failed = evaluateSnapshot(snapshotFromText(manifest(kind)).snapshot).filter((result) => result.status === "fail" && result.remediation?.type === "patch");
    expect(failed.length).toBeGreaterThan(3);
    for (const result of failed) {
      const note = renderRemediation(result.remediation!).note ?? "";
      expect(note.match(/recreate/g), `${result.check}: ${note}`).toHaveLength(1);
    }
  });
});
