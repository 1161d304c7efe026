// The heatmap's first render for a cluster of 2,000 namespaces (the benchmark's size): one page
// of rows, the count, "show more", and every link encoded. Rendered to HTML, no browser.
import { NextIntlClientProvider } from "next-intl";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "@/lib/i18n/messages";
import { QUICK_WIN_IDS } from "@/lib/scoring/quick-wins";
import type { TNamespaceRow } from "./heatmap-sort";
import { NamespaceHeatmap, PAGE_SIZE } from "./namespace-heatmap";

function rows(count: number): TNamespaceRow[] {
  return Array.from({ length: count }, (_, index) => ({
    namespace: index === 0 ? "team/<b>odd</b>" : `ns-${String(index).padStart(4, "0")}`,
    postureScore: (index * 7) % 100,
    grade: null,
    openFindings: index % 13,
    compliance: QUICK_WIN_IDS.map((_, qw) => (qw === 0 ? null : ((index + qw) % 100) / 100)),
    open: QUICK_WIN_IDS.map(() => 1),
  }));
}

const render = (list: TNamespaceRow[]) =>
  renderToString(
    <NextIntlClientProvider locale="en" messages={CATALOGUES.en} timeZone="UTC">
      <NamespaceHeatmap clusterId="c-1" rows={list} />
    </NextIntlClientProvider>,
  );

describe("NamespaceHeatmap", () => {
  it("renders one page of 2,000 namespaces with the count and a way to see more", () => {
    const html = render(rows(2_000));
    expect(html.match(/<th scope="row"/g)).toHaveLength(PAGE_SIZE);
    expect(html).toContain("Showing 100 of 2,000 namespaces");
    expect(html).toContain("Show 100 more");
    expect(html).toContain("Show all 2,000");
  });

  it("escapes names as text and encodes them into links", () => {
    const html = render(rows(3));
    expect(html).toContain(`href="/clusters/c-1/namespaces/${encodeURIComponent("team/<b>odd</b>")}"`);
    expect(html).toContain("team/&lt;b&gt;odd&lt;/b&gt;");
    expect(html).not.toContain("<b>odd</b>");
    expect(html).not.toContain("Show 100 more");
  });
});
