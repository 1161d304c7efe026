// Whether .next holds a production build of the current sources: `npm run demo` and the page
// benchmark build again only when a source file changed after the last build.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const SOURCES = ["app", "components", "lib", "public", "next.config.js", "package-lock.json", "postcss.config.mjs"];

function newestSourceTime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestSourceTime(join(path, name))), stat.mtimeMs);
}

export function buildIsCurrent(distDir = ".next"): boolean {
  const buildId = join(distDir, "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestSourceTime(source) <= builtAt);
}
