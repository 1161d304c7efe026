import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TException } from "@/lib/api/schemas/exceptions";
import { loadForView } from "@/lib/db/load";
import { listClusterExceptions } from "@/lib/db/queries/exceptions";
import { TD_CLASS, TH_CLASS } from "@/components/trends/show-data";
import { Card } from "@/components/ui/card";
import { DatabaseError } from "@/components/ui/database-error";
import { getCheckTexts } from "@/lib/i18n/check-texts-server";

/** Exceptions of this namespace (namespace, object and container scopes) and the cluster-wide ones, which apply here too. */
export function appliesTo(exception: TException, namespace: string): boolean {
  return exception.scope === "cluster" || exception.namespace === namespace;
}

function scopeDetail(exception: TException): string | null {
  if (exception.scope === "object" || exception.scope === "container") {
    const object = `${exception.objectKind ?? ""}/${exception.objectName ?? ""}`;
    return exception.scope === "container" && exception.container ? `${object} · ${exception.container}` : object;
  }
  return null;
}

export async function NamespaceExceptions({ clusterId, namespace }: { clusterId: string; namespace: string }) {
  await connection();
  const t = await getTranslations("namespaces.drilldown.exceptions");
  const { title: checkTitle } = await getCheckTexts();
  const format = await getFormatter();
  const loaded = await loadForView(() => listClusterExceptions(clusterId));
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  const exceptions = loaded.data.filter((exception) => appliesTo(exception, namespace));
  return (
    <Card labelledBy="namespace-exceptions-title">
      <h2 id="namespace-exceptions-title" className="text-lg font-semibold">{t("title")}</h2>
      <p className="mb-3 mt-1 text-sm text-slate-600 dark:text-slate-400">{exceptions.length === 0 ? t("empty") : t("hint")}</p>
      {exceptions.length > 0 ? (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("caption", { namespace })}</caption>
            <thead className="border-b border-slate-200 dark:border-slate-700">
              <tr>
                <th scope="col" className={TH_CLASS}>{t("check")}</th>
                <th scope="col" className={TH_CLASS}>{t("scope")}</th>
                <th scope="col" className={TH_CLASS}>{t("reason")}</th>
                <th scope="col" className={TH_CLASS}>{t("author")}</th>
                <th scope="col" className={TH_CLASS}>{t("expires")}</th>
                <th scope="col" className={TH_CLASS}>{t("state")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {exceptions.map((exception) => {
                const detail = scopeDetail(exception);
                return (
                  <tr key={exception.id} className="align-top">
                    <th scope="row" className={`${TD_CLASS} font-normal`}>
                      <span className="block">{checkTitle(exception.checkId)}</span>
                      <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{exception.checkId}</span>
                    </th>
                    <td className={`${TD_CLASS} min-w-44`}>
                      {t(`scopes.${exception.scope}`)}
                      {/* Breaks inside a word only when a name is longer than the column (names come from clusters). */}
                      {detail ? <span className="block wrap-anywhere font-mono text-xs text-slate-600 dark:text-slate-400">{detail}</span> : null}
                    </td>
                    <td className={`${TD_CLASS} min-w-56`}>{exception.reason}</td>
                    <td className={`${TD_CLASS} min-w-28 wrap-anywhere`}>{exception.author}</td>
                    <td className={`${TD_CLASS} whitespace-nowrap`}>{format.dateTime(exception.expiresAt, { dateStyle: "medium" })}</td>
                    <td className={`${TD_CLASS} whitespace-nowrap`}>
                      {t(`states.${exception.state}`)}
                      {exception.expiringSoon ? <span className="block text-xs font-medium text-orange-800 dark:text-orange-300">{t("expiringSoon")}</span> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </Card>
  );
}
