import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TFinding } from "@/lib/api/schemas/findings";
import { MessageText } from "@/components/findings/message-text";
import { SeenAt } from "@/components/findings/seen-at";
import { SeverityBadge } from "@/components/findings/severity-badge";
import { FindingStatusBadge } from "@/components/findings/status-badge";

const TH = "px-3 py-2 font-medium first:pl-0 last:pr-0";
const TD = "px-3 py-2.5 align-top first:pl-0 last:pr-0";

/** One page of findings. Names, messages and containers come from the cluster: React text only. */
export async function FindingsTable({ items, titles, caption }: { items: TFinding[]; titles: Map<string, string>; caption: string }) {
  const t = await getTranslations("quickWin.findings");
  const now = new Date();
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
          <tr>
            <th scope="col" className={TH}>{t("columns.severity")}</th>
            <th scope="col" className={TH}>{t("columns.finding")}</th>
            <th scope="col" className={TH}>{t("columns.object")}</th>
            <th scope="col" className={TH}>{t("columns.status")}</th>
            <th scope="col" className={TH}>{t("columns.firstSeen")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {items.map((finding) => (
            <tr key={finding.id}>
              <td className={TD}><SeverityBadge severity={finding.severity} /></td>
              <th scope="row" className={`${TD} min-w-64 font-normal`}>
                <Link href={`/findings/${finding.id}`} className="font-medium text-brand-700 hover:underline dark:text-sky-300">
                  {titles.get(finding.checkId) ?? finding.checkId}
                </Link>
                <span className="mt-0.5 block wrap-anywhere text-slate-700 dark:text-slate-300"><MessageText text={finding.message} /></span>
              </th>
              {/* wrap-anywhere, not break-words: a 300-character name (names come from clusters) must
                  not widen the column and push Status and First seen out of the table. */}
              <td className={`${TD} w-60 min-w-48`}>
                <span className="block wrap-anywhere text-xs text-slate-600 dark:text-slate-400">{finding.namespace ?? t("clusterWide")}</span>
                <span className="block wrap-anywhere"><span className="text-slate-600 dark:text-slate-400">{finding.objectKind}</span> <span className="font-medium">{finding.objectName}</span></span>
                {finding.container ? <span className="block wrap-anywhere text-xs text-slate-600 dark:text-slate-400">{t("container", { name: finding.container })}</span> : null}
              </td>
              <td className={TD}><FindingStatusBadge status={finding.status} waivedBy={finding.waivedBy} /></td>
              <td className={`${TD} whitespace-nowrap`}><SeenAt at={finding.firstSeenAt} now={now} stacked /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
