import { namespaceOf } from "../../access";
import { namespaceOrDefault } from "../../namespace-scope";
import type { TCheck, TCheckOutcome } from "../../types";
import { POD_BEARING_KINDS } from "../../workloads";
import { text } from "../../text";

export const workloadInDefaultNamespace: TCheck = {
  id: "workload-in-default-namespace",
  quickWin: "QW6",
  severity: "low",
  cis: "5.7.4",
  requires: [...POD_BEARING_KINDS],
  evaluate(ctx) {
    return ctx.each(ctx.workloads(), (workload) => workload.ref, (workload): TCheckOutcome[] => {
      const written = namespaceOf(workload.object);
      const namespace = namespaceOrDefault(workload.object);
      const evidence = { "metadata.namespace": written ?? null };
      if (namespace !== "default") {
        return [{ status: "pass", object: workload.ref, message: text("workloadInNamespace", { object: workload.label, namespace }), evidence }];
      }
      const { kind, name } = workload.ref;
      const resource = `${kind.toLowerCase()}/${name}`;
      return [{
        status: "fail",
        object: workload.ref,
        message: written
          ? text("workloadInDefault", { kind, name })
          : text("workloadNoNamespace", { kind, name }),
        evidence,
        // A namespace cannot be patched: the object is re-created elsewhere, then removed from default.
        remediation: {
          type: "manual",
          steps: [
            text("defaultNamespaceCreate"),
            text("defaultNamespaceMove", { resource }),
            text("defaultNamespaceRemoveOld", { command: `kubectl -n default delete ${resource}` }),
          ],
          command: `kubectl -n default get ${resource} -o yaml`,
        },
      }];
    });
  },
};
