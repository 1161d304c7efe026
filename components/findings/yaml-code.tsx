import { Fragment } from "react";
import { tokenizeYaml, type TYamlTokenKind } from "./yaml-tokens";

// Colours readable on the code block's background in light and dark (contrast ≥ 4.5:1).
const TOKEN_CLASS: Record<TYamlTokenKind, string | undefined> = {
  key: "text-blue-800 dark:text-sky-300",
  string: "text-amber-900 dark:text-amber-200",
  number: "text-purple-800 dark:text-purple-300",
  boolean: "text-teal-800 dark:text-teal-300",
  comment: "italic text-slate-600 dark:text-slate-400",
  punctuation: "text-slate-600 dark:text-slate-400",
  plain: undefined,
};

export const CODE_BLOCK_CLASS =
  "max-h-[32rem] overflow-auto rounded-md border border-slate-200 bg-slate-50 p-4 font-mono text-[13px] leading-relaxed text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100";

/** YAML with syntax colours: tokens become React text in spans, never HTML. */
export function YamlCode({ id, yaml }: { id: string; yaml: string }) {
  const lines = tokenizeYaml(yaml.endsWith("\n") ? yaml.slice(0, -1) : yaml);
  return (
    <pre id={id} className={CODE_BLOCK_CLASS} tabIndex={0}>
      <code>
        {/* Real newlines between lines, so selecting and copying by hand gives the same YAML. */}
        {lines.map((tokens, line) => (
          <Fragment key={line}>
            {line > 0 ? "\n" : null}
            {tokens.map((token, index) => (
              <span key={index} className={TOKEN_CLASS[token.kind]}>{token.text}</span>
            ))}
          </Fragment>
        ))}
      </code>
    </pre>
  );
}
