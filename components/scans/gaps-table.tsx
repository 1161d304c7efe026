import { getFormatter, getTranslations } from "next-intl/server";
import type { TScanDetail } from "@/lib/api/schemas/scans";
import { CHECKS, checkById } from "@/lib/checks/registry";
import { getCheckTexts } from "@/lib/i18n/check-texts-server";
import { DataTable } from "@/components/ui/data-table";

const MUTED = "text-xs text-slate-600 dark:text-slate-400";

/**
 * What a scan could not see, and what that costs: a resource type the collector could not read
 * makes every check that reads it not assessable (lib/checks engine, `requires`); a check gap is
 * a check that could not judge some objects. Reasons come from the cluster (HTTP status, RBAC
 * message): rendered as text.
 */
export async function GapsTable({ gaps, captionId }: { gaps: TScanDetail["coverageGaps"]; captionId?: string }) {
  const t = await getTranslations("scans.gaps");
  const format = await getFormatter();
  const texts = await getCheckTexts();
  return (
    <DataTable
      caption={t("caption")}
      captionId={captionId}
      columns={[
        { label: t("what") },
        { label: t("reason") },
        { label: t("notAssessable") },
      ]}
    >
          {gaps.map((gap, index) => {
            const affected = gap.kind === "resource" ? CHECKS.filter((check) => check.requires.includes(gap.name)) : [];
            const check = gap.kind === "check" ? checkById(gap.name) : undefined;
            return (
              <tr key={`${gap.kind}:${gap.name}:${index}`}>
                <th scope="row" className="py-2 pr-4 align-top font-medium">
                  <span className={`block ${MUTED} font-normal`}>{t(gap.kind === "resource" ? "kindResource" : "kindCheck")}</span>
                  <span className="break-words">{gap.kind === "check" && check ? texts.title(check.id) : gap.name}</span>
                  {gap.kind === "check" ? <span className={`block font-mono ${MUTED} font-normal`}>{gap.name}</span> : null}
                </th>
                <td className="max-w-md py-2 pr-4 align-top break-words">{gap.reason}</td>
                <td className="py-2 align-top">
                  {gap.kind === "check" ? (
                    <span>{t("objects", { count: gap.count ?? 1, formatted: format.number(gap.count ?? 1) })}</span>
                  ) : affected.length === 0 ? (
                    <span className={MUTED}>{t("noCheck")}</span>
                  ) : (
                    <details>
                      <summary className="cursor-pointer">{t("checks", { count: affected.length })}</summary>
                      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-xs">
                        {affected.map((item) => (
                          <li key={item.id}>{texts.title(item.id)} <span className="font-mono text-slate-600 dark:text-slate-400">({item.id})</span></li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
              </tr>
            );
          })}
    </DataTable>
  );
}
