/**
 * The search test corpus: a copy of the real content, the hand-written traps in
 * tests/fixtures/search/overlay, and generated filler policies around them, so
 * that ranking has competition. The filler is seeded (the same on every run),
 * uses the parts of the test phrases (特色, 小镇, 回, 执, 光伏…) but never a whole
 * phrase; `writeSearchCorpus` refuses to write text that breaks this rule.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeContent } from './build-site.ts';
import { ROOT } from './paths.ts';

/** The phrases the tests look up; only the hand-written traps may contain them. */
export const PROTECTED_PHRASES = ['特色小镇', '回执', '光伏', '产业园'] as const;

/** What the tests need to know about an entry of the corpus. */
export interface CorpusEntry {
  /** URL path, e.g. `/policies/search-filler-01/`. */
  url: string;
  section: string;
  date: string;
  text: string;
}

// Words around the phrases' parts. Joined with Chinese punctuation, so no two
// words can run together into a protected phrase.
const WORDS = [
  '特色农业',
  '小镇居民',
  '回顾总结',
  '执行到位',
  '镇域经济',
  '招商引资',
  '绿色低碳',
  '智能制造',
  '要素保障',
  '城乡融合',
  '基础设施',
  '公共服务',
  '人才引进',
  '乡村振兴',
  '项目落地',
  '产业集聚',
  '生态环境',
  '特色手工',
  '小镇客厅',
  '回访企业',
  '执法检查',
];

/** Deterministic pseudo-random numbers (mulberry32), so the corpus is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function filler(count: number): { id: string; markdown: string; entry: CorpusEntry }[] {
  const next = random(20260403);
  const pick = () => WORDS[Math.floor(next() * WORDS.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    const year = 2024 + (i % 3);
    const date = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    const sentences = Array.from({ length: 4 + (i % 5) }, () => `${pick()}、${pick()}，${pick()}。`);
    const text = `本文是生成的搜索测试夹具，内容为虚构。${sentences.join('')}`;
    const markdown = [
      '---',
      `title: 测试生成夹具第 ${n} 篇：${pick()}`,
      `date: ${date}`,
      `summary: 生成的搜索测试夹具第 ${n} 篇（虚构内容）。`,
      '---',
      '',
      text,
      '',
    ].join('\n');
    const id = `search-filler-${n}`;
    return { id, markdown, entry: { url: `/policies/${id}/`, section: '政策解读', date, text: markdown } };
  });
}

/** Section label by content folder, as the index stores it. */
const SECTION_OF: Record<string, string> = { stories: '镇域故事', policies: '政策解读', news: '新闻' };

/**
 * Write the search corpus into `dir` (replacing it) and describe what it holds
 * beyond the real content: the traps and the filler.
 */
export function writeSearchCorpus(dir: string, fillerCount = 40): CorpusEntry[] {
  const overlay = path.join(ROOT, 'tests/fixtures/search/overlay');
  makeContent(dir, overlay);
  const entries: CorpusEntry[] = [];
  for (const folder of readdirSync(overlay)) {
    for (const file of readdirSync(path.join(overlay, folder))) {
      const text = readFileSync(path.join(overlay, folder, file), 'utf8');
      const date = /^date: (\S+)$/mu.exec(text)?.[1] ?? '';
      entries.push({
        url: `/${folder}/${file.replace(/\.md$/u, '')}/`,
        section: SECTION_OF[folder] ?? folder,
        date,
        text,
      });
    }
  }
  for (const { id, markdown, entry } of filler(fillerCount)) {
    const broken = PROTECTED_PHRASES.find((p) => markdown.includes(p));
    if (broken) throw new Error(`generated filler ${id} contains the protected phrase ${broken}`);
    writeFileSync(path.join(dir, 'policies', `${id}.md`), markdown);
    entries.push(entry);
  }
  return entries;
}
