// Both catalogues must hold the same keys: a missing French string would show English (or a key).
import { describe, expect, it } from "vitest";
import { CATALOGUES, CHECK_CATALOGUES } from "./messages";

// The pages' catalogue and the checks' own (kept apart, see lib/i18n/check-texts.ts).
const en = { ...CATALOGUES.en, ...CHECK_CATALOGUES.en };
const fr = { ...CATALOGUES.fr, ...CHECK_CATALOGUES.fr };

function keys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("message catalogues", () => {
  it("have the same keys in English and French", () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
  });
  it("have no empty string", () => {
    for (const catalogue of [en, fr]) {
      const empty = keys(catalogue).filter((key) => {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });
});
