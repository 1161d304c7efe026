import { Text } from "@react-pdf/renderer";
import { clip, pdfText } from "./format";
import type { TReportT } from "./i18n";
import type { TReportModel } from "./model";
import { styles } from "./styles";

/** A page's number and the document's page count, when known before layout (document.tsx). */
export interface TPageNumber {
  page: number;
  pages: number;
}

/**
 * "<organisation> · Executive summary · page n of N", on every page. Printed as plain text when
 * `numbering` is known; otherwise react-pdf fills it in after pagination, which costs a second
 * layout of the page.
 */
export function Footer({ model, t, numbering }: { model: Pick<TReportModel, "organisation">; t: TReportT; numbering?: TPageNumber }) {
  const organisation = clip(model.organisation, 60);
  if (numbering) return <Text style={styles.footer} fixed>{pdfText(t("footer", { organisation, page: numbering.page, pages: numbering.pages }))}</Text>;
  return (
    <Text
      style={styles.footer}
      fixed
      render={({ pageNumber, totalPages }) => pdfText(t("footer", { organisation, page: pageNumber, pages: totalPages ?? pageNumber }))}
    />
  );
}
