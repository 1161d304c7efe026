import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { ScanStatusBadge } from "@/components/scans/scan-status";
import type { TFindingDetail } from "@/lib/api/schemas/findings";
import { SeenAt } from "./seen-at";

const SHOWN = 20;

/** First seen, and every kept scan where this finding's fingerprint was found, newest first. */
export function FindingHistory({ findingId, history, now }: { findingId: string; history: TFindingDetail["history"]; now: Date }) {
  const t = useTranslations("finding.history");
  const tScan = useTranslations("scanStatus");
  const tStatus = useTranslations("finding.status");
  const format = useFormatter();
  const scans = [...history.scans].reverse();
  const shown = scans.slice(0, SHOWN);
  return (
    <div className="space-y-3 text-sm">
      <p>
        <span className="font-medium">{t("firstSeen")} </span>
        <SeenAt at={history.firstSeenAt} now={now} />
      </p>
      {!history.inCurrentScan ? (
        <p className="rounded-md border border-blue-300 bg-blue-50 p-2.5 text-blue-950 dark:border-sky-800 dark:bg-sky-950/40 dark:text-sky-100">
          {t(history.currentScanId ? "resolvedSince" : "noCurrentScan")}
        </p>
      ) : null}
      <div className="relative overflow-x-auto">
        <table className="w-full text-left">
          <caption className="mb-1 text-left text-xs text-slate-600 dark:text-slate-400">{t("caption", { count: scans.length })}</caption>
          <thead className="border-b border-slate-200 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
            <tr>
              <th scope="col" className="py-1.5 pr-3 font-medium">{t("scan")}</th>
              <th scope="col" className="py-1.5 pr-3 font-medium">{t("scanStatus")}</th>
              <th scope="col" className="py-1.5 font-medium">{t("status")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {shown.map((scan) => {
              const date = scan.finishedAt ? format.dateTime(scan.finishedAt, { dateStyle: "medium", timeStyle: "short" }) : t("unfinished");
              const current = scan.scanId === history.currentScanId;
              return (
                <tr key={scan.scanId}>
                  <th scope="row" className="py-1.5 pr-3 font-normal">
                    {scan.findingId === findingId ? (
                      <span aria-current="page" className="font-semibold">{date}</span>
                    ) : (
                      <Link href={`/findings/${scan.findingId}`} className="text-brand-700 hover:underline dark:text-sky-300">{date}</Link>
                    )}
                    {current ? <span className="ml-1.5 text-xs text-slate-600 dark:text-slate-400">{t("current")}</span> : null}
                  </th>
                  <td className="py-1.5 pr-3"><ScanStatusBadge status={scan.scanStatus} label={tScan(scan.scanStatus)} /></td>
                  <td className="py-1.5">{tStatus(scan.status)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {scans.length > SHOWN ? <p className="text-xs text-slate-600 dark:text-slate-400">{t("more", { count: scans.length - SHOWN })}</p> : null}
    </div>
  );
}
