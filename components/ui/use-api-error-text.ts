"use client";

import { useTranslations } from "next-intl";

/**
 * An API failure in the reader's language. The server's `message` is English (it is the JSON
 * API's, for scripts and logs), so the stable `code` picks a catalogue sentence; a code with no
 * sentence of its own (a conflict, an unreachable cluster: their message names what is at fault)
 * keeps the server's words.
 */
export function useApiErrorText(): (error: unknown) => string {
  const t = useTranslations("errors.api");
  return (error) => {
    const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
    if (code && t.has(code)) return t(code);
    return error instanceof Error ? error.message : String(error);
  };
}
