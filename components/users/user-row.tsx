"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { ApiError } from "@/components/clusters/hooks/api";
import { ROLES, type TRole } from "@/lib/auth/roles";
import { useDeleteUser, useResetPassword, useSignOutUser, useUpdateUser, type TUserJson } from "./hooks/use-user-mutations";
import type { TNotice, TShownPassword } from "./users-manager";

const MUTED = "text-xs text-slate-600 dark:text-slate-400";
const ACTION = "rounded-md px-2 py-1 text-sm font-medium text-brand-700 underline-offset-2 hover:underline disabled:cursor-not-allowed disabled:opacity-60 dark:text-sky-300";
const DANGER = "rounded-md bg-red-700 px-2 py-1 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60";
const SELECT = "rounded-md border border-slate-300 bg-white px-2 py-1 text-sm disabled:opacity-60 dark:border-slate-600 dark:bg-slate-950";

/**
 * One user and what an admin may do to them. Your own row offers only a role change, and the
 * last enabled admin cannot be demoted, disabled or deleted: the row says why instead (the API
 * refuses the same, in case two admins act at once).
 */
export function UserRow({ user, isMe, isLastAdmin, onDone }: {
  user: TUserJson;
  isMe: boolean;
  isLastAdmin: boolean;
  onDone: (notice: TNotice, password?: TShownPassword) => void;
}) {
  const t = useTranslations("users");
  const format = useFormatter();
  const [role, setRole] = useState<TRole>(user.role);
  const [confirming, setConfirming] = useState(false);
  const update = useUpdateUser();
  const remove = useDeleteUser();
  const reset = useResetPassword();
  const signOut = useSignOutUser();
  const busy = update.isPending || remove.isPending || reset.isPending || signOut.isPending;
  const email = user.email;
  const failed = (error: unknown) => onDone({ ok: false, text: t("failed", { message: error instanceof ApiError ? error.message : String(error) }) });
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  return (
    <tr className="align-top">
      <td className="py-2 pr-4">
        <span className="font-medium break-words">{email}</span>
        {isMe ? <span className={`ml-1 ${MUTED}`}>({t("you")})</span> : null}
        <span className={`block ${MUTED}`}>{user.name}</span>
      </td>
      <td className="py-2 pr-4">
        <div className="flex flex-wrap items-center gap-2">
          <select
            aria-label={t("row.roleLabel", { email })} value={role} disabled={busy || isLastAdmin}
            onChange={(event) => setRole(event.target.value as TRole)} className={SELECT}
          >
            {ROLES.map((value) => <option key={value} value={value}>{t(`roles.${value}`)}</option>)}
          </select>
          {role !== user.role ? (
            <button
              type="button" className={ACTION} disabled={busy} aria-label={t("row.changeRoleLabel", { email })}
              onClick={() => update.mutate({ id: user.id, role }, {
                onSuccess: (saved) => onDone({ ok: true, text: t("done.roleChanged", { email, role: t(`roles.${saved.role}`) }) }),
                onError: (error) => { setRole(user.role); failed(error); },
              })}
            >
              {t("row.changeRole")}
            </button>
          ) : null}
        </div>
        {isLastAdmin ? <p className={`mt-1 max-w-56 ${MUTED}`}>{t("lastAdmin")}</p> : null}
      </td>
      <td className="py-2 pr-4">
        <span className={user.disabled ? "font-semibold text-red-800 dark:text-red-300" : ""}>{user.disabled ? t("disabled") : t("active")}</span>
        <span className={`block ${MUTED}`}>{t("sessions", { count: user.sessions })}</span>
      </td>
      <td className="py-2 pr-4 whitespace-nowrap">{date(user.createdAt)}</td>
      <td className="py-2 pr-4 whitespace-nowrap">{user.lastSignInAt ? date(user.lastSignInAt) : <span className={MUTED}>{t("never")}</span>}</td>
      <td className="py-2">
        <div className="-ml-2 flex flex-wrap gap-1">
          {!isMe && !isLastAdmin ? (
            <button
              type="button" className={ACTION} disabled={busy} aria-label={t(user.disabled ? "row.enableLabel" : "row.disableLabel", { email })}
              onClick={() => update.mutate({ id: user.id, disabled: !user.disabled }, {
                onSuccess: () => onDone({ ok: true, text: t(user.disabled ? "done.enabled" : "done.disabled", { email }) }),
                onError: failed,
              })}
            >
              {t(user.disabled ? "row.enable" : "row.disable")}
            </button>
          ) : null}
          {/* Not on your own row: both would end the session you are using (the header has "Sign out everywhere"). */}
          {!isMe ? (
            <>
            <button
              type="button" className={ACTION} disabled={busy} aria-label={t("row.resetPasswordLabel", { email })}
              onClick={() => reset.mutate(user.id, {
                onSuccess: ({ generatedPassword }) => onDone({ ok: true, text: t("done.passwordReset", { email }) }, generatedPassword ? { email, password: generatedPassword } : undefined),
                onError: failed,
              })}
            >
              {t("row.resetPassword")}
            </button>
            <button
              type="button" className={ACTION} disabled={busy} aria-label={t("row.signOutLabel", { email })}
              onClick={() => signOut.mutate(user.id, {
                onSuccess: ({ sessionsEnded }) => onDone({ ok: true, text: t("done.signedOut", { email, count: sessionsEnded }) }),
                onError: failed,
              })}
            >
              {t("row.signOut")}
            </button>
            </>
          ) : null}
          {!isMe && !isLastAdmin ? (
            confirming ? (
              <>
                <button
                  type="button" className={DANGER} disabled={busy} aria-label={t("row.confirmDeleteLabel", { email })}
                  onClick={() => remove.mutate(user.id, {
                    onSuccess: () => { setConfirming(false); onDone({ ok: true, text: t("done.deleted", { email }) }); },
                    onError: failed,
                  })}
                >
                  {busy ? t("row.working") : t("row.confirmDelete")}
                </button>
                <button type="button" className={ACTION} onClick={() => setConfirming(false)}>{t("row.cancel")}</button>
              </>
            ) : (
              <button type="button" className={ACTION} disabled={busy} aria-label={t("row.deleteLabel", { email })} onClick={() => setConfirming(true)}>{t("row.delete")}</button>
            )
          ) : null}
        </div>
      </td>
    </tr>
  );
}
