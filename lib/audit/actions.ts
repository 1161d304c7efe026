/** Every action the audit log records. */
export const AUDIT_ACTIONS = [
  "sign_in.succeeded",
  "sign_in.failed",
  "sign_in.throttled",
  "sign_out",
  "sign_out.everywhere",
  "cluster.created",
  "cluster.updated",
  "cluster.credentials_changed",
  "cluster.archived",
  "scan.requested",
  "ratings.saved",
  "exception.created",
  "exception.revoked",
  "user.created",
  "user.role_changed",
  "user.disabled",
  "user.enabled",
  "user.deleted",
  "user.password_reset",
  "user.signed_out",
] as const;
export type TAuditAction = (typeof AUDIT_ACTIONS)[number];
