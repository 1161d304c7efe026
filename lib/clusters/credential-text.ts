// Why stored credentials cannot be read, for a person, by the error's reason: the English
// message (lib/crypto/credentials.ts) keeps the operator's details (key ids, context) for logs.
import { text, type TText } from "../checks/text";
import type { CredentialError } from "../crypto/credentials";

export function credentialErrorText(error: CredentialError): TText {
  switch (error.reason) {
    case "no_key": return text("credNoKey");
    case "wrong_key": return text("credWrongKey");
    case "tampered": return text("credTampered");
    case "malformed": return text("credMalformed");
    case "unsupported_version": return text("credUnsupported");
  }
}
