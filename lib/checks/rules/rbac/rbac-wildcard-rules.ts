import { rbacIndex, type TRole } from "../../rbac";
import { expandRule, hasWildcard, knownResources, ruleObject } from "../../rbac-narrow";
import type { TCheck } from "../../types";
import { RBAC_KINDS } from "./remedy";
import { text } from "../../text";

/** Roles this check judges: the snapshot's own, not Kubernetes' defaults nor aggregated ones (their rules come from others, judged themselves). */
function customRoles(roles: Iterable<TRole>): TRole[] {
  return [...roles].filter((role) => !role.builtIn && !role.systemProvided && !role.aggregated);
}

export const rbacWildcardRules: TCheck = {
  id: "rbac-wildcard-rules",
  quickWin: "QW7",
  severity: "medium",
  cis: "5.1.3",
  requires: RBAC_KINDS,
  *evaluate(ctx) {
    const index = rbacIndex(ctx);
    const roles = [...customRoles(index.clusterRoles.values()), ...customRoles(index.roles.values())];
    yield* ctx.each(roles, (role) => role.ref, function* (role) {
      const label = `${role.kind} \`${role.namespace ? `${role.namespace}/` : ""}${role.name}\``;
      const wild = role.ownRules.filter(hasWildcard);
      if (wild.length === 0) {
        yield { status: "pass", object: role.ref, message: text("rbacExplicitRules", { role: label }), evidence: { rules: role.ownRules.length } };
        return;
      }
      const known = knownResources(ctx);
      let dropped = false;
      const rules = role.ownRules.flatMap((rule) => {
        if (!hasWildcard(rule)) return [rule];
        const expanded = expandRule(rule, known);
        dropped ||= expanded.dropped;
        return expanded.rules;
      });
      const patch = { rules: rules.map(ruleObject) };
      yield {
        status: "fail",
        object: role.ref,
        message: text("rbacWildcards", { role: label, count: wild.length }),
        evidence: { wildcardRules: wild.map(ruleObject) },
        remediation: {
          type: "patch",
          target: role.ref,
          patch,
          note: text(dropped ? "wildcardExpandedDropped" : "wildcardExpanded"),
        },
      };
    });
  },
};
