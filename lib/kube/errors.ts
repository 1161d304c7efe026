// Why a collection failed as a whole. Problems with one resource type are not errors: they
// become coverage gaps in the snapshot. Messages say what to do and never hold the server URL,
// a token, a key or any object content, so they can be shown and logged as they are.
// `text` is the same sentence as a catalogue text, for readers in either language.
import type { TText } from "../checks/text";
import { AppError } from "../errors";
import { checkTexts } from "../i18n/check-texts";
import type { TLocale } from "../i18n/locale";

export type TCollectionErrorKind = "unreachable" | "tls" | "unauthorized" | "timeout";

export class CollectionError extends AppError {
  readonly kind: TCollectionErrorKind;

  constructor(kind: TCollectionErrorKind, readonly text: TText) {
    super("cluster_unavailable", "clusterUnavailable", { detail: checkTexts("en").say(text) }, { kind });
    this.name = "CollectionError";
    this.kind = kind;
  }

  override messageIn(locale: TLocale): string {
    return checkTexts(locale).say(this.text);
  }
}

export function isCollectionError(error: unknown): error is CollectionError {
  return error instanceof CollectionError;
}
