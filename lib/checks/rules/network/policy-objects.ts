// NetworkPolicy objects the network checks offer as remediations. Each is complete and valid as
// written, so a user can paste it and `kubectl apply -f` it.
import { policiesIn, type TNetpolIndex } from "../../netpol";
import { text } from "../../text";

/**
 * The egress every workload needs once egress is denied: DNS to kube-dns in kube-system
 * (UDP and TCP 53). Without it a default-deny egress breaks name resolution cluster-wide.
 */
export function dnsEgressRule(): Record<string, unknown> {
  return {
    to: [{
      namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } },
      podSelector: { matchLabels: { "k8s-app": "kube-dns" } },
    }],
    ports: [{ protocol: "UDP", port: 53 }, { protocol: "TCP", port: 53 }],
  };
}

/** A name not yet used by a policy of the namespace (creating over an existing one would replace it). */
export function freePolicyName(index: TNetpolIndex, namespace: string, base: string): string {
  const taken = new Set(policiesIn(index, namespace).map((policy) => policy.name));
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}

/** A namespace-wide default deny for ingress and/or egress (egress keeps DNS open). */
export function defaultDenyPolicy(namespace: string, name: string, directions: { ingress: boolean; egress: boolean }): Record<string, unknown> {
  const policyTypes = [...(directions.ingress ? ["Ingress"] : []), ...(directions.egress ? ["Egress"] : [])];
  const spec: Record<string, unknown> = { podSelector: {}, policyTypes };
  if (directions.egress) spec.egress = [dnsEgressRule()];
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name, namespace },
    spec,
  };
}

export const DEFAULT_DENY_NOTE =
  text("defaultDenyAllowFlows");
