import { namespacesInScope } from "../../namespace-scope";
import { text } from "../../text";
import { isDefaultDenyIngress, networkPolicyIndex, policiesIn } from "../../netpol";
import type { TCheck } from "../../types";
import { DEFAULT_DENY_NOTE, defaultDenyPolicy, freePolicyName } from "./policy-objects";

export const namespaceNoDefaultDenyIngress: TCheck = {
  id: "namespace-no-default-deny-ingress",
  quickWin: "QW8",
  severity: "medium",
  requires: ["Namespace", "NetworkPolicy"],
  *evaluate(ctx) {
    const index = networkPolicyIndex(ctx);
    yield* ctx.each(namespacesInScope(ctx), (namespace) => namespace.ref, function* (namespace) {
      const deny = policiesIn(index, namespace.name).find(isDefaultDenyIngress);
      if (deny) {
        yield {
          status: "pass",
          object: namespace.ref,
          message: text("namespaceDeniesIngress", { namespace: namespace.name, policy: deny.name }),
          evidence: { policy: deny.name, "spec.podSelector": {}, policyTypesInclude: "Ingress", ingressRules: 0 },
        };
        return;
      }
      yield {
        status: "fail",
        object: namespace.ref,
        message: text("noDefaultDenyIngress", { namespace: namespace.name }),
        evidence: { policies: policiesIn(index, namespace.name).slice(0, 10).map((policy) => policy.name), defaultDenyIngress: false },
        remediation: {
          type: "create",
          object: defaultDenyPolicy(namespace.name, freePolicyName(index, namespace.name, "default-deny-ingress"), { ingress: true, egress: false }),
          note: DEFAULT_DENY_NOTE,
        },
      };
    });
  },
};
