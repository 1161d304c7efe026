// A tiny YAML tokeniser for the remediation snippets: enough to colour keys, strings, numbers,
// booleans and comments. It only splits text (every token's text joined back gives the input),
// so whatever a cluster put in a value stays text when React renders the tokens.

export type TYamlTokenKind = "key" | "string" | "number" | "boolean" | "comment" | "punctuation" | "plain";

export interface TYamlToken {
  kind: TYamlTokenKind;
  text: string;
}

const NUMBER = /^[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$|^0x[0-9a-fA-F]+$|^0o[0-7]+$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/;
const BOOLEAN = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$/;
/** A mapping key (plain, double- or single-quoted) and its colon, followed by a space or the end of the line. */
const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"\-?:,[\]{}][^#:]*?|-[^\s#:][^#:]*?)(\s*:)(?=\s|$)/;
const BLOCK_INDICATOR = /^[|>][-+0-9]*(?=\s|$)/;
const QUOTED = /^("(?:[^"\\]|\\.)*"?|'(?:[^']|'')*'?)/;

function push(tokens: TYamlToken[], kind: TYamlTokenKind, text: string): void {
  if (text === "") return;
  const last = tokens.at(-1);
  if (last && last.kind === kind && kind !== "key") last.text += text;
  else tokens.push({ kind, text });
}

function scalarKind(text: string): TYamlTokenKind {
  if (NUMBER.test(text)) return "number";
  if (BOOLEAN.test(text)) return "boolean";
  return "string";
}

/** A plain scalar up to a comment (" #"), its trailing spaces kept apart. */
function pushPlain(tokens: TYamlToken[], text: string): void {
  const comment = text.search(/(?:^|\s)#/);
  const value = comment === -1 ? text : text.slice(0, comment);
  const trimmed = value.trimEnd();
  push(tokens, scalarKind(trimmed), trimmed);
  push(tokens, "plain", value.slice(trimmed.length));
  if (comment !== -1) {
    const rest = text.slice(comment);
    const spaces = rest.length - rest.trimStart().length;
    push(tokens, "plain", rest.slice(0, spaces));
    push(tokens, "comment", rest.slice(spaces));
  }
}

/** A flow collection ([a, b] or {k: v}) on one line: brackets and commas, scalars between. */
function pushFlow(tokens: TYamlToken[], text: string): void {
  let rest = text;
  while (rest !== "") {
    const quoted = QUOTED.exec(rest);
    if (quoted) {
      push(tokens, "string", quoted[0]);
      rest = rest.slice(quoted[0].length);
      continue;
    }
    const punctuation = /^[[\]{},:]+/.exec(rest);
    if (punctuation) {
      push(tokens, "punctuation", punctuation[0]);
      rest = rest.slice(punctuation[0].length);
      continue;
    }
    const spaces = /^\s+/.exec(rest);
    if (spaces) {
      if (rest.slice(spaces[0].length).startsWith("#")) {
        push(tokens, "plain", spaces[0]);
        push(tokens, "comment", rest.slice(spaces[0].length));
        return;
      }
      push(tokens, "plain", spaces[0]);
      rest = rest.slice(spaces[0].length);
      continue;
    }
    const word = /^[^\s[\]{},]+(?::(?!\s|$)[^\s[\]{},]*)*/.exec(rest);
    const text = word ? word[0] : rest.charAt(0);
    push(tokens, scalarKind(text), text);
    rest = rest.slice(text.length);
  }
}

/** Returns whether the value opens a block scalar (| or >). */
function pushValue(tokens: TYamlToken[], text: string): boolean {
  if (text === "") return false;
  if (text.startsWith("#")) {
    push(tokens, "comment", text);
    return false;
  }
  const block = BLOCK_INDICATOR.exec(text);
  if (block) {
    push(tokens, "punctuation", block[0]);
    pushPlain(tokens, text.slice(block[0].length));
    return true;
  }
  if (text.startsWith("[") || text.startsWith("{")) {
    pushFlow(tokens, text);
    return false;
  }
  const quoted = QUOTED.exec(text);
  if (quoted && (text.startsWith('"') || text.startsWith("'"))) {
    push(tokens, "string", quoted[0]);
    pushPlain(tokens, text.slice(quoted[0].length));
    return false;
  }
  const anchor = /^[&*!][^\s]*/.exec(text);
  if (anchor) {
    push(tokens, "punctuation", anchor[0]);
    const spaces = /^\s*/.exec(text.slice(anchor[0].length))![0];
    push(tokens, "plain", spaces);
    return pushValue(tokens, text.slice(anchor[0].length + spaces.length));
  }
  pushPlain(tokens, text);
  return false;
}

/** Splits YAML into lines of tokens. Joining every token's text, lines joined by "\n", gives back the input. */
export function tokenizeYaml(source: string): TYamlToken[][] {
  const lines: TYamlToken[][] = [];
  /** Inside a block scalar: lines indented deeper than this column are its text. */
  let blockParent: number | null = null;
  for (const line of source.split("\n")) {
    const tokens: TYamlToken[] = [];
    const indent = line.length - line.trimStart().length;
    let rest = line.slice(indent);
    if (blockParent !== null && (rest === "" || indent > blockParent)) {
      push(tokens, "plain", line.slice(0, indent));
      push(tokens, "string", rest);
      lines.push(tokens);
      continue;
    }
    blockParent = null;
    push(tokens, "plain", line.slice(0, indent));
    if (/^(?:---|\.\.\.)(?=\s|$)/.test(rest)) {
      push(tokens, "punctuation", rest.slice(0, 3));
      rest = rest.slice(3);
    }
    let column = indent;
    for (let marker = /^-(?:\s+|$)/.exec(rest); marker; marker = /^-(?:\s+|$)/.exec(rest)) {
      push(tokens, "punctuation", "-");
      push(tokens, "plain", marker[0].slice(1));
      column += marker[0].length;
      rest = rest.slice(marker[0].length);
    }
    const key = KEY.exec(rest);
    let parent = indent;
    if (key) {
      parent = column;
      push(tokens, "key", key[1]!);
      push(tokens, "punctuation", key[2]!);
      rest = rest.slice(key[0].length);
      const spaces = /^\s*/.exec(rest)![0];
      push(tokens, "plain", spaces);
      rest = rest.slice(spaces.length);
    }
    if (pushValue(tokens, rest)) blockParent = parent;
    lines.push(tokens);
  }
  return lines;
}
