import { f } from './fields.ts';

/** 附件列表：研究成果与工具包共用。 */
export const attachments = f.list('附件', {
  required: false,
  hint: '可下载的文件；上传后保存到 /uploads/',
  summary: '{{fields.title}}',
  of: {
    title: f.string('附件名称'),
    file: f.file('文件'),
  },
});
