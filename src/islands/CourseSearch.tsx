import { useEffect, useRef, useState } from 'react';
import { answersQuery, excerptParts, type ExcerptPart } from '../lib/search-excerpt';

/** The slice of Pagefind's browser API the search uses (dist/pagefind/pagefind.js). */
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    ms?: number,
  ): Promise<{ results: { data(): Promise<PageData> }[] } | null>;
}
interface PageData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Hit {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
  sections: { title: string; url: string }[];
}

const MAX_RESULTS = 12;
/** Read more than are shown: some are dropped as not answering the query (answersQuery). */
const READ_RESULTS = 24;
let pagefind: Promise<Pagefind> | undefined;

/** Loads the index's script on first use; the URL is the built site's, not a module Vite bundles. */
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (p) => {
    await p.init();
    return p;
  });
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

const stripHtmlSuffix = (url: string) => url.replace(/index\.html(?=$|#)/, '').replace(/\.html(?=$|#)/, '/');

function Excerpt({ parts }: { parts: ExcerptPart[] }) {
  return (
    <p className="search-excerpt">
      {parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </p>
  );
}

/** Search over every published lesson: headings, prose and code. `/` focuses the field. */
export default function CourseSearch() {
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  // Results with the query they answer: results of an older query are never shown as current.
  const [answer, setAnswer] = useState<{ q: string; hits: Hit[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);

  useEffect(() => {
    const q = query.trim();
    // Keep the query in the address, so a search can be bookmarked, shared and reloaded.
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!q) return;
    let current = true;
    loadPagefind()
      .then((p) => p.debouncedSearch(q, {}, 150))
      .then(async (search) => {
        if (!search || !current) return; // a newer query replaced this one
        const pages = await Promise.all(search.results.slice(0, READ_RESULTS).map((r) => r.data()));
        if (!current) return;
        setError(null);
        setAnswer({
          q,
          hits: pages
            .map((d) => ({
              url: stripHtmlSuffix(d.url),
              title: d.meta.title ?? d.url,
              excerpt: excerptParts(d.excerpt),
              sections: (d.sub_results ?? [])
                .filter((s) => s.url.includes('#'))
                .slice(0, 3)
                .map((s) => ({ title: s.title, url: stripHtmlSuffix(s.url) })),
            }))
            .filter((h) => answersQuery(q, h.excerpt))
            .slice(0, MAX_RESULTS),
        });
      })
      .catch((e: unknown) => {
        if (current)
          setError(
            `Search could not load (${e instanceof Error ? e.message : String(e)}). Reload the page to try again.`,
          );
      });
    return () => {
      current = false;
    };
  }, [query]);

  const q = query.trim();
  const hits = q && answer?.q === q ? answer.hits : null;
  return (
    <div className="course-search">
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-input">Search the lessons</label>
        <input
          id="search-input"
          ref={input}
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          placeholder="errors.Is, select, escape analysis…"
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby="search-status"
        />
      </form>
      <p id="search-status" className="search-status" role="status">
        {error ??
          (hits === null
            ? q
              ? 'Searching…'
              : 'Type a word, an identifier or a phrase. Press / anywhere to come back here.'
            : hits.length === 0
              ? `Nothing in the lessons matches “${q}”.`
              : `${hits.length === MAX_RESULTS ? `The first ${MAX_RESULTS}` : hits.length} ${hits.length === 1 ? 'lesson matches' : 'lessons match'} “${q}”.`)}
      </p>
      {hits && hits.length > 0 && (
        <ol className="search-results">
          {hits.map((h) => (
            <li key={h.url}>
              <a href={h.url} className="search-title">
                {h.title}
              </a>
              <Excerpt parts={h.excerpt} />
              {h.sections.length > 0 && (
                <ul className="search-sections" aria-label={`Sections of ${h.title}`}>
                  {h.sections.map((s) => (
                    <li key={s.url}>
                      <a href={s.url}>{s.title}</a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
