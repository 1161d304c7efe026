// Small building blocks of the PDF's pages. Every string reaches the page through Txt, which
// prints it as text in the built-in font (format.ts pdfText): untrusted cluster strings included.
import { Page, Text, View } from "@react-pdf/renderer";
import type { Style } from "@react-pdf/types";
import type { ReactNode } from "react";
import type { TGrade } from "../scoring/posture";
import { pdfText } from "./format";
import { BAND_COLOURS, DARK_TEXT_BANDS, INK, PAGE, styles } from "./styles";

type TStyle = Style | Style[];
type TChild = string | number | null | undefined | false | ReactNode;

function safe(children: TChild | TChild[]): ReactNode {
  if (typeof children === "string") return pdfText(children);
  if (Array.isArray(children)) return children.map((child) => (typeof child === "string" ? pdfText(child) : child));
  return children as ReactNode;
}

/**
 * An A4 page of the report. One laid out without page breaking (`wrap` false: it surely fits)
 * keeps the A4 height: react-pdf would otherwise size such a page to its content.
 */
export function ReportPage({ wrap = true, children }: { wrap?: boolean; children: ReactNode }) {
  return <Page size="A4" style={wrap ? styles.page : [styles.page, { minHeight: PAGE.height }]} wrap={wrap}>{children}</Page>;
}

/** The body size: a block of text that names no size uses it. */
export const BODY_SIZE = 9;

/**
 * Every block of text states its size and line height: react-pdf multiplies a unitless
 * lineHeight by the size declared on the same element (12 when none), and children inherit the
 * result in points, so a page-wide one squeezes larger text (and hides the page-number footer).
 */
function blockStyle(style: TStyle | undefined): Style {
  const flat: Style = Array.isArray(style) ? Object.assign({}, ...style) : { ...style };
  flat.fontSize ??= BODY_SIZE;
  flat.lineHeight ??= 1.3;
  return flat;
}

/** A block of text (a paragraph, a cell, a label). */
export function Txt({ style, children, fixed }: { style?: TStyle; children: TChild | TChild[]; fixed?: boolean }) {
  return <Text style={blockStyle(style)} fixed={fixed}>{safe(children)}</Text>;
}

/** A run inside a Txt (bold words in a sentence): it keeps the block's size and line height. */
export function Span({ style, children }: { style?: TStyle; children: TChild | TChild[] }) {
  return <Text style={style}>{safe(children)}</Text>;
}

export function Heading({ level, children }: { level: 1 | 2 | 3; children: string }) {
  return <Txt style={level === 1 ? styles.h1 : level === 2 ? styles.h2 : styles.h3}>{children}</Txt>;
}

/** A grade in a coloured square; "–" on a dashed outline when there is none. */
export function GradeBox({ grade, size = 28 }: { grade: TGrade | null; size?: number }) {
  const band = grade ?? "none";
  return (
    <View style={{ width: size, height: size, borderRadius: 4, backgroundColor: grade ? BAND_COLOURS[band] : "#ffffff", borderWidth: grade ? 0 : 1, borderStyle: "dashed", borderColor: BAND_COLOURS.none, justifyContent: "center", alignItems: "center" }}>
      <Txt style={{ fontFamily: "Helvetica-Bold", fontSize: size * 0.55, lineHeight: 1, color: !grade ? BAND_COLOURS.none : DARK_TEXT_BANDS.has(band) ? INK : "#ffffff" }}>{grade ?? "–"}</Txt>
    </View>
  );
}

export interface TColumn<TRow> {
  title: string;
  width: number;
  align?: "left" | "right" | "center";
  /** A string is printed in the cell as is (one text node); anything else is laid out in it. */
  render: (row: TRow) => string | ReactNode;
  bold?: boolean;
}

/** A table whose rows never split across pages (tables here are short: a few rows each). */
export function Table<TRow>({ columns, rows, fontSize = 8 }: { columns: TColumn<TRow>[]; rows: TRow[]; fontSize?: number }) {
  return (
    <View>
      <View style={styles.tableHead} wrap={false}>
        {columns.map((column, index) => (
          <Txt key={index} style={[styles.cell, { width: column.width, textAlign: column.align ?? "left", fontSize: 8 }]}>{column.title}</Txt>
        ))}
      </View>
      {rows.map((row, rowIndex) => (
        <View key={rowIndex} style={[styles.tableRow, { fontSize }]} wrap={false}>
          {columns.map((column, index) => {
            const content = column.render(row);
            const box = [styles.cell, { width: column.width, textAlign: column.align ?? "left", fontSize }, ...(column.bold ? [styles.bold] : [])];
            return typeof content === "string"
              ? <Txt key={index} style={box}>{content}</Txt>
              : <View key={index} style={[styles.cell, { width: column.width }]}>{content}</View>;
          })}
        </View>
      ))}
    </View>
  );
}

/**
 * A long, plain table (the check references) with few text nodes: each column of a page is one
 * text of lines. Rows must fit their column on one line; `rowsPerPage` rows per page.
 */
export function ColumnTable({ columns, rows, fontSize = 7 }: { columns: { title: string; width: number }[]; rows: string[][]; fontSize?: number }) {
  return (
    <View>
      <View style={styles.tableHead} wrap={false}>
        {columns.map((column, index) => <Txt key={index} style={[styles.cell, { width: column.width, fontSize: 8 }]}>{column.title}</Txt>)}
      </View>
      <View style={{ flexDirection: "row" }} wrap={false}>
        {columns.map((column, index) => (
          <Txt key={index} style={[styles.cell, { width: column.width, fontSize, lineHeight: 1.45 }]}>{rows.map((row) => row[index] ?? "").join("\n")}</Txt>
        ))}
      </View>
    </View>
  );
}

export function Bullet({ children }: { children: ReactNode }) {
  return (
    <View style={{ flexDirection: "row", marginBottom: 2 }} wrap={false}>
      <Txt style={{ width: 10 }}>•</Txt>
      <View style={{ flex: 1 }}>{children}</View>
    </View>
  );
}
