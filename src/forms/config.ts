import type { FormDef } from '../schemas/form.ts';

/**
 * What the form page hands its script, as JSON in the form's `data-config` attribute:
 * the definition from content/forms/ plus the edition's dates and address. Nothing typed by
 * the reader is ever added to it.
 */
export interface FormConfig {
  /** localStorage key part for the draft, e.g. reply-2026. */
  draftKey: string;
  /** Title row of the Excel file. */
  title: string;
  /** Download name without extension, e.g. 参会回执表. */
  fileName: string;
  sections: FormDef['sections'];
  /** Forum day and reply deadline (YYYY-MM-DD) for per-edition forms. */
  eventDate?: string | undefined;
  deadline?: string | undefined;
  /** Where the reader sends the file. */
  email: string;
  /** Lines printed under the table in the Excel file. */
  notes: string[];
}
