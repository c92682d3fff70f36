/** What the online form says about the draft it keeps in this browser. */
export interface DraftMessages {
  saved: string;
  loaded: string;
  cleared: string;
}

/**
 * The draft notes of an online form. ID numbers are never kept; only a form that asks for one says so.
 * @example draftMessages(false).saved // '已自动保存草稿在这台设备的浏览器中（不上传）。用完请点“清除草稿和已填内容”。'
 * @example draftMessages(true).loaded // '已载入您之前在本浏览器自动保存的草稿（身份证号不保存，请重新填写）。…'
 */
export function draftMessages(asksForId: boolean): DraftMessages {
  return {
    saved: `已自动保存草稿在这台设备的浏览器中（不上传${asksForId ? '；身份证号不保存' : ''}）。用完请点“清除草稿和已填内容”。`,
    loaded: `已载入您之前在本浏览器自动保存的草稿${asksForId ? '（身份证号不保存，请重新填写）' : ''}。不需要时请点“清除草稿和已填内容”。`,
    cleared: '已清除：本浏览器中不再保存此表单的任何内容。点“撤销”可恢复刚才填写的内容。',
  };
}
