/**
 * Decap's list of a section's entries, which also lists the section's drafts when nothing
 * of it is published yet. Decap showed 「暂无内容」 for a section without published entries
 * and left out its 审核流程中 cards: a correspondent who had just saved a first town story
 * found the section empty. Such a section now shows its drafts alone, as Decap's own list
 * does when it is asked for unpublished entries only. Put in place of Decap's `./Entries`
 * (imported so by its EntriesCollection and EntriesSearch) by a Vite alias
 * (admin/decap-aliases.ts); the original is imported by its file path.
 */
import { createElement as h, type ComponentType } from 'react';
import DecapEntries from 'decap-cms-core/dist/esm/components/Collection/Entries/Entries.js';

interface EntriesProps {
  /** One section (EntriesCollection) or several (EntriesSearch), as Immutable maps. */
  collections?: { get?: (key: string) => unknown };
  entries?: { size: number };
  isFetching?: boolean;
  showPublishedEntries?: boolean;
  getUnpublishedEntries?: (collection: string) => unknown[] | undefined;
}

const Entries = DecapEntries as ComponentType<EntriesProps>;

export default function EntriesWithDrafts(props: EntriesProps) {
  const name = props.collections?.get?.('name');
  const onlyDrafts =
    props.showPublishedEntries !== false &&
    !props.isFetching &&
    !props.entries?.size &&
    typeof name === 'string' &&
    (props.getUnpublishedEntries?.(name)?.length ?? 0) > 0;
  return h(Entries, onlyDrafts ? { ...props, showPublishedEntries: false } : props);
}
