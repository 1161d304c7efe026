// What the finding page hands its client "accept risk" / "revoke" controls: plain, serialisable data.
import type { TException } from "@/lib/api/schemas/exceptions";

export interface TRiskTarget {
  clusterId: string;
  checkId: string;
  namespace: string | null;
  objectKind: string;
  objectName: string;
  container: string | null;
}

export type TExceptionView = Pick<TException, "id" | "scope" | "namespace" | "objectKind" | "objectName" | "container" | "reason" | "author" | "expiringSoon"> & {
  createdAt: string;
  expiresAt: string;
};

export type TWaiverView =
  | { kind: "none" }
  | { kind: "annotation"; reason: string | null }
  /** exception null: the exception waiving it could not be read (revoked a moment ago). */
  | { kind: "exception"; exception: TExceptionView | null };

export type TScopeChoice = "object" | "namespace" | "cluster";

/** The exception scope a choice stands for: "this object" is the container when there is one. */
export function scopeOf(choice: TScopeChoice, target: Pick<TRiskTarget, "container">): TException["scope"] {
  if (choice === "object") return target.container ? "container" : "object";
  return choice;
}
