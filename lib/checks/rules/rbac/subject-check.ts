// One shape for the checks about *who* a binding names (cluster-admin holders, system:masters,
// anonymous callers, default ServiceAccounts): every non-bootstrap binding is evaluated, and a
// fail's remediation removes exactly the offending subjects from that binding.
import { evaluatedBindings, rbacIndex, type TBinding, type TSubject } from "../../rbac";
import type { TText } from "../../text";
import type { TCheck, TCheckMeta } from "../../types";
import { RBAC_KINDS, removeSubjects } from "./remedy";

export interface TSubjectCheckSpec extends Omit<TCheckMeta, "requires"> {
  /** The subjects of `binding` this check reports (none = pass). */
  offending(binding: TBinding): TSubject[];
  failMessage(binding: TBinding, subjects: TSubject[]): TText;
  passMessage(binding: TBinding): TText;
  /** First sentence of the remediation note: why these subjects must go. */
  remedy: TText;
}

export function bindingSubjectCheck(spec: TSubjectCheckSpec): TCheck {
  const { offending, failMessage, passMessage, remedy, ...meta } = spec;
  return {
    ...meta,
    requires: RBAC_KINDS,
    *evaluate(ctx) {
      yield* ctx.each(evaluatedBindings(rbacIndex(ctx)), (binding) => binding.ref, function* (binding) {
        const subjects = offending(binding);
        const evidence = { roleRef: binding.roleRef, scope: binding.namespace ?? "cluster", subjects: subjects.map((subject) => subject.raw) };
        if (subjects.length === 0) {
          yield { status: "pass", object: binding.ref, message: passMessage(binding), evidence };
          return;
        }
        yield {
          status: "fail",
          object: binding.ref,
          message: failMessage(binding, subjects),
          evidence,
          remediation: removeSubjects(binding, subjects, remedy),
        };
      });
    },
  };
}
