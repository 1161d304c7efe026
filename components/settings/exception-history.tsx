"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useExceptionHistory } from "./hooks/use-exception-history";
import { useApiErrorText } from "@/components/ui/use-api-error-text";

const KNOWN_ACTIONS = new Set(["created", "revoked", "expired", "edited"]);

/** The events of one exception (who did what, when, and why), fetched when opened. */
export function ExceptionHistory({ clusterId, exceptionId, id }: { clusterId: string; exceptionId: string; id: string }) {
  const t = useTranslations("settings.exceptions.history");
  const errorText = useApiErrorText();
  const format = useFormatter();
  const query = useExceptionHistory(clusterId, exceptionId, true);
  return (
    <div id={id} className="mt-2 rounded-md bg-slate-50 p-3 text-sm dark:bg-slate-800/60" aria-live="polite" aria-busy={query.isPending}>
      {query.isPending ? <p role="status">{t("loading")}</p> : null}
      {query.error ? <p role="alert" className="text-red-800 dark:text-red-300">{t("failed", { message: errorText(query.error) })}</p> : null}
      {query.data ? (
        query.data.events.length === 0 ? <p>{t("empty")}</p> : (
          <ol className="space-y-1">
            {query.data.events.map((event) => {
              const reason = typeof event.details.reason === "string" ? event.details.reason : null;
              return (
                <li key={event.id}>
                  <time dateTime={event.at} className="tabular-nums text-slate-600 dark:text-slate-400">
                    {format.dateTime(new Date(event.at), { dateStyle: "medium", timeStyle: "short" })}
                  </time>{" "}
                  {t("event", { action: KNOWN_ACTIONS.has(event.action) ? t(`actions.${event.action}`) : event.action, actor: event.actor })}
                  {reason ? <span className="block pl-4 text-slate-700 dark:text-slate-300">“{reason}”</span> : null}
                </li>
              );
            })}
          </ol>
        )
      ) : null}
    </div>
  );
}
