import { nameOf } from "../../access";
import { namespacesInScope } from "../../namespace-scope";
import type { TCheck } from "../../types";
import { freeName, objectsByNamespace } from "./namespace-objects";
import { text } from "../../text";

export const namespaceWithoutResourceQuota: TCheck = {
  id: "namespace-without-resource-quota",
  quickWin: "QW4",
  severity: "low",
  requires: ["Namespace", "ResourceQuota"],
  *evaluate(ctx) {
    const byNamespace = objectsByNamespace(ctx, "ResourceQuota");
    yield* ctx.each(namespacesInScope(ctx), (namespace) => namespace.ref, function* (namespace) {
      const existing = byNamespace.get(namespace.name) ?? [];
      if (existing.length > 0) {
        yield {
          status: "pass",
          object: namespace.ref,
          message: text("namespaceHasQuota", { namespace: namespace.name, name: nameOf(existing[0]!) }),
          evidence: { resourceQuotas: existing.slice(0, 10).map(nameOf) },
        };
        return;
      }
      yield {
        status: "fail",
        object: namespace.ref,
        message: text("namespaceNoQuota", { namespace: namespace.name }),
        evidence: { resourceQuotas: [] },
        remediation: {
          type: "create",
          object: {
            apiVersion: "v1",
            kind: "ResourceQuota",
            metadata: { name: freeName(existing, "default-quota"), namespace: namespace.name },
            spec: { hard: { pods: "50", "requests.cpu": "4", "requests.memory": "8Gi", "limits.memory": "16Gi" } },
          },
          note:
            text("quotaSizeFromUsage"),
        },
      };
    });
  },
};
