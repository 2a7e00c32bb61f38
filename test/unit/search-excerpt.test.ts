import { describe, expect, it } from 'vitest';
import { answersQuery, decodeEntities, excerptParts } from '../../src/lib/search-excerpt';

describe('excerptParts', () => {
  it('splits matches from the text around them', () => {
    expect(excerptParts('use <mark>errors.Is</mark> rather than <mark>==</mark> here')).toEqual([
      { text: 'use ', mark: false },
      { text: 'errors.Is', mark: true },
      { text: ' rather than ', mark: false },
      { text: '==', mark: true },
      { text: ' here', mark: false },
    ]);
  });

  it('decodes escaped code so it reads as written, and never turns it into markup', () => {
    expect(excerptParts('<mark>chan&lt;- int</mark> &amp;&amp; a &#39;b&#x27; &quot;c&quot;')).toEqual([
      { text: 'chan<- int', mark: true },
      { text: ' && a \'b\' "c"', mark: false },
    ]);
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt;')).toEqual([
      { text: '<script>alert(1)</script>', mark: false },
    ]);
  });

  it('drops other tags, keeps their text, and merges neighbours of the same kind', () => {
    expect(excerptParts('<mark>go</mark><mark>routine</mark> <b>leak</b>')).toEqual([
      { text: 'goroutine', mark: true },
      { text: ' leak', mark: false },
    ]);
    expect(excerptParts('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('leaves unknown or impossible entities as they are', () => {
    expect(decodeEntities('&bogus; &#0; &#x110000; &lt;')).toBe('&bogus; &#0; &#x110000; <');
  });
});

describe('answersQuery', () => {
  const ex = (html: string) => excerptParts(html);
  it('keeps results whose highlights contain the query or share its first letters', () => {
    expect(answersQuery('goroutine', ex('each <mark>goroutines</mark> stack'))).toBe(true);
    expect(answersQuery('errors.Is', ex('use <mark>errors.Is(err,</mark> target)'))).toBe(true);
    expect(answersQuery('escape analysis', ex('the <mark>escapes</mark> to the heap'))).toBe(true);
    expect(answersQuery('go', ex('<mark>go</mark> vet'))).toBe(true);
  });
  it("drops Pagefind's short-prefix fallbacks and results with nothing highlighted", () => {
    expect(answersQuery('qqzxv', ex('t.Errorf("got <mark>%q,</mark> want <mark>%q",</mark>)'))).toBe(false);
    expect(answersQuery('select', ex('no highlight at all'))).toBe(false);
  });
});
