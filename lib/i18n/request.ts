// next-intl's per-request configuration: the locale and its catalogue.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentUser } from "../auth/current-user";
import { LOCALE_COOKIE, pickLocale } from "./locale";
import { loadMessages } from "./messages";

export default getRequestConfig(async () => {
  // The signed-in user's saved choice comes first; when sessions cannot be read (database down)
  // the page still renders, in the cookie's or the browser's language.
  const user = await currentUser().catch(() => null);
  const locale = pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"), user?.locale);
  return { locale, messages: await loadMessages(locale) };
});
