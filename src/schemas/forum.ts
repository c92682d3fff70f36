import { defineType, f, hiddenField } from './fields.ts';
import { patterns } from './patterns.ts';

/** 论坛届次：每届论坛一个文件，例如 content/forum/2026.md。 */
export const forum = defineType({
  name: 'forum',
  label: '论坛',
  labelSingular: '论坛届次',
  description: '新型城镇化与工业小镇高质量发展论坛历届信息与报名。',
  editorNote: '每届一条；正文为邀请函正文。',
  urlBase: '/forum/',
  section: true,
  body: true,
  // One edition a year: content/forum/2026.md is /forum/2026/.
  fileName: '{{year}}',
  fields: {
    title: f.string('论坛名称', { hint: '例如：第二届新型城镇化与工业小镇高质量发展论坛' }),
    edition: f.number('届次', { integer: true, min: 1, hint: '第几届，填数字' }),
    theme: f.string('论坛主题'),
    summary: f.text('摘要', { hint: '一两句话，用于首页、列表和分享', maxLength: 300 }),
    date: f.date('召开日期', { hint: '论坛召开当天，格式 YYYY-MM-DD' }),
    dayNote: f.string('召开时段', { required: false, hint: '例如：全天' }),
    checkInDate: f.date('报到日期', { required: false }),
    checkInNote: f.string('报到时段', { required: false, hint: '例如：下午' }),
    venue: f.object('会议地点', {
      fields: {
        name: f.string('场馆名称'),
        address: f.string('详细地址', { required: false }),
      },
    }),
    host: f.string('主办单位'),
    organizer: f.string('承办单位'),
    programme: f.list('论坛内容（议程）', {
      hint: '按顺序填写；时间、嘉宾和会场在确定后再补充，未确定的请留空',
      summary: '{{fields.title}}',
      of: {
        title: f.string('环节名称'),
        description: f.text('环节说明', { required: false }),
        time: f.string('时间', { required: false, hint: '例如 09:00—10:30；未确定请留空' }),
        speakers: f.strings('嘉宾', { required: false, hint: '确定后填写，每行一位' }),
        room: f.string('会场', { required: false }),
      },
    }),
    benefits: f.strings('参会权益', { required: false, hint: '参会可获得的资料与机会，每行一项' }),
    registration: f.object('报名与缴费', {
      fields: {
        deadline: f.date('回执截止日期', { hint: '回执表与汇款回执的提交截止日期' }),
        email: f.string('回执邮箱', { pattern: patterns.email }),
        fee: f.number('会议费（元/人）', { min: 0, integer: true }),
        feeNote: f.string('会议费说明', { required: false, hint: '例如：不含住宿费、交通等' }),
        bankName: f.string('开户银行'),
        accountName: f.string('户名'),
        accountNumber: f.string('账号', {
          pattern: { regex: /^\d{8,30}$/, message: '银行账号应为 8 到 30 位数字，不含空格' },
        }),
      },
    }),
    hotel: f.object('住宿', {
      required: false,
      fields: {
        name: f.string('宾馆名称'),
        rooms: f.list('房型与价格', {
          summary: '{{fields.type}} {{fields.price}} 元',
          of: {
            type: f.string('房型'),
            price: f.number('价格（元/间·晚）', { min: 0 }),
            note: f.string('说明', { required: false, hint: '例如：含 1 位早餐' }),
          },
        }),
        breakfastPrice: f.number('早餐价格（元/位）', { required: false, min: 0 }),
        notes: f.strings('住宿须知', { required: false }),
      },
    }),
    notes: f.strings('参会须知', { required: false, hint: '接送站、发票等说明，每行一条' }),
    contacts: f.list('联系人', {
      summary: '{{fields.name}}',
      of: {
        name: f.string('姓名或称呼'),
        phones: f.strings('电话', { min: 1 }),
      },
    }),
    topicUrl: f.string('论坛专题网址', { required: false, pattern: patterns.url }),
    draft: hiddenField,
  },
  display: {
    // Each edition's page, reply form and calendar live in src/pages/forum/; the home page
    // shows the current edition at the top instead of a list of the latest.
    ownRoute: true,
    onHome: false,
    intro: 'ForumIntro',
    preview: 'forum',
  },
});
