"use client";

import type { ReactNode } from "react";

export interface TFieldControl {
  id: string;
  /** ids of the hint and the errors, for aria-describedby. */
  describedBy: string | undefined;
  invalid: boolean;
}

/** A label, a hint and the errors of one control, wired for screen readers. */
export function FormField({
  id, label, hint, errors = [], status, invalid: markedInvalid = false, describedBy: extra, children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  /** Live, polite information under the control (a size, a schedule in words). */
  status?: ReactNode;
  /** Invalid for a reason shown elsewhere (with `describedBy` pointing at it). */
  invalid?: boolean;
  describedBy?: string;
  children: (control: TFieldControl) => ReactNode;
}) {
  const invalid = errors.length > 0 || markedInvalid;
  const describedBy = [hint ? `${id}-hint` : null, status ? `${id}-status` : null, errors.length > 0 ? `${id}-error` : null, extra ?? null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      {hint ? <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">{hint}</p> : null}
      {children({ id, describedBy, invalid })}
      {status ? <div id={`${id}-status`} aria-live="polite" className="text-xs text-slate-700 dark:text-slate-300">{status}</div> : null}
      {errors.length > 0 ? <FieldErrors id={`${id}-error`} errors={errors} /> : null}
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors: string[] }) {
  return (
    <ul id={id} className="space-y-1 text-sm text-red-800 dark:text-red-300">
      {errors.map((error) => (
        <li key={error} className="flex gap-1.5 whitespace-pre-line">
          <span aria-hidden="true">✗</span>
          <span>{error}</span>
        </li>
      ))}
    </ul>
  );
}
