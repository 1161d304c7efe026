import Link from "next/link";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { loadForView } from "@/lib/db/load";
import { quickWinChecks } from "@/lib/db/queries/quick-wins";
import type { TQuickWinId } from "@/lib/scoring/quick-wins";
import { SeverityBadge } from "@/components/findings/severity-badge";
import { DatabaseError } from "@/components/ui/database-error";
import { findingViewHref } from "./filters";
import { getPageLocale } from "@/lib/i18n/check-texts-server";

const TH = "px-2 py-2 font-medium first:pl-0";
const NUM = "px-2 py-2 text-right tabular-nums";

/** Every check of the quick win with its pass / fail / waived / not-assessable counts in the current scan. */
export async function QuickWinChecks({ clusterId, quickWin, base }: { clusterId: string; quickWin: TQuickWinId; base: string }) {
  await connection();
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = await getPageLocale();
  const loaded = await loadForView(() => quickWinChecks(clusterId, quickWin, locale));
  if (!loaded.ok) return <DatabaseError reason={loaded.reason} />;
  const { checks } = loaded.data;
  const count = (value: number) => (value === 0 ? <span className="text-slate-400 dark:text-slate-500">0</span> : format.number(value));

  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("quickWin.checks.caption", { name: t(`quickWins.${quickWin}.name`) })}</caption>
        <thead className="border-b border-slate-200 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400">
          <tr>
            <th scope="col" className={TH}>{t("quickWin.checks.check")}</th>
            <th scope="col" className={TH}>{t("quickWin.checks.severity")}</th>
            <th scope="col" className={TH}>{t("quickWin.checks.references")}</th>
            <th scope="col" className={`${TH} text-right`}>{t("quickWin.checks.pass")}</th>
            <th scope="col" className={`${TH} text-right`}>{t("quickWin.checks.fail")}</th>
            <th scope="col" className={`${TH} text-right`}>{t("quickWin.checks.waived")}</th>
            <th scope="col" className={`${TH} text-right`}>{t("quickWin.checks.notAssessable")}</th>
            <th scope="col" className={TH}>{t("quickWin.checks.fix")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {checks.map((check) => {
            const findings = check.fail + check.waived;
            return (
              <tr key={check.checkId} className="align-top">
                <th scope="row" className="min-w-40 py-2 pr-2 font-normal">
                  <span className="block font-medium">{check.title}</span>
                  <code className="text-xs text-slate-600 dark:text-slate-400">{check.checkId}</code>
                </th>
                <td className="px-2 py-2"><SeverityBadge severity={check.severity} /></td>
                <td className="px-2 py-2 text-xs">
                  {check.cis ? <span className="block whitespace-nowrap">{t("quickWin.checks.cis", { id: check.cis })}</span> : null}
                  {check.pss ? <span className="block">{t("quickWin.checks.pss", { level: t(`finding.why.pssLevel.${check.pss.level}`), control: check.pss.control })}</span> : null}
                  {!check.cis && !check.pss ? <span className="text-slate-400 dark:text-slate-500">—</span> : null}
                </td>
                <td className={NUM}>{count(check.pass)}</td>
                <td className={`${NUM} ${check.fail > 0 ? "font-semibold" : ""}`}>{count(check.fail)}</td>
                <td className={NUM}>{count(check.waived)}</td>
                <td className={NUM}>{count(check.notAssessable)}</td>
                <td className="min-w-28 py-2 pl-2">
                  {findings > 0 ? (
                    <Link href={findingViewHref(base, { check: check.checkId })} className="text-brand-700 hover:underline dark:text-sky-300">
                      {t("quickWin.checks.fixLink", { count: findings })}
                    </Link>
                  ) : (
                    <span className="text-slate-600 dark:text-slate-400">{t("quickWin.checks.nothingToFix")}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
