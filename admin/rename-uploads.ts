/**
 * Every file an editor chooses in the CMS is renamed before Decap reads it (see
 * upload-name.ts for why). Decap's media library reads `event.target.files` in React's
 * change handler; a capturing listener on `window` runs before React's listener on its
 * root, and swaps the input's files for renamed copies.
 */
import { randomPart, uploadName } from './upload-name.ts';

/** A name this module gave: date, optional words, 6 hex digits, extension. */
const RENAMED = /^\d{8}-(?:[a-z0-9-]+-)?[0-9a-f]{6}\.[a-z0-9]{1,5}$/;

/** Start renaming uploads in this window. */
export function renameUploads(win: Window = window): void {
  win.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
      const files = new DataTransfer();
      for (const file of Array.from(input.files)) {
        const name = RENAMED.test(file.name) ? file.name : uploadName(file.name, file.type, new Date(), randomPart());
        files.items.add(new File([file], name, { type: file.type, lastModified: file.lastModified }));
      }
      input.files = files.files;
    },
    true,
  );
}
