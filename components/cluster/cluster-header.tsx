import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ExportPdfButton } from "@/components/reports/export-pdf-button";
import type { TClusterRecord } from "@/lib/db/clusters";
import type { TRatingsMode } from "./ratings-mode";
import { RatingsModeToggle } from "./ratings-mode-toggle";
import { Can } from "@/components/auth/can";

/** What the page shows of the cluster row: never its credentials. */
export type TClusterHead = Pick<TClusterRecord, "id" | "name" | "environment" | "description" | "archived" | "schedule" | "nextScanAt">;

export function clusterHead(row: TClusterRecord): TClusterHead {
  const { id, name, environment, description, archived, schedule, nextScanAt } = row;
  return { id, name, environment, description, archived, schedule, nextScanAt };
}

/** The cluster's name and description come from users: rendered as text only. */
export async function ClusterHeader({ cluster, ratingsMode }: { cluster: TClusterHead; ratingsMode: TRatingsMode }) {
  const t = await getTranslations();
  const base = `/clusters/${encodeURIComponent(cluster.id)}`;
  const link = "font-medium text-brand-700 underline-offset-2 hover:underline dark:text-sky-400";
  return (
    <header className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0 flex-1 basis-80">
        <p className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{t("cluster.title")}</p>
        <h1 className="text-2xl font-semibold tracking-tight break-words">{cluster.name}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
          <span className="rounded bg-slate-200 px-1.5 py-0.5 text-xs font-medium text-slate-800 dark:bg-slate-700 dark:text-slate-100">
            {t(`environment.${cluster.environment}`)}
          </span>
          {cluster.archived ? (
            <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/60 dark:text-amber-100">{t("cluster.archived")}</span>
          ) : null}
          {cluster.description ? <span className="break-words">{cluster.description}</span> : null}
        </p>
        <p className="mt-2 flex flex-wrap gap-4 text-sm">
          <Link href={`${base}/scans`} className={link}>{t("cluster.scanHistory")}</Link>
          <Can access="admin"><Link href={`${base}/edit`} className={link}>{t("cluster.edit")}</Link></Can>
        </p>
      </div>
      <div className="flex flex-col items-end gap-3">
        <ExportPdfButton clusterIds={[cluster.id]} />
        <RatingsModeToggle clusterId={cluster.id} mode={ratingsMode} />
      </div>
    </header>
  );
}
