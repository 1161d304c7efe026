"use client";

import { useTranslations } from "next-intl";
import { BAND_COLOURS, BAND_FLOOR, BANDS } from "./compliance-scale";

/** What colours and sizes mean. The swatches repeat the bubbles' outline so light ones stay visible. */
export function MatrixLegend({ withCompliance }: { withCompliance: boolean }) {
  const t = useTranslations("matrix");
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-slate-700 dark:text-slate-300">
      {withCompliance ? (
        <>
          <span className="font-semibold">{t("legendCompliance")}</span>
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            {BANDS.map((band) => (
              <li key={band} className="flex items-center gap-1.5">
                <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3">
                  <circle cx="6" cy="6" r="5" fill={BAND_COLOURS[band]} strokeWidth="1" strokeDasharray={band === "none" ? "2 1.5" : undefined} className="stroke-slate-500" />
                </svg>
                {band === "none" ? t("legendNone") : band === "F" ? t("legendBelow", { floor: 60 }) : t("legendAtLeast", { floor: BAND_FLOOR[band]! })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <span>{withCompliance ? t("legendSize") : t("legendNoCluster")}</span>
    </div>
  );
}
