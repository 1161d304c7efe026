// The message catalogues, one file per area and language (lib/i18n/messages/<locale>/<area>.json),
// merged into one object per locale. Add an area: create both files and list them here.
import type { TLocale } from "./locale";
import enCli from "./messages/en/cli.json";
import enClusters from "./messages/en/clusters.json";
import enCommon from "./messages/en/common.json";
import enOverview from "./messages/en/overview.json";
import enReports from "./messages/en/reports.json";
import enSettings from "./messages/en/settings.json";
import frCli from "./messages/fr/cli.json";
import frClusters from "./messages/fr/clusters.json";
import frCommon from "./messages/fr/common.json";
import frOverview from "./messages/fr/overview.json";
import frReports from "./messages/fr/reports.json";
import frSettings from "./messages/fr/settings.json";

const en = { ...enCommon, ...enOverview, ...enClusters, ...enReports, ...enSettings, ...enCli };
const fr = { ...frCommon, ...frOverview, ...frClusters, ...frReports, ...frSettings, ...frCli };

export type TMessages = typeof en;

export const CATALOGUES: Record<TLocale, TMessages> = { en, fr };

export async function loadMessages(locale: TLocale): Promise<TMessages> {
  return CATALOGUES[locale];
}
