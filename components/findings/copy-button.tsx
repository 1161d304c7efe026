"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useHydrated } from "./hooks/use-hydrated";

type TCopyState = "idle" | "copied" | "unavailable";

/** Selects the text of an element so a person can copy it by hand. */
function selectContents(elementId: string): boolean {
  const element = document.getElementById(elementId);
  const selection = window.getSelection();
  if (!element || !selection) return false;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
  element.focus();
  return true;
}

/**
 * Copies `text` to the clipboard and says so in a live region. Where the clipboard is not
 * available (plain http, a refused permission), it selects the shown text instead and says how
 * to copy it.
 */
export function CopyButton({ text, targetId, label }: { text: string; targetId: string; label: string }) {
  const t = useTranslations("finding.copy");
  const [state, setState] = useState<TCopyState>("idle");
  const hydrated = useHydrated();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    clearTimeout(timer.current);
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      setState("copied");
      timer.current = setTimeout(() => setState("idle"), 4000);
    } catch {
      selectContents(targetId);
      setState("unavailable");
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={() => void copy()}
        disabled={!hydrated}
        className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-3.5">
          {state === "copied" ? (
            <path fill="currentColor" d="m7.5 13.1-3.3-3.3-1.4 1.4 4.7 4.7 10-10-1.4-1.4z" />
          ) : (
            <path fill="currentColor" d="M7 2h9a2 2 0 0 1 2 2v9h-2V4H7zM4 6h9a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2m0 2v9h9V8z" />
          )}
        </svg>
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-xs text-slate-700 dark:text-slate-300">
        {state === "copied" ? t("copied") : state === "unavailable" ? t("unavailable") : ""}
      </span>
    </div>
  );
}
