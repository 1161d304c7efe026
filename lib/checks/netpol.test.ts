import { describe, expect, it } from "vitest";
import { TCheckContext } from "./context";
import { snapshotFromText } from "./load";
import { isDefaultDenyEgress, isDefaultDenyIngress, networkPolicyIndex, policiesSelecting, policyOf } from "./netpol";
import type { TKubeObject } from "./types";

const policy = (spec: unknown, namespace?: string): TKubeObject => ({
  apiVersion: "networking.k8s.io/v1",
  kind: "NetworkPolicy",
  metadata: { name: "p", ...(namespace ? { namespace } : {}) },
  spec,
});

describe("policyOf", () => {
  it("defaults policyTypes like the API server", () => {
    expect(policyOf(policy({ podSelector: {} }))).toMatchObject({ ingress: true, egress: false });
    expect(policyOf(policy({ podSelector: {}, egress: [{}] }))).toMatchObject({ ingress: true, egress: true });
    expect(policyOf(policy({ podSelector: {}, egress: [] }))).toMatchObject({ ingress: true, egress: false });
    expect(policyOf(policy({ podSelector: {}, policyTypes: ["Egress"], ingress: [{}] }))).toMatchObject({ ingress: false, egress: true });
  });

  it("reads an absent podSelector as every pod, and an absent namespace as default", () => {
    const read = policyOf(policy({}));
    expect(read.podSelector.selectsAll).toBe(true);
    expect(read.namespace).toBe("default");
  });

  it("never throws on malformed specs", () => {
    for (const spec of [null, 3, "x", [], { podSelector: "x", ingress: "y", policyTypes: [1, null] }, { ingress: [null, 5, { from: "z" }] }]) {
      expect(() => policyOf(policy(spec))).not.toThrow();
    }
    expect(policyOf(policy({ podSelector: "x" })).podSelector.selectsNone).toBe(true);
  });

  it("recognises default deny (egress may keep DNS)", () => {
    expect(isDefaultDenyIngress(policyOf(policy({ podSelector: {}, policyTypes: ["Ingress"] })))).toBe(true);
    expect(isDefaultDenyIngress(policyOf(policy({ podSelector: { matchLabels: { a: "b" } } })))).toBe(false);
    expect(isDefaultDenyIngress(policyOf(policy({ podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] })))).toBe(false);
    const dns = { ports: [{ port: 53, protocol: "UDP" }, { port: "53", protocol: "TCP" }] };
    expect(isDefaultDenyEgress(policyOf(policy({ podSelector: {}, policyTypes: ["Egress"], egress: [dns] })))).toBe(true);
    expect(isDefaultDenyEgress(policyOf(policy({ podSelector: {}, policyTypes: ["Egress"], egress: [{ ports: [{ port: 53, endPort: 443 }] }] })))).toBe(false);
    expect(isDefaultDenyEgress(policyOf(policy({ podSelector: {}, policyTypes: ["Egress"], egress: [{ to: [{ podSelector: {} }] }] })))).toBe(false);
    expect(isDefaultDenyEgress(policyOf(policy({ podSelector: {}, egress: [] })))).toBe(false);
  });
});

describe("networkPolicyIndex", () => {
  it("only crosses a namespace's pods with that namespace's policies", () => {
    const { snapshot } = snapshotFromText(`
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: web, namespace: shop }
spec: { podSelector: { matchLabels: { app: web } } }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: all, namespace: billing }
spec: { podSelector: {} }
`);
    const index = networkPolicyIndex(new TCheckContext(snapshot));
    expect(policiesSelecting(index, "shop", { app: "web" }).map((entry) => entry.name)).toEqual(["web"]);
    expect(policiesSelecting(index, "shop", { app: "api" })).toEqual([]);
    expect(policiesSelecting(index, "billing", { app: "api" }).map((entry) => entry.name)).toEqual(["all"]);
    expect(policiesSelecting(index, "other", {})).toEqual([]);
  });
});
