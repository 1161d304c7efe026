"use client";

import { useQuery } from "@tanstack/react-query";
import type { TRatingsMode } from "@/components/cluster/ratings-mode";
import { apiFetch } from "@/components/clusters/hooks/api";
import type { TMatrixBubble, TPriorityEntry } from "../matrix-preview";

/** GET /api/clusters/[id]/matrix as the browser receives it (the parts the UI reads). */
export interface TMatrixJson {
  clusterId: string;
  scan: { id: string; status: string; finishedAt: string | null } | null;
  ratings: { mode: TRatingsMode; versionId: number };
  postureScore: number | null;
  grade: string | null;
  quickWins: TMatrixBubble[];
  priority: TPriorityEntry[];
}

/** A cluster's matrix; `clusterId` null leaves it alone (nothing chosen). */
export function useClusterMatrix(clusterId: string | null, mode: TRatingsMode = "current") {
  return useQuery({
    queryKey: ["cluster", clusterId, "matrix", mode],
    queryFn: ({ signal }) => apiFetch<TMatrixJson>(`/api/clusters/${encodeURIComponent(clusterId!)}/matrix?ratings=${mode}`, { signal }),
    enabled: clusterId !== null,
  });
}
