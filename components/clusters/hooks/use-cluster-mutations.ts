"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TClusterDetail, TKubeconfigInspection, TTestOutcome } from "@/lib/clusters/types";
import { apiFetch } from "./api";

/** The body of POST /api/clusters and PATCH /api/clusters/[id] (see lib/clusters/input.ts). */
export interface TClusterBody {
  name?: string;
  environment?: string;
  description?: string;
  schedule?: string;
  archived?: boolean;
  connectionKind?: "kubeconfig" | "in_cluster" | "manifests";
  kubeconfig?: string;
  context?: string;
  manifests?: { type: "bundle"; yaml: string } | { type: "path"; path: string };
}

export type TConnectionBody = Required<Pick<TClusterBody, "connectionKind">> & Pick<TClusterBody, "kubeconfig" | "context" | "manifests">;

function useInvalidateClusters() {
  const client = useQueryClient();
  return (id?: string) => {
    void client.invalidateQueries({ queryKey: ["clusters"] });
    if (id) void client.invalidateQueries({ queryKey: ["cluster", id] });
  };
}

export function useCreateCluster() {
  const invalidate = useInvalidateClusters();
  return useMutation({
    mutationFn: (body: TClusterBody) => apiFetch<{ cluster: TClusterDetail }>("/api/clusters", { method: "POST", body }),
    onSuccess: () => invalidate(),
  });
}

export function useUpdateCluster(id: string) {
  const invalidate = useInvalidateClusters();
  return useMutation({
    mutationFn: (body: TClusterBody) => apiFetch<{ cluster: TClusterDetail }>(`/api/clusters/${id}`, { method: "PATCH", body }),
    onSuccess: () => invalidate(id),
  });
}

export function useArchiveCluster(id: string) {
  const invalidate = useInvalidateClusters();
  return useMutation({
    mutationFn: (archived: boolean) =>
      archived
        ? apiFetch<{ cluster: TClusterDetail }>(`/api/clusters/${id}`, { method: "DELETE" })
        : apiFetch<{ cluster: TClusterDetail }>(`/api/clusters/${id}`, { method: "PATCH", body: { archived: false } }),
    onSuccess: () => invalidate(id),
  });
}

/** Tests a connection before saving (nothing is stored). */
export function useTestConnection() {
  return useMutation({
    mutationFn: (body: TConnectionBody) => apiFetch<TTestOutcome>("/api/clusters/test-connection", { method: "POST", body }),
  });
}

/** Tests the credentials stored for a cluster. */
export function useTestStoredCluster(id: string) {
  return useMutation({
    mutationFn: () => apiFetch<TTestOutcome>(`/api/clusters/${id}/test`, { method: "POST" }),
  });
}

/** Lists the contexts of a pasted kubeconfig (names and safe facts only). */
export function useInspectKubeconfig() {
  return useMutation({
    mutationFn: (kubeconfig: string) => apiFetch<TKubeconfigInspection>("/api/clusters/inspect", { method: "POST", body: { kubeconfig } }),
  });
}
