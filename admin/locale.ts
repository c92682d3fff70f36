/**
 * Small changes to Decap's Simplified Chinese phrases so the CMS speaks the words of the
 * glossary (src/schemas/glossary.ts, written out in admin/README.md): the review stages
 * 草稿 → 审核中 → 审核通过 → 发布, 栏目 for sections, dates on the workflow board that say
 * they are the date of the last change, and our own Chinese pattern messages as they are
 * written in src/schemas/patterns.ts. And the phrases Decap's Chinese lacks, for which
 * Decap fell back to English (`Unpublished Entries`, `Strikethrough`, aria-labels such as
 * `Account options dropdown`).
 */
import { GLOSSARY as G } from '../src/schemas/glossary.ts';

type Phrases = { [key: string]: string | Phrases };

/** Phrase path → replacement. */
export const PHRASES: Readonly<Record<string, string>> = {
  'editor.editorControlPane.widget.regexPattern': '“%{fieldLabel}”：%{pattern}',
  'editor.editorToolbar.draft': G.stageDraft,
  'editor.editorToolbar.inReview': G.stageInReview,
  'editor.editorToolbar.ready': G.stageReady,
  // Decap shows this, in green, whenever the form holds nothing unsaved, a new entry never
  // saved included: "修改已保存" promised a save that had not happened.
  'editor.editorToolbar.changesSaved': '没有未保存的修改',
  'editor.editor.onPublishingNotReady': `请先把状态改为“${G.stageReady}”，再发布`,
  'workflow.workflowList.draftHeader': G.stageDraft,
  'workflow.workflowList.inReviewHeader': G.stageInReview,
  'workflow.workflowList.readyHeader': G.stageReady,
  'workflow.workflowList.onPublishingNotReadyEntry': `只有“${G.stageReady}”一列中的内容才能发布：请先把卡片拖到“${G.stageReady}”`,
  'collection.sidebar.collections': G.section,
  'collection.sidebar.allCollections': `所有${G.section}`,
  // Enter searches every section (admin/collection-search.ts); the list under the box offers one.
  'collection.sidebar.searchAll': `在所有${G.section}中查找…`,
  'collection.sidebar.searchIn': '查找范围',
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
 * Phrases Decap's English has and its Simplified Chinese lacks (Decap showed the English)
 * or writes with English words, phrase path → Chinese. tests/unit/admin/locale.test.ts fails when a Decap update adds
 * an English phrase that is missing here.
 */
export const ADDED_PHRASES: Readonly<Record<string, string>> = {
  'auth.loginWithForgejo': '使用 Forgejo 登录',
  'collection.collectionTop.viewAsList': '列表视图',
  'collection.collectionTop.viewAsGrid': '网格视图',
  // Entries of this section with a review branch: at any of the three review stages.
  'collection.entries.unpublishedHeader': `审核流程中（${G.stageDraft}、${G.stageInReview}、${G.stageReady}）`,
  // The aria-label of every field's box; Decap fills in the widget's code name (`string`), so it is left out.
  'editor.editorControl.field.widgetLabel': '字段',
  'editor.editorControlPane.widget.rangeMin': '“%{fieldLabel}”至少要有 %{minCount} 项',
  'editor.editorControlPane.widget.rangeMax': '“%{fieldLabel}”最多 %{maxCount} 项',
  'editor.editorInterface.toggleNotes': '显示或隐藏备注',
  'editor.editorNotesPane.title': '备注',
  'editor.editorNotesPane.emptyState': '还没有备注。在下面写第一条。',
  'editor.editorNotesPane.addNote': '添加备注',
  'editor.editorNotesPane.addPlaceholder': '写一条备注…',
  'editor.editorNotesPane.editPlaceholder': '修改备注…',
  'editor.editorNotesPane.save': '保存',
  'editor.editorNotesPane.cancel': '取消',
  'editor.editorNotesPane.edit': '修改',
  'editor.editorNotesPane.delete': '删除',
  'editor.editorNotesPane.resolve': '标为已解决',
  'editor.editorNotesPane.unresolve': '重新打开',
  'editor.editorNotesPane.confirmDelete': '确定删除这条备注吗？',
  'editor.editorNotesPane.shortcut': '提示：按 Ctrl+Enter 添加备注',
  'editor.editorToolbar.statusInfoTooltipDraft': `状态为“${G.stageDraft}”。写完后把状态改为“${G.stageInReview}”，提交审核`,
  'editor.editorToolbar.statusInfoTooltipInReview': `正在审核，不需要再做什么；审核期间仍可以继续修改`,
  'editor.editorWidgets.markdown.strikethrough': '删除线',
  'editor.editorWidgets.markdown.toggleMode.rich': '切换到富文本模式',
  'editor.editorWidgets.markdown.toggleMode.markdown': '切换到 Markdown 模式',
  'editor.editorWidgets.image.chooseMultiple': '选择图片',
  'editor.editorWidgets.image.addMore': '添加更多图片',
  'editor.editorWidgets.image.removeAll': '移除全部图片',
  'editor.editorWidgets.file.chooseMultiple': '选择文件',
  'editor.editorWidgets.file.addMore': '添加更多文件',
  'editor.editorWidgets.file.removeAll': '移除全部文件',
  // Decap fills in the field's code name (`date`), so it is left out.
  'editor.editorWidgets.datetime.setToNow': '设为现在',
  'editor.editorWidgets.list.addType': '添加%{item}',
  'editor.editorWidgets.object.expand': '展开',
  'editor.editorWidgets.object.collapse': '收起',
  'mediaLibrary.mediaLibraryModal.close': '关闭',
  'ui.settingsDropdown.account': '账户菜单',
  'ui.toast.noteAdded': '已添加备注',
  'ui.toast.onFailToAddNote': '添加备注失败：%{details}',
  'ui.toast.noteUpdated': '已修改备注',
  'ui.toast.onFailToUpdateNote': '修改备注失败：%{details}',
  'ui.toast.noteDeleted': '已删除备注',
  'ui.toast.onFailToDeleteNote': '删除备注失败：%{details}',
  'ui.toast.noteResolved': '备注已标为解决',
  'ui.toast.noteReopened': '备注已重新打开',
  'ui.toast.onFailToToggleNote': '更改备注状态失败：%{details}',
  // Decap's Chinese keeps English words (URL, backend, CMS, Issue) an editor may see.
  'app.app.errorHeader': '加载内容管理的设置时出错',
  'app.app.waitingBackend': '正在等待内容后端…',
  'editor.editorWidgets.markdown.linkPrompt': '输入链接的网址',
  'editor.editorWidgets.image.chooseUrl': '从网址插入',
  'editor.editorWidgets.image.replaceUrl': '换成网址',
  'editor.editorWidgets.image.promptUrl': '输入图片的网址',
  'editor.editorWidgets.file.chooseUrl': '从网址插入',
  'editor.editorWidgets.file.replaceUrl': '换成网址',
  'editor.editorWidgets.file.promptUrl': '输入文件的网址',
  'mediaLibrary.mediaLibraryCard.copyUrl': '复制网址',
  'mediaLibrary.mediaLibrary.fileTooLarge': '文件太大\n目前不允许超过 %{size} KB',
  'ui.errorBoundary.reportIt': '在 GitHub 上向 Decap 报告这个问题',
  'ui.errorBoundary.privacyWarning': '报告会预先填入错误信息和调试数据\n请确认这些信息无误，并删去其中的敏感内容',
  'ui.toast.onBackendDown': '内容后端暂时无法使用，详情见：%{details}',
};

/**
 * Write each phrase of `phrases` into a copy of `book`. `existing` says whether a phrase
 * must already be there (a replacement: Decap renaming it must fail loudly) or may be new
 * (an addition: the groups it needs are created).
 */
function withPhrases(book: Phrases, phrases: Readonly<Record<string, string>>, existing: boolean): Phrases {
  const copy = structuredClone(book);
  for (const [dotted, text] of Object.entries(phrases)) {
    const keys = dotted.split('.');
    const last = keys.pop()!;
    let node: Phrases = copy;
    for (const key of keys) {
      const next = node[key];
      if (typeof next === 'string' || (existing && next === undefined)) {
        throw new Error(`Decap phrase ${dotted} not found`);
      }
      node = next ?? (node[key] = {});
    }
    if (existing && typeof node[last] !== 'string') throw new Error(`Decap phrase ${dotted} not found`);
    node[last] = text;
  }
  return copy;
}

/**
 * A copy of `phrases` with `added` put in, creating the groups they need.
 * @example addPhrases({ ui: {} }, { 'ui.settingsDropdown.account': '账户菜单' }) // { ui: { settingsDropdown: { account: '账户菜单' } } }
 */
export function addPhrases(phrases: Phrases, added: Readonly<Record<string, string>> = ADDED_PHRASES): Phrases {
  return withPhrases(phrases, added, false);
}

/**
 * A copy of `phrases` with our replacements; the original is left untouched.
 * @example patchPhrases({ editor: { editorToolbar: { ready: '就绪' } } }).editor // { editorToolbar: { ready: '待发布' } }
 */
export function patchPhrases(phrases: Phrases, changes: Readonly<Record<string, string>> = PHRASES): Phrases {
  return withPhrases(phrases, changes, true);
}
