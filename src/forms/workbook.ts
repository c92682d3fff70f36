/**
 * The Excel file of a form. The same function makes the blank download (at build time, no values)
 * and the reader's filled file (in the browser, loaded only when the reader asks for the file).
 * Layout: src/forms/sheet-layout.ts; writing the .xlsx: src/forms/xlsx-file.ts.
 */
import { formSheet, type WorkbookInput } from './sheet-layout.ts';
import { xlsxFile } from './xlsx-file.ts';

export type { WorkbookInput } from './sheet-layout.ts';

/**
 * Build the workbook and return the .xlsx bytes.
 * @example formWorkbook({ title: '镇域发展问卷', sections: def.sections }) // blank questionnaire
 */
export function formWorkbook(input: WorkbookInput): Uint8Array {
  return xlsxFile(formSheet(input));
}
