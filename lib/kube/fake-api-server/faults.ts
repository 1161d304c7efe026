// Fault injection for the fake API server: what a real cluster does to a client on a bad day.
// Resources are named by their plural ("pods", "secrets"), as in RBAC; no list = every resource.
// Counted faults fire that many times and then stop, so a client that retries gets through.
import { z } from "zod";

const ZResources = z.array(z.string()).optional();

export const ZFaults = z.object({
  /** Added before every answer, discovery included. */
  latencyMs: z.number().int().min(0).optional(),
  /** 5xx on chosen resources: `count` times, or with `probability` (seeded: runs repeat). */
  serverErrors: z.object({
    resources: ZResources,
    status: z.number().int().min(500).max(599).default(503),
    count: z.number().int().min(0).optional(),
    probability: z.number().min(0).max(1).optional(),
    seed: z.number().int().default(1),
  }).optional(),
  /** 429 with a Retry-After header, `count` times. */
  tooManyRequests: z.object({ resources: ZResources, count: z.number().int().min(0).default(1), retryAfterSeconds: z.number().int().min(0).default(1) }).optional(),
  /** The socket is destroyed half-way through page number `afterPages` (0-based) of a paged list. */
  resetMidList: z.object({ resources: ZResources, afterPages: z.number().int().min(0).default(1), count: z.number().int().min(0).default(1) }).optional(),
  /** 403 on these resources, whatever the permission set says. */
  forbidden: z.array(z.string()).optional(),
  /** 410 Gone (reason Expired) on requests that carry a continue token, `count` times. */
  expireContinue: z.object({ resources: ZResources, count: z.number().int().min(0).default(1) }).optional(),
});

export type TFaults = z.input<typeof ZFaults>;
type TParsedFaults = z.output<typeof ZFaults>;

/** mulberry32: a seeded generator, so a probabilistic fault fails the same requests every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const applies = (resources: string[] | undefined, plural: string) => !resources || resources.includes(plural);

export interface TFaultState {
  readonly latencyMs: number;
  isForbidden(plural: string): boolean;
  /** A 5xx status to answer with, if one is due. */
  serverError(plural: string): number | undefined;
  /** Retry-After seconds, if a 429 is due. */
  tooManyRequests(plural: string): number | undefined;
  resetDue(plural: string, pageIndex: number): boolean;
  expireDue(plural: string): boolean;
}

export function createFaultState(input: TFaults = {}): TFaultState {
  const faults: TParsedFaults = ZFaults.parse(input);
  const random = seeded(faults.serverErrors?.seed ?? 1);
  const left = {
    serverErrors: faults.serverErrors?.count ?? (faults.serverErrors?.probability === undefined ? 0 : Infinity),
    tooManyRequests: faults.tooManyRequests?.count ?? 0,
    resetMidList: faults.resetMidList?.count ?? 0,
    expireContinue: faults.expireContinue?.count ?? 0,
  };
  const take = (name: keyof typeof left) => (left[name] > 0 ? ((left[name] -= 1), true) : false);
  return {
    latencyMs: faults.latencyMs ?? 0,
    isForbidden: (plural) => faults.forbidden?.includes(plural) ?? false,
    serverError(plural) {
      const fault = faults.serverErrors;
      if (!fault || !applies(fault.resources, plural) || left.serverErrors <= 0) return undefined;
      if (fault.probability !== undefined && random() >= fault.probability) return undefined;
      return take("serverErrors") ? fault.status : undefined;
    },
    tooManyRequests(plural) {
      const fault = faults.tooManyRequests;
      return fault && applies(fault.resources, plural) && take("tooManyRequests") ? fault.retryAfterSeconds : undefined;
    },
    resetDue(plural, pageIndex) {
      const fault = faults.resetMidList;
      return !!fault && applies(fault.resources, plural) && pageIndex === fault.afterPages && take("resetMidList");
    },
    expireDue(plural) {
      const fault = faults.expireContinue;
      return !!fault && applies(fault.resources, plural) && take("expireContinue");
    },
  };
}
