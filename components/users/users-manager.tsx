"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { CreateUserForm } from "./create-user-form";
import type { TUserJson } from "./hooks/use-user-mutations";
import { UserRow } from "./user-row";

export interface TNotice {
  ok: boolean;
  text: string;
}

export interface TShownPassword {
  email: string;
  password: string;
}

/**
 * The users table and the "add a user" form. After each change the server page is refreshed
 * (rows, sessions, last-admin state); the outcome is announced in one live region, and a
 * generated password stays on screen until the admin hides it — it is never shown again.
 */
export function UsersManager({ users, currentUserId }: { users: TUserJson[]; currentUserId: string }) {
  const t = useTranslations("users");
  const router = useRouter();
  const [notice, setNotice] = useState<TNotice | null>(null);
  const [shown, setShown] = useState<TShownPassword | null>(null);
  const [copied, setCopied] = useState(false);
  const enabledAdmins = users.filter((user) => user.role === "admin" && !user.disabled).length;

  function done(next: TNotice, password?: TShownPassword) {
    setNotice(next);
    if (password) {
      setShown(password);
      setCopied(false);
    }
    if (next.ok) router.refresh();
  }

  return (
    <div className="space-y-6">
      <p role="status" className={`text-sm ${notice ? (notice.ok ? "text-slate-800 dark:text-slate-200" : "text-red-800 dark:text-red-300") : "sr-only"}`}>
        {notice?.text ?? ""}
      </p>
      {shown ? (
        <div className="rounded-lg border border-amber-400 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-500/60 dark:bg-amber-950/40 dark:text-amber-100">
          <p>{t("generated", { email: shown.email })}</p>
          <p className="mt-2 flex flex-wrap items-center gap-3">
            <code data-testid="generated-password" className="rounded bg-white px-2 py-1 font-mono text-base text-slate-950 dark:bg-slate-950 dark:text-slate-100">{shown.password}</code>
            <button
              type="button"
              className="rounded-md border border-amber-500 px-2 py-1 font-medium hover:bg-amber-100 dark:hover:bg-amber-900"
              onClick={() => void navigator.clipboard.writeText(shown.password).then(() => setCopied(true), () => setCopied(false))}
            >
              {t("copy")}
            </button>
            <span aria-live="polite">{copied ? t("copied") : ""}</span>
            <button type="button" className="font-medium underline" onClick={() => setShown(null)}>{t("dismiss")}</button>
          </p>
        </div>
      ) : null}
      <Card labelledBy="users-list-title">
        <h2 id="users-list-title" className="mb-3 text-lg font-semibold">{t("caption")}</h2>
        {users.length === 0 ? <p className="text-sm text-slate-700 dark:text-slate-300">{t("empty")}</p> : (
          <DataTable
            caption={t("caption")}
            columns={[
              { label: t("columns.user") }, { label: t("columns.role") }, { label: t("columns.status") },
              { label: t("columns.created") }, { label: t("columns.lastSignIn") }, { label: t("columns.actions") },
            ]}
          >
            {users.map((user) => (
              <UserRow key={user.id} user={user} isMe={user.id === currentUserId} isLastAdmin={user.role === "admin" && !user.disabled && enabledAdmins <= 1} onDone={done} />
            ))}
          </DataTable>
        )}
      </Card>
      <Card labelledBy="create-user-title">
        <h2 id="create-user-title" className="mb-3 text-lg font-semibold">{t("create.title")}</h2>
        <CreateUserForm onDone={done} />
      </Card>
    </div>
  );
}
