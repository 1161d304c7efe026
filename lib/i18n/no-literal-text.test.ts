// The lint rule that keeps interface text in the catalogues (eslint.config.mjs): words written
// in JSX, or as a literal aria-label, title, placeholder or alt, in a page, a component or the
// PDF, fail `npm run lint`; symbols and catalogue lookups pass; other folders are not concerned.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(code: string, filePath = "components/example/example.tsx"): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-syntax").map((message) => code.split("\n")[message.line - 1]!.trim());
}

const component = (jsx: string) => `import { useTranslations } from "next-intl";\nexport function Example() {\n  const t = useTranslations("nav");\n  return (\n${jsx}\n  );\n}\n`;

describe("no interface text outside the catalogues", () => {
  it("fails on words in JSX text, in a string child and in a read-out or shown attribute", async () => {
    const found = await problems(component(
      ['<div>', '<p>Open findings</p>', '<p>{"Open findings"}</p>', '<button aria-label="Close">{t("label")}</button>', '<input placeholder="Search" />', '<img alt="Logo" src="/x.png" />', '<span title="More">{t("label")}</span>', '</div>'].join("\n"),
    ));
    expect(found).toEqual(['<p>Open findings</p>', '<p>{"Open findings"}</p>', '<button aria-label="Close">{t("label")}</button>', '<input placeholder="Search" />', '<img alt="Logo" src="/x.png" />', '<span title="More">{t("label")}</span>']);
  }, 60_000);

  it("lets catalogue text, symbols and code attributes through", async () => {
    expect(await problems(component('<p className="text-sm" data-kind="quick-win" aria-label={t("label")}>{t("overview")} — → · {"%"}</p>'))).toEqual([]);
  }, 60_000);

  it("covers pages and the PDF, not scripts or tests", async () => {
    const code = component("<p>Open findings</p>");
    expect(await problems(code, "app/example/page.tsx")).toHaveLength(1);
    expect(await problems(code, "lib/report/example.tsx")).toHaveLength(1);
    expect(await problems(code, "components/example/example.test.tsx")).toEqual([]);
  }, 60_000);
});
