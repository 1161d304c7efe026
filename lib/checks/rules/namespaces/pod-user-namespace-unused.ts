import { asBoolean, asString, get } from "../../access";
import type { TCheck, TCheckOutcome } from "../../types";
import { podSpecPatch, POD_BEARING_KINDS } from "../../workloads";
import { unreadablePodSpec } from "../../pod-spec";
import { text, type TText, type TTextValue } from "../../text";

const HOST_NAMESPACES = { hostNetwork: text("hostNamespaceName", { field: "hostNetwork" }), hostPID: text("hostNamespaceName", { field: "hostPID" }), hostIPC: text("hostNamespaceName", { field: "hostIPC" }) } as const;

/** "network", "network and PID", "network, PID and IPC". */
function namespaceList(names: TText[]): TTextValue {
  return names.length < 2 ? names : text("andList", { first: names.slice(0, -1), second: names.at(-1)! });
}

export const podUserNamespaceUnused: TCheck = {
  id: "pod-user-namespace-unused",
  quickWin: "QW6",
  severity: "low",
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
        return [{ status: "pass", object: workload.ref, message: text("userNamespaceOwn", { object: label }), evidence }];
      }
      const shared = (Object.keys(HOST_NAMESPACES) as (keyof typeof HOST_NAMESPACES)[]).filter((field) => asBoolean(spec[field]) === true);
      if (shared.length > 0) {
        // The API rejects hostUsers: false beside host namespaces: a patch would be refused.
        return [{
          status: "fail",
          object: workload.ref,
          message: text("userNamespaceShared", { object: label, count: shared.length, namespaces: namespaceList(shared.map((field) => HOST_NAMESPACES[field])) }),
          evidence: { ...evidence, hostNamespaces: shared },
          remediation: {
            type: "manual",
            steps: [
              text("userNamespaceRemoveShared", { fields: shared.join(", ") }),
              text("userNamespaceThenHostUsers"),
            ],
          },
        }];
      }
      return [{
        status: "fail",
        object: workload.ref,
        message: text("userNamespaceNodeIds", { object: label, hostUsers: hostUsers === undefined ? "unset" : "true" }),
        evidence,
        remediation: {
          type: "patch",
          target: workload.ref,
          patch: podSpecPatch(workload.kind, { hostUsers: false }),
          note: text("userNamespaceCheckNodes"),
        },
      }];
    });
  },
};
