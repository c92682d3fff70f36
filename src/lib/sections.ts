/**
 * The site's sections: their URL, Chinese name, and the collection behind them.
 * Routes, feeds, breadcrumbs and search filters all read this one list.
 */
export const SECTIONS = [
  { key: 'forum', label: '论坛', path: '/forum/', description: '新型城镇化与工业小镇高质量发展论坛历届信息与报名。' },
  { key: 'news', label: '新闻', path: '/news/', description: '研究中心与论坛的通知公告和动态。' },
  {
    key: 'research',
    label: '研究成果',
    path: '/research/',
    description: '课题成果、小城镇综合实力评价报告与指标体系。',
  },
  { key: 'policies', label: '政策解读', path: '/policies/', description: '面向镇党委、镇政府的政策解读与申报指南。' },
  { key: 'toolkits', label: '工具包', path: '/toolkits/', description: '回执表、问卷、项目目录等实用材料。' },
  { key: 'stories', label: '镇域故事', path: '/stories/', description: '通讯员报道的镇域故事，经编辑审核后发布。' },
] as const;

export type SectionKey = (typeof SECTIONS)[number]['key'];
export type Section = (typeof SECTIONS)[number];

/**
 * Look a section up by its key.
 * @example section('news').label // '新闻'
 */
export function section(key: SectionKey): Section {
  const found = SECTIONS.find((s) => s.key === key);
  if (!found) throw new Error(`Unknown section ${key}`);
  return found;
}
