// The executive report as a react-pdf document: cover, one-page summary, matrix and trend, a
// page per cluster, appendix. Layout only: every number comes from the model (model.ts), every
// word from the catalogues (i18n.ts), every string through pdf-kit's Txt.
import { Document, Font } from "@react-pdf/renderer";
import { AppendixPages } from "./appendix-pages";
import { ChartsPage, ClusterPage } from "./cluster-page";
import { CoverPage, SummaryPage } from "./cover-summary";
import { breakLongWord, pdfText, type TReportFormat } from "./format";
import type { TReportTranslator } from "./i18n";
import type { TReportModel } from "./model";

// No hyphenation (English patterns would cut French words wrongly); very long words, such as a
// 300-character namespace, may still break so they wrap inside their box.
Font.registerHyphenationCallback(breakLongWord);

export function ExecutiveReport({ model, tr, format }: { model: TReportModel; tr: TReportTranslator; format: TReportFormat }) {
  const props = { model, tr, format };
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
      <CoverPage {...props} />
      <SummaryPage {...props} />
      <ChartsPage {...props} />
      {model.clusters.map((cluster) => <ClusterPage key={cluster.id} cluster={cluster} {...props} />)}
      <AppendixPages {...props} />
    </Document>
  );
}
