// npm run docs:checks — writes docs/checks.md from the check registry.
import { writeFileSync } from "node:fs";
import { renderChecksMarkdown } from "../lib/checks/docs";
import { CHECKS } from "../lib/checks/registry";

writeFileSync("docs/checks.md", renderChecksMarkdown(CHECKS));
console.log(`docs/checks.md: ${CHECKS.length} checks.`);
