// Why a collection failed as a whole. Problems with one resource type are not errors: they
// become coverage gaps in the snapshot. Messages say what to do and never hold the server URL,
// a token, a key or any object content, so they can be shown and logged as they are.
import { AppError } from "../errors";

export type TCollectionErrorKind = "unreachable" | "tls" | "unauthorized" | "timeout";

export class CollectionError extends AppError {
  readonly kind: TCollectionErrorKind;

  constructor(kind: TCollectionErrorKind, message: string) {
    super("cluster_unavailable", "clusterUnavailable", { detail: message }, { kind });
    this.name = "CollectionError";
    this.kind = kind;
  }
}

export function isCollectionError(error: unknown): error is CollectionError {
  return error instanceof CollectionError;
}
