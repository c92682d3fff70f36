import { PROVINCES } from './provinces.ts';
import { defineType, f, type Fields, type InferFields } from './fields.ts';
import { patterns } from './patterns.ts';

/**
 * The columns every ranking data file starts with, in this order; the edition's own
 * indicator columns (`indicators`) follow. The blank template, the row checks and the
 * downloads all read this one definition.
 */
export const rankingRowFields = {
  rank: f.number('排名', { integer: true, min: 1 }),
  town: f.string('镇'),
  county: f.string('县（市、区）'),
  province: f.select('省份', { options: PROVINCES.map((p) => p.name) }),
  score: f.number('总分'),
} as const satisfies Fields;

/** What a column of an edition's table does, besides holding its field. */
export interface RankingColumnRole {
  /** Readers may order the whole table by it: smallest first (`ascending`) or highest first (`descending`). */
  sort?: 'ascending' | 'descending';
  /** The table's own order: the edition page is in it; every other sortable column gets a page of its own. */
  order?: true;
  /** The cell that names the row: a row header, linking to the town's page. */
  names?: true;
}

/** The role of each fixed column; the table, its sort pages and the sort rules read these. */
export const rankingColumnRoles = {
  rank: { sort: 'ascending', order: true },
  town: { names: true },
  county: {},
  province: {},
  score: { sort: 'descending' },
} as const satisfies Record<keyof typeof rankingRowFields, RankingColumnRole>;

/** The role of every indicator column an edition declares after 总分: a score, highest first. */
export const indicatorColumnRole = { sort: 'descending' } as const satisfies RankingColumnRole;

/** One town's row of an edition: the fixed columns plus its indicator values in the declared order. */
export type RankingRow = InferFields<typeof rankingRowFields> & { indicators: number[] };

/** The worksheet the build reads when a workbook has more than one. */
export const RANKING_SHEET = '排名';

/** Where the site serves the blank workbook editors fill in (src/pages/rankings/template.xlsx.ts). */
export const RANKING_TEMPLATE_URL = '/rankings/template.xlsx';

/** Status values: only 已发布 editions are shown on the site. */
export const RANKING_STATUS = ['待发布', '已发布'] as const;

/**
 * 评价榜单：每一期（例如 2025 年全国小城镇综合实力评价 500 强镇）一个文件，
 * 名单本身在编辑上传的数据文件（.xlsx 或 .csv）里，一行一个镇。
 */
export const rankings = defineType({
  name: 'rankings',
  label: '评价榜单',
  labelSingular: '榜单',
  description: '全国小城镇综合实力评价的榜单，每期一条；名单在上传的 Excel（.xlsx）或 CSV 数据文件中。',
  urlBase: '/rankings/',
  // The list itself is the data file beside the entry; the body is only an editor's note.
  extensions: ['.md'],
  extensionsNote: '榜单条目请用 .md；名单放在同一文件夹的 .xlsx 或 .csv 数据文件中',
  body: true,
  fileName: '{{fields.year}}-{{fields.slug}}',
  fields: {
    title: f.string('榜单名称', { hint: '例如：2025 年全国小城镇综合实力评价 500 强镇', maxLength: 120 }),
    year: f.number('评价年度', { integer: true, min: 2000, max: 2100, hint: '榜单所评价的年度，填数字' }),
    slug: f.string('榜单的拼音简称', {
      pattern: patterns.slug,
      hint: '用于网址，例如 500-qiang；同一年的两个榜单简称不能相同',
    }),
    status: f.select('状态', {
      options: RANKING_STATUS,
      default: '待发布',
      hint: '「待发布」的榜单不会出现在网站上',
    }),
    summary: f.text('摘要', { hint: '一两句话，用于列表、搜索和分享', maxLength: 300 }),
    source: f.text('数据来源说明', { hint: '例如：中国工业报社工业小镇研究中心，小城镇综合实力评价系统' }),
    // Uploaded in the CMS and saved beside this entry (content/rankings/), in the same review. The
    // template link is editors' help, so it lives here and not on the public /rankings/ page; Decap
    // renders hints as Markdown, so it is a link in the CMS.
    dataFile: f.file('数据文件', {
      beside: ['.xlsx', '.csv'],
      hint: `上传 Excel（.xlsx）或 CSV 文件。第一行为表头：排名、镇、县（市、区）、省份、总分，再接下面填写的指标列；可先下载[空白模板（.xlsx）](${RANKING_TEMPLATE_URL})，填好后在这里上传`,
    }),
    indicators: f.strings('指标列', {
      required: false,
      hint: '总分之后的各列名称，按表中顺序每行一个，例如：经济发展质量',
    }),
    townSlugs: f.list('镇的网址拼音', {
      required: false,
      hint: '只在自动生成的拼音不合适时填写；同一个镇在各期榜单和镇域故事中始终用同一个拼音',
      summary: '{{fields.town}} {{fields.slug}}',
      of: {
        province: f.select('省份', { options: PROVINCES.map((p) => p.name) }),
        county: f.string('县（市、区）'),
        town: f.string('镇'),
        slug: f.string('网址拼音', { pattern: patterns.slug, hint: '例如 zhejiang-anji-xiaofeng' }),
      },
    }),
  },
});
