/**
 * A section's own words at the top of its first list page, under its description: the
 * component its type's definition names in `display.intro` (`intro: 'StoriesIntro'` is
 * `StoriesIntro.astro` here). Adding one means adding its file here and naming it there.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

const files = import.meta.glob<{ default: AstroComponentFactory }>('./*.astro', { eager: true });

/**
 * The intro component a definition names, or undefined when it names none.
 * @example sectionIntro('StoriesIntro') // the component of StoriesIntro.astro
 */
export function sectionIntro(name: string | undefined): AstroComponentFactory | undefined {
  if (name === undefined) return undefined;
  const file = files[`./${name}.astro`];
  if (!file)
    throw new Error(
      `内容类型定义的 display.intro 为「${name}」，但 src/components/section-intros/${name}.astro 不存在`,
    );
  return file.default;
}
