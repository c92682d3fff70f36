/**
 * Decap's search box, searching every section on Enter, as its placeholder says
 * (「在所有栏目中查找…」). Decap preselected the section being viewed, so Enter searched
 * that one only while the box promised all of them. Without the current section, the
 * list under the box starts at 所有栏目 and the editor may still pick one section with the
 * arrow keys or a click. Put in place of Decap's `./CollectionSearch` (imported so by its
 * Sidebar only) by a Vite alias (admin/decap-aliases.ts); the original is imported by its
 * file path, which the alias does not match.
 */
import { createElement as h, type ComponentType } from 'react';
import DecapCollectionSearch from 'decap-cms-core/dist/esm/components/Collection/CollectionSearch.js';

const Search = DecapCollectionSearch as ComponentType<{ collection?: unknown }>;

export default function CollectionSearch(props: { collection?: unknown }) {
  return h(Search, { ...props, collection: undefined });
}
