// Just enough of a Dockerfile reader to check the deployment files against the image: stages
// with their instructions (continuation lines joined, comments dropped), and the exec form of
// CMD. No Docker engine is needed (or available) to run the checks.

export interface TInstruction {
  keyword: string;
  args: string;
}

export interface TStage {
  from: string;
  name?: string;
  instructions: TInstruction[];
}

export function parseDockerfile(text: string): TStage[] {
  const lines: string[] = [];
  let pending = "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (pending === "" && (line === "" || line.startsWith("#"))) continue;
    if (line.endsWith("\\")) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    lines.push(pending + line);
    pending = "";
  }
  const stages: TStage[] = [];
  for (const line of lines) {
    const [, keyword = "", args = ""] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const instruction = { keyword: keyword.toUpperCase(), args: args.trim() };
    if (instruction.keyword === "FROM") {
      const [from = "", as, name] = instruction.args.split(/\s+/);
      stages.push({ from, name: as?.toUpperCase() === "AS" ? name : undefined, instructions: [] });
    } else if (instruction.keyword !== "ARG" || stages.length > 0) {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

/** The JSON (exec) form of CMD, ENTRYPOINT or HEALTHCHECK … CMD; undefined for the shell form. */
export function execForm(args: string): string[] | undefined {
  const json = args.slice(args.indexOf("["));
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) && parsed.every((part) => typeof part === "string") ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The command the image runs for a package.json script of the form `tsx [node flags] FILE [ARGS]`:
 * node itself with tsx as a loader (npm is not in the final image).
 */
export function nodeCommandForScript(script: string): string[] {
  const [runner, ...rest] = script.trim().split(/\s+/);
  if (runner !== "tsx") throw new Error(`Not a tsx script: ${script}`);
  const flags = rest.filter((part) => part.startsWith("--"));
  const positional = rest.filter((part) => !part.startsWith("--"));
  return ["node", ...flags, "--import", "tsx", ...positional];
}
