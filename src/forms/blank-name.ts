/**
 * The file name of a form's blank Excel download, which is also the last part of its URL: phones and
 * WeChat save a download under the name in its URL whenever they ignore the link's `download`
 * attribute (and a link copied into another browser has no attribute at all).
 * @example blankName('参会回执表') // '参会回执表（空白）.xlsx'
 */
export function blankName(formTitle: string): string {
  return `${formTitle.replace(/[\\/:*?"<>|]/g, '')}（空白）.xlsx`;
}
