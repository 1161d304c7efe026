"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TException } from "@/lib/api/schemas/exceptions";
import { apiFetch } from "@/components/clusters/hooks/api";

/** The body of POST /api/clusters/[id]/exceptions (ZExceptionCreateBody). */
export interface TAcceptRiskBody {
  checkId: string;
  scope: "cluster" | "namespace" | "object" | "container";
  namespace?: string;
  objectKind?: string;
  objectName?: string;
  container?: string;
  reason: string;
  expiresAt: string;
}

/** Exceptions change the cluster's numbers at once: every cached view of the cluster is stale. */
function useInvalidateCluster(clusterId: string) {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: ["cluster", clusterId] });
}

export function useAcceptRisk(clusterId: string) {
  const invalidate = useInvalidateCluster(clusterId);
  return useMutation({
    mutationFn: (body: TAcceptRiskBody) => apiFetch<TException>(`/api/clusters/${encodeURIComponent(clusterId)}/exceptions`, { method: "POST", body }),
    onSuccess: invalidate,
  });
}

export function useRevokeException(clusterId: string) {
  const invalidate = useInvalidateCluster(clusterId);
  return useMutation({
    mutationFn: (exceptionId: string) => apiFetch<TException>(`/api/exceptions/${encodeURIComponent(exceptionId)}`, { method: "DELETE" }),
    onSuccess: invalidate,
  });
}
