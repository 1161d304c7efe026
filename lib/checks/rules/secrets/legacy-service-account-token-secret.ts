import { annotationsOf, asString, kindOf, labelsOf, nameOf, namespaceOf } from "../../access";
import { objectRef } from "../../context";
import type { TCheck } from "../../types";
import { text } from "../../text";

const TOKEN_TYPE = "kubernetes.io/service-account-token";
/** Set by the legacy-token cleaner (1.29+) on tokens it invalidated before deleting them. */
const INVALID_SINCE = "kubernetes.io/legacy-token-invalid-since";

export const legacyServiceAccountTokenSecret: TCheck = {
  id: "legacy-service-account-token-secret",
  quickWin: "QW5",
  severity: "medium",
  requires: ["Secret"],
  *evaluate(ctx) {
    const secrets = ctx.objects("Secret").filter((secret) => kindOf(secret) === "Secret");
    yield* ctx.each(secrets, objectRef, function* (secret) {
      const ref = objectRef(secret);
      const name = nameOf(secret);
      const type = asString(secret.type) ?? "Opaque";
      const invalidSince = labelsOf(secret)[INVALID_SINCE];
      const account = annotationsOf(secret)["kubernetes.io/service-account.name"];
      const evidence = { type, serviceAccount: account ?? null, [INVALID_SINCE]: invalidSince ?? null };
      if (type !== TOKEN_TYPE || invalidSince) {
        yield {
          status: "pass",
          object: ref,
          message: type === TOKEN_TYPE ? text("legacyTokenInvalidated", { name, date: invalidSince ?? "" }) : text("secretNotLegacyToken", { name }),
          evidence,
        };
        return;
      }
      const namespace = namespaceOf(secret) ?? "default";
      const command = `kubectl -n ${namespace} delete secret ${name}`;
      yield {
        status: "fail",
        object: ref,
        message: text("legacyToken", { name, account: account ?? text("unknownValue") }),
        evidence,
        remediation: {
          type: "manual",
          steps: [
            text("legacyTokenFindUsers", { command: `kubectl -n ${namespace} create token ${account ?? "<service-account>"} --duration=1h` }),
            text("legacyTokenDelete", { command }),
          ],
          command,
        },
      };
    });
  },
};
