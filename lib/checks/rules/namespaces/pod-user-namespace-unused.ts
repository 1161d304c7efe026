import { asBoolean, asString, get } from "../../access";
import type { TCheck, TCheckOutcome } from "../../types";
import { podSpecPatch, POD_BEARING_KINDS } from "../../workloads";
import { unreadablePodSpec } from "../../pod-spec";

const HOST_NAMESPACES = { hostNetwork: "network", hostPID: "PID", hostIPC: "IPC" } as const;

export const podUserNamespaceUnused: TCheck = {
  id: "pod-user-namespace-unused",
  title: "Pod does not use a user namespace",
  quickWin: "QW6",
  severity: "low",
  why:
    "With `hostUsers: false` the pod's root is an unprivileged user on the node, so a container escape lands without " +
    "host privileges. It needs Kubernetes 1.33+ (on by default) and a runtime that supports it (containerd 2, CRI-O 1.25+).",
  requires: [...POD_BEARING_KINDS],
  evaluate(ctx) {
    return ctx.each(ctx.workloads(), (workload) => workload.ref, (workload): TCheckOutcome[] => {
      const spec = workload.podSpec;
      if (!spec) {
        return [unreadablePodSpec(workload)];
      }
      // Windows pods have no Linux user namespaces: the field does not apply.
      if (asString(get(spec, "os", "name")) === "windows") return [];
      const hostUsers = asBoolean(spec.hostUsers);
      const label = workload.label;
      const evidence = { hostUsers: hostUsers ?? null };
      if (hostUsers === false) {
        return [{ status: "pass", object: workload.ref, message: `${label} runs in its own user namespace.`, evidence }];
      }
      const shared = (Object.keys(HOST_NAMESPACES) as (keyof typeof HOST_NAMESPACES)[]).filter((field) => asBoolean(spec[field]) === true);
      if (shared.length > 0) {
        // The API rejects hostUsers: false beside host namespaces: a patch would be refused.
        return [{
          status: "fail",
          object: workload.ref,
          message: `${label} shares the node's ${shared.map((field) => HOST_NAMESPACES[field]).join(" and ")} namespace${shared.length > 1 ? "s" : ""}, so it cannot use a user namespace.`,
          evidence: { ...evidence, hostNamespaces: shared },
          remediation: {
            type: "manual",
            steps: [
              `Remove ${shared.join(", ")} from the pod spec if the workload can run without them (see the QW3 findings for this object).`,
              "Then set hostUsers: false in the pod spec. Node agents that truly need host namespaces should be waived with a reason instead.",
            ],
          },
        }];
      }
      return [{
        status: "fail",
        object: workload.ref,
        message: `${label} runs with the node's user IDs (hostUsers is ${hostUsers === undefined ? "unset" : "true"}).`,
        evidence,
        remediation: {
          type: "patch",
          target: workload.ref,
          patch: podSpecPatch(workload.kind, { hostUsers: false }),
          note: "Check first that nodes run Kubernetes 1.33+ with a runtime supporting user namespaces, and that volumes do not rely on host file ownership.",
        },
      }];
    });
  },
};
