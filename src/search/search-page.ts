/**
 * The search page (/search/). Pagefind is loaded only when there is something
 * to search: a query or filter in the URL, or the reader starting to type.
 * The URL always reflects the current search, so it can be shared.
 *
 * For scripts (tests, `npm run bench`): open `/search/?q=…`; when the results
 * are on screen, #search-results has data-state="done" and data-count set.
 */
import { readSearchParams, writeSearchParams, type Choice, type SearchChoices, type SearchState } from './params.ts';
import { searchNeedsBuild } from './dev-mode.ts';
import { loadDateOrder, loadPagefind } from './pagefind-api.ts';
import { highlightTerms } from './highlight-terms.ts';
import { analyzeQuery } from './query.ts';
import { queryWords } from './words.ts';
import { labelSameTitles, quoted, resultGroup, resultItem } from './render.ts';
import { runSearch, type SearchOutcome } from './run-search.ts';

/**
 * Results drawn at first, and added by each press of 显示更多结果. Each result costs its page's
 * Pagefind fragment (1–3 KB gzipped, the whole page text), so a phone on a slow network shows the
 * first results sooner with five (Pagefind's own UI shows five too); five fill a phone screen.
 */
const FIRST_PAGE = 5;
const PAGE_SIZE = 10;

const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const status = document.querySelector<HTMLElement>('#search-status');
const results = document.querySelector<HTMLElement>('#search-results');
const more = document.querySelector<HTMLButtonElement>('#search-more');

/** Which search is current; answers to older ones are dropped. */
let generation = 0;

/** The non-empty options of one of the form's `<select>`s. */
function options(f: HTMLFormElement, name: string): Choice[] {
  const select = f.elements.namedItem(name);
  if (!(select instanceof HTMLSelectElement)) return [];
  return [...select.options].filter((o) => o.value).map((o) => ({ value: o.value, label: o.text.trim() }));
}

const choices: SearchChoices = {
  sections: form ? options(form, 'section') : [],
  provinces: form ? options(form, 'province') : [],
  industries: form ? options(form, 'industry') : [],
};

function stateFromForm(f: HTMLFormElement): SearchState {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(f)) if (typeof v === 'string') params.set(k, v);
  return readSearchParams(params, choices);
}

function fillForm(f: HTMLFormElement, state: SearchState) {
  const set = (name: string, value: string) => {
    const field = f.elements.namedItem(name);
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
  };
  set('q', state.q);
  set('section', state.section ?? '');
  set('year', state.year ?? '');
  set('province', state.province ?? '');
  set('industry', state.industry ?? '');
  set('sort', state.sort);
  // The filters stay folded (results first on a phone) unless the URL sets one.
  const filters = document.querySelector<HTMLDetailsElement>('#search-filters');
  if (filters)
    filters.open = Boolean(state.section || state.year || state.province || state.industry || state.sort === 'date');
}

function say(text: string) {
  if (status) status.textContent = text;
}

function summary(state: SearchState, outcome: SearchOutcome): string {
  const total = outcome.exact.length + outcome.wider.length;
  if (total === 0) {
    return state.q.trim()
      ? `没有找到与「${state.q.trim()}」相关的结果。可以换个说法，或减少筛选条件。`
      : '没有符合筛选条件的结果。';
  }
  const order = outcome.byDate ? '，按日期从新到旧排列' : '';
  if (outcome.phrases.length === 0) return `找到 ${total} 条结果${order}。`;
  const phrases = quoted(outcome.phrases);
  if (outcome.exact.length === 0) return `找到 ${total} 条结果${order}；没有页面包含完整的${phrases}。`;
  return `找到 ${total} 条结果${order}，其中 ${outcome.exact.length} 条包含完整的${phrases}，排在前面。`;
}

/** Render results up to `upTo`, appending to what is shown; returns the first new link. */
async function show(
  query: string,
  outcome: SearchOutcome,
  from: number,
  upTo: number,
  run: number,
): Promise<HTMLAnchorElement | null> {
  if (!results) return null;
  const all = [...outcome.exact, ...outcome.wider];
  const slice = all.slice(from, upTo);
  const data = await Promise.all(slice.map((r) => r.data()));
  if (run !== generation) return null;
  const marks = highlightTerms(query);
  const near = queryWords(analyzeQuery(query).plain);
  const split = outcome.phrases.length > 0 && outcome.exact.length > 0 && outcome.wider.length > 0;
  let first: HTMLAnchorElement | null = null;
  data.forEach((d, i) => {
    const exact = from + i < outcome.exact.length;
    // Ids are part of the page's contract with tests: all / exact / wider.
    const groupId = !split ? 'search-group-all' : exact ? 'search-group-exact' : 'search-group-wider';
    let list = results.querySelector<HTMLOListElement>(`[aria-labelledby="${groupId}"] ol`);
    if (!list) {
      const heading = !split
        ? '搜索结果'
        : exact
          ? `包含完整的${quoted(outcome.phrases)}`
          : '其他相关结果（字词分开出现）';
      const group = resultGroup(groupId, heading, !split);
      results.append(group.section);
      list = group.list;
    }
    const item = resultItem(d, marks, near);
    list.append(item);
    first ??= item.querySelector('a');
  });
  labelSameTitles(results);
  return first;
}

let current: { query: string; outcome: SearchOutcome; shown: number; run: number } | undefined;

async function search(state: SearchState) {
  const run = ++generation;
  const params = writeSearchParams(state);
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
  if (!results || !more) return;
  results.replaceChildren();
  more.hidden = true;
  current = undefined;
  if (!state.q.trim() && !state.section && !state.year && !state.province && !state.industry) {
    say('');
    results.dataset['state'] = 'idle';
    return;
  }
  results.dataset['state'] = 'loading';
  results.setAttribute('aria-busy', 'true');
  try {
    const outcome = await runSearch(await loadPagefind(), state, { choices, loadDateOrder });
    if (run !== generation) return;
    const shown = Math.min(FIRST_PAGE, outcome.exact.length + outcome.wider.length);
    await show(state.q, outcome, 0, shown, run);
    if (run !== generation) return;
    current = { query: state.q, outcome, shown, run };
    more.hidden = shown >= outcome.exact.length + outcome.wider.length;
    say(summary(state, outcome));
    results.dataset['count'] = String(outcome.exact.length + outcome.wider.length);
    results.dataset['state'] = 'done';
  } catch (error) {
    if (run !== generation) return;
    console.error(error);
    say('搜索暂时无法使用：搜索索引没有加载成功。请稍后刷新本页再试。');
    results.dataset['state'] = 'error';
  } finally {
    if (run === generation) results.removeAttribute('aria-busy');
  }
}

async function showMore() {
  if (!current || !more) return;
  const { query, outcome, shown, run } = current;
  const total = outcome.exact.length + outcome.wider.length;
  const upTo = Math.min(shown + PAGE_SIZE, total);
  const first = await show(query, outcome, shown, upTo, run);
  if (run !== generation) return;
  current.shown = upTo;
  more.hidden = upTo >= total;
  // Keyboard and screen-reader users continue from the first new result.
  first?.focus();
}

if (form && input && !searchNeedsBuild) {
  const initial = readSearchParams(new URLSearchParams(location.search), choices);
  fillForm(form, initial);
  void search(initial);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(stateFromForm(form)), 300);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search(stateFromForm(form));
  });
  // Start fetching Pagefind as soon as the reader shows intent, to hide its latency.
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', (event) => {
    // Wait for the input method to finish composing a Chinese word.
    if (!(event instanceof InputEvent && event.isComposing)) later();
  });
  input.addEventListener('compositionend', later);
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) void search(stateFromForm(form));
  });
  more?.addEventListener('click', () => void showMore());
}
