// Copydesk web UI: the story list and story pages, over /api/stories. Built with DOM nodes only:
// labels, titles, quotes and names are always inserted as text, never as markup.
'use strict';

(function () {
  const {el, link, api, render, meta, announce, articleHref, entityHref, storyHref} = window.Copydesk;
  const PAGE = 20;

  function storiesHref(params) { return '#/stories?' + params.toString(); }

  function span(first, last) {
    if (!first) return null;
    return first === last ? first : first + ' – ' + last;
  }

  // ---- Story list --------------------------------------------------------------------------------
  async function list(params) {
    const form = el('form', {class: 'search', role: 'search', 'aria-label': 'Stories'},
      el('label', {}, 'Filter stories', el('input', {type: 'search', name: 'q', id: 'story-q', value: params.get('q') || '', autocomplete: 'off'})),
      el('label', {}, 'Entity', el('input', {type: 'search', name: 'entity', id: 'story-entity', value: params.get('entity') || ''})),
      el('label', {}, 'Published from', el('input', {type: 'date', name: 'from', value: params.get('from') || ''})),
      el('label', {}, 'to', el('input', {type: 'date', name: 'to', value: params.get('to') || ''})),
      el('button', {type: 'submit'}, 'Filter'));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const next = new URLSearchParams();
      for (const name of ['q', 'entity', 'from', 'to']) {
        const v = form.elements[name].value.trim();
        if (v) next.set(name, v);
      }
      location.hash = storiesHref(next);
    });
    const results = el('section', {'aria-label': 'Stories found'}, el('p', {}, 'Loading…'));
    render('Stories', el('h1', {}, 'Stories'), form, results);
    const offset = Math.max(0, Number(params.get('offset')) || 0);
    const query = new URLSearchParams();
    for (const name of ['q', 'entity', 'from', 'to']) if (params.get(name)) query.set(name, params.get(name));
    query.set('limit', PAGE);
    query.set('offset', offset);
    const data = await api('/api/stories?' + query.toString());
    const go = (o) => { const next = new URLSearchParams(params); next.set('offset', o); return storiesHref(next); };
    results.replaceChildren(
      el('h2', {}, data.total + (data.total === 1 ? ' story' : ' stories')),
      data.stories.length ? el('ol', {class: 'stories', start: offset + 1}, data.stories.map(storyItem)) : el('p', {}, 'No stories found.'),
      el('nav', {class: 'pager', 'aria-label': 'Pages'},
        offset > 0 ? link(go(Math.max(0, offset - PAGE)), '← Previous', {rel: 'prev'}) : null,
        el('span', {}, data.total ? (offset + 1) + '–' + (offset + data.stories.length) + ' of ' + data.total : ''),
        offset + PAGE < data.total ? link(go(offset + PAGE), 'Next →', {rel: 'next'}) : null));
    announce(data.total + ' stories found');
  }

  function storyItem(s) {
    return el('li', {},
      el('h2', {}, link(storyHref(s.id), s.label)),
      meta(s.articles + (s.articles === 1 ? ' article' : ' articles'), s.outlets.slice(0, 5).join(', ')
        + (s.outlets.length > 5 ? ' and ' + (s.outlets.length - 5) + ' more' : ''), span(s.first, s.last)),
      s.keyEntities.length ? el('p', {class: 'key-entities'}, s.keyEntities.slice(0, 6).map((e, i) =>
        [i ? ', ' : '', link(entityHref(e.value), e.value)])) : null);
  }

  // ---- One story ---------------------------------------------------------------------------------
  async function story(id) {
    const s = await api('/api/stories/' + encodeURIComponent(id));
    render(s.label,
      el('h1', {id: 'story-title'}, s.label),
      meta(s.size + (s.size === 1 ? ' article' : ' articles'), s.outlets.length + (s.outlets.length === 1 ? ' outlet' : ' outlets'),
        span(s.first, s.last)),
      s.keyEntities.length ? el('p', {class: 'key-entities'}, 'Key entities: ', s.keyEntities.map((e, i) =>
        [i ? ', ' : '', link(entityHref(e.value), e.value), ' ', el('span', {class: 'count'}, '(' + e.count + ')')])) : null,
      el('div', {class: 'article-lists'}, timeline(s), outlets(s)),
      articles(s), figures(s.figures), lineage(s.quotes));
    announce('Story with ' + s.size + ' articles');
  }

  function timeline(s) {
    const max = Math.max(1, ...s.timeline.map((d) => d.count));
    const bar = (n) => { const b = el('span', {class: 'bar', 'aria-hidden': 'true'}); b.style.width = (n / max * 8) + 'rem'; return b; };
    const byId = new Map(s.articles.map((a) => [a.id, a]));
    const name = (id) => { const a = byId.get(id); return link(articleHref(id), a ? a.outlet : id, {title: a && a.title ? a.title : id}); };
    return el('section', {'aria-labelledby': 'h-timeline'}, el('h2', {id: 'h-timeline'}, 'Timeline'),
      s.timeline.length ? el('table', {class: 'timeline', id: 'story-timeline'},
        el('caption', {class: 'visually-hidden'}, 'Articles by day'),
        el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Day'), el('th', {scope: 'col'}, 'Articles'))),
        el('tbody', {}, s.timeline.map((d) => el('tr', {}, el('td', {class: 'day'}, d.day),
          el('td', {}, bar(d.count), ' ' + d.count, ' ', el('span', {class: 'count'}, d.articles.map((a, i) => [i ? ', ' : '', name(a)])))))))
        : el('p', {}, 'No dated articles.'));
  }

  function outlets(s) {
    return el('section', {'aria-labelledby': 'h-outlets'}, el('h2', {id: 'h-outlets'}, 'Outlets'),
      el('ul', {id: 'story-outlets'}, s.outlets.map((o) => el('li', {}, o, ' ',
        el('span', {class: 'count'}, '(' + s.articles.filter((a) => a.outlet === o).length + ')')))));
  }

  function articles(s) {
    return el('section', {'aria-labelledby': 'h-articles'}, el('h2', {id: 'h-articles'}, 'Articles'),
      el('ol', {class: 'story-articles'}, s.articles.map((a) => el('li', {class: a.duplicateOf ? 'copy' : null},
        link(articleHref(a.id), a.title || '(untitled)'), ' ',
        meta(a.outlet, a.published),
        a.duplicateOf ? el('p', {class: 'copy-marker'}, 'Copy of ', link(articleHref(a.duplicateOf), a.duplicateOf),
          ' · ' + Math.round(a.similarity * 100) + '% similar'
          + (a.differingParagraphs.length ? ' · ' + a.differingParagraphs.length + ' differing' : '')) : null))));
  }

  function figures(groups) {
    const body = groups.length ? el('table', {class: 'figures', id: 'story-figures'},
      el('caption', {class: 'visually-hidden'}, 'Figures as each article reports them'),
      el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Measure'), el('th', {scope: 'col'}, 'Value'),
        el('th', {scope: 'col'}, 'As written'), el('th', {scope: 'col'}, 'Article'))),
      groups.map((g) => el('tbody', {class: g.disagreement ? 'disagreement' : null},
        g.reports.map((r, i) => el('tr', {},
          i === 0 ? el('th', {scope: 'rowgroup', rowspan: g.reports.length}, g.measure,
            g.disagreement ? el('span', {class: 'flag'}, ' (sources disagree)') : null) : null,
          el('td', {}, String(r.value) + (g.unit ? ' ' + g.unit : '')),
          el('td', {}, r.text),
          el('td', {}, link(articleHref(r.articleId), r.outlet), r.published ? ' · ' + r.published : ''))))))
      : el('p', {}, 'No figures to compare.');
    return el('section', {id: 'figures', 'aria-labelledby': 'h-figures'}, el('h2', {id: 'h-figures'}, 'Figures side by side'), body);
  }

  function lineage(threads) {
    const body = threads.length ? el('ol', {class: 'lineage'}, threads.map((t) => el('li', {},
      el('blockquote', {}, '“' + t.text + '”'),
      el('p', {class: 'meta'}, 'First in ', link(articleHref(t.firstArticle), t.firstOutlet), t.firstPublished ? ' · ' + t.firstPublished : ''),
      el('ul', {class: 'versions'}, t.versions.map((v) => el('li', {class: 'version ' + v.kind},
        el('span', {class: 'kind'}, v.kind), ' ', link(articleHref(v.articleId), v.outlet), v.published ? ' · ' + v.published : '',
        v.speaker ? ' · ' + v.speaker : '',
        el('p', {class: 'diff'}, diff(v.diff)))))))) : el('p', {}, 'No quotes repeated across articles.');
    return el('section', {id: 'lineage', 'aria-labelledby': 'h-lineage'}, el('h2', {id: 'h-lineage'}, 'Quote lineage'), body);
  }

  // Word-level diff: removed words struck through, added words underlined, each one labelled for screen readers.
  function diff(ops) {
    return ops.map((o, i) => {
      const sep = i ? ' ' : '';
      if (o.op === 'removed') return [sep, el('del', {title: 'removed'}, o.words)];
      if (o.op === 'added') return [sep, el('ins', {title: 'added'}, o.words)];
      return [sep, o.words];
    });
  }

  window.CopydeskStories = {list, story};
})();
