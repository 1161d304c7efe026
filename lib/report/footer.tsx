import { Text } from "@react-pdf/renderer";
import { clip, pdfText } from "./format";
import type { TReportT } from "./i18n";
import type { TReportModel } from "./model";
import { styles } from "./styles";

/** "<organisation> · Executive summary · page n of N", on every page. */
export function Footer({ model, t }: { model: Pick<TReportModel, "organisation">; t: TReportT }) {
  const organisation = clip(model.organisation, 60);
  return (
    <Text
      style={styles.footer}
      fixed
      render={({ pageNumber, totalPages }) => pdfText(t("footer", { organisation, page: pageNumber, pages: totalPages ?? pageNumber }))}
    />
  );
}
