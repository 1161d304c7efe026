"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { apiFetch } from "@/components/clusters/hooks/api";

/** GET /api/notifications as the browser receives it (dates are strings). */
export interface TDeliveryJson {
  id: string;
  event: string;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  responseCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface TEndpointJson {
  id: string;
  name: string;
  kind: "generic" | "slack";
  url: string;
  events: string[];
  failureThreshold: number;
  clusterIds: string[];
  language: "en" | "fr";
  enabled: boolean;
  createdAt: string;
  deliveries: TDeliveryJson[];
}

export interface TEndpointBody {
  name?: string;
  kind?: "generic" | "slack";
  url?: string;
  secret?: string;
  generateSecret?: true;
  events?: string[];
  failureThreshold?: number;
  clusterIds?: string[];
  language?: "en" | "fr";
  enabled?: boolean;
}

type TSaved = { endpoint: TEndpointJson; secret?: string };

/**
 * POST /api/notifications (id null) or PATCH /api/notifications/[id]. The list is server-rendered:
 * a success refreshes the page's data.
 */
export function useSaveEndpoint(id: string | null) {
  const router = useRouter();
  return useMutation({
    mutationFn: (body: TEndpointBody) =>
      apiFetch<TSaved>(id ? `/api/notifications/${encodeURIComponent(id)}` : "/api/notifications", { method: id ? "PATCH" : "POST", body }),
    onSuccess: () => router.refresh(),
  });
}

export function useDeleteEndpoint(id: string) {
  const router = useRouter();
  return useMutation({
    mutationFn: () => apiFetch<void>(`/api/notifications/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => router.refresh(),
  });
}

/** POST /api/notifications/[id]/test: one signed `test` delivery; the result says what the receiver answered. */
export function useSendTest(id: string) {
  const router = useRouter();
  return useMutation({
    mutationFn: () => apiFetch<{ delivery: TDeliveryJson }>(`/api/notifications/${encodeURIComponent(id)}/test`, { method: "POST" }),
    onSettled: () => router.refresh(),
  });
}
