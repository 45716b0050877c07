// Copydesk web UI: hash routes over the JSON API, built with DOM nodes only.
// Article text, titles and names are always inserted as text (append/textContent), never as markup.
'use strict';

(function () {
  const TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'NORP', 'MISC'];
  const TYPE_NAMES = {PERSON: 'People', ORGANIZATION: 'Organisations', LOCATION: 'Places', NORP: 'Groups', MISC: 'Other'};
  const main = () => document.getElementById('main');

  // ---- DOM helpers -------------------------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat(Infinity)) {
      if (c != null) e.append(c);
    }
    return e;
  }

  function link(href, text, attrs) {
    return el('a', Object.assign({href: href}, attrs || {}), text);
  }

  function safeUrl(url) {
    try {
      const u = new URL(url);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function articleHref(id) { return '#/article/' + encodeURIComponent(id); }
  function entityHref(name) { return '#/entity/' + encodeURIComponent(name); }
  function storyHref(id) { return '#/story/' + encodeURIComponent(id); }
  function searchHref(params) { return '#/search?' + params.toString(); }

  function announce(text) { document.getElementById('status').textContent = text; }

  function render(title, ...nodes) {
    const m = main();
    m.replaceChildren(...nodes);
    document.title = title ? title + ' · Copydesk' : 'Copydesk';
    if (render.focus) m.focus();
    render.focus = true;
  }
  render.focus = false;

  function showError(err) {
    render('Error', el('h1', {}, 'Something went wrong'), el('p', {class: 'error', role: 'alert'}, err.message || String(err)),
      el('p', {}, link('#/', 'Back to search')));
  }

  async function api(path) {
    const res = await fetch(path, {headers: {Accept: 'application/json'}});
    let body = null;
    try { body = await res.json(); } catch (e) { /* not JSON */ }
    if (!res.ok) {
      const err = new Error(body && body.message ? body.message : 'The server answered ' + res.status);
      err.status = res.status;
      throw err;
    }
    return body;
  }

  function meta(...parts) {
    return el('p', {class: 'meta'}, parts.filter(Boolean).join(' · '));
  }

  // ---- Search ------------------------------------------------------------------------------------
  async function searchPage(params) {
    const q = params.get('q') || '';
    const form = el('form', {class: 'search', role: 'search', 'aria-label': 'Articles'},
      el('label', {}, 'Search articles', el('input', {type: 'search', name: 'q', id: 'q', value: q, autocomplete: 'off'})),
      el('label', {}, 'Published from', el('input', {type: 'date', name: 'from', id: 'from', value: params.get('from') || ''})),
      el('label', {}, 'to', el('input', {type: 'date', name: 'to', id: 'to', value: params.get('to') || ''})),
      el('button', {type: 'submit'}, 'Search'));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const next = new URLSearchParams(params);
      for (const name of ['q', 'from', 'to']) {
        const v = form.elements[name].value.trim();
        if (v) next.set(name, v); else next.delete(name);
      }
      next.delete('page');
      location.hash = searchHref(next);
    });
    const results = el('section', {'aria-label': 'Results'}, el('p', {}, 'Searching…'));
    const facets = el('aside', {class: 'facets', 'aria-label': 'Filters'});
    render(q ? 'Search: ' + q : 'Search', el('h1', {class: 'visually-hidden'}, 'Search'), form,
      el('div', {class: 'layout'}, facets, results));
    const data = await api('/api/search?' + params.toString());
    facets.replaceChildren(...facetBlocks(data.facets, params));
    const page = data.page, pages = Math.max(1, Math.ceil(data.total / data.size));
    const heading = el('h2', {}, data.total + (data.total === 1 ? ' article' : ' articles'));
    const hits = el('ol', {class: 'hits', start: (page - 1) * data.size + 1}, data.hits.map(hitItem));
    results.replaceChildren(heading, activeFilters(params), hits, pager(params, page, pages));
    announce(data.total + ' articles found');
  }

  function hitItem(h) {
    return el('li', {},
      el('h2', {}, link(articleHref(h.id), h.title || '(untitled)')),
      meta(h.source, h.published),
      snippet(h.snippet, h.highlights));
  }

  function snippet(text, ranges) {
    const p = el('p', {class: 'snippet'});
    let pos = 0;
    for (const [s, e] of ranges || []) {
      if (s < pos || e > text.length) continue;
      p.append(text.slice(pos, s), el('mark', {}, text.slice(s, e)));
      pos = e;
    }
    p.append(text.slice(pos));
    return p;
  }

  function facetBlocks(f, params) {
    const blocks = [el('h2', {}, 'Filter')];
    const section = (title, name, values) => {
      if (!values || values.length === 0) return;
      blocks.push(el('h3', {}, title), el('ul', {}, values.slice(0, 12).map((v) => {
        const active = params.getAll(name).includes(v.value);
        return el('li', {}, el('button', {type: 'button', 'aria-pressed': active ? 'true' : 'false',
          onclick: () => toggle(params, name, v.value)}, v.value, ' ', el('span', {class: 'count'}, '(' + v.count + ')')));
      })));
    };
    for (const t of TYPES) section(TYPE_NAMES[t], 'entity', f.entities[t]);
    section('Speakers', 'speaker', f.speakers);
    section('Sources', 'source', f.sources);
    if (f.dates && f.dates.length) {
      blocks.push(el('h3', {}, 'Months'), el('ul', {}, f.dates.map((d) => el('li', {},
        el('button', {type: 'button', onclick: () => month(params, d.value)}, d.value, ' ',
          el('span', {class: 'count'}, '(' + d.count + ')'))))));
    }
    return blocks;
  }

  function toggle(params, name, value) {
    const next = new URLSearchParams(params);
    const values = next.getAll(name);
    next.delete(name);
    for (const v of values) if (v !== value) next.append(name, v);
    if (!values.includes(value)) next.append(name, value);
    next.delete('page');
    location.hash = searchHref(next);
  }

  function month(params, ym) {
    const [y, m] = ym.split('-').map(Number);
    if (!y || !m) return;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const next = new URLSearchParams(params);
    next.set('from', ym + '-01');
    next.set('to', ym + '-' + String(last).padStart(2, '0'));
    next.delete('page');
    location.hash = searchHref(next);
  }

  function activeFilters(params) {
    const chips = el('ul', {class: 'chips', 'aria-label': 'Active filters'});
    for (const name of ['entity', 'speaker', 'source']) {
      for (const v of params.getAll(name)) {
        chips.append(el('li', {}, el('button', {type: 'button', onclick: () => toggle(params, name, v),
          'aria-label': 'Remove filter ' + name + ': ' + v}, name + ': ' + v + ' ×')));
      }
    }
    return chips;
  }

  function pager(params, page, pages) {
    const go = (p) => { const next = new URLSearchParams(params); next.set('page', p); return searchHref(next); };
    return el('nav', {class: 'pager', 'aria-label': 'Pages'},
      page > 1 ? link(go(page - 1), '← Previous', {rel: 'prev'}) : null,
      el('span', {}, 'Page ' + page + ' of ' + pages),
      page < pages ? link(go(page + 1), 'Next →', {rel: 'next'}) : null);
  }

  // ---- Article -----------------------------------------------------------------------------------
  async function articlePage(id) {
    const a = await api('/api/articles/' + encodeURIComponent(id));
    const url = a.url ? safeUrl(a.url) : null;
    const details = el('dl', {class: 'meta-list'},
      a.source ? [el('dt', {}, 'Source'), el('dd', {}, a.source)] : null,
      a.published ? [el('dt', {}, 'Published'), el('dd', {}, a.published)] : null,
      a.byline ? [el('dt', {}, 'Byline'), el('dd', {}, a.byline)] : null,
      a.url ? [el('dt', {}, 'URL'), el('dd', {}, url ? link(url, a.url, {rel: 'noopener noreferrer nofollow'}) : a.url)] : null,
      [el('dt', {}, 'Id'), el('dd', {}, a.id)]);
    render(a.title || 'Article',
      el('article', {},
        el('h1', {id: 'article-title'}, a.title || '(untitled)'),
        details,
        storyLinks(a),
        legend(),
        el('div', {class: 'article-text', id: 'article-text'}, annotatedText(a)),
        el('div', {class: 'article-lists'}, entityList(a.entities), quoteList(a.quotes), amountList(a.amounts), dateList(a.dates))));
  }

  // The article's story, the original it copies and the articles that copy it (absent until ingest linked it).
  function storyLinks(a) {
    if (!a.story) return null;
    const d = a.duplicates || {copies: []};
    const size = a.story.size === 1 ? 'this article only' : a.story.size + ' articles';
    return el('section', {class: 'story-links', 'aria-label': 'Story and copies'},
      el('p', {id: 'article-story'}, 'Story: ', link(storyHref(a.story.id), a.story.label), ' ', el('span', {class: 'count'}, '(' + size + ')')),
      d.duplicateOf ? el('p', {id: 'article-original', class: 'copy-marker'}, 'Copy of ', link(articleHref(d.duplicateOf), d.duplicateOf),
        ' (' + Math.round(d.similarity * 100) + '% similar' + (d.differingParagraphs.length
          ? ', ' + d.differingParagraphs.length + (d.differingParagraphs.length === 1 ? ' paragraph differs' : ' paragraphs differ') : '') + ')') : null,
      d.copies.length ? el('p', {id: 'article-copies'}, 'Copied by ',
        d.copies.map((c, i) => [i ? ', ' : '', link(articleHref(c), c)])) : null);
  }

  function legend() {
    const item = (cls, text) => el('li', {}, el('span', {class: 'swatch ' + cls}, text));
    return el('section', {'aria-label': 'Legend'}, el('h2', {class: 'visually-hidden'}, 'Legend'),
      el('ul', {class: 'legend'}, TYPES.map((t) => item('type-' + t, TYPE_NAMES[t])),
        item('quote', 'Quote'), item('speaker', 'Speaker'), item('amount', 'Amount'), item('date', 'Date')));
  }

  // Greedy: earliest first, longest first at the same start; later items overlapping a kept one are dropped.
  function nonOverlapping(items) {
    const sorted = items.filter((x) => x.start >= 0 && x.end > x.start)
      .sort((x, y) => x.start - y.start || (y.end - y.start) - (x.end - x.start) || x.rank - y.rank);
    const out = [];
    let end = 0;
    for (const x of sorted) {
      if (x.start >= end) { out.push(x); end = x.end; }
    }
    return out;
  }

  function annotatedText(a) {
    const text = a.text;
    const quotes = nonOverlapping(a.quotes.map((q) => ({start: q.start, end: q.end, rank: 0, q: q})));
    const marks = nonOverlapping([].concat(
      a.entities.map((e) => ({start: e.start, end: e.end, rank: 0, make: () => el('mark', {
        class: 'entity type-' + e.type, title: e.canonical + ' (' + e.type.toLowerCase() + ')', 'data-canonical': e.canonical})})),
      a.amounts.map((m) => ({start: m.start, end: m.end, rank: 1, make: () => el('mark', {class: 'amount',
        title: [m.value, m.unit, m.object ? 'of ' + m.object : null].filter((x) => x != null).join(' ')})})),
      a.dates.map((d) => ({start: d.start, end: d.end, rank: 2, make: () => el('mark', {class: 'date', title: d.value})}))));
    // A speaker's mention is marked only where no entity, amount or date already is ("he", "the 43-year-old").
    const speakers = nonOverlapping(a.quotes.filter((q) => q.speakerStart != null && q.speakerEnd != null)
      .map((q) => ({start: q.speakerStart, end: q.speakerEnd, rank: 3, make: () => el('mark', {class: 'speaker',
        title: 'Speaker: ' + (q.speakerCanonical || q.speaker)})})))
      .filter((s) => !marks.some((m) => m.start < s.end && s.start < m.end));
    const inner = marks.concat(speakers).sort((x, y) => x.start - y.start);
    const frag = document.createDocumentFragment();
    let next = 0; // first inner item not yet fully rendered
    const fill = (parent, from, to) => {
      let pos = from;
      while (next < inner.length && inner[next].start < to) {
        const x = inner[next];
        const s = Math.max(x.start, pos), e = Math.min(x.end, to);
        if (s > pos) parent.append(text.slice(pos, s));
        if (e > s) parent.append(withText(x.make(), text.slice(s, e)));
        pos = Math.max(pos, e);
        if (x.end <= to) next++; else break;
      }
      if (pos < to) parent.append(text.slice(pos, to));
    };
    let pos = 0;
    for (const {q} of quotes) {
      fill(frag, pos, q.start);
      const who = q.speakerCanonical || q.speaker || 'unknown speaker';
      const span = el('span', {class: 'quote', title: (q.direct ? 'Quote' : 'Reported speech') + ' by ' + who});
      fill(span, q.start, q.end);
      frag.append(span);
      pos = q.end;
    }
    fill(frag, pos, text.length);
    return frag;
  }

  function withText(node, text) {
    node.append(text);
    return node;
  }

  function countBy(items, key) {
    const m = new Map();
    for (const it of items) {
      const k = key(it);
      const v = m.get(k.id) || Object.assign({n: 0}, k);
      v.n++;
      m.set(k.id, v);
    }
    return [...m.values()].sort((x, y) => y.n - x.n || x.id.localeCompare(y.id));
  }

  function entityList(entities) {
    const rows = countBy(entities, (e) => ({id: e.type + '\u0000' + e.canonical, canonical: e.canonical, type: e.type}));
    return el('section', {'aria-labelledby': 'h-entities'}, el('h2', {id: 'h-entities'}, 'Entities'),
      rows.length ? el('ul', {}, rows.map((r) => el('li', {}, link(entityHref(r.canonical), r.canonical), ' ',
        el('span', {class: 'count'}, TYPE_NAMES[r.type] ? TYPE_NAMES[r.type].toLowerCase() : r.type, ' ×', String(r.n)))))
        : el('p', {}, 'None found.'));
  }

  function quoteList(quotes) {
    return el('section', {'aria-labelledby': 'h-quotes'}, el('h2', {id: 'h-quotes'}, 'Quotes'),
      quotes.length ? el('ul', {class: 'quotes'}, quotes.map((q) => el('li', {},
        el('blockquote', {}, q.direct ? '“' + q.text + '”' : q.text),
        speakerLine(q)))) : el('p', {}, 'None found.'));
  }

  function speakerLine(q) {
    const who = q.speakerCanonical ? link(entityHref(q.speakerCanonical), q.speakerCanonical) : 'unknown speaker';
    return el('p', {class: 'meta'}, '— ', who, q.cue ? ', ' + q.cue : '', q.direct ? '' : ' (reported)');
  }

  function amountList(amounts) {
    return el('section', {'aria-labelledby': 'h-amounts'}, el('h2', {id: 'h-amounts'}, 'Amounts'),
      amounts.length ? el('ul', {}, amounts.map((m) => el('li', {}, m.text, el('span', {class: 'count'},
        ' = ' + [m.value, m.unit, m.object ? 'of ' + m.object : null].filter((x) => x != null).join(' ')))))
        : el('p', {}, 'None found.'));
  }

  function dateList(dates) {
    return el('section', {'aria-labelledby': 'h-dates'}, el('h2', {id: 'h-dates'}, 'Dates'),
      dates.length ? el('ul', {}, dates.map((d) => el('li', {}, d.text, el('span', {class: 'count'}, ' = ' + d.value))))
        : el('p', {}, 'None found.'));
  }

  // ---- Entity ------------------------------------------------------------------------------------
  async function entityPage(name) {
    const p = await api('/api/entities/' + encodeURIComponent(name));
    const max = Math.max(1, ...p.timeline.map((t) => t.count));
    const bar = (n) => { const b = el('span', {class: 'bar', 'aria-hidden': 'true'}); b.style.width = (n / max * 12) + 'rem'; return b; };
    render(p.canonical,
      el('h1', {}, p.canonical),
      el('p', {class: 'meta'}, (TYPE_NAMES[p.type] || p.type) + ' · mentioned in ' + p.articles + (p.articles === 1 ? ' article' : ' articles'),
        ' · ', link(searchHref(new URLSearchParams([['entity', p.canonical]])), 'search these articles')),
      el('div', {class: 'article-lists'},
        el('section', {'aria-labelledby': 'h-quotes'}, el('h2', {id: 'h-quotes'}, 'Quotes'),
          p.quotes.length ? el('ul', {class: 'quotes'}, p.quotes.map(quoteHitItem)) : el('p', {}, 'No quotes.'),
          p.quotes.length ? el('p', {}, link('#/quotes?' + new URLSearchParams([['speaker', p.canonical]]), 'All quotes by ' + p.canonical)) : null),
        el('section', {'aria-labelledby': 'h-co'}, el('h2', {id: 'h-co'}, 'Mentioned with'),
          el('ul', {}, p.cooccurring.map((c) => el('li', {}, link(entityHref(c.value), c.value), ' ', el('span', {class: 'count'}, '(' + c.count + ')'))))),
        el('section', {'aria-labelledby': 'h-time'}, el('h2', {id: 'h-time'}, 'Timeline'),
          el('table', {class: 'timeline'}, el('caption', {class: 'visually-hidden'}, 'Mentioning articles by month'),
            el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Month'), el('th', {scope: 'col'}, 'Articles'))),
            el('tbody', {}, p.timeline.map((t) => el('tr', {}, el('td', {}, t.value), el('td', {}, bar(t.count), ' ' + t.count))))))),
      el('section', {'aria-labelledby': 'h-mentions'}, el('h2', {id: 'h-mentions'}, 'Articles'),
        el('ul', {}, p.mentions.map((m) => el('li', {}, link(articleHref(m.articleId), m.title || '(untitled)'), ' ',
          meta(m.source, m.published, 'as ' + [...new Set(m.mentions.map((x) => '“' + x.text + '”'))].join(', ')))))));
  }

  function quoteHitItem(q) {
    return el('li', {}, el('blockquote', {}, q.direct ? '“' + q.text + '”' : q.text), speakerLine(q),
      el('p', {class: 'meta'}, 'in ', link(articleHref(q.article.id), q.article.title || '(untitled)'),
        q.article.published ? ' · ' + q.article.published : ''));
  }

  // ---- Quotes ------------------------------------------------------------------------------------
  async function quotesPage(params) {
    const speakers = el('datalist', {id: 'speaker-names'});
    const form = el('form', {class: 'search', role: 'search', 'aria-label': 'Quotes'},
      el('label', {}, 'Speaker', el('input', {type: 'search', name: 'speaker', id: 'speaker', list: 'speaker-names',
        value: params.get('speaker') || '', autocomplete: 'off', oninput: (ev) => suggest(ev.target.value, speakers)})),
      el('label', {}, 'Words', el('input', {type: 'search', name: 'q', id: 'quote-q', value: params.get('q') || ''})),
      el('button', {type: 'submit'}, 'Find quotes'), speakers);
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const next = new URLSearchParams();
      for (const name of ['speaker', 'q']) {
        const v = form.elements[name].value.trim();
        if (v) next.set(name, v);
      }
      location.hash = '#/quotes?' + next.toString();
    });
    const results = el('section', {'aria-label': 'Quotes found'}, el('p', {}, 'Loading…'));
    const who = params.get('speaker');
    render(who ? 'Quotes by ' + who : 'Quotes', el('h1', {}, who ? 'Everything ' + who + ' said' : 'Quotes'), form, results);
    const data = await api('/api/quotes?' + params.toString());
    const go = (p) => { const next = new URLSearchParams(params); next.set('page', p); return '#/quotes?' + next.toString(); };
    results.replaceChildren(
      data.quotes.length ? el('ul', {class: 'quotes'}, data.quotes.map(quoteHitItem)) : el('p', {}, 'No quotes found.'),
      el('nav', {class: 'pager', 'aria-label': 'Pages'}, data.page > 1 ? link(go(data.page - 1), '← Previous') : null,
        el('span', {}, 'Page ' + data.page), data.more ? link(go(data.page + 1), 'Next →') : null));
    announce(data.quotes.length + ' quotes shown');
  }

  let suggestTimer = null;
  function suggest(text, list) {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(async () => {
      if (text.trim().length < 2) return;
      try {
        const data = await api('/api/entities?' + new URLSearchParams([['q', text.trim()], ['type', 'PERSON'], ['limit', '10']]));
        list.replaceChildren(...data.entities.map((e) => el('option', {value: e.canonical})));
      } catch (e) { /* suggestions are optional */ }
    }, 200);
  }

  // ---- Router ------------------------------------------------------------------------------------
  async function route() {
    const hash = location.hash.replace(/^#\/?/, '');
    const q = hash.indexOf('?');
    const path = q < 0 ? hash : hash.slice(0, q);
    const params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
    try {
      if (path.startsWith('article/')) await articlePage(decodeURIComponent(path.slice(8)));
      else if (path.startsWith('entity/')) await entityPage(decodeURIComponent(path.slice(7)));
      else if (path === 'quotes') await quotesPage(params);
      else if (path === 'stories') await window.CopydeskStories.list(params);
      else if (path.startsWith('story/')) await window.CopydeskStories.story(decodeURIComponent(path.slice(6)));
      else await searchPage(params);
    } catch (err) {
      showError(err);
    }
  }

  // Shared with the story pages (stories.js).
  window.Copydesk = {el, link, api, render, meta, announce, articleHref, entityHref, storyHref};

  window.addEventListener('hashchange', route);
  document.addEventListener('DOMContentLoaded', route);
})();
