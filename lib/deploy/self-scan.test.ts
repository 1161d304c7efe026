// "Ramparts scans its own manifests and must have no open finding": the Kubernetes deployment of
// deploy/kubernetes (what `kubectl apply -k` sends, plus the Secret an operator creates from the
// template) goes through `ramparts scan`, the CLI's own code path. A finding may only be waived by
// the exemption annotation with a written reason, shown here.
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { evaluateSnapshot } from "../checks/engine";
import { snapshotFromPaths } from "../checks/load";
import { main } from "../cli/main";
import type { TScanReport } from "../cli/scan-report";
import { kustomizationFiles } from "./kustomize";

const KUBERNETES_DIR = resolve("deploy", "kubernetes");
// What an operator creates from the templates: the Secret, and the SSO ConfigMap when used.
const TEMPLATES = ["secret.template.yaml", "sso.template.yaml"].map((name) => join(KUBERNETES_DIR, name));
const deployed = [...kustomizationFiles(KUBERNETES_DIR), ...TEMPLATES];

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join("") });
}

describe("Ramparts scanning its own Kubernetes manifests", () => {
  it("covers every manifest of deploy/kubernetes: the kustomization's resources and the templates", () => {
    const yamlFiles = readdirSync(KUBERNETES_DIR).filter((name) => /\.ya?ml$/.test(name) && name !== "kustomization.yaml");
    expect(yamlFiles.map((name) => join(KUBERNETES_DIR, name)).filter((file) => !deployed.includes(file))).toEqual([]);
    expect(deployed).toContain(resolve("deploy", "rbac", "ramparts-reader.yaml"));
    expect(deployed).not.toContain(resolve("deploy", "rbac", "ramparts-reader-token.yaml"));
  });

  it("finds no open finding through `ramparts scan --format json --all --fail-on low`", async () => {
    const out = sink();
    const err = sink();
    const code = await main(["scan", ...deployed, "--format", "json", "--all", "--fail-on", "low"], out, err);
    expect(err.text()).toBe("");
    expect(code).toBe(0);
    const report = JSON.parse(out.text()) as TScanReport;
    expect(report.problems).toEqual([]);
    expect(report.objects).toBeGreaterThanOrEqual(15);
    const open = report.results.filter((result) => result.status === "fail");
    expect(open.map((result) => `${result.check} ${result.object.kind}/${result.object.name}: ${result.message}`)).toEqual([]);
    // The scan really judged the workloads: their hardening checks pass, they are not skipped.
    const passed = new Set(report.results.filter((result) => result.status === "pass").map((result) => result.check));
    for (const check of ["run-as-non-root", "read-only-root-filesystem", "capabilities-drop-all", "allow-privilege-escalation", "seccomp-profile", "namespace-no-default-deny-ingress", "namespace-no-default-deny-egress", "service-account-token-automount", "secret-env-reference", "pod-user-namespace-unused"]) {
      expect(passed, check).toContain(check);
    }
    // Both Pod Security levels hold for every workload.
    expect(report.pss.length).toBe(3);
    for (const workload of report.pss) {
      expect({ name: workload.object.name, baseline: workload.baseline, restricted: workload.restricted }).toEqual({
        name: workload.object.name,
        baseline: { allowed: true, violations: [] },
        restricted: { allowed: true, violations: [] },
      });
    }
  });

  it("waives only with the exemption annotation and a written reason", async () => {
    const { snapshot } = await snapshotFromPaths(deployed);
    const waived = evaluateSnapshot(snapshot).filter((result) => result.status === "waived");
    expect(waived.length).toBeGreaterThan(0);
    for (const result of waived) {
      expect(result.waiver?.source, result.check).toBe("annotation");
      expect(result.waiver?.reason.length, `${result.check} ${result.object.name}`).toBeGreaterThan(60);
    }
    // The exceptions, each with its reason in the manifests: RBAC must read Secrets to check them,
    // and the image built from this repository has no digest to pin until it is pushed.
    expect([...new Set(waived.map((result) => result.check))].sort()).toEqual(["image-not-pinned-by-digest", "rbac-secrets-read"]);
  });
});
