"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useArchiveCluster, useTestStoredCluster } from "./hooks/use-cluster-mutations";
import { TestResult } from "./test-result";
import { useCan } from "@/components/auth/role-context";
import { useApiErrorText } from "@/components/ui/use-api-error-text";

const ACTION = "rounded-md px-2 py-1 text-sm font-medium text-brand-700 underline-offset-2 hover:underline disabled:opacity-60 dark:text-sky-300";

/** Edit, Test (in a dialog) and Archive/Restore for one row of the clusters table. */
export function ClusterRowActions({ id, name, archived }: { id: string; name: string; archived: boolean }) {
  const t = useTranslations("clusters.table");
  const errorText = useApiErrorText();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState("");
  const archive = useArchiveCluster(id);
  // Editing and archiving need the admin role, testing the stored connection the editor role.
  const isAdmin = useCan("admin");
  const isEditor = useCan("editor");

  function setArchived(next: boolean) {
    archive.mutate(next, {
      onSuccess: () => {
        setConfirming(false);
        setMessage(next ? t("archivedDone", { name }) : t("restoredDone", { name }));
        router.refresh();
      },
      onError: (error) => setMessage(t("failed", { name, message: errorText(error) })),
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-1">
      {isAdmin ? <Link href={`/clusters/${id}/edit`} className={ACTION} aria-label={t("editLabel", { name })}>{t("edit")}</Link> : null}
      {!archived && isEditor ? <TestButton id={id} name={name} /> : null}
      {!isAdmin ? null : archived ? (
        <button type="button" className={ACTION} aria-label={t("restoreLabel", { name })} disabled={archive.isPending} onClick={() => setArchived(false)}>
          {t("restore")}
        </button>
      ) : confirming ? (
        <>
          <button type="button" className={`${ACTION} text-red-800 dark:text-red-300`} aria-label={t("confirmArchiveLabel", { name })} disabled={archive.isPending} onClick={() => setArchived(true)} autoFocus>
            {t("confirmArchive")}
          </button>
          <button type="button" className={ACTION} onClick={() => setConfirming(false)}>{t("cancel")}</button>
        </>
      ) : (
        <button type="button" className={ACTION} aria-label={t("archiveLabel", { name })} onClick={() => setConfirming(true)}>
          {t("archive")}
        </button>
      )}
      <span role="status" className="max-w-56 basis-full text-xs text-slate-700 dark:text-slate-300">{message}</span>
    </div>
  );
}

/** Tests the stored credentials and shows the result in a modal dialog (Escape closes it). */
function TestButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("clusters");
  const dialog = useRef<HTMLDialogElement>(null);
  const test = useTestStoredCluster(id);

  function open() {
    dialog.current?.showModal();
    test.mutate();
  }

  return (
    <>
      <button type="button" className={ACTION} aria-label={t("table.testLabel", { name })} onClick={open}>{t("table.test")}</button>
      <dialog
        ref={dialog} aria-labelledby={`test-title-${id}`}
        className="m-auto w-[min(56rem,calc(100vw-2rem))] rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="flex items-start justify-between gap-4 border-b border-slate-200 p-4 dark:border-slate-700">
          <h2 id={`test-title-${id}`} className="text-lg font-semibold">{t("testDialog.title", { name })}</h2>
          <button type="button" className="rounded-md border border-slate-300 px-3 py-1 text-sm dark:border-slate-600" onClick={() => dialog.current?.close()}>
            {t("testDialog.close")}
          </button>
        </div>
        <div className="max-h-[70vh] overflow-y-auto p-4" aria-live="polite" aria-busy={test.isPending}>
          {test.isPending ? <p role="status">{t("testDialog.running")}</p> : null}
          {test.error ? <p role="alert" className="text-red-800 dark:text-red-300">{test.error.message}</p> : null}
          {test.data ? <TestResult outcome={test.data} headingLevel={3} /> : null}
        </div>
      </dialog>
    </>
  );
}
