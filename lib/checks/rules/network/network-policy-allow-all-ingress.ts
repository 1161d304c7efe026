import { asArray, asRecord, isRecord } from "../../access";
import { SYSTEM_NAMESPACES } from "../../namespace-scope";
import { networkPolicyIndex, type TPeer, type TPolicy, type TPolicyRule } from "../../netpol";
import type { TCheck } from "../../types";
import { text } from "../../text";

const EVERYWHERE_CIDRS = new Set(["0.0.0.0/0", "::/0"]);

/** Why this peer admits everyone, or undefined when it is narrower. */
function openPeer(peer: TPeer): string | undefined {
  if (!peer.podSelector && !peer.namespaceSelector && !peer.ipBlock) return "an empty peer `{}`";
  if (peer.namespaceSelector?.selectsAll && (!peer.podSelector || peer.podSelector.selectsAll)) {
    return "`namespaceSelector: {}` (every pod of every namespace)";
  }
  if (peer.ipBlock && EVERYWHERE_CIDRS.has(peer.ipBlock.cidr)) return `\`ipBlock ${peer.ipBlock.cidr}\``;
  return undefined;
}

function openReasons(rule: TPolicyRule, position: number): string[] {
  if (rule.allPeers) return [`ingress rule ${position} has no \`from\` (any source)`];
  return rule.peers.flatMap((peer) => openPeer(peer) ?? []).map((reason) => `ingress rule ${position} allows ${reason}`);
}

/** The same rules with every open source narrowed to the policy's own namespace. */
function narrowedRules(policy: TPolicy): unknown[] {
  const sameNamespace = { podSelector: {} };
  return asArray(asRecord(policy.object.spec)?.ingress).map((raw) => {
    if (!isRecord(raw)) return raw;
    const rule = policy.ingressRules.find((candidate) => candidate.raw === raw);
    if (!rule) return raw;
    if (rule.allPeers) return { ...raw, from: [sameNamespace] };
    const kept = rule.peers.filter((peer) => !openPeer(peer)).map((peer) => peer.raw);
    return { ...raw, from: kept.length > 0 ? kept : [sameNamespace] };
  });
}

export const networkPolicyAllowAllIngress: TCheck = {
  id: "network-policy-allow-all-ingress",
  quickWin: "QW8",
  severity: "medium",
  requires: ["NetworkPolicy"],
  *evaluate(ctx) {
    const policies = [...networkPolicyIndex(ctx).byNamespace.values()].flat()
      .filter((policy) => policy.ingress && !SYSTEM_NAMESPACES.has(policy.namespace));
    yield* ctx.each(policies, (policy) => policy.ref, function* (policy) {
      const reasons = policy.ingressRules.flatMap((rule, index) => openReasons(rule, index + 1));
      if (reasons.length === 0) {
        yield {
          status: "pass",
          object: policy.ref,
          message: `NetworkPolicy \`${policy.name}\` only admits ingress from named sources.`,
          evidence: { ingressRules: policy.ingressRules.length },
        };
        return;
      }
      yield {
        status: "fail",
        object: policy.ref,
        message: `NetworkPolicy \`${policy.name}\` allows ingress from everywhere: ${reasons[0]}.`,
        evidence: { reasons, ingress: policy.ingressRules.slice(0, 5).map((rule) => rule.raw) },
        remediation: {
          type: "patch",
          target: policy.ref,
          patch: { spec: { ingress: narrowedRules(policy) } },
          note:
            text("netpolDropOpenSources"),
        },
      };
    });
  },
};
