import { namespacesInScope } from "../../namespace-scope";
import { networkPolicyIndex, policiesIn } from "../../netpol";
import type { TCheck } from "../../types";
import { DEFAULT_DENY_NOTE, defaultDenyPolicy, freePolicyName } from "./policy-objects";
import { text } from "../../text";

export const namespaceWithoutNetworkPolicy: TCheck = {
  id: "namespace-without-network-policy",
  quickWin: "QW8",
  severity: "medium",
  cis: "5.3.2",
  // Namespaces come from Namespace objects, plus the namespaces workloads live in (manifest scans).
  requires: ["Namespace", "NetworkPolicy"],
  *evaluate(ctx) {
    const index = networkPolicyIndex(ctx);
    yield* ctx.each(namespacesInScope(ctx), (namespace) => namespace.ref, function* (namespace) {
      const policies = policiesIn(index, namespace.name);
      if (policies.length > 0) {
        yield {
          status: "pass",
          object: namespace.ref,
          message: text("namespaceHasNetworkPolicies", { namespace: namespace.name, count: policies.length }),
          evidence: { networkPolicies: policies.slice(0, 10).map((policy) => policy.name), count: policies.length },
        };
        return;
      }
      yield {
        status: "fail",
        object: namespace.ref,
        message: text("namespaceNoNetworkPolicy", { namespace: namespace.name }),
        evidence: { networkPolicies: [] },
        remediation: {
          type: "create",
          object: defaultDenyPolicy(namespace.name, freePolicyName(index, namespace.name, "default-deny-all"), { ingress: true, egress: true }),
          note: text("defaultDenyAll", { then: DEFAULT_DENY_NOTE }),
        },
      };
    });
  },
};
