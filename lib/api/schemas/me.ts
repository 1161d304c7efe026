import { z } from "zod";
import { LOCALES } from "../../i18n/locale";

export const ZLocaleBody = z.object({ locale: z.enum(LOCALES) }).strict();
export const ZLocaleSaved = z.object({ locale: z.enum(LOCALES) });
