// An API failure reads in the page's language: the stable code picks the sentence; a conflict or
// an unreachable cluster keeps the server's words, which name what is at fault.
import { NextIntlClientProvider } from "next-intl";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ApiError } from "@/components/clusters/hooks/api";
import { CATALOGUES } from "@/lib/i18n/messages";
import { useApiErrorText } from "./use-api-error-text";

function Shown({ error }: { error: unknown }) {
  return <p>{useApiErrorText()(error)}</p>;
}

const render = (locale: "en" | "fr", error: unknown) =>
  renderToString(
    <NextIntlClientProvider locale={locale} messages={CATALOGUES[locale]} timeZone="UTC">
      <Shown error={error} />
    </NextIntlClientProvider>,
  ).replace(/&#x27;|&#39;/g, "'");

describe("useApiErrorText", () => {
  it("says a known failure in French, not the server's English", () => {
    expect(render("fr", new ApiError(403, "forbidden", "This needs the editor role."))).toContain("Votre rôle ne permet pas cette action.");
    expect(render("fr", new ApiError(0, "network", "Ramparts could not be reached."))).toContain("Ramparts est injoignable.");
    expect(render("en", new ApiError(503, "database_unavailable", "database unavailable: timeout"))).toContain("The database cannot be reached right now.");
  });

  it("keeps the server's words for a code without a sentence, and any other error's message", () => {
    expect(render("fr", new ApiError(409, "conflict", "A cluster named acme-prod already exists."))).toContain("A cluster named acme-prod already exists.");
    expect(render("fr", new Error("boom"))).toContain("boom");
  });
});
