"use client";

import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "@/components/clusters/hooks/api";
import type { TRole } from "@/lib/auth/roles";

/** A user as the browser receives them (dates as ISO strings). */
export interface TUserJson {
  id: string;
  email: string;
  name: string;
  role: TRole;
  disabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
  sessions: number;
}

export interface TUserWithPassword {
  user: TUserJson;
  generatedPassword: string | null;
}

const userUrl = (id: string, rest = "") => `/api/users/${encodeURIComponent(id)}${rest}`;

/** POST /api/users. */
export function useCreateUser() {
  return useMutation({
    mutationFn: (body: { email: string; name?: string; role: TRole; password?: string }) => apiFetch<TUserWithPassword>("/api/users", { method: "POST", body }),
  });
}

/** PATCH /api/users/:id — a role, or disabled/enabled. */
export function useUpdateUser() {
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; role?: TRole; disabled?: boolean }) => apiFetch<TUserJson>(userUrl(id), { method: "PATCH", body }),
  });
}

/** DELETE /api/users/:id. */
export function useDeleteUser() {
  return useMutation({ mutationFn: (id: string) => apiFetch<TUserJson>(userUrl(id), { method: "DELETE" }) });
}

/** POST /api/users/:id/password with no password: Ramparts generates one. */
export function useResetPassword() {
  return useMutation({ mutationFn: (id: string) => apiFetch<TUserWithPassword>(userUrl(id, "/password"), { method: "POST", body: {} }) });
}

/** DELETE /api/users/:id/sessions. */
export function useSignOutUser() {
  return useMutation({ mutationFn: (id: string) => apiFetch<{ sessionsEnded: number }>(userUrl(id, "/sessions"), { method: "DELETE" }) });
}
