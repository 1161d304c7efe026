import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkTexts } from "../../../i18n/check-texts";
import { evaluateSnapshot } from "../../engine";
import { FIXTURES, fixtureFiles } from "../../fixture-suite.testkit";
import { snapshotFromPaths, snapshotFromText } from "../../load";
import type { TKubeObject, TSnapshot } from "../../types";
import { controlPlaneChecks } from ".";
import { encryptionAtRestMissing } from "../secrets/encryption-at-rest-missing";
import { english } from "../../english.testkit";

const FLAG_CHECKS = [...controlPlaneChecks.filter((check) => check.id.startsWith("apiserver-")), encryptionAtRestMissing];

/** Follows a manual remediation's steps on the snapshot: set (or remove) the flags it names. */
function applySteps(snapshot: TSnapshot, steps: string[]): TSnapshot {
  const edits = [...steps.join("\n").matchAll(/(set|remove) `--([a-z-]+)(?:=([^`]*))?`/g)].map((match) => ({ name: match[2]!, value: match[3] }));
  expect(edits.length).toBeGreaterThan(0);
  const pods = (snapshot.objects.Pod ?? []).map((pod) => {
    const copy = structuredClone(pod) as TKubeObject & { spec: { containers: { command: string[] }[] } };
    for (const container of copy.spec.containers) {
      let command = container.command;
      for (const edit of edits) {
        command = command.filter((word) => !word.startsWith(`--${edit.name}=`));
        if (edit.value !== undefined) command.push(`--${edit.name}=${edit.value}`);
      }
      container.command = command;
    }
    return copy;
  });
  return { ...snapshot, objects: { ...snapshot.objects, Pod: pods } };
}

describe("API server flag checks", () => {
  for (const check of FLAG_CHECKS) {
    for (const file of fixtureFiles(check.id).filter((name) => name.startsWith("fail-"))) {
      it(`${check.id}: following the manual steps of ${file} makes it pass`, async () => {
        const { snapshot } = await snapshotFromPaths([join(FIXTURES, check.id, file)]);
        const [fail] = evaluateSnapshot(snapshot, { checks: [check] }).filter((result) => result.status === "fail");
        expect(fail?.remediation?.type).toBe("manual");
        if (fail?.remediation?.type !== "manual") return;
        // The steps as an English reader sees them: the flags to set are in the sentences.
        const fixed = applySteps(snapshot, fail.remediation.steps.map(checkTexts("en").say));
        expect(evaluateSnapshot(fixed, { checks: [check] }).map((result) => result.status)).toEqual(["pass"]);
      });
    }
  }

  it("is not assessable, never a pass, when no kube-apiserver Pod is visible (managed control plane)", () => {
    const snapshot = snapshotFromText("apiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: shop}\nspec: {containers: [{name: web, image: nginx}]}\n").snapshot;
    for (const result of evaluateSnapshot(snapshot, { checks: FLAG_CHECKS })) {
      expect(result.status).toBe("not_assessable");
      expect(english(result.message)).toContain("managed");
    }
  });

  it("is not assessable when authorization or authentication come from config files it cannot read", () => {
    const pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: kube-apiserver-cp-1, namespace: kube-system}\n" +
      "spec: {containers: [{name: kube-apiserver, command: [kube-apiserver, --authorization-config=/etc/authz.yaml, --authentication-config=/etc/authn.yaml]}]}\n";
    const results = evaluateSnapshot(snapshotFromText(pod).snapshot, { checks: controlPlaneChecks });
    for (const id of ["apiserver-authorization-always-allow", "apiserver-authorization-node-rbac", "apiserver-anonymous-auth"]) {
      expect(results.find((result) => result.check === id)?.status).toBe("not_assessable");
    }
  });

  it("treats an unset --authorization-mode as AlwaysAllow (the API server default)", () => {
    const pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: kube-apiserver-cp-1, namespace: kube-system}\nspec: {containers: [{name: kube-apiserver, command: [kube-apiserver]}]}\n";
    const result = evaluateSnapshot(snapshotFromText(pod).snapshot, { checks: controlPlaneChecks }).find((r) => r.check === "apiserver-authorization-always-allow");
    expect(result?.status).toBe("fail");
  });
});

describe("node-kubelet-version", () => {
  const node = (name: string, version: string) => `---\napiVersion: v1\nkind: Node\nmetadata: {name: ${name}}\nstatus: {nodeInfo: {kubeletVersion: ${version}}}\n`;
  const check = controlPlaneChecks.filter((c) => c.id === "node-kubelet-version");

  it("compares with the server version when the snapshot has one", () => {
    const { snapshot } = snapshotFromText(node("a", "v1.36.2") + node("b", "v1.35.0") + node("c", "garbage"));
    snapshot.serverVersion = { major: "1", minor: "37+", gitVersion: "v1.37.1-gke.100" };
    const statuses = evaluateSnapshot(snapshot, { checks: check }).map((result) => [result.object.name, result.status]);
    expect(statuses).toEqual([["a", "pass"], ["b", "fail"], ["c", "not_assessable"]]);
  });
});
