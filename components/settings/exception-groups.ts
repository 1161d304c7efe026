// The exceptions list of the settings page, grouped by what a security lead has to do about them:
// expiring soon (renew or fix), active, expired (the findings are open again), revoked. Pure.
import type { TException } from "@/lib/api/schemas/exceptions";

export const EXCEPTION_GROUPS = ["expiring", "active", "expired", "revoked"] as const;
export type TExceptionGroup = (typeof EXCEPTION_GROUPS)[number];

export function exceptionGroup(exception: Pick<TException, "state" | "expiringSoon">): TExceptionGroup {
  if (exception.state === "active") return exception.expiringSoon ? "expiring" : "active";
  return exception.state;
}

/** What the browser needs of one exception: names as data, dates already written by the server. */
export interface TExceptionRow {
  id: string;
  clusterId: string;
  clusterName: string;
  checkId: string;
  checkTitle: string;
  scope: TException["scope"];
  namespace: string | null;
  objectKind: string | null;
  objectName: string | null;
  container: string | null;
  reason: string;
  author: string;
  group: TExceptionGroup;
  created: string;
  expires: string;
  expiresRelative: string;
  revoked: string | null;
}

export function countByGroup(rows: readonly Pick<TExceptionRow, "group">[]): Record<TExceptionGroup, number> {
  const counts: Record<TExceptionGroup, number> = { expiring: 0, active: 0, expired: 0, revoked: 0 };
  for (const row of rows) counts[row.group] += 1;
  return counts;
}
