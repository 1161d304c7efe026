// The executive report as a react-pdf document: cover, one-page summary, matrix and trend, a
// page per cluster, appendix. Layout only: every number comes from the model (model.ts), every
// word from the catalogues (i18n.ts), every string through pdf-kit's Txt.
import { Document, Font } from "@react-pdf/renderer";
import { appendixPageCount, AppendixPages } from "./appendix-pages";
import { ChartsPage, ClusterPage } from "./cluster-page";
import { CoverPage, SummaryPage } from "./cover-summary";
import { fitsOnePage } from "./fit";
import type { TPageNumber } from "./footer";
import { breakLongWord, pdfText, type TReportFormat } from "./format";
import type { TReportTranslator } from "./i18n";
import type { TReportModel } from "./model";

// No hyphenation (English patterns would cut French words wrongly); very long words, such as a
// 300-character namespace, may still break so they wrap inside their box.
Font.registerHyphenationCallback(breakLongWord);

/** Cover, summary and charts come before the clusters' pages. */
const LEADING_PAGES = 3;

/**
 * Each page's number and the page count, when no page can break (every page then prints as one):
 * the footers are plain text, which spares react-pdf laying every page out a second time to fill
 * them in. Otherwise undefined, and react-pdf numbers the pages after pagination.
 */
export function pageNumbering(model: TReportModel): ((index: number) => TPageNumber) | undefined {
  if (!model.clusters.every(fitsOnePage)) return undefined;
  const pages = LEADING_PAGES + model.clusters.length + appendixPageCount(model);
  return (index) => ({ page: index, pages });
}

export function ExecutiveReport({ model, tr, format }: { model: TReportModel; tr: TReportTranslator; format: TReportFormat }) {
  const props = { model, tr, format };
  const numbering = pageNumbering(model);
  return (
    <Document
      title={pdfText(`${tr.t("documentTitle")} · ${model.organisation}`)}
      author={pdfText(model.organisation)}
      subject={pdfText(tr.t("documentTitle"))}
      creator="Ramparts"
      producer="Ramparts"
      language={model.locale}
      creationDate={model.generatedAt}
    >
      <CoverPage {...props} numbering={numbering?.(1)} />
      <SummaryPage {...props} numbering={numbering?.(2)} />
      <ChartsPage {...props} numbering={numbering?.(3)} />
      {model.clusters.map((cluster, index) => <ClusterPage key={cluster.id} cluster={cluster} {...props} numbering={numbering?.(LEADING_PAGES + 1 + index)} />)}
      <AppendixPages {...props} numbering={numbering?.(LEADING_PAGES + model.clusters.length + 1)} />
    </Document>
  );
}
