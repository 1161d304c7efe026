import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import type { TFinding } from "@/lib/api/schemas/findings";
import { checkById } from "@/lib/checks/registry";
import { loadForView } from "@/lib/db/load";
import { listFindings } from "@/lib/db/queries/findings";
import { ColumnHeads, TD_CLASS } from "@/components/trends/show-data";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { groupByCheck } from "./group-findings";
import { SeverityBadge } from "./severity-badge";
import { getCheckTexts } from "@/lib/i18n/check-texts-server";
import type { TLocale } from "@/lib/i18n/locale";

const PAGE = 200;
/** Findings read for one namespace at most; past it the page says how many it leaves out. */
export const FINDINGS_CAP = 1_000;
/** Groups shown unfolded at first. */
const OPEN_GROUPS = 3;

/** The namespace's findings in the current scan, paged through with the cursor up to FINDINGS_CAP. */
async function readFindings(clusterId: string, namespace: string, locale: TLocale): Promise<{ items: TFinding[]; total: number }> {
  const first = await listFindings(clusterId, { namespace, limit: PAGE }, locale);
  const items = [...first.items];
  let cursor = first.nextCursor;
  while (cursor && items.length < FINDINGS_CAP) {
    const page = await listFindings(clusterId, { namespace, limit: PAGE, cursor }, locale);
    // A newer scan became current meanwhile: keep the pages of one scan only.
    if (page.scan?.id !== first.scan?.id) break;
    items.push(...page.items);
    cursor = page.nextCursor;
  }
  return { items: items.slice(0, FINDINGS_CAP), total: first.total };
}

/** Findings grouped by check, worst first; each affected object links to its finding. */
export async function NamespaceFindings({ clusterId, namespace }: { clusterId: string; namespace: string }) {
  await connection();
  const t = await getTranslations("namespaces.drilldown.findings");
  const texts = await getCheckTexts();
  const loaded = await loadForView(() => readFindings(clusterId, namespace, texts.locale));
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  const { items, total } = loaded.data;
  const groups = groupByCheck(items);
  return (
    <Card labelledBy="namespace-findings-title">
      <h2 id="namespace-findings-title" className="text-lg font-semibold">{t("title")}</h2>
      <p className="mb-3 mt-1 text-sm text-slate-600 dark:text-slate-400">
        {total === 0 ? t("empty") : t("summary", { total, checks: groups.length })}
        {items.length < total ? <> {t("truncated", { shown: items.length, total })}</> : null}
      </p>
      <div className="space-y-2">
        {groups.map((group, index) => {
          const title = checkById(group.checkId) ? texts.title(group.checkId) : t("unknownCheck", { checkId: group.checkId });
          return (
            <details key={group.checkId} open={index < OPEN_GROUPS} className="group rounded-md border border-slate-200 dark:border-slate-800">
              <summary className="flex cursor-pointer flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2">
                <SeverityBadge severity={group.severity} />
                <span className="font-medium">{title}</span>
                <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{group.checkId}</span>
                <span className="ml-auto text-sm tabular-nums text-slate-700 dark:text-slate-300">{t("counts", { open: group.open, waived: group.waived })}</span>
              </summary>
              <div className="relative overflow-x-auto border-t border-slate-200 px-3 pb-2 dark:border-slate-800">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">{t("caption", { check: title })}</caption>
                  <ColumnHeads labels={[t("object"), t("container"), t("message"), t("status")]} />
                  <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                    {group.items.map((finding) => (
                      <tr key={finding.id}>
                        <th scope="row" className={`${TD_CLASS} min-w-48 font-normal [overflow-wrap:anywhere]`}>
                          <span className="text-slate-600 dark:text-slate-400">{finding.objectKind}/</span>
                          <Link href={`/findings/${encodeURIComponent(finding.id)}`} className="font-medium text-brand-700 hover:underline dark:text-sky-400">{finding.objectName}</Link>
                        </th>
                        <td className={`${TD_CLASS} [overflow-wrap:anywhere]`}>{finding.container ?? "–"}</td>
                        <td className={`${TD_CLASS} min-w-64 text-slate-700 [overflow-wrap:anywhere] dark:text-slate-300`}>{finding.message}</td>
                        <td className={`${TD_CLASS} whitespace-nowrap`}>{finding.status === "open" ? t("open") : t("waived")}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          );
        })}
      </div>
    </Card>
  );
}
