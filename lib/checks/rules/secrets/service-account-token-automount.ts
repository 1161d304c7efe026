import { asBoolean, asString, kindOf, nameOf } from "../../access";
import { namespaceOrDefault } from "../../namespace-scope";
import { rbacIndex, serviceAccountKey } from "../../rbac";
import type { TCheck, TCheckOutcome, TKubeObject } from "../../types";
import { podSpecPatch, POD_BEARING_KINDS } from "../../workloads";
import { unreadablePodSpec } from "../../pod-spec";
import { text } from "../../text";

function serviceAccounts(objects: TKubeObject[]): Map<string, TKubeObject> {
  const index = new Map<string, TKubeObject>();
  for (const account of objects) if (kindOf(account) === "ServiceAccount") index.set(serviceAccountKey(namespaceOrDefault(account), nameOf(account)), account);
  return index;
}

export const serviceAccountTokenAutomount: TCheck = {
  id: "service-account-token-automount",
  quickWin: "QW5",
  severity: "medium",
  cis: "5.1.6",
  requires: [...POD_BEARING_KINDS, "ServiceAccount", "RoleBinding", "ClusterRoleBinding"],
  evaluate(ctx) {
    const accounts = ctx.shared("secrets:service-accounts", () => serviceAccounts(ctx.objects("ServiceAccount")));
    const rbac = rbacIndex(ctx);
    return ctx.each(ctx.workloads(), (workload) => workload.ref, (workload): TCheckOutcome[] => {
      const spec = workload.podSpec;
      if (!spec) {
        return [unreadablePodSpec(workload)];
      }
      const namespace = namespaceOrDefault(workload.object);
      const name = asString(spec.serviceAccountName) || asString(spec.serviceAccount) || "default";
      const key = serviceAccountKey(namespace, name);
      const account = accounts.get(key);
      const podSetting = asBoolean(spec.automountServiceAccountToken);
      const accountSetting = account ? asBoolean(account.automountServiceAccountToken) : undefined;
      // The pod's own setting wins over its ServiceAccount's; both unset means mounted.
      const mounted = podSetting ?? accountSetting ?? true;
      const bindings = (rbac.bySubject.get(key) ?? []).map((binding) => binding.ref.name);
      const evidence = {
        serviceAccount: name,
        podAutomountServiceAccountToken: podSetting ?? null,
        serviceAccountAutomountServiceAccountToken: account ? accountSetting ?? null : "ServiceAccount not in snapshot",
        bindings,
      };
      if (!mounted) {
        return [{ status: "pass", object: workload.ref, message: text("tokenNotMounted", { object: workload.label }), evidence }];
      }
      // A token is "necessary" when its account was granted API access: that is what it is for.
      if (bindings.length > 0) {
        return [{ status: "pass", object: workload.ref, message: text("tokenNeeded", { object: workload.label, account: name }), evidence }];
      }
      const patch = podSpecPatch(workload.kind, { automountServiceAccountToken: false });
      return [{
        status: "fail",
        object: workload.ref,
        message: text("tokenUnneeded", { object: workload.label, account: name }),
        evidence,
        remediation: { type: "patch", target: workload.ref, patch, note: text("podAutomountOverrides") },
      }];
    });
  },
};
