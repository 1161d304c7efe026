import { namespaceOf } from "../../access";
import { namespaceOrDefault } from "../../namespace-scope";
import type { TCheck, TCheckOutcome } from "../../types";
import { POD_BEARING_KINDS } from "../../workloads";

export const workloadInDefaultNamespace: TCheck = {
  id: "workload-in-default-namespace",
  title: "Workload runs in the default namespace",
  quickWin: "QW6",
  severity: "low",
  cis: "5.7.4",
  why:
    "`default` is where everything lands when nobody chose: it has no owner, no quota and, usually, no Pod Security " +
    "or network policy. Workloads there share one flat space with whatever else was dropped in.",
  requires: [...POD_BEARING_KINDS],
  evaluate(ctx) {
    return ctx.each(ctx.workloads(), (workload) => workload.ref, (workload): TCheckOutcome[] => {
      const written = namespaceOf(workload.object);
      const namespace = namespaceOrDefault(workload.object);
      const evidence = { "metadata.namespace": written ?? null };
      if (namespace !== "default") {
        return [{ status: "pass", object: workload.ref, message: `${workload.label} runs in namespace \`${namespace}\`.`, evidence }];
      }
      const { kind, name } = workload.ref;
      const resource = `${kind.toLowerCase()}/${name}`;
      return [{
        status: "fail",
        object: workload.ref,
        message: written
          ? `${kind} \`${name}\` runs in the \`default\` namespace.`
          : `${kind} \`${name}\` sets no namespace, so \`kubectl apply\` puts it in \`default\`.`,
        evidence,
        // A namespace cannot be patched: the object is re-created elsewhere, then removed from default.
        remediation: {
          type: "manual",
          steps: [
            "Create (or pick) a namespace owned by the team, with Pod Security labels and a default-deny NetworkPolicy: kubectl create namespace <team-app>",
            `Set metadata.namespace: <team-app> in the manifest of ${resource} (and of its ConfigMaps, Secrets, Services and ServiceAccount), then apply it.`,
            `Once the new copy is healthy, remove the old one: kubectl -n default delete ${resource}`,
          ],
          command: `kubectl -n default get ${resource} -o yaml`,
        },
      }];
    });
  },
};
