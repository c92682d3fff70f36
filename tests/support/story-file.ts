import { writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Write a test town story into a content folder: `stories/2026-05-01-<townSlug>.md`, dated
 * 2026-05-01, marked as a test in its title, summary, author and body.
 * @example writeStory(content, { title: '孝丰镇', province: '浙江省', city: '湖州市安吉县', town: '孝丰镇', townSlug: 'zhejiang-anji-xiaofeng' })
 */
export function writeStory(
  content: string,
  story: { title: string; province: string; city: string; town: string; townSlug: string },
): string {
  const id = `2026-05-01-${story.townSlug}`;
  const { title, ...place } = story;
  const front = Object.entries({
    title: `测试镇域故事：${title}`,
    date: '2026-05-01',
    summary: '测试用镇域故事。',
    ...place,
  });
  writeFileSync(
    path.join(content, 'stories', `${id}.md`),
    `---\n${front.map(([k, v]) => `${k}: ${v}`).join('\n')}\nauthor: 测试通讯员甲\n---\n\n测试正文。\n`,
  );
  return id;
}
