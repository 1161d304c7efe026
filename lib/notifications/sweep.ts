// A delivery is stored "pending" before its job is queued, and each retry is a new job: when
// queueing fails, or a job is lost beyond pg-boss's own retry, nothing would ever send it. The
// worker's sweep finds such deliveries (overdue by a margin) and queues them again. Sending twice
// is prevented twice over: the claim in claimStuckDeliveries takes each delivery for one sweep only,
// and a job carries the attempt count it was queued at (a late original and the sweep's copy
// cannot both attempt), while NOTIFY_QUEUE's singleton key keeps two jobs of one delivery from
// running at once.
import { claimStuckDeliveries } from "../db/notifications";

/** Overdue by more than this: the job's expiry (2 min) and pg-boss's one retry (30 s) are long past. */
export const DEFAULT_SWEEP_MARGIN_MS = 10 * 60_000;

export type TRequeueDelivery = (deliveryId: string, attempts: number) => Promise<void>;

/** Returns how many deliveries were queued again. */
export async function requeueStuckDeliveries(enqueue: TRequeueDelivery, now = new Date(), marginMs = DEFAULT_SWEEP_MARGIN_MS): Promise<number> {
  const stuck = await claimStuckDeliveries(now, marginMs);
  for (const delivery of stuck) await enqueue(delivery.id, delivery.attempts);
  return stuck.length;
}
