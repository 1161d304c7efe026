import { asRecord, asRecords, asString, nameOf } from "../../access";
import { namespacesInScope } from "../../namespace-scope";
import type { TCheck, TKubeObject } from "../../types";
import { freeName, objectsByNamespace } from "./namespace-objects";
import { text } from "../../text";

/** Only Container and Pod limits bound what a pod may take; a PVC-only LimitRange does not. */
function boundsPods(limitRange: TKubeObject): boolean {
  return asRecords(asRecord(limitRange.spec)?.limits).some((item) => ["Container", "Pod"].includes(asString(item.type) ?? ""));
}

export const namespaceWithoutLimitRange: TCheck = {
  id: "namespace-without-limit-range",
  quickWin: "QW4",
  severity: "low",
  requires: ["Namespace", "LimitRange"],
  *evaluate(ctx) {
    const byNamespace = objectsByNamespace(ctx, "LimitRange");
    yield* ctx.each(namespacesInScope(ctx), (namespace) => namespace.ref, function* (namespace) {
      const existing = byNamespace.get(namespace.name) ?? [];
      const bounding = existing.filter(boundsPods);
      if (bounding.length > 0) {
        yield {
          status: "pass",
          object: namespace.ref,
          message: text("namespaceHasLimitRange", { namespace: namespace.name, name: nameOf(bounding[0]!) }),
          evidence: { limitRanges: bounding.slice(0, 10).map(nameOf) },
        };
        return;
      }
      yield {
        status: "fail",
        object: namespace.ref,
        message: text("namespaceNoLimitRange", { namespace: namespace.name }),
        evidence: { limitRanges: existing.map(nameOf), boundingContainersOrPods: 0 },
        remediation: {
          type: "create",
          object: {
            apiVersion: "v1",
            kind: "LimitRange",
            metadata: { name: freeName(existing, "default-limits"), namespace: namespace.name },
            spec: {
              limits: [{
                type: "Container",
                default: { memory: "256Mi" },
                defaultRequest: { cpu: "100m", memory: "128Mi" },
              }],
            },
          },
          note: text("limitRangeNewPodsOnly"),
        },
      };
    });
  },
};
