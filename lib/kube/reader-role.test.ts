import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { COLLECTED_RESOURCES } from "./resources";

interface TRule {
  apiGroups?: string[];
  resources?: string[];
  verbs?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}
interface TManifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; annotations?: Record<string, string> };
  rules?: TRule[];
  roleRef?: { kind: string; name: string };
  subjects?: { kind: string; name: string; namespace?: string }[];
  type?: string;
}

function readManifests(name: string): TManifest[] {
  const path = fileURLToPath(new URL(`../../deploy/rbac/${name}`, import.meta.url));
  const documents = parseAllDocuments(readFileSync(path, "utf8"));
  return (Array.isArray(documents) ? documents : [])
    .map((document) => {
      expect(document.errors).toEqual([]);
      return document.toJS() as TManifest | null;
    })
    .filter((manifest): manifest is TManifest => manifest !== null);
}
const manifests = readManifests("ramparts-reader.yaml");
const token = readManifests("ramparts-reader-token.yaml");
const one = (kind: string) => {
  const found = manifests.filter((manifest) => manifest.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0]!;
};

describe("deploy/rbac/ramparts-reader.yaml and ramparts-reader-token.yaml", () => {
  it("parses into the namespace, service account, role and binding; the optional token secret is apart", () => {
    expect(manifests.map((manifest) => manifest.kind).sort()).toEqual(
      ["ClusterRole", "ClusterRoleBinding", "Namespace", "ServiceAccount"],
    );
    expect(token.map((manifest) => manifest.kind)).toEqual(["Secret"]);
    expect(one("ServiceAccount").metadata).toMatchObject({ name: "ramparts-reader", namespace: "ramparts" });
  });

  it("grants only get, list and watch, on named resources, with no wildcard", () => {
    const rules = one("ClusterRole").rules ?? [];
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(new Set(rule.verbs)).toEqual(new Set(["get", "list", "watch"]));
      expect(rule.apiGroups).not.toContain("*");
      expect(rule.resources).not.toContain("*");
      expect(rule.nonResourceURLs).toBeUndefined();
      for (const resource of rule.resources ?? []) expect(resource).not.toContain("/"); // no subresources (exec, proxy…)
    }
  });

  it("names exactly the resource types of COLLECTED_RESOURCES", () => {
    const granted = new Set(
      (one("ClusterRole").rules ?? []).flatMap((rule) =>
        (rule.apiGroups ?? []).flatMap((group) => (rule.resources ?? []).map((resource) => `${group}/${resource}`)),
      ),
    );
    const collected = new Set(COLLECTED_RESOURCES.map((resource) => `${resource.apiGroup}/${resource.plural}`));
    expect([...collected].filter((key) => !granted.has(key))).toEqual([]); // nothing the collector needs is missing
    expect([...granted].filter((key) => !collected.has(key))).toEqual([]); // nothing more than it needs
  });

  it("binds the role to the service account, and the token secret to it", () => {
    const binding = one("ClusterRoleBinding");
    expect(binding.roleRef).toMatchObject({ kind: "ClusterRole", name: one("ClusterRole").metadata.name });
    expect(binding.subjects).toEqual([{ kind: "ServiceAccount", name: "ramparts-reader", namespace: "ramparts" }]);
    const secret = token[0]!;
    expect(secret.type).toBe("kubernetes.io/service-account-token");
    expect(secret.metadata.namespace).toBe("ramparts");
    expect(secret.metadata.annotations?.["kubernetes.io/service-account.name"]).toBe("ramparts-reader");
  });
});
