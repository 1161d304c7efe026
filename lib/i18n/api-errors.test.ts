// The API's error messages come from the catalogues: every AppError names a key of
// lib/i18n/messages/<locale>/api.json, never an English sentence, and every key formats in both
// languages. The source scan catches what the types alone would let through (a sentence cast to a
// key, a template literal built in a subclass's super call).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { formatApiError, isApiErrorKey, type TApiErrorKey } from "./api-errors";
import enApi from "./messages/en/api.json";
import frApi from "./messages/fr/api.json";

const ROOT = join(__dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Classes that extend AppError, by name (then their own subclasses, and so on). */
function appErrorClasses(files: ts.SourceFile[]): Set<string> {
  const classes = new Set(["AppError"]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const file of files) {
      const visit = (node: ts.Node): void => {
        if (ts.isClassDeclaration(node) && node.name && !classes.has(node.name.text)) {
          const base = node.heritageClauses?.flatMap((clause) => clause.types.map((type) => type.expression.getText(file)));
          if (base?.some((name) => classes.has(name))) {
            classes.add(node.name.text);
            grew = true;
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
  }
  return classes;
}

interface TMessageArgument {
  where: string;
  text: string;
  kind: "key" | "sentence" | "computed";
}

/** The message argument of every `new AppError(code, key, …)`, `super(code, key, …)` in an AppError subclass, and `fieldError(field, key, …)`. */
function messageArguments(): TMessageArgument[] {
  const files = [...sourceFiles(join(ROOT, "app")), ...sourceFiles(join(ROOT, "lib")), ...sourceFiles(join(ROOT, "components"))].map((path) =>
    ts.createSourceFile(relative(ROOT, path), readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true),
  );
  const subclasses = appErrorClasses(files);
  const found: TMessageArgument[] = [];
  for (const file of files) {
    const visit = (node: ts.Node, inSubclass: boolean): void => {
      let argument: ts.Expression | undefined;
      if (ts.isNewExpression(node) && node.expression.getText(file) === "AppError") argument = node.arguments?.[1];
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword && inSubclass) argument = node.arguments[1];
      if (ts.isCallExpression(node) && node.expression.getText(file) === "fieldError") argument = node.arguments[1];
      if (argument) {
        const where = `${file.fileName}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
        const text = argument.getText(file);
        const kind = ts.isStringLiteral(argument) ? (isApiErrorKey(argument.text) ? "key" : "sentence") : ts.isTemplateExpression(argument) || ts.isNoSubstitutionTemplateLiteral(argument) || ts.isBinaryExpression(argument) ? "sentence" : "computed";
        found.push({ where, text, kind });
      }
      const enteringSubclass = ts.isClassDeclaration(node) && node.name !== undefined && node.name.text !== "AppError" && subclasses.has(node.name.text);
      ts.forEachChild(node, (child) => visit(child, inSubclass || enteringSubclass));
    };
    visit(file, false);
  }
  return found;
}

/** Sample values for a message's ICU arguments: numbers for plurals, words for the rest. */
function sampleValues(message: string): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const match of message.matchAll(/\{(\w+)(?:\s*,\s*(\w+))?/g)) values[match[1]!] = match[2] === "plural" ? 2 : "x";
  return values;
}

describe("API error messages", () => {
  const found = messageArguments();

  it("are catalogue keys, never sentences written in the code", () => {
    expect(found.length).toBeGreaterThan(50);
    expect(found.filter((argument) => argument.kind === "sentence").map(({ where, text }) => `${where} ${text}`)).toEqual([]);
  });

  it("leave no catalogue key unused", () => {
    const used = new Set(found.filter((argument) => argument.kind === "key").map((argument) => JSON.parse(argument.text) as string));
    // Keys reached through a lookup table or a variable rather than written at the throw.
    const indirect = ["periodInvalid", "periodTooLong"].filter(isApiErrorKey);
    for (const key of indirect) used.add(key);
    expect(Object.keys(enApi.apiErrors).filter((key) => !used.has(key))).toEqual([]);
  });

  it("format in English and French, with every placeholder filled", () => {
    for (const [locale, catalogue] of [["en", enApi], ["fr", frApi]] as const) {
      const t = createTranslator({
        locale,
        messages: catalogue as unknown as AbstractIntlMessages,
        namespace: "apiErrors",
        onError: (error) => {
          throw error;
        },
      }) as unknown as (key: string, values: Record<string, string | number>) => string;
      for (const [key, message] of Object.entries(catalogue.apiErrors)) {
        const text = t(key, sampleValues(message));
        expect(text, `${locale} ${key}`).not.toMatch(/[{}]/);
      }
    }
  });

  it("are French in French: only pass-through messages (a detail from elsewhere) are alike", () => {
    const alike = (Object.keys(enApi.apiErrors) as TApiErrorKey[]).filter((key) => enApi.apiErrors[key] === frApi.apiErrors[key]);
    expect(alike).toEqual([]);
  });

  it("keep the English sentence as the error's message, and say it in French on demand", () => {
    const error = new AppError("too_many_attempts", "tooManySignIns", { minutes: 1 }, { retryAfterSeconds: 60 });
    expect(error.message).toBe("Too many sign-in attempts. Try again in 1 minute.");
    expect(error.messageIn("fr")).toBe("Trop de tentatives de connexion. Réessayez dans 1 minute.");
    expect(formatApiError("fr", "bodyTooLarge", { maxBytes: 1024, readable: "1 KiB" })).toBe(
      "Le corps de la requête dépasse 1024 octets (1 KiB), le maximum qu'accepte ce point d'accès.",
    );
    expect(formatApiError("en", "notFound", { what: "cluster" })).toBe("No such cluster.");
    expect(formatApiError("fr", "notFound", { what: "cluster" })).toBe("Ce cluster n'existe pas.");
  });
});
