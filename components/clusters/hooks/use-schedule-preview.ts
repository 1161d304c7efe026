"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import { apiFetch } from "./api";

export type TSchedulePreview = { ok: true; description: string; next: string } | { ok: false; message: string };

/** A schedule in words and its next run; `expression` is already debounced by the caller. */
export function useSchedulePreview(expression: string) {
  const locale = useLocale();
  const trimmed = expression.trim();
  return useQuery({
    queryKey: ["schedule-preview", locale, trimmed],
    queryFn: ({ signal }) =>
      apiFetch<TSchedulePreview>(`/api/clusters/schedule?${new URLSearchParams({ expression: trimmed, locale })}`, { signal }),
    enabled: trimmed !== "",
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
