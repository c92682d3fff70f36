/**
 * Write a {@link SheetLayout} as .xlsx bytes: the few SpreadsheetML parts Excel, WPS and LibreOffice
 * need (workbook, one sheet, styles, shared strings), zipped with fflate. It replaces exceljs, whose
 * 256 KB (gzipped) the reader's phone had to fetch before the file could be made.
 */
import { strToU8, zipSync } from 'fflate';
import type { CellStyle, SheetLayout } from './sheet-layout.ts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Index of each style in styles.xml's cellXfs (0 is the default). */
const STYLE: Record<CellStyle, number> = { title: 1, head: 2, cell: 3, note: 4 };

const STYLES = `${XML}<styleSheet xmlns="${MAIN}">\
<fonts count="3"><font><family val="2"/><sz val="11"/><name val="Calibri"/></font>\
<font><b/></font><font><b/><sz val="14"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>\
<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>\
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>\
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Text as XML character data: markup escaped, characters XML forbids dropped. */
function esc(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** 1 → A, 27 → AA. */
function column(n: number): string {
  let name = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return name;
}

/**
 * The .xlsx file of one sheet.
 * @example xlsxFile(formSheet({ title: '镇域发展问卷', sections })) // Uint8Array of a zip
 */
export function xlsxFile(sheet: SheetLayout): Uint8Array {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (s: string) => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      stringIndex.set(s, i);
    }
    return i;
  };
  // Only the first cell of a merged range holds the value; the others keep their style (borders).
  const covered = new Set<string>();
  for (const [r1, c1, r2, c2] of sheet.merges) {
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) covered.add(`${r}:${c}`);
  }
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const rows = sheet.rows
    .map((cells, i) => {
      const r = i + 1;
      const height = sheet.heights[r];
      const xml = cells
        .map((cell, j) => {
          const ref = `${column(j + 1)}${r}`;
          const s = STYLE[cell.style];
          if (covered.has(`${r}:${j + 1}`)) return `<c r="${ref}" s="${s}"/>`;
          if (typeof cell.value === 'number') return `<c r="${ref}" s="${s}"><v>${cell.value}</v></c>`;
          return `<c r="${ref}" s="${s}" t="s"><v>${shared(cell.value)}</v></c>`;
        })
        .join('');
      const ht = height === undefined ? '' : ` ht="${height}" customHeight="1"`;
      return `<row r="${r}"${ht}>${xml}</row>`;
    })
    .join('');
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const merges = sheet.merges
    .map(([r1, c1, r2, c2]) => `<mergeCell ref="${column(c1)}${r1}:${column(c2)}${r2}"/>`)
    .join('');
  const worksheet =
    `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="A1:${column(width)}${sheet.rows.length}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rows}</sheetData>` +
    (sheet.merges.length ? `<mergeCells count="${sheet.merges.length}">${merges}</mergeCells>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${sheet.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>` +
    '</worksheet>';
  const sst =
    `${XML}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('') +
    '</sst>';
  const part = (type: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${type}+xml`;
  const files: Record<string, string> = {
    '[Content_Types].xml':
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${part('sheet.main')}"/>` +
      `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${part('worksheet')}"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${part('styles')}"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${part('sharedStrings')}"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews>` +
      `<sheets><sheet name="${esc(sheet.name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `${XML}<Relationships xmlns="${PKG}">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': worksheet,
    'xl/styles.xml': STYLES,
    'xl/sharedStrings.xml': sst,
  };
  // A fixed date keeps the same form giving the same bytes.
  const mtime = new Date('2000-01-01T00:00:00Z');
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime }]])), {
    level: 6,
  });
}
