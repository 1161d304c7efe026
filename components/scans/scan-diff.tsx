import Link from "next/link";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TScanDetail } from "@/lib/api/schemas/scans";
import { scanDiff } from "@/lib/db/queries/scans";
import { loadForView } from "@/lib/db/load";
import { DatabaseError } from "@/components/ui/database-error";
import { MessageText } from "@/components/findings/message-text";
import { SeverityBadge } from "@/components/findings/severity-badge";
import { withCursor } from "./load-scan";
import { getCheckTexts } from "@/lib/i18n/check-texts-server";
import { DataTable } from "@/components/ui/data-table";

export type TDiffKind = "new" | "resolved";
const PAGE_SIZE = 25;
const LINK = "font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-300";
const MUTED = "text-xs text-slate-600 dark:text-slate-400";

function diffHref(scanId: string, kind: TDiffKind, cursor?: string) {
  const params = new URLSearchParams({ diff: kind });
  if (cursor) params.set("cursor", cursor);
  return `/scans/${scanId}?${params.toString()}#diff`;
}

/** The two sides of the diff as tabs (links: the selected side and its page live in the URL). */
async function DiffTabs({ scan, kind }: { scan: TScanDetail; kind: TDiffKind }) {
  const t = await getTranslations("scans.diff");
  const format = await getFormatter();
  const counts = { new: scan.counts.new, resolved: scan.counts.resolved };
  return (
    <nav aria-label={t("tabsLabel")} className="mb-4 flex gap-1 border-b border-slate-200 dark:border-slate-700">
      {(["new", "resolved"] as const).map((side) => (
        <Link
          key={side} href={diffHref(scan.id, side)} scroll={false}
          aria-current={side === kind ? "page" : undefined}
          className={`-mb-px rounded-t-md border-b-2 px-3 py-2 text-sm font-medium ${side === kind
            ? "border-brand-600 text-brand-700 dark:border-sky-400 dark:text-sky-300"
            : "border-transparent text-slate-700 hover:border-slate-300 dark:text-slate-300"}`}
        >
          {t(side === "new" ? "tabNew" : "tabResolved", { count: format.number(counts[side]) })}
        </Link>
      ))}
    </nav>
  );
}

/**
 * What changed against the previous good scan: new findings (link to each) and resolved ones
 * (the previous scan's rows). Namespaces, object names and messages come from the cluster:
 * rendered as text only.
 */
export async function ScanDiffSection({ scan, kind, cursor }: { scan: TScanDetail; kind: TDiffKind; cursor?: string }) {
  await connection();
  const t = await getTranslations("scans.diff");
  const texts = await getCheckTexts();
  const done = scan.status === "succeeded" || scan.status === "partial";
  const heading = (
    <div className="mb-3">
      <h2 id="diff-title" className="text-lg font-semibold">{t("title")}</h2>
      {scan.previousScanId ? (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {t.rich("against", { link: (chunks) => <Link href={`/scans/${scan.previousScanId}`} className={LINK}>{chunks}</Link> })}
        </p>
      ) : null}
    </div>
  );
  if (!done) return <>{heading}<p className="text-sm text-slate-700 dark:text-slate-300">{t(scan.status === "failed" ? "failed" : "pending")}</p></>;
  if (!scan.previousScanId) return <>{heading}<p className="text-sm text-slate-700 dark:text-slate-300">{t("first")}</p></>;

  const loaded = await loadForView(() => withCursor(cursor, (valid) => scanDiff(scan.id, { kind, cursor: valid, limit: PAGE_SIZE }, texts.locale)));
  if (!loaded.ok) return <>{heading}<DatabaseError reason={loaded.reason} /></>;
  const diff = loaded.data;
  const captionKey = kind === "new" ? "captionNew" : "captionResolved";
  return (
    <>
      {heading}
      <DiffTabs scan={scan} kind={kind} />
      {!diff.findingsAvailable ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{t("pruned")}</p>
      ) : diff.items.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">{t(kind === "new" ? "noneNew" : "noneResolved")}</p>
      ) : (
        <DataTable
          caption={t(captionKey)}
          columns={[
            { label: t("severity") },
            { label: t("checkObject") },
            { label: t("message") },
          ]}
        >
              {diff.items.map((finding) => {
                const title = texts.title(finding.checkId);
                return (
                  <tr key={finding.id}>
                    <td className="py-2 pr-4 align-top"><SeverityBadge severity={finding.severity} /></td>
                    <th scope="row" className="py-2 pr-4 align-top font-medium sm:w-1/2">
                      {kind === "new" ? <Link href={`/findings/${finding.id}`} className={LINK}>{title}</Link> : <span>{title}</span>}
                      <span className="mt-0.5 block font-normal wrap-anywhere">
                        {finding.objectKind} <span className="font-mono">{finding.objectName}</span>
                      </span>
                      <span className={`block font-normal wrap-anywhere ${MUTED}`}>
                        {finding.namespace ? t("namespace", { namespace: finding.namespace }) : t("clusterWide")}
                        {finding.container ? ` · ${t("container", { container: finding.container })}` : ""}
                        {" · "}<span className="font-mono">{finding.checkId}</span>
                      </span>
                    </th>
                    <td className="py-2 align-top wrap-anywhere text-slate-700 dark:text-slate-300"><MessageText text={finding.message} /></td>
                  </tr>
                );
              })}
        </DataTable>
      )}
      {cursor || diff.nextCursor ? (
        <nav aria-label={t("pages")} className="mt-4 flex gap-4 text-sm">
          {cursor ? <Link href={diffHref(scan.id, kind)} scroll={false} className={LINK}>{t("firstPage")}</Link> : null}
          {diff.nextCursor ? <Link href={diffHref(scan.id, kind, diff.nextCursor)} scroll={false} className={LINK}>{t("nextPage")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
