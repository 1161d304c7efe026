// The part of a catalogue the browser needs: what client components translate. The root layout
// hands it to NextIntlClientProvider, which otherwise serialises the whole catalogue (~60 KB)
// into every page's HTML and RSC payload (issue #6). Server components read the full catalogue
// on the server. client-messages.test.ts reads every client component and fails when one
// translates a namespace this list leaves out.
import type { TMessages } from "./messages";

/**
 * Top-level namespaces sent whole, and those of which only some children are sent (the rest is
 * for server components or the PDF only: reports.pdf, the cluster page's headings…).
 */
export const CLIENT_NAMESPACES = ["auth", "clusters", "environment", "errors", "finding", "matrix", "namespaces", "nav", "quickWins", "ratingsEditor", "scanStatus", "scans", "settings", "tokens", "trends", "users"] as const;
export const CLIENT_CHILDREN: Readonly<Record<string, readonly string[]>> = { cluster: ["scan"], notifications: ["settings"], reports: ["export"] };

type TTree = { [key: string]: string | TTree };

export function clientMessages(messages: TMessages | TTree): TTree {
  const all = messages as TTree;
  const picked: TTree = {};
  for (const namespace of CLIENT_NAMESPACES) if (all[namespace] !== undefined) picked[namespace] = all[namespace];
  for (const [namespace, children] of Object.entries(CLIENT_CHILDREN)) {
    const tree = all[namespace];
    if (typeof tree !== "object") continue;
    picked[namespace] = Object.fromEntries(children.filter((child) => tree[child] !== undefined).map((child) => [child, tree[child]!]));
  }
  return picked;
}
