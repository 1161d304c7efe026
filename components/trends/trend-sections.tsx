// The three trend views, each a chart (client) with its text alternative: a summary sentence on
// the picture and every value in a table under "Show data". Used by the cluster page and by the
// namespace drilldown (which has no new/resolved counts).
import { getFormatter, getTranslations } from "next-intl/server";
import type { TNamespaceTrendPoint } from "@/lib/db/queries/trends";
import { QUICK_WIN_IDS } from "@/lib/scoring/quick-wins";
import { ComplianceSmallMultiples, NewResolvedChart, PostureTrendChart } from "./charts";
import type { TComplianceSeries } from "./compliance-small-multiples";
import { ColumnHeads, ShowData, TH_CLASS } from "./show-data";
import { flooredPercent } from "./trend-format";

export type TTrendRow = TNamespaceTrendPoint & { new?: number; resolved?: number };

const H3_CLASS = "text-base font-semibold";

async function numberFormats() {
  const format = await getFormatter();
  return {
    score: (value: number | null) => (value === null ? null : format.number(value, { maximumFractionDigits: 1 })),
    percent: (value: number | null) => (value === null ? null : format.number(flooredPercent(value), { style: "percent", maximumFractionDigits: 0 })),
    count: (value: number) => format.number(value),
  };
}

/** Posture per scan on the grade bands, and a table with status, grade and open findings. */
export async function PostureTrendSection({ points, labels, ratingsNote, subject }: { points: TTrendRow[]; labels: string[]; ratingsNote: string; subject: string }) {
  const t = await getTranslations();
  const n = await numberFormats();
  const first = points[0]!;
  const last = points.at(-1)!;
  const na = t("trends.notAvailable");
  const summary = t("trends.posture.summary", {
    subject,
    first: n.score(first.postureScore) ?? na,
    firstGrade: first.grade ?? na,
    firstDate: labels[0]!,
    last: n.score(last.postureScore) ?? na,
    lastGrade: last.grade ?? na,
    lastDate: labels.at(-1)!,
    count: points.length,
  });
  return (
    <section aria-labelledby="trend-posture-title">
      <h3 id="trend-posture-title" className={H3_CLASS}>{t("trends.posture.title")}</h3>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">{ratingsNote}</p>
      <PostureTrendChart summary={summary} points={points.map((point, index) => ({ at: point.finishedAt.getTime(), label: labels[index]!, posture: point.postureScore, grade: point.grade }))} />
      <ShowData label={t("trends.showData")} caption={t("trends.posture.caption", { subject })}>
        <ColumnHeads labels={[t("trends.table.scan"), t("trends.table.status"), t("trends.table.posture"), t("trends.table.grade"), t("trends.table.openFindings")]} />
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {points.map((point, index) => (
            <tr key={point.scanId}>
              <th scope="row">{labels[index]}</th>
              <td>{t(`scanStatus.${point.status}`)}</td>
              <td>{n.score(point.postureScore) ?? na}</td>
              <td>{point.grade ?? na}</td>
              <td>{n.count(point.openFindings)}</td>
            </tr>
          ))}
        </tbody>
      </ShowData>
    </section>
  );
}

/** Nine small multiples of compliance, one table for all of them. */
export async function ComplianceTrendSection({ points, labels, subject }: { points: TTrendRow[]; labels: string[]; subject: string }) {
  const t = await getTranslations();
  const n = await numberFormats();
  const na = t("trends.notAvailable");
  const series: TComplianceSeries[] = QUICK_WIN_IDS.map((quickWin) => {
    const title = t(`quickWins.${quickWin}.name`);
    const first = points[0]!.compliance[quickWin];
    const last = points.at(-1)!.compliance[quickWin];
    return {
      quickWin,
      title,
      latest: n.percent(last) ?? na,
      summary: t("trends.compliance.summary", { quickWin, name: title, first: n.percent(first) ?? na, last: n.percent(last) ?? na, firstDate: labels[0]!, lastDate: labels.at(-1)! }),
      points: points.map((point) => {
        const value = point.compliance[quickWin];
        return { at: point.finishedAt.getTime(), value: value === null ? null : value * 100 };
      }),
    };
  });
  return (
    <section aria-labelledby="trend-compliance-title">
      <h3 id="trend-compliance-title" className={H3_CLASS}>{t("trends.compliance.title")}</h3>
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{t("trends.compliance.hint")}</p>
      <ComplianceSmallMultiples series={series} labels={labels} />
      <ShowData label={t("trends.showData")} caption={t("trends.compliance.caption", { subject })}>
        <thead>
          <tr>
            <th scope="col" className={TH_CLASS}>{t("trends.table.scan")}</th>
            {series.map((item) => (
              <th key={item.quickWin} scope="col" className={TH_CLASS}>
                <abbr title={item.title} className="no-underline">{item.quickWin}</abbr>
                <span className="sr-only"> {item.title}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {points.map((point, index) => (
            <tr key={point.scanId}>
              <th scope="row" className="whitespace-nowrap">{labels[index]}</th>
              {QUICK_WIN_IDS.map((quickWin) => <td key={quickWin}>{n.percent(point.compliance[quickWin]) ?? na}</td>)}
            </tr>
          ))}
        </tbody>
      </ShowData>
    </section>
  );
}

/** New and resolved findings per scan (whole cluster only). */
export async function ChangesTrendSection({ points, labels }: { points: Required<TTrendRow>[]; labels: string[] }) {
  const t = await getTranslations();
  const n = await numberFormats();
  const last = points.at(-1)!;
  const summary = t("trends.changes.summary", {
    count: points.length,
    totalNew: points.reduce((sum, point) => sum + point.new, 0),
    totalResolved: points.reduce((sum, point) => sum + point.resolved, 0),
    lastNew: last.new,
    lastResolved: last.resolved,
  });
  return (
    <section aria-labelledby="trend-changes-title">
      <h3 id="trend-changes-title" className={H3_CLASS}>{t("trends.changes.title")}</h3>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">{t("trends.changes.hint")}</p>
      <NewResolvedChart summary={summary} points={points.map((point, index) => ({ label: labels[index]!, new: point.new, resolved: point.resolved }))} />
      <ShowData label={t("trends.showData")} caption={t("trends.changes.caption")}>
        <ColumnHeads labels={[t("trends.table.scan"), t("trends.changes.new"), t("trends.changes.resolved")]} />
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {points.map((point, index) => (
            <tr key={point.scanId}>
              <th scope="row">{labels[index]}</th>
              <td>{n.count(point.new)}</td>
              <td>{n.count(point.resolved)}</td>
            </tr>
          ))}
        </tbody>
      </ShowData>
    </section>
  );
}
