"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { ApiError } from "@/components/clusters/hooks/api";
import { FieldErrors } from "@/components/clusters/form-field";
import { BUTTON_PRIMARY, BUTTON_SECONDARY, INPUT_CLASS } from "@/components/clusters/styles";
import type { TException } from "@/lib/api/schemas/exceptions";
import { expiryBounds, parseExpiry } from "./expiry";
import { useAcceptRisk } from "./hooks/use-exception-mutations";
import { useHydrated } from "./hooks/use-hydrated";
import { scopeOf, type TRiskTarget, type TScopeChoice } from "./risk-types";
import { useApiErrorText } from "@/components/ui/use-api-error-text";

const REASON_MIN = 10;
const REASON_MAX = 2_000;

type TField = "scope" | "reason" | "expiresAt";
type TErrors = Partial<Record<TField, string[]>>;

/**
 * "Accept risk": a modal <dialog> (focus kept inside, Escape closes) with the scope, a required
 * reason and an expiry. What was typed stays when the server refuses it.
 */
export function AcceptRiskDialog({ target, onAccepted }: { target: TRiskTarget; onAccepted: (exception: TException) => void }) {
  const t = useTranslations("finding.accept");
  const tScope = useTranslations("finding.scope");
  const errorText = useApiErrorText();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const mutation = useAcceptRisk(target.clusterId);
  const hydrated = useHydrated();
  const [choice, setChoice] = useState<TScopeChoice>("object");
  const [reason, setReason] = useState("");
  const [expiry, setExpiry] = useState("");
  const [bounds, setBounds] = useState<{ min: string; max: string } | null>(null);
  const [errors, setErrors] = useState<TErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  function open() {
    // Dates are the browser's own calendar days, so they are computed here, never on the server.
    const now = expiryBounds(new Date());
    setBounds({ min: now.min, max: now.max });
    if (expiry === "") setExpiry(now.initial);
    dialog.current?.showModal();
  }

  function close() {
    dialog.current?.close();
  }

  function validate(): TErrors {
    const found: TErrors = {};
    const trimmed = reason.trim();
    if (trimmed.length < REASON_MIN) found.reason = [t("errors.reasonShort", { min: REASON_MIN })];
    else if (trimmed.length > REASON_MAX) found.reason = [t("errors.reasonLong", { max: REASON_MAX })];
    const parsed = parseExpiry(expiry, new Date());
    if (!parsed.ok) found.expiresAt = [t(`errors.expiry.${parsed.error}`)];
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      dialog.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
      return;
    }
    const parsed = parseExpiry(expiry, new Date());
    if (!parsed.ok) return;
    const scope = scopeOf(choice, target);
    try {
      const created = await mutation.mutateAsync({
        checkId: target.checkId,
        scope,
        ...(scope !== "cluster" && target.namespace ? { namespace: target.namespace } : {}),
        ...(scope === "object" || scope === "container" ? { objectKind: target.objectKind, objectName: target.objectName } : {}),
        ...(scope === "container" && target.container ? { container: target.container } : {}),
        reason: reason.trim(),
        expiresAt: parsed.expiresAt.toISOString(),
      });
      close();
      setReason("");
      setExpiry("");
      onAccepted(created);
    } catch (error) {
      const fields = error instanceof ApiError ? error.fields : undefined;
      const byField: TErrors = {};
      const other: string[] = [...(fields?.formErrors ?? [])];
      for (const [field, messages] of Object.entries(fields?.fieldErrors ?? {})) {
        if (!messages?.length) continue;
        if (field === "reason" || field === "expiresAt" || field === "scope") byField[field] = messages;
        else other.push(...messages);
      }
      setErrors(byField);
      const message = errorText(error);
      setFormError(other.length > 0 ? other.join(" ") : Object.keys(byField).length > 0 ? null : message);
    }
  }

  const objectLabel = `${target.objectKind} ${target.namespace ? `${target.namespace}/` : ""}${target.objectName}`;
  const choices: { value: TScopeChoice; label: string; hint: string }[] = [
    {
      value: "object",
      label: target.container ? tScope("container", { object: objectLabel, container: target.container }) : tScope("object", { object: objectLabel }),
      hint: t("scopeHint.object"),
    },
    ...(target.namespace ? [{ value: "namespace" as const, label: tScope("namespace", { namespace: target.namespace }), hint: t("scopeHint.namespace") }] : []),
    { value: "cluster", label: tScope("cluster"), hint: t("scopeHint.cluster") },
  ];
  const describedBy = (field: TField, hint?: string) => [hint, errors[field]?.length ? `${id}-${field}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <>
      <button type="button" onClick={open} disabled={!hydrated} className={BUTTON_PRIMARY}>{t("open")}</button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-intro`}
        className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <form onSubmit={(event) => void submit(event)} noValidate className="space-y-5 p-6">
          <div>
            <h2 id={`${id}-title`} className="text-lg font-semibold">{t("title")}</h2>
            <p id={`${id}-intro`} className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
          </div>

          <fieldset aria-describedby={describedBy("scope")}>
            <legend className="text-sm font-medium">{t("scope")}</legend>
            <div className="mt-2 space-y-2">
              {choices.map((option) => (
                <label key={option.value} className="flex cursor-pointer gap-2 rounded-md border border-slate-200 p-2.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 dark:border-slate-700 dark:has-[:checked]:border-sky-400 dark:has-[:checked]:bg-sky-950/40">
                  <input type="radio" name="scope" value={option.value} checked={choice === option.value} onChange={() => setChoice(option.value)} className="mt-0.5" />
                  <span>
                    <span className="block font-medium break-all">{option.label}</span>
                    <span className="block text-xs text-slate-600 dark:text-slate-400">{option.hint}</span>
                  </span>
                </label>
              ))}
            </div>
            {errors.scope?.length ? <FieldErrors id={`${id}-scope-error`} errors={errors.scope} /> : null}
          </fieldset>

          <div className="space-y-1">
            <label htmlFor={`${id}-reason`} className="block text-sm font-medium">{t("reason")}</label>
            <p id={`${id}-reason-hint`} className="text-xs text-slate-600 dark:text-slate-400">{t("reasonHint", { min: REASON_MIN })}</p>
            <textarea
              id={`${id}-reason`}
              name="reason"
              rows={4}
              required
              maxLength={REASON_MAX}
              value={reason}
              onChange={(event) => {
                setReason(event.target.value);
                setErrors(({ reason: _cleared, ...rest }) => rest);
              }}
              aria-invalid={errors.reason?.length ? true : undefined}
              aria-describedby={describedBy("reason", `${id}-reason-hint`)}
              className={INPUT_CLASS}
            />
            {errors.reason?.length ? <FieldErrors id={`${id}-reason-error`} errors={errors.reason} /> : null}
          </div>

          <div className="space-y-1">
            <label htmlFor={`${id}-expiresAt`} className="block text-sm font-medium">{t("expiry")}</label>
            <p id={`${id}-expiresAt-hint`} className="text-xs text-slate-600 dark:text-slate-400">{t("expiryHint")}</p>
            <input
              id={`${id}-expiresAt`}
              name="expiresAt"
              type="date"
              required
              min={bounds?.min}
              max={bounds?.max}
              value={expiry}
              onChange={(event) => {
                setExpiry(event.target.value);
                setErrors(({ expiresAt: _cleared, ...rest }) => rest);
              }}
              aria-invalid={errors.expiresAt?.length ? true : undefined}
              aria-describedby={describedBy("expiresAt", `${id}-expiresAt-hint`)}
              className={`${INPUT_CLASS} max-w-48`}
            />
            {errors.expiresAt?.length ? <FieldErrors id={`${id}-expiresAt-error`} errors={errors.expiresAt} /> : null}
          </div>

          {formError ? (
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200">
              {t("failed", { message: formError })}
            </p>
          ) : null}

          <div className="flex flex-wrap justify-end gap-3 border-t border-slate-200 pt-4 dark:border-slate-700">
            <button type="button" onClick={close} className={BUTTON_SECONDARY}>{t("cancel")}</button>
            <button type="submit" disabled={mutation.isPending} className={BUTTON_PRIMARY}>
              {mutation.isPending ? t("submitting") : t("submit")}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
