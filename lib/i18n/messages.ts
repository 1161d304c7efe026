import type { TLocale } from "./locale";
import en from "./messages/en.json";

export type TMessages = typeof en;

export async function loadMessages(locale: TLocale): Promise<TMessages> {
  if (locale === "fr") return (await import("./messages/fr.json")).default;
  return en;
}
