// The one registry of checks. Each family folder exports its checks; ids are unique
// (registry.test.ts proves it, and that each has metadata, fixtures and docs).
import type { TCheck } from "./types";

export const CHECKS: readonly TCheck[] = [];

export function checkById(id: string): TCheck | undefined {
  return CHECKS.find((check) => check.id === id);
}
