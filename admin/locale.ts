/**
 * Small changes to Decap's Simplified Chinese phrases so the CMS speaks the words of the
 * glossary (src/schemas/glossary.ts, written out in admin/README.md): the review stages
 * 草稿 → 审核中 → 审核通过 → 发布, 栏目 for sections, dates on the workflow board that say
 * they are the date of the last change, and our own Chinese pattern messages as they are
 * written in src/schemas/patterns.ts.
 */
import { GLOSSARY as G } from '../src/schemas/glossary.ts';

type Phrases = { [key: string]: string | Phrases };

/** Phrase path → replacement. */
export const PHRASES: Readonly<Record<string, string>> = {
  'editor.editorControlPane.widget.regexPattern': '“%{fieldLabel}”：%{pattern}',
  'editor.editorToolbar.draft': G.stageDraft,
  'editor.editorToolbar.inReview': G.stageInReview,
  'editor.editorToolbar.ready': G.stageReady,
  'editor.editor.onPublishingNotReady': `请先把状态改为“${G.stageReady}”，再发布`,
  'workflow.workflowList.draftHeader': G.stageDraft,
  'workflow.workflowList.inReviewHeader': G.stageInReview,
  'workflow.workflowList.readyHeader': G.stageReady,
  'workflow.workflowList.onPublishingNotReadyEntry': `只有“${G.stageReady}”一列中的内容才能发布：请先把卡片拖到“${G.stageReady}”`,
  'collection.sidebar.collections': G.section,
  'collection.sidebar.allCollections': `所有${G.section}`,
  'editor.editorToolbar.backCollection': `正在编辑${G.section}“%{collectionLabel}”中的内容`,
  'workflow.workflow.newPost': '新建内容',
  // The board's counts in the words of its columns.
  'workflow.workflow.description': `%{smart_count} 条${G.stageInReview}、%{readyCount} 条${G.stageReady} |||| %{smart_count} 条${G.stageInReview}、%{readyCount} 条${G.stageReady}`,
  // A card's date is when the entry was last saved (Decap's updatedOn), not the entry's
  // own date: said so, and written the Chinese way, not "November 27".
  'workflow.workflow.dateFormat': 'M月D日',
  'workflow.workflowCard.lastChange': '最后修改：%{date}（%{author}）',
  'workflow.workflowCard.lastChangeNoAuthor': '最后修改：%{date}',
  'workflow.workflowCard.lastChangeNoDate': '最后修改：%{author}',
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
