"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { BUTTON_SECONDARY } from "./styles";

/**
 * A file input whose words are ours: the browser's own button and "no file chosen" speak the
 * browser's language, not the one chosen in Ramparts. The real input stays in the tab order (visually
 * hidden, labelled); the visible button only forwards clicks to it.
 */
export function FilePicker({ id, label, hint, multiple = false, accept, onFiles }: {
  id: string;
  label: string;
  hint?: string;
  multiple?: boolean;
  accept?: string;
  onFiles: (files: FileList | null) => void;
}) {
  const t = useTranslations("clusters.form");
  const input = useRef<HTMLInputElement>(null);
  const [names, setNames] = useState<string[]>([]);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">{label}</label>
      {hint ? <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">{hint}</p> : null}
      <div className="flex flex-wrap items-center gap-3">
        <input
          ref={input} id={id} type="file" multiple={multiple} accept={accept} aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => {
            setNames([...(event.target.files ?? [])].map((file) => file.name));
            onFiles(event.target.files);
          }}
          className="peer sr-only"
        />
        <span aria-hidden="true" onClick={() => input.current?.click()} className={`${BUTTON_SECONDARY} cursor-pointer py-1.5 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600`}>
          {multiple ? t("chooseFiles") : t("chooseFile")}
        </span>
        <span className="min-w-0 break-all text-sm text-slate-600 dark:text-slate-400">{names.length > 0 ? names.join(", ") : t("noFileChosen")}</span>
      </div>
    </div>
  );
}
