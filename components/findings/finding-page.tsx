import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { TFindingDetail } from "@/lib/api/schemas/findings";
import { loadForView } from "@/lib/db/load";
import { requireCluster } from "@/lib/db/queries/clusters";
import { listClusterExceptions } from "@/lib/db/queries/exceptions";
import { findingDetail } from "@/lib/db/queries/findings";
import { isAppError } from "@/lib/errors";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "./breadcrumbs";
import { EvidenceList } from "./evidence-list";
import { FindingHistory } from "./finding-history";
import { MessageText } from "./message-text";
import { RemediationPanel } from "./remediation-panel";
import { RiskActions } from "./risk-actions";
import type { TExceptionView, TWaiverView } from "./risk-types";
import { SeverityBadge } from "./severity-badge";
import { FindingStatusBadge } from "./status-badge";
import { getPageLocale } from "@/lib/i18n/check-texts-server";

const DT = "text-slate-600 dark:text-slate-400";

async function loadFinding(findingId: string) {
  const detail = await findingDetail(findingId, await getPageLocale());
  const exceptionId = detail.waivedBy?.source === "exception" ? detail.waivedBy.exceptionId : null;
  const [cluster, exceptions] = await Promise.all([
    requireCluster(detail.clusterId),
    exceptionId ? listClusterExceptions(detail.clusterId, "active") : Promise.resolve([]),
  ]);
  return { detail, cluster, exception: exceptions.find((item) => item.id === exceptionId) ?? null };
}

/** What lib/checks/engine.ts recorded as the reason of an annotation without one, before it stored "". */
const LEGACY_NO_REASON = "(no reason given)";

function waiverOf(detail: TFindingDetail, exception: Awaited<ReturnType<typeof loadFinding>>["exception"]): TWaiverView {
  if (detail.waivedBy?.source === "annotation") {
    const waiver = detail.evidence.waiver as { reason?: unknown } | undefined;
    // The engine stores "" when the annotation gives no reason; scans before that stored an English
    // placeholder: both are shown as "no reason", in the reader's language.
    return { kind: "annotation", reason: typeof waiver?.reason === "string" && waiver.reason !== "" && waiver.reason !== LEGACY_NO_REASON ? waiver.reason : null };
  }
  if (detail.waivedBy?.source === "exception") {
    const view: TExceptionView | null = exception
      ? {
          id: exception.id, scope: exception.scope, namespace: exception.namespace, objectKind: exception.objectKind,
          objectName: exception.objectName, container: exception.container, reason: exception.reason, author: exception.author,
          expiringSoon: exception.expiringSoon, createdAt: exception.createdAt.toISOString(), expiresAt: exception.expiresAt.toISOString(),
        }
      : null;
    return { kind: "exception", exception: view };
  }
  return { kind: "none" };
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className={DT}>{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  );
}

function StackedField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

/**
 * One finding: what was found on which object, why it matters, the fix for that very object,
 * its history, and accepting (or no longer accepting) the risk. Everything from the cluster
 * (names, messages, evidence) is rendered as text.
 */
export async function FindingPage({ findingId }: { findingId: string }) {
  await connection();
  const t = await getTranslations();
  let loaded;
  try {
    loaded = await loadForView(() => loadFinding(findingId));
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
  if (!loaded.ok) {
    return (
      <>
        <PageHeader title={t("finding.title")} />
        <DatabaseError reason={loaded.reason} />
      </>
    );
  }
  const { detail, cluster, exception } = loaded.data;
  const now = new Date();
  const title = detail.check?.title ?? detail.checkId;
  const quickWinName = t(`quickWins.${detail.quickWin}.name`);
  const resolved = !detail.history.inCurrentScan;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.overview"), href: "/" },
          { label: cluster.name, href: `/clusters/${cluster.id}` },
          { label: `${detail.quickWin} · ${quickWinName}`, href: `/clusters/${cluster.id}/quick-wins/${detail.quickWin}` },
          { label: t("finding.title") },
        ]}
      />
      <PageHeader title={title} />
      <div className="-mt-3 mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <SeverityBadge severity={detail.severity} />
        <FindingStatusBadge status={detail.status} waivedBy={detail.waivedBy} />
        {resolved ? <span className="font-medium text-blue-800 dark:text-sky-300">{t("finding.history.resolvedBadge")}</span> : null}
        <span className="text-slate-600 dark:text-slate-400">
          {t("finding.checkId")} <code className="font-mono text-slate-800 dark:text-slate-200">{detail.checkId}</code>
        </span>
      </div>

      <div className="grid gap-6 xl:grid-cols-3">
        <div className="min-w-0 space-y-6 xl:col-span-2">
          <Card labelledBy="finding-what">
            <h2 id="finding-what" className="mb-3 text-lg font-semibold">{t("finding.details.title")}</h2>
            <p className="mb-4 text-base break-words"><MessageText text={detail.message} /></p>
            <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
              <Field label={t("finding.details.cluster")}>{cluster.name}</Field>
              <Field label={t("finding.details.namespace")}>{detail.namespace ?? t("finding.details.clusterWide")}</Field>
              <Field label={t("finding.details.object")}>
                <span className="text-slate-600 dark:text-slate-400">{detail.objectKind}</span> <span className="font-mono break-all">{detail.objectName}</span>
              </Field>
              {detail.container ? <Field label={t("finding.details.container")}><span className="font-mono break-all">{detail.container}</span></Field> : null}
            </dl>
            <h3 className="mt-5 mb-2 text-sm font-semibold">{t("finding.details.evidence")}</h3>
            <EvidenceList evidence={detail.evidence} />
          </Card>

          <Card labelledBy="finding-fix">
            <h2 id="finding-fix" className="mb-3 text-lg font-semibold">{t("finding.remediation.title")}</h2>
            <RemediationPanel remediation={detail.remediation} />
          </Card>
        </div>

        <div className="min-w-0 space-y-6">
          <Card labelledBy="finding-risk">
            <h2 id="finding-risk" className="mb-3 text-lg font-semibold">{t("finding.risk.title")}</h2>
            <RiskActions
              target={{
                clusterId: detail.clusterId, checkId: detail.checkId, namespace: detail.namespace,
                objectKind: detail.objectKind, objectName: detail.objectName, container: detail.container,
              }}
              waiver={waiverOf(detail, exception)}
              resolved={resolved}
            />
          </Card>

          <Card labelledBy="finding-why">
            <h2 id="finding-why" className="mb-3 text-lg font-semibold">{t("finding.why.title")}</h2>
            <p className="text-sm leading-relaxed">{detail.check ? <MessageText text={detail.check.why} /> : t("finding.why.unknownCheck")}</p>
            <dl className="mt-4 space-y-2 text-sm">
              <StackedField label={t("finding.why.quickWin")}>
                <Link href={`/clusters/${cluster.id}/quick-wins/${detail.quickWin}`} className="text-brand-700 hover:underline dark:text-sky-300">{detail.quickWin} · {quickWinName}</Link>
              </StackedField>
              <StackedField label={t("finding.why.cis")}>{detail.check?.cis ?? t("finding.why.none")}</StackedField>
              <StackedField label={t("finding.why.pss")}>
                {detail.check?.pss ? t("finding.why.pssValue", { level: t(`finding.why.pssLevel.${detail.check.pss.level}`), control: detail.check.pss.control }) : t("finding.why.none")}
              </StackedField>
            </dl>
          </Card>

          <Card labelledBy="finding-history">
            <h2 id="finding-history" className="mb-3 text-lg font-semibold">{t("finding.history.title")}</h2>
            <FindingHistory findingId={detail.id} history={detail.history} now={now} />
          </Card>
        </div>
      </div>
    </>
  );
}
