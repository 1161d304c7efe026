import { useFormatter, useTranslations } from "next-intl";
import { GRADE_BANDS, GRADE_CELL_CLASSES, NOT_ASSESSABLE_CLASSES } from "@/components/trends/grade-scale";

/** The key of the compliance colours: one swatch per grade band, and the stripes of "n/a". */
export function HeatmapLegend() {
  const t = useTranslations("namespaces.legend");
  const format = useFormatter();
  const percent = (value: number) => format.number(value / 100, { style: "percent" });
  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2 text-xs text-slate-700 dark:text-slate-300">
      <span className="font-medium">{t("title")}</span>
      <ul className="flex flex-wrap gap-2">
        {GRADE_BANDS.map((band) => (
          <li key={band.grade} className={`rounded px-2 py-0.5 tabular-nums ${GRADE_CELL_CLASSES[band.grade]}`}>
            {band.to === 100 ? t("top", { from: percent(band.from) }) : band.from === 0 ? t("bottom", { to: percent(band.to) }) : t("band", { from: percent(band.from), to: percent(band.to - 1) })}
          </li>
        ))}
        <li className={`rounded border border-slate-300 px-2 py-0.5 dark:border-slate-600 ${NOT_ASSESSABLE_CLASSES}`}>{t("notAssessable")}</li>
      </ul>
    </div>
  );
}
