import { asArray, asRecord, isRecord } from "../../access";
import { SYSTEM_NAMESPACES } from "../../namespace-scope";
import { networkPolicyIndex, type TPeer, type TPolicy, type TPolicyRule } from "../../netpol";
import type { TCheck } from "../../types";
import { text, type TText } from "../../text";

const EVERYWHERE_CIDRS = new Set(["0.0.0.0/0", "::/0"]);

/** Why this peer admits everyone, in English (evidence) and as a text (the message), or undefined when it is narrower. */
function openPeer(peer: TPeer): { english: string; text: TText } | undefined {
  if (!peer.podSelector && !peer.namespaceSelector && !peer.ipBlock) return { english: "an empty peer `{}`", text: text("peerEmpty", { peer: "{}" }) };
  if (peer.namespaceSelector?.selectsAll && (!peer.podSelector || peer.podSelector.selectsAll)) {
    return { english: "`namespaceSelector: {}` (every pod of every namespace)", text: text("peerAllNamespaces", { selector: "{}" }) };
  }
  if (peer.ipBlock && EVERYWHERE_CIDRS.has(peer.ipBlock.cidr)) return { english: `\`ipBlock ${peer.ipBlock.cidr}\``, text: text("peerIpBlock", { cidr: peer.ipBlock.cidr }) };
  return undefined;
}

function openReasons(rule: TPolicyRule, position: number): { english: string; text: TText }[] {
  if (rule.allPeers) return [{ english: `ingress rule ${position} has no \`from\` (any source)`, text: text("ingressRuleNoFrom", { position }) }];
  return rule.peers.flatMap((peer) => openPeer(peer) ?? []).map((reason) => ({ english: `ingress rule ${position} allows ${reason.english}`, text: text("ingressRuleAllows", { position, peer: reason.text }) }));
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
          message: text("policyNamedSources", { policy: policy.name }),
          evidence: { ingressRules: policy.ingressRules.length },
        };
        return;
      }
      yield {
        status: "fail",
        object: policy.ref,
        message: text("policyOpenIngress", { policy: policy.name, reason: reasons[0]!.text }),
        evidence: { reasons: reasons.map((reason) => reason.english), ingress: policy.ingressRules.slice(0, 5).map((rule) => rule.raw) },
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
