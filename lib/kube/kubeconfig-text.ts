// Reading kubeconfig text safely: YAML errors reported by position only, since the parser's own
// messages can quote the source and the source holds credentials.
import { LineCounter, parseDocument } from "yaml";
import { KubeconfigError } from "./kubeconfig-model";

/** Names are shown in messages: quoted, control characters dropped, length bounded. */
export function quote(name: string): string {
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, "");
  return `'${clean.length > 80 ? `${clean.slice(0, 77)}...` : clean}'`;
}

const YAML_PROBLEMS: Record<string, string> = {
  DUPLICATE_KEY: "a key appears twice in the same mapping",
  TAB_AS_INDENT: "tabs are not allowed as indentation",
  BAD_INDENT: "bad indentation",
  MISSING_CHAR: "a closing quote or bracket is missing",
  MULTIPLE_DOCS: "it holds several YAML documents; give the kubeconfig alone",
};

export function readYaml(text: string): unknown {
  const lineCounter = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ""), { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const problems = document.errors.slice(0, 5).map((error) => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      return `line ${line}, column ${col}: ${YAML_PROBLEMS[error.code] ?? `syntax error (${error.code})`}`;
    });
    throw new KubeconfigError(`The kubeconfig is not valid YAML or JSON: ${problems.join("; ")}`, problems);
  }
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch {
    throw new KubeconfigError("The kubeconfig is not valid YAML: it expands too many aliases.");
  }
}
