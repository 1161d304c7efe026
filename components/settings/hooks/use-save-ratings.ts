"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/clusters/hooks/api";
import type { TQuickWinId, TRating } from "@/lib/scoring/quick-wins";

export interface TSavedRatings {
  id: number;
  author: string;
  reason: string;
  createdAt: string;
}

/** PUT /api/ratings: a new ratings version. Every matrix, list and posture depends on it. */
export function useSaveRatings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { ratings: Record<TQuickWinId, TRating>; reason: string }) => apiFetch<TSavedRatings>("/api/ratings", { method: "PUT", body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["ratings"] });
      void client.invalidateQueries({ queryKey: ["cluster"] });
      void client.invalidateQueries({ queryKey: ["clusters"] });
    },
  });
}
