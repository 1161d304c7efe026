// One shape for the "who can do X" checks (CIS 5.1.x): every non-bootstrap binding is evaluated;
// it fails when its role grants the capability and a reportable subject (not a Kubernetes system
// identity) receives it. Bootstrap bindings are skipped so that upstream defaults do not flood.
import {
  bindingLabel, evaluatedBindings, isReportableSubject, rbacIndex, roleLabel, subjectLabel, type TBinding,
} from "../../rbac";
import { bindingGrants, permissionLabel, type TPermission } from "../../rbac-permissions";
import { text, type TText } from "../../text";
import type { TCheck, TCheckMeta, TCheckOutcome } from "../../types";
import { RBAC_KINDS, revokePermissions } from "./remedy";

export interface TBindingCheckSpec extends Omit<TCheckMeta, "requires"> {
  /** Every inner list is "any of"; all lists must be granted (CSR approval needs two grants). */
  permissions: readonly (readonly TPermission[])[];
  /** "create pods": the capability in plain words. */
  capability: string;
  /** The same words as a catalogue text, for the remediation note a person reads in their language. */
  capabilityText: TText;
}

function scope(binding: TBinding): TText {
  return binding.kind === "RoleBinding" ? text("scopeNamespace", { namespace: binding.namespace ?? "" }) : text("scopeCluster");
}

// Returns its one outcome in an array (TCheckContext.each reads arrays as they are).
function evaluateBinding(spec: TBindingCheckSpec, binding: TBinding): TCheckOutcome[] {
  const object = binding.ref;
  if (!binding.role) {
    return [{
      status: "not_assessable",
      object,
      message: text("bindingRoleMissing", { binding: bindingLabel(binding), role: roleLabel(binding) }), reason: text("bindingRoleMissing", { binding: bindingLabel(binding), role: roleLabel(binding) }),
      evidence: { roleRef: binding.roleRef },
    }];
  }
  const groups = spec.permissions.map((permissions) => bindingGrants(binding, permissions));
  const matches = groups.flat();
  const granted = groups.every((group) => group.length > 0);
  const subjects = binding.subjects.filter(isReportableSubject);
  const evidence = {
    roleRef: binding.roleRef,
    scope: binding.namespace ?? "cluster",
    grants: matches.map(permissionLabel),
    subjects: subjects.map(subjectLabel),
  };
  if (!granted || subjects.length === 0) {
    return [{
      status: "pass",
      object,
      message: text(granted ? "bindingGrantsSystemOnly" : "bindingNotGranted", { binding: bindingLabel(binding), capability: spec.capabilityText }),
      evidence,
    }];
  }
  return [{
    status: "fail",
    object,
    message: spec.permissions.flat().length > 1
      ? text("bindingLetsThrough", { binding: bindingLabel(binding), subjects: subjects.map(subjectLabel), capability: spec.capabilityText, scope: scope(binding), role: roleLabel(binding), permissions: matches.map(permissionLabel) })
      : text("bindingLets", { binding: bindingLabel(binding), subjects: subjects.map(subjectLabel), capability: spec.capabilityText, scope: scope(binding), role: roleLabel(binding) }),
    evidence,
    remediation: revokePermissions(binding, spec.permissions.flat(), subjects, spec.capabilityText),
  }];
}

export function bindingPermissionCheck(spec: TBindingCheckSpec): TCheck {
  const { permissions: _permissions, capability: _capability, capabilityText: _capabilityText, ...meta } = spec;
  return {
    ...meta,
    requires: RBAC_KINDS,
    *evaluate(ctx) {
      const index = rbacIndex(ctx);
      yield* ctx.each(evaluatedBindings(index), (binding) => binding.ref, (binding) => evaluateBinding(spec, binding));
    },
  };
}
