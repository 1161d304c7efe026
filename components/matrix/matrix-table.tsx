"use client";

// The matrix as a table: the chart's text alternative, always in the page for screen readers,
// shown to everyone with the "Table" view.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { TQuickWinId } from "@/lib/scoring/quick-wins";
import { flooredCompliance } from "./compliance-scale";
import type { TMatrixBubble } from "./matrix-preview";

export function MatrixTable({ bubbles, hrefFor, visible, caption, placementOnly = false }: {
  bubbles: TMatrixBubble[];
  /** No cluster's numbers: no compliance and findings columns. */
  placementOnly?: boolean;
  hrefFor?: (quickWin: TQuickWinId) => string;
  /** Hidden (screen readers only) while the chart is shown: its links then leave the Tab order. */
  visible: boolean;
  caption: string;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const cell = "py-2 pr-3 text-right tabular-nums";
  return (
    <div className={visible ? "relative overflow-x-auto" : "sr-only"}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 align-bottom text-xs font-semibold text-slate-600 dark:border-slate-700 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-3">{t("matrix.quickWin")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("matrix.complexity")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("matrix.gain")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("matrix.score")}</th>
            <th scope="col" className="py-2 pr-3">{t("matrix.quadrant")}</th>
            {placementOnly ? null : (
              <>
                <th scope="col" className="py-2 pr-3 text-right">{t("matrix.compliance")}</th>
                <th scope="col" className="py-2 text-right">{t("matrix.openFindings")}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {bubbles.map((bubble) => {
            const href = hrefFor?.(bubble.quickWin);
            const name = (
              <>
                <span className="font-mono text-xs">{bubble.quickWin}</span> {t(`quickWins.${bubble.quickWin}.name`)}
              </>
            );
            return (
              <tr key={bubble.quickWin} data-quick-win={bubble.quickWin}>
                <th scope="row" className="min-w-32 py-2 pr-3 font-medium">
                  {href ? (
                    <Link href={href} tabIndex={visible ? undefined : -1} className="text-brand-700 underline-offset-2 hover:underline dark:text-sky-400">
                      {name}
                    </Link>
                  ) : name}
                </th>
                <td className={cell}>{bubble.complexity}</td>
                <td className={cell}>{bubble.gain}</td>
                <td className={`${cell} font-semibold`}>{bubble.score}</td>
                <td className="py-2 pr-3 text-xs">{t(`matrix.quadrants.${bubble.quadrant}`)}</td>
                {placementOnly ? null : (
                  <>
                    <td className={cell}>
                      {bubble.compliance === null ? t("matrix.notAssessed") : format.number(flooredCompliance(bubble.compliance), { style: "percent" })}
                    </td>
                    <td className="py-2 text-right tabular-nums">{format.number(bubble.openFindings)}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
