// Both catalogues must hold the same keys: a missing French string would show English (or a key).
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "./messages";

const { en, fr } = CATALOGUES;

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
