import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateSnapshot } from "../../engine";
import { FIXTURES } from "../../fixture-suite.testkit";
import { snapshotFromPaths, snapshotFromText } from "../../load";
import { secretsChecks } from ".";
import { rbacSecretsRead } from "../rbac/rbac-secrets-read";
import { english } from "../../english.testkit";

const check = (id: string) => secretsChecks.filter((candidate) => candidate.id === id);

describe("values never leave the engine", () => {
  it.each([
    ["secret-literal-env", "fail-password-and-aws-key.yaml", ["hunter2-but-longer", "AKIAIOSFODNN7EXAMPLE"]],
    ["secret-literal-env", "fail-url-credentials-cronjob.yaml", ["s3cr3t-pw"]],
    ["configmap-secret-like-value", "fail-password-key-and-embedded.yaml", ["Tr0ub4dor&3-horse", "correct-horse-battery"]],
    ["configmap-secret-like-value", "fail-private-key.yaml", ["MIIEowIBAAKCAQEA"]],
  ])("%s / %s names keys only", async (id, file, values) => {
    const { snapshot } = await snapshotFromPaths([join(FIXTURES, id, file)]);
    const text = JSON.stringify(evaluateSnapshot(snapshot));
    for (const value of values) expect(text).not.toContain(value);
  });
});

describe("secret-literal-env", () => {
  it("moves literals to a mounted Secret and points <NAME>_FILE at each file", async () => {
    const { snapshot } = await snapshotFromPaths([join(FIXTURES, "secret-literal-env", "fail-password-and-aws-key.yaml")]);
    const [fail] = evaluateSnapshot(snapshot, { checks: check("secret-literal-env") }).filter((result) => result.status === "fail");
    expect(fail?.evidence).toEqual({ list: "containers", variables: [
      { name: "DB_PASSWORD", reason: "name looks like a credential" }, { name: "S3_UPLOADER", reason: "AWS access key" }] });
    expect(fail?.remediation).toMatchObject({ type: "patch", patch: { spec: { template: { spec: {
      volumes: [{ name: "secret-billing-billing-env", secret: { secretName: "billing-billing-env", items: [{ key: "DB_PASSWORD", path: "DB_PASSWORD" }, { key: "S3_UPLOADER", path: "S3_UPLOADER" }] } }],
      containers: [{ name: "billing", env: [{ name: "DB_PASSWORD", $patch: "delete" }, { name: "S3_UPLOADER", $patch: "delete" },
        { name: "DB_PASSWORD_FILE", value: "/etc/secrets/billing-billing-env/DB_PASSWORD" }, { name: "S3_UPLOADER_FILE", value: "/etc/secrets/billing-billing-env/S3_UPLOADER" }] }],
    } } } } });
  });
});

describe("secret-rotation-overdue", () => {
  const secret = (created: string, written?: string) =>
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n  namespace: shop\n  creationTimestamp: "${created}"\n` +
    (written ? `  managedFields: [{manager: kubectl, operation: Update, time: "${written}"}]\n` : "") + "type: Opaque\n";
  const status = (text: string, evaluatedAt: string) => {
    const { snapshot } = snapshotFromText(text);
    snapshot.evaluatedAt = evaluatedAt;
    return evaluateSnapshot(snapshot, { checks: check("secret-rotation-overdue") }).map((result) => result.status);
  };

  it("measures age from the latest write against the snapshot's evaluation time", () => {
    expect(status(secret("2025-01-01T00:00:00Z"), "2025-12-31T00:00:00Z")).toEqual(["pass"]);
    expect(status(secret("2025-01-01T00:00:00Z"), "2026-01-03T00:00:00Z")).toEqual(["fail"]);
    expect(status(secret("2020-01-01T00:00:00Z", "2025-06-01T00:00:00Z"), "2026-01-03T00:00:00Z")).toEqual(["pass"]);
  });

  it("skips manifests (no timestamps yet), token and Helm release Secrets", () => {
    expect(status("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n", "2026-01-01T00:00:00Z")).toEqual([]);
    expect(status(secret("2020-01-01T00:00:00Z").replace("Opaque", "helm.sh/release.v1"), "2026-01-01T00:00:00Z")).toEqual([]);
  });
});

describe("service-account-token-automount", () => {
  const account = (setting?: boolean) => `---\napiVersion: v1\nkind: ServiceAccount\nmetadata: {name: app, namespace: shop}\n${setting === undefined ? "" : `automountServiceAccountToken: ${setting}\n`}`;
  const pod = (setting?: boolean) => `---\napiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: shop}\nspec:\n  serviceAccountName: app\n${setting === undefined ? "" : `  automountServiceAccountToken: ${setting}\n`}  containers: [{name: c, image: nginx}]\n`;
  const status = (podSetting?: boolean, accountSetting?: boolean) =>
    evaluateSnapshot(snapshotFromText(pod(podSetting) + account(accountSetting)).snapshot, { checks: check("service-account-token-automount") })[0]!.status;

  it("lets the pod's setting win over its ServiceAccount's, and mounts when both are unset", () => {
    expect(status(undefined, undefined)).toBe("fail");
    expect(status(undefined, false)).toBe("pass");
    expect(status(true, false)).toBe("fail");
    expect(status(false, true)).toBe("pass");
    expect(status(undefined, true)).toBe("fail");
  });
});

describe("rbac-secrets-read (QW5, in the rbac folder)", () => {
  it("counts list and watch as reading, and a ClusterRoleBinding as cluster-wide", () => {
    const yaml = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: lister}\nrules: [{apiGroups: [\"\"], resources: [secrets], verbs: [watch]}]\n---\n" +
      "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata: {name: lister}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: lister}\nsubjects: [{kind: Group, name: system:authenticated}]\n";
    const [result] = evaluateSnapshot(snapshotFromText(yaml).snapshot, { checks: [rbacSecretsRead] });
    expect(result).toMatchObject({ status: "fail", quickWin: "QW5", cis: "5.1.2" });
    expect(english(result!.message)).toContain("cluster-wide");
  });
});

describe("encryption at rest and external managers on a partial view", () => {
  it("are not assessable, never pass, for a folder of application manifests", () => {
    const snapshot = snapshotFromText("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec: {template: {spec: {containers: [{name: web, image: nginx}]}}}\n").snapshot;
    const results = evaluateSnapshot(snapshot, { checks: [...check("encryption-at-rest-missing"), ...check("external-secret-manager-missing")] });
    expect(results.map((result) => result.status)).toEqual(["not_assessable", "not_assessable"]);
  });
});
