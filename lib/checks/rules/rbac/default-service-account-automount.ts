import { asBoolean, kindOf, nameOf, namespaceOf } from "../../access";
import { objectRef } from "../../context";
import { rbacIndex, serviceAccountKey } from "../../rbac";
import type { TCheck } from "../../types";
import { text } from "../../text";

export const defaultServiceAccountAutomount: TCheck = {
  id: "default-service-account-automount",
  quickWin: "QW7",
  severity: "medium",
  cis: "5.1.5",
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
        yield { status: "pass", object: ref, message: text("defaultServiceAccountNoMount", { namespace }), evidence };
        return;
      }
      const patch = { automountServiceAccountToken: false };
      yield {
        status: "fail",
        object: ref,
        message: text("defaultServiceAccountMounts", { namespace }),
        evidence,
        remediation: {
          type: "patch",
          target: ref,
          patch,
          note:
            text("dedicatedServiceAccount"),
        },
      };
    });
  },
};
