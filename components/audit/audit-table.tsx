import Link from "next/link";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { DatabaseError } from "@/components/ui/database-error";
import { DataTable } from "@/components/ui/data-table";
import type { TAuditPage, TAuditQuery } from "@/lib/api/schemas/audit";
import { auditPage } from "@/lib/db/audit";
import { loadForView } from "@/lib/db/load";
import { actionKey, auditHref, isAuditAction, type TAuditFilterForm } from "./audit-filters";

type TEvent = TAuditPage["items"][number];
const MUTED = "text-xs text-slate-600 dark:text-slate-400";
const LINK = "font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300";
const KNOWN_TARGETS = new Set(["cluster", "user", "exception", "ratings_version"]);
const SUMMARY_LENGTH = 200;

/** The details as one line a person can scan: "name: prod · fields: description". */
export function summariseDetails(details: Record<string, unknown>): string {
  const text = Object.entries(details)
    .map(([name, value]) => `${name}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" · ");
  return text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH)}…` : text;
}

/** One page of events, newest first, with links to the newest and the next older page. */
export async function AuditTable({ query, form, filtered }: { query: TAuditQuery; form: TAuditFilterForm; filtered: boolean }) {
  await connection();
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const loaded = await loadForView(() => auditPage(query));
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  const { items, nextCursor } = loaded.data;
  const target = (event: TEvent) => {
    if (!event.targetKind) return <span className={MUTED}>{t("none")}</span>;
    const kind = KNOWN_TARGETS.has(event.targetKind) ? t(`targets.${event.targetKind as "cluster"}`) : t("targets.other", { kind: event.targetKind });
    const named = typeof event.details.email === "string" ? event.details.email : typeof event.details.name === "string" ? event.details.name : null;
    return (
      <>
        {kind} {named ? <span className="break-words">{named}</span> : null}
        {event.targetId ? <span className={`block font-mono ${MUTED} break-all`}>{event.targetId}</span> : null}
      </>
    );
  };
  return (
    <>
      {items.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{filtered ? t("emptyFiltered") : t("empty")}</p>
      ) : (
        <>
          <p className={`mb-2 ${MUTED}`}>{t("count", { count: items.length })}</p>
          <DataTable
            caption={t("caption")}
            columns={[
              { label: t("columns.at") }, { label: t("columns.actor") }, { label: t("columns.action") },
              { label: t("columns.target") }, { label: t("columns.details") }, { label: t("columns.address") },
            ]}
          >
            {items.map((event) => (
              <tr key={event.id} className="align-top">
                <td className="py-2 pr-4 whitespace-nowrap">
                  <time dateTime={new Date(event.at).toISOString()}>{format.dateTime(new Date(event.at), { dateStyle: "medium", timeStyle: "medium" })}</time>
                </td>
                <td className="py-2 pr-4 break-words">{event.actorId === "system" ? t("system") : event.actor}</td>
                <td className="py-2 pr-4 whitespace-nowrap">{isAuditAction(event.action) ? t(`actions.${actionKey(event.action)}`) : event.action}</td>
                <td className="py-2 pr-4 min-w-40">{target(event)}</td>
                <td className="py-2 pr-4 min-w-48 break-words">{Object.keys(event.details).length > 0 ? summariseDetails(event.details) : <span className={MUTED}>{t("none")}</span>}</td>
                <td className="py-2 font-mono text-xs">{event.address ?? <span className={MUTED}>{t("none")}</span>}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
      {query.cursor || nextCursor ? (
        <nav aria-label={t("pagination")} className="mt-4 flex gap-6 text-sm">
          {query.cursor ? <Link href={auditHref(form)} className={LINK}>{t("newest")}</Link> : null}
          {nextCursor ? <Link href={auditHref(form, nextCursor)} className={LINK}>{t("older")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
