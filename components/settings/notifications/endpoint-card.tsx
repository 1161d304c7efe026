"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { BUTTON_SECONDARY } from "@/components/clusters/styles";
import { DataTable } from "@/components/ui/data-table";
import type { TClusterOption } from "./notifications-manager";
import { useDeleteEndpoint, useSendTest, type TDeliveryJson, type TEndpointJson } from "./use-notifications";

const SMALL_BUTTON = `${BUTTON_SECONDARY} px-3 py-1`;
const DANGER = "inline-flex items-center rounded-md border border-red-700 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60 dark:border-red-400 dark:text-red-300 dark:hover:bg-red-950";
const STATUS_CLASS: Record<TDeliveryJson["status"], string> = {
  delivered: "text-slate-900 dark:text-slate-100",
  pending: "text-amber-900 dark:text-amber-200",
  failed: "font-medium text-red-800 dark:text-red-300",
};

/** One endpoint: what it listens to, Send test (result in place), edit, delete, and its latest deliveries. */
export function EndpointCard({ endpoint, clusters, onEdit, onDeleted }: { endpoint: TEndpointJson; clusters: TClusterOption[]; onEdit: () => void; onDeleted: () => void }) {
  const t = useTranslations("notifications.settings");
  const format = useFormatter();
  const test = useSendTest(endpoint.id);
  const remove = useDeleteEndpoint(endpoint.id);
  const [confirming, setConfirming] = useState(false);
  const headingId = `endpoint-${endpoint.id}`;
  const names = endpoint.clusterIds.map((id) => clusters.find((cluster) => cluster.id === id)?.name ?? id);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  const tested = test.data?.delivery;
  const testMessage = test.isPending
    ? t("test.sending")
    : test.error
      ? t("test.error", { message: test.error.message })
      : tested
        ? tested.status === "delivered"
          ? t("test.delivered", { code: tested.responseCode ?? 0 })
          : t("test.failed", { reason: tested.lastError ?? (tested.responseCode ? `HTTP ${tested.responseCode}` : "?") })
        : "";

  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id={headingId} className="text-base font-semibold break-all">{endpoint.name}</h3>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {t(`kinds.${endpoint.kind}`)} · {endpoint.enabled ? t("enabled") : t("disabled")} · {t(`languages.${endpoint.language}`)}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={SMALL_BUTTON} onClick={() => test.mutate()} disabled={test.isPending} aria-describedby={`${headingId}-test`}>
            {t("test.button")}
          </button>
          <button type="button" className={SMALL_BUTTON} onClick={onEdit} aria-label={t("editLabel", { name: endpoint.name })}>{t("edit")}</button>
          {!confirming ? (
            <button type="button" className={DANGER} onClick={() => setConfirming(true)} aria-label={t("deleteLabel", { name: endpoint.name })}>{t("delete")}</button>
          ) : null}
        </div>
      </div>
      <p id={`${headingId}-test`} role="status" className={`mt-2 text-sm ${tested?.status === "failed" || test.error ? "text-red-800 dark:text-red-300" : "text-slate-700 dark:text-slate-300"}`}>{testMessage}</p>
      {confirming ? (
        <div role="group" aria-label={t("deleteLabel", { name: endpoint.name })} className="mt-2 flex flex-wrap items-center gap-2 rounded-md bg-red-50 p-3 text-sm dark:bg-red-950">
          <span>{t("deleteConfirm", { name: endpoint.name })}</span>
          <button type="button" className={DANGER} disabled={remove.isPending} autoFocus onClick={() => remove.mutate(undefined, { onSuccess: onDeleted })}>{t("deleteYes")}</button>
          <button type="button" className={SMALL_BUTTON} onClick={() => setConfirming(false)}>{t("form.cancel")}</button>
          {remove.error ? <span role="alert" className="text-red-800 dark:text-red-300">{remove.error.message}</span> : null}
        </div>
      ) : null}
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t("url")}</dt>
        <dd className="font-mono text-xs break-all">{endpoint.url}</dd>
        <dt className="font-medium">{t("form.events")}</dt>
        <dd>
          {endpoint.events.map((event) => t(`events.${event}`)).join(" · ")}
          {endpoint.events.includes("scan_failing_repeatedly") ? ` (${t("thresholdShort", { count: endpoint.failureThreshold })})` : ""}
        </dd>
        <dt className="font-medium">{t("form.clusters")}</dt>
        <dd className="break-all">{names.length === 0 ? t("allClusters") : names.join(", ")}</dd>
      </dl>
      <div className="mt-3">
        {endpoint.deliveries.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("deliveries.empty")}</p>
        ) : (
          <DataTable
            caption={t("deliveries.caption", { name: endpoint.name })}
            columns={[{ label: t("deliveries.when") }, { label: t("deliveries.event") }, { label: t("deliveries.status") }, { label: t("deliveries.code"), numeric: true }, { label: t("deliveries.attempts"), numeric: true }, { label: t("deliveries.detail") }]}
          >
            {endpoint.deliveries.map((delivery) => (
              <tr key={delivery.id} className="border-b border-slate-100 align-top last:border-0 dark:border-slate-800">
                <td className="py-2 pr-4 whitespace-nowrap">{when(delivery.updatedAt)}</td>
                <td className="py-2 pr-4">{t(`events.${delivery.event}`)}</td>
                <td className={`py-2 pr-4 ${STATUS_CLASS[delivery.status]}`}>{t(`deliveries.statuses.${delivery.status}`)}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{delivery.responseCode ?? "–"}</td>
                <td className="py-2 pr-4 text-right tabular-nums">{delivery.attempts}</td>
                <td className="py-2 text-xs break-words">
                  {delivery.status === "pending" && delivery.nextAttemptAt ? t("deliveries.next", { when: when(delivery.nextAttemptAt) }) + " " : ""}
                  {delivery.lastError ?? ""}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </div>
    </article>
  );
}
