"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { BUTTON_SECONDARY } from "@/components/clusters/styles";
import type { TException } from "@/lib/api/schemas/exceptions";
import { AcceptRiskDialog } from "./accept-risk-dialog";
import { useRevokeException } from "./hooks/use-exception-mutations";
import { useHydrated } from "./hooks/use-hydrated";
import type { TExceptionView, TRiskTarget, TWaiverView } from "./risk-types";
import { ScopeLabel } from "./scope-label";
import { useCan } from "@/components/auth/role-context";
import { useApiErrorText } from "@/components/ui/use-api-error-text";

const DT = "text-xs font-medium text-slate-600 dark:text-slate-400";

const DANGER_BUTTON =
  "inline-flex items-center rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white hover:bg-red-800 disabled:cursor-not-allowed disabled:opacity-60";

function ExceptionDetails({ exception, clusterId, canRevoke, onRevoked }: { exception: TExceptionView; clusterId: string; canRevoke: boolean; onRevoked: () => void }) {
  const t = useTranslations("finding.exception");
  const errorText = useApiErrorText();
  const format = useFormatter();
  const now = useNow();
  const revoke = useRevokeException(clusterId);
  const hydrated = useHydrated();
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  const expiresAt = new Date(exception.expiresAt);

  return (
    <div className="space-y-3">
      <dl className="space-y-2 text-sm">
        <div>
          <dt className={DT}>{t("reason")}</dt>
          <dd className="whitespace-pre-line break-words">{exception.reason}</dd>
        </div>
        <div>
          <dt className={DT}>{t("scope")}</dt>
          <dd className="break-words"><ScopeLabel value={exception} /></dd>
        </div>
        <div>
          <dt className={DT}>{t("expires")}</dt>
          <dd>
            {format.dateTime(expiresAt, { dateStyle: "long" })}{" "}
            <span className="text-slate-600 dark:text-slate-400">({format.relativeTime(expiresAt, now)})</span>
            {exception.expiringSoon ? <span className="ml-2 font-semibold text-amber-800 dark:text-amber-300">{t("expiringSoon")}</span> : null}
          </dd>
        </div>
        <div>
          <dt className={DT}>{t("author")}</dt>
          <dd className="break-words">{t("authorValue", { author: exception.author, date: format.dateTime(new Date(exception.createdAt), { dateStyle: "medium" }) })}</dd>
        </div>
      </dl>
      {!canRevoke ? null : confirming ? (
        <div role="group" aria-labelledby="revoke-confirm" className="space-y-3 rounded-md border border-red-300 bg-red-50 p-3 dark:border-red-800 dark:bg-red-950/40">
          <p id="revoke-confirm" className="text-sm">{t("confirm")}</p>
          <div className="flex flex-wrap gap-2">
            <button
              ref={confirmButton}
              type="button"
              disabled={revoke.isPending}
              className={DANGER_BUTTON}
              onClick={() => revoke.mutate(exception.id, { onSuccess: () => { setConfirming(false); onRevoked(); } })}
            >
              {revoke.isPending ? t("revoking") : t("confirmRevoke")}
            </button>
            <button type="button" className={BUTTON_SECONDARY} onClick={() => setConfirming(false)}>{t("cancel")}</button>
          </div>
          {revoke.error ? <p role="alert" className="text-sm text-red-900 dark:text-red-200">{t("revokeFailed", { message: errorText(revoke.error) })}</p> : null}
        </div>
      ) : (
        <button type="button" className={BUTTON_SECONDARY} disabled={!hydrated} onClick={() => setConfirming(true)}>{t("revoke")}</button>
      )}
    </div>
  );
}

/**
 * What can be done about the finding's risk: accept it (an exception), see and revoke the
 * exception that waives it, or read why an annotation waives it. Mounted across refreshes, so
 * the outcome message stays while the server re-renders the finding as waived or open.
 */
export function RiskActions({ target, waiver, resolved }: { target: TRiskTarget; waiver: TWaiverView; resolved: boolean }) {
  const t = useTranslations("finding.risk");
  const tAuth = useTranslations("auth");
  // Accepting and revoking risks needs the editor role (the server refuses it anyway).
  const canAccept = useCan("editor");
  const format = useFormatter();
  const router = useRouter();
  const [outcome, setOutcome] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);

  function announce(message: string) {
    setOutcome(message);
    router.refresh();
    // The button that was used disappears with the refresh: keep focus on the outcome.
    requestAnimationFrame(() => status.current?.focus());
  }

  function accepted(exception: TException) {
    announce(t("accepted", { date: format.dateTime(new Date(exception.expiresAt), { dateStyle: "long" }) }));
  }

  return (
    <div className="space-y-4">
      <p ref={status} tabIndex={-1} role="status" aria-live="polite" className={outcome ? "rounded-md border border-blue-300 bg-blue-50 p-3 text-sm text-blue-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100" : "sr-only"}>
        {outcome}
      </p>
      {waiver.kind === "exception" ? (
        <div className="space-y-2">
          <p className="text-sm">{t("waivedByException")}</p>
          {waiver.exception ? (
            <ExceptionDetails exception={waiver.exception} clusterId={target.clusterId} canRevoke={canAccept} onRevoked={() => announce(t("revoked"))} />
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">{t("exceptionUnreadable")}</p>
          )}
        </div>
      ) : waiver.kind === "annotation" ? (
        <div className="space-y-1 text-sm">
          <p>{t("waivedByAnnotation")}</p>
          <p className="whitespace-pre-line break-words text-slate-700 dark:text-slate-300">{waiver.reason ? t("annotationReason", { reason: waiver.reason }) : t("annotationNoReason")}</p>
        </div>
      ) : resolved ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{t("resolvedNoAction")}</p>
      ) : (
        <div className="space-y-3">
          <p className="text-sm text-slate-700 dark:text-slate-300">{t("openIntro")}</p>
          {canAccept ? <AcceptRiskDialog target={target} onAccepted={accepted} /> : <p className="text-sm text-slate-600 dark:text-slate-400">{tAuth("readOnly")}</p>}
        </div>
      )}
    </div>
  );
}
