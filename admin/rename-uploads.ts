/**
 * Every file an editor chooses in the CMS is renamed before Decap reads it (see
 * upload-name.ts for why). Decap's media library reads `event.target.files` in React's
 * change handler; a capturing listener on `window` runs before React's listener on its
 * root, and swaps the input's files for renamed copies.
 */
import { randomPart, uploadName } from './upload-name.ts';

/** A name this module gave: date, optional words, 6 hex digits, extension. */
const RENAMED = /^\d{8}-(?:[a-z0-9-]+-)?[0-9a-f]{6}\.[a-z0-9]{1,5}$/;

/** Each upload's name as the editor's file had it, by the name it was saved under. */
const originals = new Map<string, string>();

/**
 * The name a renamed upload had on the editor's computer, so messages can name the file
 * the editor knows; undefined for a file not uploaded in this window.
 * @example originalName('20261206-c3583c.xlsx') // '验证榜单 错误版.xlsx'
 */
export const originalName = (saved: string): string | undefined => originals.get(saved);

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
        if (name !== file.name) originals.set(name, file.name);
        files.items.add(new File([file], name, { type: file.type, lastModified: file.lastModified }));
      }
      input.files = files.files;
    },
    true,
  );
}
