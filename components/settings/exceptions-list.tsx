"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { ScopeLabel } from "@/components/findings/scope-label";
import { useRevokeException } from "@/components/findings/hooks/use-exception-mutations";
import { countByGroup, EXCEPTION_GROUPS, type TExceptionGroup, type TExceptionRow } from "./exception-groups";
import { ExceptionHistory } from "./exception-history";
import { useCan } from "@/components/auth/role-context";
import { useApiErrorText } from "@/components/ui/use-api-error-text";

type TFilter = "all" | TExceptionGroup;
const REVOKED_PREVIEW = 5;
const LINK = "font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300";
const ACTION = "rounded-md px-2 py-1 text-sm font-medium text-brand-700 underline-offset-2 hover:underline disabled:opacity-60 dark:text-sky-300";

const GROUP_TONE: Record<TExceptionGroup, string> = {
  expiring: "bg-orange-100 text-orange-950 ring-orange-300 dark:bg-orange-950/60 dark:text-orange-100 dark:ring-orange-800",
  active: "bg-blue-50 text-blue-950 ring-blue-200 dark:bg-blue-950/60 dark:text-blue-100 dark:ring-blue-800",
  expired: "bg-slate-100 text-slate-900 ring-slate-300 dark:bg-slate-800 dark:text-slate-100 dark:ring-slate-600",
  revoked: "bg-slate-100 text-slate-900 ring-slate-300 dark:bg-slate-800 dark:text-slate-100 dark:ring-slate-600",
};

function GroupIcon({ group }: { group: TExceptionGroup }) {
  const common = { "aria-hidden": true, viewBox: "0 0 20 20", className: "size-3.5 shrink-0" } as const;
  switch (group) {
    case "expiring": return <svg {...common}><path fill="currentColor" d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16m-1 4h2v4.6l3 3-1.4 1.4L9 11.4z" /></svg>;
    case "active": return <svg {...common}><path fill="currentColor" d="M10 1 3 4v5c0 4.4 3 8.3 7 9.5 4-1.2 7-5.1 7-9.5V4zm3.3 5.3 1.4 1.4L9 13.4 5.8 10.2l1.4-1.4L9 10.6z" /></svg>;
    case "expired": return <svg {...common}><path fill="currentColor" d="M5 2h10v2l-3.5 4v1L15 13v5H5v-5l3.5-4V8L5 4z" /></svg>;
    case "revoked": return <svg {...common}><path fill="currentColor" d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16M5.6 7 13 14.4A5.9 5.9 0 0 1 5.6 7m8.8 6L7 5.6A5.9 5.9 0 0 1 14.4 13" /></svg>;
  }
}

/**
 * Every cluster's exceptions, by state, with their history and "Revoke". Rows come from the server
 * (dates already written); after a revocation the page is refreshed so the row moves to
 * "Revoked" and the numbers everywhere count its findings as open again.
 */
export function ExceptionsList({ rows: fromServer }: { rows: TExceptionRow[] }) {
  const t = useTranslations("settings.exceptions");
  const format = useFormatter();
  const [filter, setFilter] = useState<TFilter>("all");
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  // Revoked here: shown as revoked at once, before the refreshed page arrives with the same answer.
  const [allRevoked, setAllRevoked] = useState(false);
  const [revokedNow, setRevokedNow] = useState<ReadonlyMap<string, string>>(new Map());
  const justRevoked = (row: TExceptionRow) => row.group !== "revoked" && revokedNow.has(row.id);
  const rows = [
    ...fromServer.filter(justRevoked).map((row) => ({ ...row, group: "revoked" as const, revoked: revokedNow.get(row.id)! })),
    ...fromServer.filter((row) => !justRevoked(row)),
  ];
  function onRevoked(row: TExceptionRow) {
    setRevokedNow((previous) => new Map(previous).set(row.id, format.dateTime(new Date(), { dateStyle: "medium" })));
    setNotice({ ok: true, text: t("revoked", { check: row.checkTitle, cluster: row.clusterName }) });
  }
  const counts = countByGroup(rows);
  const groups = EXCEPTION_GROUPS.filter((group) => (filter === "all" ? counts[group] > 0 : group === filter));

  return (
    <div>
      <div role="group" aria-label={t("filterLabel")} className="mb-4 flex flex-wrap gap-2">
        {(["all", ...EXCEPTION_GROUPS] as const).map((value) => (
          <button
            key={value} type="button" aria-pressed={filter === value} onClick={() => setFilter(value)}
            className={`rounded-full border px-3 py-1 text-sm font-medium ${filter === value
              ? "border-brand-600 bg-brand-600 text-white dark:border-sky-400 dark:bg-sky-400 dark:text-slate-950"
              : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"}`}
          >
            {t(`filters.${value}`, { count: value === "all" ? rows.length : counts[value] })}
          </button>
        ))}
      </div>
      <p role="status" className={`mb-3 text-sm ${notice ? (notice.ok ? "text-slate-800 dark:text-slate-200" : "text-red-800 dark:text-red-300") : "sr-only"}`}>
        {notice?.text ?? ""}
      </p>
      {rows.length === 0 ? <p className="text-sm text-slate-700 dark:text-slate-300">{t("empty")}</p> : null}
      {rows.length > 0 && groups.length === 0 ? <p className="text-sm text-slate-700 dark:text-slate-300">{t("emptyGroup")}</p> : null}
      <div className="space-y-6">
        {groups.map((group) => {
          const members = rows.filter((row) => row.group === group);
          if (members.length === 0) return <p key={group} className="text-sm text-slate-700 dark:text-slate-300">{t("emptyGroup")}</p>;
          // Revoked ones are history: the latest few unless asked (or filtered) for all of them.
          const shown = group === "revoked" && filter === "all" && !allRevoked ? members.slice(0, REVOKED_PREVIEW) : members;
          return (
            <section key={group} aria-labelledby={`exceptions-${group}`}>
              <h3 id={`exceptions-${group}`} className="mb-2 text-base font-semibold">
                {t(`groups.${group}`)} <span className="font-normal text-slate-600 dark:text-slate-400">({members.length})</span>
              </h3>
              <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-700">
                {shown.map((row) => <ExceptionItem key={row.id} row={row} onNotice={setNotice} onRevoked={onRevoked} />)}
              </ul>
              {shown.length < members.length ? (
                <button type="button" className={`${ACTION} mt-2 -ml-2`} onClick={() => setAllRevoked(true)}>{t("showAllRevoked", { count: members.length })}</button>
              ) : null}
            </section>
          );
        })}
      </div>
    </div>
  );
}

function ExceptionItem({ row, onNotice, onRevoked }: { row: TExceptionRow; onNotice: (notice: { ok: boolean; text: string }) => void; onRevoked: (row: TExceptionRow) => void }) {
  const t = useTranslations("settings.exceptions");
  const errorText = useApiErrorText();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const revoke = useRevokeException(row.clusterId);
  const canRevoke = useCan("editor");
  const historyId = `exception-history-${row.id}`;

  function confirmRevoke() {
    revoke.mutate(row.id, {
      onSuccess: () => {
        setConfirming(false);
        onRevoked(row);
        router.refresh();
      },
      onError: (error) => onNotice({ ok: false, text: t("revokeFailed", { message: errorText(error) }) }),
    });
  }

  return (
    <li className="grid gap-x-6 gap-y-2 p-3 text-sm md:grid-cols-2 xl:grid-cols-[minmax(0,1.2fr)_minmax(0,1.5fr)_minmax(0,1fr)]">
      <div className="min-w-0">
        <span className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${GROUP_TONE[row.group]}`}>
          <GroupIcon group={row.group} />
          {t(`states.${row.group}`)}
        </span>
        <p className="mt-1 font-medium">{row.checkTitle} <span className="font-mono text-xs font-normal text-slate-600 dark:text-slate-400">{row.checkId}</span></p>
        <p className="text-slate-700 dark:text-slate-300">
          <Link href={`/clusters/${row.clusterId}`} className={LINK}>{row.clusterName}</Link>
          <span aria-hidden="true"> · </span>
          <span className="break-words"><ScopeLabel value={row} /></span>
        </p>
      </div>
      <div className="min-w-0">
        <p className="break-words">“{row.reason}”</p>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t("byOn", { author: row.author, date: row.created })}</p>
      </div>
      <div className="min-w-0 md:col-span-2 xl:col-span-1">
        {row.revoked ? (
          <p>{t("revokedOn", { date: row.revoked })}</p>
        ) : (
          <p>
            {t(row.group === "expired" ? "expiredOn" : "expiresOn", { date: row.expires })}
            <span className={`block text-xs ${row.group === "expiring" ? "font-semibold text-orange-800 dark:text-orange-300" : "text-slate-600 dark:text-slate-400"}`}>{row.expiresRelative}</span>
          </p>
        )}
        <div className="mt-1 flex flex-wrap items-center gap-1">
          <button type="button" className={`${ACTION} -ml-2`} aria-expanded={open} aria-controls={open ? historyId : undefined} onClick={() => setOpen(!open)}>
            {t(open ? "hideHistory" : "showHistory")}
          </button>
          {canRevoke && (row.group === "active" || row.group === "expiring") ? (
            confirming ? (
              <>
                <button type="button" className={`${ACTION} text-red-800 dark:text-red-300`} disabled={revoke.isPending} onClick={confirmRevoke} autoFocus
                  aria-label={t("confirmRevokeLabel", { check: row.checkTitle, cluster: row.clusterName })}>
                  {revoke.isPending ? t("revoking") : t("confirmRevoke")}
                </button>
                <button type="button" className={ACTION} onClick={() => setConfirming(false)}>{t("cancel")}</button>
              </>
            ) : (
              <button type="button" className={ACTION} onClick={() => setConfirming(true)} aria-label={t("revokeLabel", { check: row.checkTitle, cluster: row.clusterName })}>
                {t("revoke")}
              </button>
            )
          ) : null}
        </div>
      </div>
      {open ? <div className="md:col-span-2 xl:col-span-3"><ExceptionHistory clusterId={row.clusterId} exceptionId={row.id} id={historyId} /></div> : null}
    </li>
  );
}
