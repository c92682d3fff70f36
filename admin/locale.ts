/**
 * Small changes to Decap's Simplified Chinese phrases so the CMS uses the site's and the
 * newsroom's words: the review stages (草稿 → 审核中 → 待发布 → 发布), 栏目 for sections,
 * Chinese dates on the workflow board, and our own Chinese pattern messages as they are
 * written in src/schemas/patterns.ts.
 */

type Phrases = { [key: string]: string | Phrases };

/** Phrase path → replacement. */
export const PHRASES: Readonly<Record<string, string>> = {
  'editor.editorControlPane.widget.regexPattern': '“%{fieldLabel}”：%{pattern}',
  'editor.editorToolbar.ready': '待发布',
  'editor.editor.onPublishingNotReady': '请先把状态改为“待发布”，再发布',
  'workflow.workflowList.inReviewHeader': '审核中',
  'workflow.workflowList.readyHeader': '待发布',
  'workflow.workflowList.onPublishingNotReadyEntry': '只有“待发布”一列中的内容才能发布：请先把卡片拖到“待发布”',
  // The site calls them 栏目 (sections), not 集合 (Decap's word for collections).
  'collection.sidebar.collections': '栏目',
  'collection.sidebar.allCollections': '所有栏目',
  'editor.editorToolbar.backCollection': '正在编辑栏目“%{collectionLabel}”中的内容',
  'workflow.workflow.newPost': '新建内容',
  // The board's counts in the words of its columns.
  'workflow.workflow.description':
    '%{smart_count} 条审核中、%{readyCount} 条待发布 |||| %{smart_count} 条审核中、%{readyCount} 条待发布',
  // Card dates as Chinese readers write them, not "November 27".
  'workflow.workflow.dateFormat': 'M月D日',
};

/**
 * A copy of `phrases` with our replacements; the original is left untouched.
 * @example patchPhrases({ editor: { editorToolbar: { ready: '就绪' } } }).editor // { editorToolbar: { ready: '待发布' } }
 */
export function patchPhrases(phrases: Phrases, changes: Readonly<Record<string, string>> = PHRASES): Phrases {
  const copy = structuredClone(phrases);
  for (const [dotted, text] of Object.entries(changes)) {
    const keys = dotted.split('.');
    const last = keys.pop()!;
    let node: Phrases = copy;
    for (const key of keys) {
      const next = node[key];
      if (typeof next !== 'object') throw new Error(`Decap phrase ${dotted} not found`);
      node = next;
    }
    if (typeof node[last] !== 'string') throw new Error(`Decap phrase ${dotted} not found`);
    node[last] = text;
  }
  return copy;
}
