// npm run demo:states [-- --check] — writes the demo cluster states under demo/clusters/ from
// lib/demo/build-states.ts (each folder is replaced whole, so the run is repeatable). With
// --check, writes nothing and exits 1 when a committed file differs from what the builder gives.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildDemoState } from "../lib/demo/build-states";
import { DEMO_STATES } from "../lib/demo/states";

const check = process.argv.includes("--check");
let stale = 0;

for (const state of DEMO_STATES) {
  const files = buildDemoState(state);
  if (check) {
    const present = existsSync(state.dir) ? readdirSync(state.dir).filter((name) => name.endsWith(".yaml")) : [];
    for (const name of new Set([...present, ...files.keys()])) {
      const path = join(state.dir, name);
      const expected = files.get(name);
      const actual = existsSync(path) ? readFileSync(path, "utf8") : undefined;
      if (expected !== actual) {
        stale += 1;
        console.error(`${path}: ${expected === undefined ? "not produced by the builder" : actual === undefined ? "missing" : "differs from the builder"}`);
      }
    }
    continue;
  }
  // Only the YAML files of the state folder: a nested state (acme-prod/week-N) is its own folder.
  mkdirSync(state.dir, { recursive: true });
  for (const name of readdirSync(state.dir).filter((entry) => entry.endsWith(".yaml"))) rmSync(join(state.dir, name));
  let objects = 0;
  for (const [name, text] of files) {
    writeFileSync(join(state.dir, name), text);
    objects += text.split("\n---\n").length - 1;
  }
  console.log(`${state.dir}: ${files.size} files, ${objects} objects`);
}

if (check) {
  if (stale > 0) {
    console.error(`${stale} demo file(s) out of date: run npm run demo:states`);
    process.exit(1);
  }
  console.log("Demo states are up to date.");
}
