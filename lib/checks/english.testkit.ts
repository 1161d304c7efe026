// Tests read a result's message as an English reader would (messages are catalogue texts).
import { checkTexts } from "../i18n/check-texts";
import type { TStoredText } from "./text";

export function english(message: TStoredText): string {
  return checkTexts("en").say(message);
}
