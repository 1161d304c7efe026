// Which regressions a scan can announce, and when each one fires (pure: the worker gathers the
// facts, this decides). A regression needs something to regress from: a cluster's first good scan
// announces nothing but repeated failures.
import type { TGrade } from "../scoring/posture";

export const NOTIFICATION_EVENTS = ["new_critical_high", "grade_drop", "scan_failing_repeatedly"] as const;
export type TNotificationEvent = (typeof NOTIFICATION_EVENTS)[number];
/** What a delivery carries: a regression, or the settings page's "Send test". */
export type TSentEvent = TNotificationEvent | "test";

export const DEFAULT_FAILURE_THRESHOLD = 3;

const GRADE_ORDER: readonly TGrade[] = ["A", "B", "C", "D", "F"];

/** True when `after` is a worse grade than `before` (both known). */
export function gradeDropped(before: string | null, after: string | null): boolean {
  const from = GRADE_ORDER.indexOf(before as TGrade);
  const to = GRADE_ORDER.indexOf(after as TGrade);
  return from >= 0 && to >= 0 && to > from;
}

export interface TScanOutcomeFacts {
  /** The scan landed (succeeded or partial) with a previous good scan to compare with. */
  compared: boolean;
  gradeBefore: string | null;
  gradeAfter: string | null;
  /** Open critical or high findings this scan has and the previous good scan had not. */
  newCriticalHigh: number;
  /** Failed scans in a row, this one included (0 when this scan did not fail). */
  consecutiveFailures: number;
}

/**
 * The events this scan raises for an endpoint that listens to `wanted`. Repeated failures fire once
 * per streak, when the streak reaches the endpoint's threshold (not again at every later failure).
 */
export function eventsFor(facts: TScanOutcomeFacts, wanted: readonly string[], failureThreshold: number): TNotificationEvent[] {
  const raised: TNotificationEvent[] = [];
  if (facts.compared && facts.newCriticalHigh > 0) raised.push("new_critical_high");
  if (facts.compared && gradeDropped(facts.gradeBefore, facts.gradeAfter)) raised.push("grade_drop");
  if (facts.consecutiveFailures > 0 && facts.consecutiveFailures === failureThreshold) raised.push("scan_failing_repeatedly");
  return raised.filter((event) => wanted.includes(event));
}
