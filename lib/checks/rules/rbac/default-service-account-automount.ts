import { asBoolean, kindOf, nameOf, namespaceOf } from "../../access";
import { objectRef } from "../../context";
import { rbacIndex, serviceAccountKey } from "../../rbac";
import type { TCheck } from "../../types";

export const defaultServiceAccountAutomount: TCheck = {
  id: "default-service-account-automount",
  title: "Default ServiceAccount mounts its token automatically",
  quickWin: "QW7",
  severity: "medium",
  cis: "5.1.5",
  why:
    "Every pod that names no ServiceAccount runs as `default` and, unless the account says otherwise, receives its " +
    "API token: an attacker in any such pod can talk to the API server with it.",
  requires: ["ServiceAccount", "RoleBinding", "ClusterRoleBinding"],
  *evaluate(ctx) {
    const accounts = ctx.objects("ServiceAccount").filter((object) => kindOf(object) === "ServiceAccount" && nameOf(object) === "default");
    const index = rbacIndex(ctx);
    yield* ctx.each(accounts, objectRef, function* (account) {
      const ref = objectRef(account);
      const namespace = namespaceOf(account) ?? "default";
      const automount = asBoolean(account.automountServiceAccountToken);
      const bindings = (index.bySubject.get(serviceAccountKey(namespace, "default")) ?? []).map((binding) => binding.ref.name);
      const evidence = { automountServiceAccountToken: automount ?? null, bindings };
      if (automount === false) {
        yield { status: "pass", object: ref, message: `The default ServiceAccount of \`${namespace}\` does not mount its token.`, evidence };
        return;
      }
      const patch = { automountServiceAccountToken: false };
      yield {
        status: "fail",
        object: ref,
        message: `The default ServiceAccount of \`${namespace}\` mounts its token into every pod that names no account.`,
        evidence,
        remediation: {
          type: "patch",
          target: ref,
          patch,
          note:
            "Pods that really need the API should use a dedicated ServiceAccount (or set automountServiceAccountToken: true " +
            "in their own spec).",
        },
      };
    });
  },
};
