// The message catalogues, one file per area and language (lib/i18n/messages/<locale>/<area>.json),
// merged into one object per locale. Add an area: create both files and list them here.
import type { TLocale } from "./locale";
import enAdmin from "./messages/en/admin.json";
import enApi from "./messages/en/api.json";
import enChecks from "./messages/en/checks.json";
import enAuth from "./messages/en/auth.json";
import enCli from "./messages/en/cli.json";
import enCluster from "./messages/en/cluster.json";
import enClusters from "./messages/en/clusters.json";
import enCommon from "./messages/en/common.json";
import enFindings from "./messages/en/findings.json";
import enNotifications from "./messages/en/notifications.json";
import enInsights from "./messages/en/insights.json";
import enOverview from "./messages/en/overview.json";
import enReports from "./messages/en/reports.json";
import enScans from "./messages/en/scans.json";
import enSettings from "./messages/en/settings.json";
import enTokens from "./messages/en/tokens.json";
import frAdmin from "./messages/fr/admin.json";
import frApi from "./messages/fr/api.json";
import frChecks from "./messages/fr/checks.json";
import frAuth from "./messages/fr/auth.json";
import frCli from "./messages/fr/cli.json";
import frCluster from "./messages/fr/cluster.json";
import frClusters from "./messages/fr/clusters.json";
import frCommon from "./messages/fr/common.json";
import frFindings from "./messages/fr/findings.json";
import frNotifications from "./messages/fr/notifications.json";
import frInsights from "./messages/fr/insights.json";
import frOverview from "./messages/fr/overview.json";
import frReports from "./messages/fr/reports.json";
import frScans from "./messages/fr/scans.json";
import frSettings from "./messages/fr/settings.json";
import frTokens from "./messages/fr/tokens.json";

const en = { ...enCommon, ...enOverview, ...enClusters, ...enReports, ...enSettings, ...enCli, ...enCluster, ...enInsights, ...enFindings, ...enScans, ...enAuth, ...enTokens, ...enNotifications, ...enAdmin, ...enApi };
const fr = { ...frCommon, ...frOverview, ...frClusters, ...frReports, ...frSettings, ...frCli, ...frCluster, ...frInsights, ...frFindings, ...frScans, ...frAuth, ...frTokens, ...frNotifications, ...frAdmin, ...frApi };

export type TMessages = typeof en;

export const CATALOGUES: Record<TLocale, TMessages> = { en, fr };

/**
 * The checks' titles, "why" texts, remediation notes and steps (lib/i18n/check-texts.ts): a
 * catalogue of their own, translated on the server and never sent whole to the browser.
 */
export const CHECK_CATALOGUES: Record<TLocale, typeof enChecks> = { en: enChecks, fr: frChecks };

export async function loadMessages(locale: TLocale): Promise<TMessages> {
  return CATALOGUES[locale];
}
