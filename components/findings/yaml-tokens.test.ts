import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { tokenizeYaml, type TYamlToken } from "./yaml-tokens";

const join = (lines: TYamlToken[][]) => lines.map((line) => line.map((token) => token.text).join("")).join("\n");
const kinds = (line: TYamlToken[]) => line.filter((token) => token.text.trim() !== "").map((token) => `${token.kind}:${token.text}`);

describe("tokenizeYaml", () => {
  it("colours keys, strings, numbers, booleans and comments", () => {
    const lines = tokenizeYaml(["spec:", "  replicas: 3 # three", "  paused: false", "  name: \"web\"", "  image: nginx:1.25", "# done"].join("\n"));
    expect(kinds(lines[0]!)).toEqual(["key:spec", "punctuation::"]);
    expect(kinds(lines[1]!)).toEqual(["key:replicas", "punctuation::", "number:3", "comment:# three"]);
    expect(kinds(lines[2]!)).toEqual(["key:paused", "punctuation::", "boolean:false"]);
    expect(kinds(lines[3]!)).toEqual(["key:name", "punctuation::", 'string:"web"']);
    expect(kinds(lines[4]!)).toEqual(["key:image", "punctuation::", "string:nginx:1.25"]);
    expect(kinds(lines[5]!)).toEqual(["comment:# done"]);
  });

  it("reads sequences, nested keys in list items and flow collections", () => {
    const lines = tokenizeYaml(["containers:", "  - name: app", "    securityContext:", "      capabilities:", "        drop: [ALL, 'NET_RAW']", "  - - 1"].join("\n"));
    expect(kinds(lines[1]!)).toEqual(["punctuation:-", "key:name", "punctuation::", "string:app"]);
    expect(kinds(lines[4]!)).toEqual(["key:drop", "punctuation::", "punctuation:[", "string:ALL", "punctuation:,", "string:'NET_RAW'", "punctuation:]"]);
    expect(kinds(lines[5]!)).toEqual(["punctuation:-", "punctuation:-", "number:1"]);
  });

  it("keeps a block scalar's lines as one string each", () => {
    const lines = tokenizeYaml(["data:", "  script: |", "    echo: not a key", "    # not a comment", "  next: 1"].join("\n"));
    expect(kinds(lines[1]!)).toEqual(["key:script", "punctuation::", "punctuation:|"]);
    expect(kinds(lines[2]!)).toEqual(["string:echo: not a key"]);
    expect(kinds(lines[3]!)).toEqual(["string:# not a comment"]);
    expect(kinds(lines[4]!)).toEqual(["key:next", "punctuation::", "number:1"]);
  });

  it("leaves markup inside a string as text in a string token", () => {
    const source = stringify({ metadata: { name: "<script>alert(1)</script>", annotations: { note: "<img src=x onerror=alert(1)>" } } });
    const lines = tokenizeYaml(source);
    const strings = lines.flat().filter((token) => token.kind === "string").map((token) => token.text);
    expect(strings).toContain("<script>alert(1)</script>");
    expect(strings.some((text) => text.includes("<img src=x onerror=alert(1)>"))).toBe(true);
    expect(join(lines)).toBe(source);
  });

  it("gives back its input exactly, whatever the text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => join(tokenizeYaml(text)) === text), { numRuns: 500 });
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const source = stringify(value);
        return join(tokenizeYaml(source)) === source;
      }),
      { numRuns: 300 },
    );
  });

  it("never yields an empty token", () => {
    fc.assert(fc.property(fc.string(), (text) => tokenizeYaml(text).flat().every((token) => token.text !== "")), { numRuns: 300 });
  });
});
