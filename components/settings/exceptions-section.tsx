import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { loadForView } from "@/lib/db/load";
import { listAllExceptions } from "@/lib/db/queries/exceptions";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { exceptionGroup, type TExceptionRow } from "./exception-groups";
import { ExceptionsList } from "./exceptions-list";
import { getCheckTexts } from "@/lib/i18n/check-texts-server";

/** Risk acceptances of every cluster: what expires soon, what is in force, what lapsed or was revoked. */
export async function ExceptionsSection() {
  await connection();
  const t = await getTranslations("settings.exceptions");
  const texts = await getCheckTexts();
  const format = await getFormatter();
  const now = new Date();
  const loaded = await loadForView(() => listAllExceptions(undefined, now));
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium" });
  // Soonest expiry first (the query's order), except revoked ones: latest revocation first.
  const all = loaded.ok ? loaded.data : [];
  const exceptions = [
    ...all.filter((exception) => !exception.revokedAt),
    ...all.filter((exception) => exception.revokedAt).sort((a, b) => b.revokedAt!.getTime() - a.revokedAt!.getTime()),
  ];
  const rows: TExceptionRow[] = loaded.ok
    ? exceptions.map((exception) => ({
        id: exception.id,
        clusterId: exception.clusterId,
        clusterName: exception.clusterName,
        checkId: exception.checkId,
        checkTitle: texts.title(exception.checkId),
        scope: exception.scope,
        namespace: exception.namespace,
        objectKind: exception.objectKind,
        objectName: exception.objectName,
        container: exception.container,
        reason: exception.reason,
        author: exception.author,
        group: exceptionGroup(exception),
        created: day(exception.createdAt),
        expires: day(exception.expiresAt),
        expiresRelative: format.relativeTime(exception.expiresAt, { now, unit: Math.abs(exception.expiresAt.getTime() - now.getTime()) < 36 * 3600_000 ? "hour" : "day" }),
        revoked: exception.revokedAt ? day(exception.revokedAt) : null,
      }))
    : [];
  return (
    <Card labelledBy="exceptions-title">
      <h2 id="exceptions-title" className="text-lg font-semibold">{t("title")}</h2>
      <p className="mt-1 mb-4 max-w-prose text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      {loaded.ok ? <ExceptionsList rows={rows} /> : <DatabaseError reason={loaded.reason} />}
    </Card>
  );
}
