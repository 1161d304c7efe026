/** Every action the audit log records. */
export const AUDIT_ACTIONS = [
  "sign_in.succeeded",
  "sign_in.failed",
  "sign_in.throttled",
  "sign_out",
  "sign_out.everywhere",
  "user.locale_changed",
  "cluster.created",
  "cluster.updated",
  "cluster.credentials_changed",
  "cluster.archived",
  "ratings.saved",
  "exception.created",
  "exception.revoked",
] as const;
export type TAuditAction = (typeof AUDIT_ACTIONS)[number];
