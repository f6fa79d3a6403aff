/**
 * Demo news pages for `npm run demo` and the end-to-end tests: the bundled articles rendered as
 * ordinary news pages (with NewsArticle JSON-LD, as real outlets publish), plus one short article
 * on another subject that we wrote ourselves. No third-party page text.
 */
import type { Article } from '../../utils/types';

export interface DemoPage {
  path: string;
  html: string;
  /** The corpus article the page renders, if any. */
  articleId: string | null;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JSON inside <script> must not be able to close the element. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function headline(a: Article): string {
  if (a.title) return a.title;
  const first = a.text.split(/(?<=[.!?])\s/)[0] ?? a.text;
  return first.length > 110 ? `${first.slice(0, 107).replace(/\s+\S*$/, '')}…` : first;
}

/** A full news page with the usual furniture around the article: masthead, nav, related links, footer. */
export function renderArticlePage(opts: {
  site: string;
  title: string;
  byline: string | null;
  published: string | null;
  url: string;
  paragraphs: string[];
}): string {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: opts.title,
    ...(opts.published ? { datePublished: opts.published } : {}),
    ...(opts.byline ? { author: { '@type': 'Person', name: opts.byline } } : {}),
    publisher: { '@type': 'Organization', name: opts.site },
    mainEntityOfPage: opts.url,
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(opts.title)} | ${esc(opts.site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="${esc(opts.url)}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(opts.title)}">
<meta property="og:site_name" content="${esc(opts.site)}">
${opts.published ? `<meta property="article:published_time" content="${esc(opts.published)}">` : ''}
<script type="application/ld+json">${jsonForScript(ld)}</script>
<style>body{font:17px/1.6 Georgia,serif;max-width:44rem;margin:0 auto;padding:0 1rem;color:#222}nav a{margin-right:1rem}header,footer{font-family:system-ui;font-size:14px;color:#555}</style>
</head>
<body>
<header><strong>${esc(opts.site)}</strong>
<nav><a href="/">Home</a><a href="/world/">World</a><a href="/politics/">Politics</a><a href="/business/">Business</a></nav></header>
<main>
<article>
<h1>${esc(opts.title)}</h1>
${opts.byline ? `<p class="byline">By ${esc(opts.byline)}</p>` : ''}
${opts.published ? `<p><time datetime="${esc(opts.published)}">${esc(opts.published)}</time></p>` : ''}
${opts.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a/1">Markets close higher</a></li><li><a href="/a/2">Weekend weather</a></li></ul></aside>
</main>
<footer><p>© Demo News. All rights reserved.</p></footer>
</body>
</html>`;
}

/** Our own short article on another subject: the "no related coverage" case. */
export const OTHER_STORY = {
  title: 'Riverside council approves network of protected bike lanes',
  byline: 'Demo Staff Writer',
  published: '2026-05-12T09:30:00+02:00',
  paragraphs: [
    'The Riverside city council voted 7 to 2 on Monday evening to build a network of protected bike lanes linking the train station, the university campus and the old harbour district.',
    'The plan adds 14 kilometres of lanes separated from traffic by concrete kerbs and planters over the next three years, at a cost the city estimates at 9.5 million euros.',
    '“People told us again and again that they would cycle if they felt safe doing it,” said Councillor Amira Haddad, who proposed the plan. “This is how we make that true.”',
    'Shop owners on Canal Street had opposed an earlier version that removed most parking spaces. The approved plan keeps delivery bays and half of the parking on the street.',
    'Construction of the first section, between the station and the campus, is scheduled to begin in September.',
  ],
};

/** Every demo page: one per corpus article at /news/<id>.html, and the other story. */
export function demoPages(articles: Article[], origin: string): DemoPage[] {
  const pages: DemoPage[] = articles.map((a) => {
    const path = `/news/${a.id}.html`;
    return {
      path,
      articleId: a.id,
      html: renderArticlePage({
        site: a.source ?? 'Demo News',
        title: headline(a),
        byline: a.byline,
        published: a.published,
        url: `${origin}${path}`,
        paragraphs: a.text.split(/\n\s*\n/).filter((p) => p.trim()),
      }),
    };
  });
  pages.push({
    path: '/local/riverside-bike-lanes.html',
    articleId: null,
    html: renderArticlePage({ site: 'Riverside Gazette', url: `${origin}/local/riverside-bike-lanes.html`, ...OTHER_STORY }),
  });
  pages.push({
    path: '/',
    articleId: null,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Demo News</title></head><body>
<header><strong>Demo News</strong></header><main><h1>Demo News</h1><ul>
${pages.map((p) => `<li><a href="${esc(p.path)}">${esc(p.path)}</a></li>`).join('\n')}
</ul></main></body></html>`,
  });
  return pages;
}
