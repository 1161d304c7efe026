// Reading kubeconfig text safely: YAML errors reported by position only, since the parser's own
// messages can quote the source and the source holds credentials.
import { LineCounter, parseDocument } from "yaml";
import { text, type TText } from "../checks/text";
import { KubeconfigError } from "./kubeconfig-model";

/** Names are shown in messages: quoted, control characters dropped, length bounded. */
export function quote(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, "");
  return `'${clean.length > 80 ? `${clean.slice(0, 77)}...` : clean}'`;
}

const YAML_PROBLEMS: Record<string, TText> = {
  DUPLICATE_KEY: text("kcYamlDuplicateKey"),
  TAB_AS_INDENT: text("kcYamlTab"),
  BAD_INDENT: text("kcYamlIndent"),
  MISSING_CHAR: text("kcYamlMissingChar"),
  MULTIPLE_DOCS: text("kcYamlMultipleDocs"),
};

export function readYaml(source: string): unknown {
  const lineCounter = new LineCounter();
  const document = parseDocument(source.replace(/^\uFEFF/, ""), { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const problems = document.errors.slice(0, 5).map((error) => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      return text("kcYamlAt", { line, column: col, problem: YAML_PROBLEMS[error.code] ?? text("kcYamlSyntax", { code: error.code }) });
    });
    throw new KubeconfigError(text("kcNotYaml", { problems }));
  }
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch {
    throw new KubeconfigError(text("kcTooManyAliases"));
  }
}
