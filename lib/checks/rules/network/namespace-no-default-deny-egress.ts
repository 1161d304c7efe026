import { namespacesInScope } from "../../namespace-scope";
import { isDefaultDenyEgress, networkPolicyIndex, policiesIn } from "../../netpol";
import type { TCheck } from "../../types";
import { DEFAULT_DENY_NOTE, defaultDenyPolicy, freePolicyName } from "./policy-objects";
import { text } from "../../text";

export const namespaceNoDefaultDenyEgress: TCheck = {
  id: "namespace-no-default-deny-egress",
  quickWin: "QW8",
  severity: "low",
  requires: ["Namespace", "NetworkPolicy"],
  *evaluate(ctx) {
    const index = networkPolicyIndex(ctx);
    yield* ctx.each(namespacesInScope(ctx), (namespace) => namespace.ref, function* (namespace) {
      const deny = policiesIn(index, namespace.name).find(isDefaultDenyEgress);
      if (deny) {
        yield {
          status: "pass",
          object: namespace.ref,
          message: text("namespaceDeniesEgress", { namespace: namespace.name, policy: deny.name }),
          evidence: { policy: deny.name, "spec.podSelector": {}, policyTypesInclude: "Egress", egressRules: deny.egressRules.length, egressRulesAreDnsOnly: true },
        };
        return;
      }
      yield {
        status: "fail",
        object: namespace.ref,
        message: text("noDefaultDenyEgress", { namespace: namespace.name }),
        evidence: { policies: policiesIn(index, namespace.name).slice(0, 10).map((policy) => policy.name), defaultDenyEgress: false },
        remediation: {
          type: "create",
          object: defaultDenyPolicy(namespace.name, freePolicyName(index, namespace.name, "default-deny-egress"), { ingress: false, egress: true }),
          note: text("defaultDenyEgress", { then: DEFAULT_DENY_NOTE }),
        },
      };
    });
  },
};
