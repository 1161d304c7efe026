"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/components/clusters/hooks/api";

/** GET /api/exceptions/[id]/history as the browser receives it (dates are strings). */
export interface TExceptionHistoryJson {
  exceptionId: string;
  events: { id: number; action: string; actor: string; at: string; details: Record<string, unknown> }[];
}

/** An exception's events, read only once someone opens them. */
export function useExceptionHistory(clusterId: string, exceptionId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["cluster", clusterId, "exceptions", exceptionId, "history"],
    queryFn: ({ signal }) => apiFetch<TExceptionHistoryJson>(`/api/exceptions/${encodeURIComponent(exceptionId)}/history`, { signal }),
    enabled,
  });
}
