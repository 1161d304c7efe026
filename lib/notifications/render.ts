// Turns a delivery's facts into the bytes sent: the generic JSON or the Slack body, the Slack words
// in the endpoint's language (catalogue `notifications.slack`), check titles from the checks' catalogue.
import { createHash } from "node:crypto";
// use-intl's core (next-intl's formatter without React): this runs in the worker, whose
// react-server condition has no client React for next-intl's main entry to import.
import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import { checkTitle } from "./check-title";
import { isLocale, type TLocale } from "../i18n/locale";
import { CATALOGUES } from "../i18n/messages";
import { genericPayload, slackPayload, type TNewFinding, type TNotificationFacts } from "./payload";

export function endpointLocale(language: string): TLocale {
  return isLocale(language) ? language : "en";
}

export function renderBody(kind: "generic" | "slack", language: string, facts: TNotificationFacts): string {
  if (kind === "generic") return JSON.stringify(genericPayload(facts));
  const locale = endpointLocale(language);
  const t = createTranslator({ locale, messages: CATALOGUES[locale] as unknown as AbstractIntlMessages, namespace: "notifications.slack" });
  return JSON.stringify(slackPayload(facts, (key, values) => t(key as never, values as never)));
}

export function payloadDigest(body: string): string {
  return createHash("sha256").update(body, "utf8").digest("hex");
}

/** A finding row as the payload lists it, its check's title in `language`. */
export function listedFinding(row: { check_id: string; severity: string; object_kind: string; namespace: string | null; object_name: string }, language: string): TNewFinding {
  return {
    check: row.check_id,
    severity: row.severity,
    object: [row.object_kind, row.namespace, row.object_name].filter((part) => part !== null && part !== "").join("/"),
    title: checkTitle(row.check_id, endpointLocale(language)),
  };
}
