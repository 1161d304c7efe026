"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import type { TScanRef } from "@/lib/api/schemas/common";
import { apiFetch } from "@/components/clusters/hooks/api";

export type TScanStatus = TScanRef["status"];

/** GET /api/scans/[id], as the browser receives it (dates are strings). */
export interface TScanProgress {
  id: string;
  status: TScanStatus;
  phase: string | null;
  progress: number;
  error: string | null;
  postureScore: number | null;
  grade: string | null;
  finishedAt: string | null;
}

export function isScanActive(status: TScanStatus | undefined): boolean {
  return status === "queued" || status === "running";
}

/** "Scan now": a new scan, or the one already queued or running (joined). */
export function useTriggerScan(clusterId: string) {
  return useMutation({
    mutationFn: () => apiFetch<{ scanId: string; joined: boolean }>(`/api/clusters/${encodeURIComponent(clusterId)}/scans`, { method: "POST" }),
  });
}

/** A scan's status, polled every second while it is queued or running, then left alone. */
export function useScanProgress(clusterId: string, scanId: string | null) {
  return useQuery({
    queryKey: ["cluster", clusterId, "scans", scanId],
    queryFn: ({ signal }) => apiFetch<TScanProgress>(`/api/scans/${encodeURIComponent(scanId!)}`, { signal }),
    enabled: scanId !== null,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data && !isScanActive(query.state.data.status) ? false : 1000),
    refetchIntervalInBackground: false,
  });
}
