"use client";

import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "@/components/clusters/hooks/api";
import type { TTokenScope } from "@/lib/auth/tokens";

export interface TCreatedToken {
  token: { id: string; name: string; prefix: string; scope: TTokenScope };
  secret: string;
}

/** POST /api/tokens: the answer is the only place the secret ever appears. */
export function useCreateToken() {
  return useMutation({
    mutationFn: (body: { name: string; scope: TTokenScope }) => apiFetch<TCreatedToken>("/api/tokens", { method: "POST", body }),
  });
}

/** DELETE /api/tokens/{id}: the token's next call answers 401. */
export function useRevokeToken() {
  return useMutation({
    mutationFn: (id: string) => apiFetch<unknown>(`/api/tokens/${id}`, { method: "DELETE" }),
  });
}
