/**
 * The file name an upload is saved under.
 *
 * Why: Decap keeps only the ASCII of a file name (`slug.encoding: ascii`), so `竹林 照片.png`
 * became `.png` — a hidden file the site serves as 404, overwritten by the next Chinese-named
 * upload — and phones name every photo `IMG_0001.JPG`, so ASCII names collide too (Decap
 * then deletes the older file). Every upload therefore gets the upload date and a random
 * part; the ASCII words of the original name stay in it to keep it readable.
 */

/** Extensions by MIME type, for files whose own extension is missing or not ASCII. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/msword': 'doc',
  'application/vnd.ms-excel': 'xls',
};

/** Longest kept part of the original name, so a name stays readable in the media library. */
const MAX_WORDS = 40;

/**
 * A safe, unique, readable name: `YYYYMMDD-<ASCII words of the original>-<unique>.<ext>`,
 * only `a-z 0-9 -` and a dot before the extension; never empty, never starting with a dot.
 * @param unique a short random part (hex), e.g. from {@link randomPart}
 * @example uploadName('竹林 照片.PNG', 'image/png', new Date('2026-11-27'), '3f9a1c') // '20261127-3f9a1c.png'
 * @example uploadName('IMG_0001.JPG', 'image/jpeg', new Date('2026-11-27'), '3f9a1c') // '20261127-img-0001-3f9a1c.jpg'
 */
export function uploadName(original: string, mimeType: string, date: Date, unique: string): string {
  const dot = original.lastIndexOf('.');
  const stem = dot > 0 ? original.slice(0, dot) : original;
  const ownExt = dot > 0 ? original.slice(dot + 1).toLowerCase() : '';
  const ext = /^[a-z0-9]{1,5}$/.test(ownExt) ? ownExt : (EXTENSIONS[mimeType.toLowerCase()] ?? 'bin');
  const words = (stem.toLowerCase().match(/[a-z0-9]+/g) ?? []).join('-').slice(0, MAX_WORDS).replace(/-+$/, '');
  const day = `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`;
  return [day, words, unique.toLowerCase().replace(/[^a-z0-9]/g, '')].filter(Boolean).join('-') + `.${ext}`;
}

/** 6 random hex digits: 16.7 million names per day, so two uploads do not meet. */
export function randomPart(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(3));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
