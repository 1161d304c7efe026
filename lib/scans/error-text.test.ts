// Why a scan failed reads in the reader's language: the collector's words, a refused stored
// kubeconfig, "nothing recorded", and any other error after the phase it broke (its raw words kept).
import { describe, expect, it } from "vitest";
import { text } from "../checks/text";
import { CredentialError } from "../crypto/credentials";
import { createCheckTexts } from "../i18n/check-texts";
import { KubeconfigError, parseKubeconfig } from "../kube/kubeconfig";
import { fatalError } from "../kube/request-failure";
import { scanErrorText } from "./error-text";

const en = createCheckTexts("en", (error) => { throw error; });
const fr = createCheckTexts("fr", (error) => { throw error; });

function kubeconfigError(): KubeconfigError {
  try {
    parseKubeconfig("kind: Deployment\n");
  } catch (error) {
    return error as KubeconfigError;
  }
  throw new Error("accepted");
}

describe("scan error texts", () => {
  it("keeps the collector's own words, in both languages", () => {
    const said = scanErrorText("collect", fatalError({ type: "unreachable", code: "ECONNREFUSED" }, "token"));
    expect(en.say(said)).toMatch(/^unreachable: the connection was refused/);
    expect(fr.say(said)).toMatch(/^injoignable : la connexion a été refusée/);
  });

  it("says why a stored kubeconfig cannot be used", () => {
    const said = scanErrorText("collect", kubeconfigError());
    expect(en.say(said)).toBe("The stored kubeconfig cannot be used: This is a Deployment manifest: a kubeconfig has kind: Config, with clusters, users and contexts.");
    expect(fr.say(said)).toBe("Le kubeconfig enregistré n’est pas utilisable : Ceci est un manifeste Deployment : un kubeconfig a kind: Config, avec clusters, users et contexts.");
  });

  it("uses the words an error carries as a text, and names the phase of any other error, raw details as values", () => {
    const own = Object.assign(new Error("This cluster has no kubeconfig recorded: edit it and paste one."), { text: text("scanNoKubeconfig") });
    expect(fr.say(scanErrorText("collect", own))).toBe("Ce cluster n’a aucun kubeconfig enregistré : modifiez-le et collez-en un.");
    const other = scanErrorText("persist", new Error("connect ECONNREFUSED 10.0.0.1:5432"));
    expect(en.say(other)).toBe("The scan failed while saving: connect ECONNREFUSED 10.0.0.1:5432");
    expect(fr.say(other)).toBe("L’analyse a échoué pendant l’enregistrement : connect ECONNREFUSED 10.0.0.1:5432");
  });

  it("says why stored credentials cannot be read, without the key ids of the operator's message", () => {
    const said = scanErrorText("collect", new CredentialError("wrong_key", "The credentials were encrypted with another key (key id 0a1b; the configured key is 2c3d)."));
    expect(fr.say(said)).toMatch(/^Les identifiants ont été chiffrés avec une autre clé/);
    expect(en.say(said)).not.toContain("0a1b");
  });
});
