import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { idParam } from "@/lib/api/params";
import { loadForView } from "@/lib/db/load";
import { requireCluster } from "@/lib/db/queries/clusters";
import { clusterNamespaces } from "@/lib/db/queries/matrix";
import { isAppError } from "@/lib/errors";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { Skeleton } from "@/components/ui/skeleton";
import { NamespaceCompliance } from "./namespace-compliance";
import { namespaceFromSegment } from "./namespace-path";
import { NamespaceExceptions } from "./namespace-exceptions";
import { NamespaceFindings } from "./namespace-findings";
import { NamespaceTrend } from "./namespace-trend";

/** Namespace names come from the cluster: shown as text only, and encoded wherever they enter a URL. */
async function Header({ namespace, clusterId, clusterName }: { namespace: string; clusterId?: string; clusterName?: string }) {
  const t = await getTranslations("namespaces.drilldown");
  return (
    <div className="mb-6">
      {clusterId && clusterName ? (
        <Link href={`/clusters/${encodeURIComponent(clusterId)}`} className="text-sm font-medium text-brand-700 hover:underline dark:text-sky-400">
          <span aria-hidden="true">← </span>{t("back", { cluster: clusterName })}
        </Link>
      ) : null}
      <p className="mt-3 text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{t("eyebrow")}</p>
      <h1 className="text-2xl font-semibold tracking-tight break-all">{namespace}</h1>
      {clusterName ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("subtitle", { cluster: clusterName })}</p> : null}
    </div>
  );
}

async function WidgetSkeleton({ label }: { label: string }) {
  return <Card><Skeleton lines={4} label={label} /></Card>;
}

/** The cluster's head, or a 404 before anything streams (an unknown or malformed id). */
async function loadCluster(clusterId: string) {
  try {
    const id = idParam({ id: clusterId }, "id", "cluster");
    return await loadForView(() => requireCluster(id));
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

/** The namespace's row of the current scan, or the "not in the current scan" state; then the widgets, each in its own Suspense. */
async function Drilldown({ cluster, namespace }: { cluster: { id: string; name: string }; namespace: string }) {
  await connection();
  const t = await getTranslations();
  const loaded = await loadForView(() => clusterNamespaces(cluster.id));
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  const { scan, namespaces } = loaded.data;
  const row = namespaces.find((candidate) => candidate.namespace === namespace);
  if (!row || !scan) {
    return (
      <Card labelledBy="namespace-missing-title">
        <h2 id="namespace-missing-title" className="text-lg font-semibold">{t("namespaces.drilldown.notFound.title")}</h2>
        <p className="mt-2 text-sm">
          {scan
            ? t("namespaces.drilldown.notFound.body", { cluster: cluster.name, namespace })
            : t("namespaces.drilldown.notFound.noScan", { cluster: cluster.name })}
        </p>
      </Card>
    );
  }
  const section = (label: string, widget: ReactNode) => <Suspense fallback={<WidgetSkeleton label={label} />}>{widget}</Suspense>;
  return (
    <div className="space-y-6">
      <NamespaceCompliance clusterId={cluster.id} row={row} scanFinishedAt={scan.finishedAt} />
      {section(t("namespaces.drilldown.trend.title"), <NamespaceTrend clusterId={cluster.id} namespace={namespace} />)}
      {section(t("namespaces.drilldown.findings.title"), <NamespaceFindings clusterId={cluster.id} namespace={namespace} />)}
      {section(t("namespaces.drilldown.exceptions.title"), <NamespaceExceptions clusterId={cluster.id} namespace={namespace} />)}
    </div>
  );
}

/** /clusters/[id]/namespaces/[namespace]: one namespace's compliance, trend, findings by check and exceptions. */
export async function NamespaceDrilldownPage({ clusterId, segment }: { clusterId: string; segment: string }) {
  await connection();
  const namespace = namespaceFromSegment(segment);
  const t = await getTranslations("namespaces.drilldown");
  const loaded = await loadCluster(clusterId);
  if (!loaded.ok) {
    return (
      <>
        <Header namespace={namespace} />
        <DatabaseError reason={loaded.reason} />
      </>
    );
  }
  const cluster = loaded.data;
  return (
    <>
      <Header namespace={namespace} clusterId={cluster.id} clusterName={cluster.name} />
      <Suspense fallback={<WidgetSkeleton label={t("loading")} />}>
        <Drilldown cluster={cluster} namespace={namespace} />
      </Suspense>
    </>
  );
}
