/**
 * The words the CMS uses for its own things, chosen so that none of them means two things
 * and none contradicts what readers see on the site. Written out for editors in
 * admin/README.md (「用词」); admin/locale.ts puts them into Decap's phrases and the
 * content types use them for their fields.
 *
 * 待发布 is left to the content itself: readers see it on research results and toolkits
 * (「发布状态」, 「获取方式」) and editors on ranking editions, always meaning "the work
 * is not released yet". So the review stage Decap calls "Ready" is 审核通过, and the
 * switch that keeps an entry off the site is 暂不公开, not 草稿, which is the first
 * review stage (saved, not yet sent for review).
 */
export const GLOSSARY = {
  /** A content type in the CMS sidebar; the site's sections (Decap: collection, 集合). */
  section: '栏目',
  /** The review stages of the workflow board, in order (Decap: Drafts, In review, Ready). */
  stageDraft: '草稿',
  stageInReview: '审核中',
  stageReady: '审核通过',
  /**
   * A part of an online form (单位信息, 参会人员…): a group of its fields, a fieldset on the
   * page. Not 栏目, which is a section of the site.
   */
  formPart: '部分',
  /** The switch that keeps an entry off the site (the `draft` field). */
  hidden: '暂不公开',
} as const;
