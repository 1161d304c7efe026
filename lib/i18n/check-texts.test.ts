// Every word a check gives a person exists in English and French: titles and "why" for every
// registered check, and every note or step key the rules can produce, found two ways — in the
// rules' source (every `text("…")` call) and in the remediations of every fixture — and formatted
// in both languages without an error.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateSnapshot } from "../checks/engine";
import { problemGap, snapshotFromText } from "../checks/load";
import { CHECKS } from "../checks/registry";
import { renderRemediation } from "../checks/render-remediation";
import { isText, text, type TText, type TTextValue } from "../checks/text";
import type { TCheckMeta, TCheckOutcome, TRemediation } from "../checks/types";
import { createCheckTexts } from "./check-texts";
import { LOCALES } from "./locale";
import { CHECK_CATALOGUES } from "./messages";

const strict = Object.fromEntries(LOCALES.map((locale) => [locale, createCheckTexts(locale, (error) => { throw error; })]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$|\.testkit\.ts$/.test(entry.name) ? [path] : [];
  });
}

// The checks; the collector, which words coverage gaps (lib/kube/gap-reasons.ts), kubeconfig
// problems and connection failures; the clusters' connection checks (lib/clusters); why a scan
// failed (lib/scans); why a webhook delivery failed (lib/notifications).
const CHECK_SOURCES = sourceFiles(join("lib", "checks"));
const TEXT_SOURCES = [...CHECK_SOURCES, ...["kube", "clusters", "scans", "notifications"].flatMap((area) => sourceFiles(join("lib", area)))];

/** Keys named in the checks' code: `text("key"` and `text(cond ? "a" : "b"`. */
function keysInSource(): Set<string> {
  const keys = new Set<string>();
  for (const file of TEXT_SOURCES) {
    for (const call of readFileSync(file, "utf8").matchAll(/\btext\(([^,)]*)/g)) {
      for (const literal of call[1]!.matchAll(/"([A-Za-z0-9]+)"/g)) keys.add(literal[1]!);
    }
  }
  return keys;
}

/** Every text of a remediation, nested values included. */
function textsOf(remediation: TRemediation): TText[] {
  const out: TText[] = [];
  const visit = (value: TTextValue | undefined) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isText(value)) {
      out.push(value);
      Object.values(value.values ?? {}).forEach(visit);
    }
  };
  if (remediation.type === "manual") remediation.steps.forEach(visit);
  else visit(remediation.note);
  return out;
}

/** The plain string values of a text, nested texts included. */
function stringValuesOf(item: TText): string[] {
  const out: string[] = [];
  const visit = (value: TTextValue) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isText(value)) Object.values(value.values ?? {}).forEach(visit);
    else if (typeof value === "string") out.push(value);
  };
  Object.values(item.values ?? {}).forEach(visit);
  return out;
}

function fixtureFiles(): string[] {
  const root = join("lib", "checks", "fixtures");
  return readdirSync(root).flatMap((id) => readdirSync(join(root, id)).filter((name) => /\.ya?ml$/.test(name)).map((name) => join(root, id, name)));
}

describe("check texts", () => {
  it("give every registered check a title and a why in both languages, and nothing for unknown ids", () => {
    for (const locale of LOCALES) {
      const meta = CHECK_CATALOGUES[locale].checks.meta as Record<string, { title: string; why: string }>;
      expect(Object.keys(meta).sort(), locale).toEqual(CHECKS.map((check) => check.id).sort());
      for (const check of CHECKS) {
        expect(strict[locale]!.title(check.id), `${locale} ${check.id}`).toBe(meta[check.id]!.title);
        expect(strict[locale]!.why(check.id).length, `${locale} ${check.id}`).toBeGreaterThan(30);
      }
    }
    expect(strict.fr!.title("no-such-check")).toBe("no-such-check");
  });

  it("are translated, not copied: the French title and why of every check differ from the English", () => {
    const same = CHECKS.filter((check) => strict.fr!.title(check.id) === strict.en!.title(check.id) || strict.fr!.why(check.id) === strict.en!.why(check.id));
    expect(same.map((check) => check.id)).toEqual([]);
  });

  it("exist in both catalogues for every key the checks' code names, and no catalogue key is unused", () => {
    const used = keysInSource();
    expect(used.size).toBeGreaterThan(50);
    for (const locale of LOCALES) {
      const catalogue = Object.keys(CHECK_CATALOGUES[locale].checks.texts).sort();
      expect([...used].filter((key) => !catalogue.includes(key)), locale).toEqual([]);
      expect(catalogue.filter((key) => !used.has(key)), locale).toEqual([]);
    }
  });

  it("format without error in both languages for every remediation the fixtures produce", () => {
    const seen = new Set<string>();
    for (const file of fixtureFiles()) {
      for (const result of evaluateSnapshot(snapshotFromText(readFileSync(file, "utf8"), file).snapshot)) {
        if (result.status === "not_assessable") {
          // A not-assessable result says why in catalogue words (coverage gaps show it).
          expect(result.reason, `${file}: ${result.check} ${result.message}`).toBeDefined();
          seen.add(result.reason!.key);
          expect(strict.fr!.say(result.reason!)).not.toBe(strict.en!.say(result.reason!));
        }
        if (!result.remediation) continue;
        for (const item of textsOf(result.remediation)) {
          seen.add(item.key);
          const english = strict.en!.say(item);
          const french = strict.fr!.say(item);
          expect(english, `${file}: ${item.key}`).not.toBe(item.key);
          expect(french, `${file}: ${item.key}`).not.toBe(english);
          // Every value given shows in both languages (no placeholder lost in translation), but
          // the ones that choose a wording (`{list, select, …}`).
          const message = (CHECK_CATALOGUES.en.checks.texts as Record<string, string>)[item.key]!;
          for (const [name, value] of Object.entries(item.values ?? {})) {
            if (typeof value === "string" && value.length > 2 && !message.includes(`{${name}, select`)) {
              expect(english, item.key).toContain(value);
              expect(french, item.key).toContain(value);
            }
          }
        }
        // And the rendered remediation has no key left in it.
        for (const locale of LOCALES) {
          const rendered = renderRemediation(result.remediation, locale);
          for (const sentence of [rendered.note ?? "", ...(rendered.steps ?? [])]) expect(sentence, file).not.toMatch(/^[a-z]+[A-Z]\w*$/);
        }
      }
    }
    // The fixtures exercise most keys; the rest are proven present by the source test above.
    expect(seen.size).toBeGreaterThan(60);
  }, 120_000);

  it("give every outcome of every fixture a message in both languages, every placeholder supplied", () => {
    const keys = new Set<string>();
    const plain: string[] = [];
    for (const file of fixtureFiles()) {
      for (const result of evaluateSnapshot(snapshotFromText(readFileSync(file, "utf8"), file).snapshot)) {
        const where = `${file}: ${result.check} ${result.status}`;
        if (!isText(result.message)) {
          plain.push(where);
          continue;
        }
        keys.add(result.message.key);
        for (const locale of LOCALES) {
          expect(Object.hasOwn(CHECK_CATALOGUES[locale].checks.texts, result.message.key), `${where} (${locale})`).toBe(true);
        }
        // The strict translators throw on a missing placeholder or an ICU error.
        const english = strict.en!.say(result.message);
        const french = strict.fr!.say(result.message);
        expect(french, where).not.toBe(english);
        // Once the values (cluster strings, which may hold braces) are taken out, no brace is left:
        // no placeholder went unreplaced.
        const skeleton = stringValuesOf(result.message).sort((a, b) => b.length - a.length).reduce((rest, value) => rest.split(value).join(""), french);
        expect(skeleton, where).not.toMatch(/[{}]/);
      }
    }
    expect(plain).toEqual([]);
    expect(keys.size).toBeGreaterThan(100);
  }, 120_000);

  it("say where a manifest's YAML broke in both languages, as a manifests scan's gap", () => {
    const [problem] = snapshotFromText("kind: Pod\nmetadata: {name: [\n", "bad.yaml").problems;
    const gap = problemGap(problem!);
    expect(strict.en!.say(gap.reasonText!)).toMatch(/^bad\.yaml: invalid YAML at line \d+, column \d+ \([A-Z_]+\)$/);
    expect(strict.fr!.say(gap.reasonText!)).toMatch(/^bad\.yaml : YAML invalide à la ligne \d+, colonne \d+ \([A-Z_]+\)$/);
  });

  it("put a cluster string into a message as a value, never into its pattern", () => {
    const hostile = "x'{name}'<b>{0, plural, other {#}}";
    for (const locale of LOCALES) {
      expect(strict[locale]!.say(text("pssPrivileged", { container: hostile }))).toContain(hostile);
      expect(strict[locale]!.say(text("containerLabel", { list: "containers", name: hostile }))).toContain(hostile);
    }
  });

  it("keep a stored English sentence (a finding written before translation) as it is", () => {
    expect(strict.fr!.say("Remove the privileged flag.")).toBe("Remove the privileged flag.");
    expect(strict.fr!.say(text("apiServerFlagsTwo", { first: text("apiServerFlagRemove", { name: "profiling" }), second: text("apiServerFlagSet", { name: "a", value: "b" }) })))
      .toBe("retirez `--profiling` et définissez `--a=b`");
  });

  it("cannot be written as English literals in a rule: the metadata has no title or why, a note is a catalogue text", () => {
    const meta: TCheckMeta = {
      id: "example",
      quickWin: "QW1",
      severity: "low",
      requires: [],
      // @ts-expect-error titles live in the catalogue (checks.meta.<id>.title), not in the rule
      title: "Example check",
    };
    // @ts-expect-error a note is a text ({ key, values }), not a sentence
    const remediation: TRemediation = { type: "create", object: {}, note: "Apply this first." };
    // @ts-expect-error a manual step is a text too
    const manual: TRemediation = { type: "manual", steps: ["Edit the manifest."] };
    // @ts-expect-error an outcome's message is a text, not a sentence
    const outcome: TCheckOutcome = { status: "pass", object: { apiVersion: "v1", kind: "Pod", name: "p" }, message: "Pod `p` is fine." };
    expect([meta.id, remediation.type, manual.type, outcome.status]).toEqual(["example", "create", "manual", "pass"]);
    // And no rule source assigns a string or template literal to title, why, note, steps or a message.
    const offenders = CHECK_SOURCES.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/^\s*(title|why|note|steps):\s*(\[\s*)?["'`]|(^\s*|[{,]\s*)(message|unknown):\s*["'`]/gm)].map((match) => `${file}: ${match[0].trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
