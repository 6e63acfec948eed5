// The home page's charts and controls. The server renders everything, including the data tables
// the charts are drawn from; this script (1) draws the timeline and the map from those tables with
// D3, and (2) applies the controls without a reload: it fetches the page for the new query string,
// swaps in its #dashboard, and records the view in the URL (history), so a link shares it.
(function () {
  'use strict';
  const d3 = window.d3;
  const topojson = window.topojson;
  if (!d3 || !topojson || !window.fetch || !window.DOMParser) return;

  const SVG_NS = 'http://www.w3.org/2000/svg';
  // The six classes of the map: three stances, then what is known of a State without one.
  const STANCE_LABEL = { affirms: 'affirms', rejects: 'rejects', undecided: 'undecided', silent: 'read and silent (no stance)',
    unread: 'only unread documents (not known)', 'no-document': 'no document (not known)' };
  let atlas = null;       // the TopoJSON world, fetched once
  let request = 0;        // the latest update; older answers are dropped
  let sliderTimer = 0;

  const $ = (selector, root) => (root || document).querySelector(selector);
  const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));
  const parseDate = d3.utcParse('%Y-%m-%d');
  const formatDate = d3.utcFormat('%Y-%m-%d');

  // ---- Controls ---------------------------------------------------------------------------------

  function initControls() {
    const form = $('#controls');
    if (!form) return;
    const slider = $('#asOfSlider');
    const date = $('#asOf');
    slider.hidden = false;
    $('#asOfSliderHint').hidden = false;
    form.addEventListener('submit', (event) => { event.preventDefault(); update(true); });
    form.addEventListener('change', (event) => {
      if (event.target === slider) return;          // the slider updates on input, debounced
      if (event.target === date) syncSlider();
      if (event.target === date && !date.checkValidity()) return;
      update(true);
    });
    slider.addEventListener('input', () => {
      date.value = sliderDate();
      clearTimeout(sliderTimer);
      sliderTimer = setTimeout(() => update(true), 250);
    });
    window.addEventListener('popstate', () => { readUrl(); update(false); });
  }

  /** The date the slider points at: the last day of its month, or today for the current month. */
  function sliderDate() {
    const slider = $('#asOfSlider');
    const start = parseDate(slider.dataset.start);
    const end = d3.utcDay.offset(d3.utcMonth.offset(start, Number(slider.value) + 1), -1);
    const today = $('#dashboard').dataset.today;
    const value = formatDate(end);
    return value > today ? today : value;
  }

  function syncSlider() {
    const slider = $('#asOfSlider');
    const date = parseDate($('#asOf').value);
    if (!date) return;
    const start = parseDate(slider.dataset.start);
    const months = d3.utcMonth.count(start, date);
    slider.value = String(Math.max(0, Math.min(Number(slider.max), months)));
  }

  /** Sets the controls from the URL (back and forward). */
  function readUrl() {
    const params = new URLSearchParams(window.location.search);
    const today = $('#dashboard').dataset.today;
    $('#asOf').value = params.get('asOf') || today;
    for (const name of ['question', 'minConfidence', 'scope']) {
      const select = $('#' + name);
      select.value = params.get(name) || select.dataset.default || select.options[0].value;
    }
    syncSlider();
  }

  /** The query string of the current choice; today's date is left out so a shared link stays current. */
  function queryString() {
    const params = new URLSearchParams();
    const today = $('#dashboard').dataset.today;
    for (const name of ['question', 'asOf', 'minConfidence', 'scope']) {
      const value = $('#' + name).value;
      if (value && !(name === 'asOf' && value === today)) params.set(name, value);
    }
    return params.toString();
  }

  async function update(push) {
    const query = queryString();
    const id = ++request;
    const dashboard = $('#dashboard');
    const status = $('#dashboard-status');
    dashboard.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch('/' + (query ? '?' + query : ''), { headers: { Accept: 'text/html' } });
      const text = await response.text();
      if (id !== request) return;
      const page = new DOMParser().parseFromString(text, 'text/html');
      if (!response.ok) {
        const detail = page.querySelector('main p');
        status.textContent = 'Could not update: ' + (detail ? detail.textContent : response.status + ' ' + response.statusText);
        return;
      }
      dashboard.replaceWith(document.importNode(page.getElementById('dashboard'), true));
      status.textContent = page.querySelector('#dashboard [data-summary]').textContent;
      if (push) window.history.pushState(null, '', '/' + (query ? '?' + query : ''));
      draw();
    } catch (error) {
      if (id === request) status.textContent = 'Could not update: ' + error.message;
    } finally {
      const current = $('#dashboard');
      if (current && id === request) current.removeAttribute('aria-busy');
    }
  }

  // ---- Timeline ---------------------------------------------------------------------------------

  function drawTimeline() {
    const host = $('#timeline-chart');
    if (!host) return;
    // The levels that judge what is known, strongest at the top; the level for "too little is known"
    // (it has a coverage floor) in a band of its own at the bottom, hatched, apart from "none".
    const levels = $$('#timeline-levels li').map((li) => ({ id: li.dataset.level, label: li.textContent, rank: Number(li.dataset.rank),
      unknown: Boolean(li.dataset.coverageFloor) }));
    const judged = levels.filter((l) => !l.unknown).sort((a, b) => b.rank - a.rank);
    const unknown = levels.filter((l) => l.unknown);
    const order = unknown.concat(judged);
    const isUnknown = (level) => unknown.some((l) => l.id === level);
    const points = $$('#timeline-table tbody tr').map((tr) => ({
      date: parseDate(tr.dataset.date), level: tr.dataset.level, known: Number(tr.dataset.known),
      members: Number(tr.dataset.members), affirms: Number(tr.dataset.affirms), rejects: Number(tr.dataset.rejects)
    }));
    if (!points.length || !levels.length) return;
    const asOf = parseDate(host.dataset.asOf);
    const today = parseDate($('#dashboard').dataset.today);
    const bottom = judged.length ? judged[0].id : order[0].id;
    const active = points.find((p) => (p.level !== bottom && !isUnknown(p.level)) || p.affirms > 0 || p.rejects > 0 || p.known > 0);
    let start = active ? d3.utcYear.offset(d3.utcYear.floor(active.date), -2) : d3.utcYear.offset(asOf, -5);
    if (asOf < start) start = d3.utcYear.floor(asOf);
    const end = d3.utcMonth.offset(asOf > today ? asOf : today, 3);

    const width = Math.max(320, host.clientWidth || 800);
    const height = 260;
    const margin = { top: 16, right: 24, bottom: 30, left: 96 };
    const x = d3.scaleUtc([start, end], [margin.left, width - margin.right]);
    const y = d3.scaleBand(order.map((l) => l.id), [height - margin.bottom, margin.top]).paddingInner(0.08);
    const levelAt = (date) => { let level = points[0].level; for (const p of points) if (p.date <= date) level = p.level; return level; };
    const series = [{ date: start, level: levelAt(start) }]
      .concat(points.filter((p) => p.date > start && p.date <= end)).concat([{ date: end, level: levelAt(end) }]);

    const svg = d3.create('svg').attr('viewBox', [0, 0, width, height]).attr('role', 'img')
      .attr('aria-label', 'Step chart of the level over time; the table below holds the same data.');
    const defs = svg.append('defs');
    const hatch = defs.append('pattern').attr('id', 'timeline-hatch').attr('patternUnits', 'userSpaceOnUse')
      .attr('width', 8).attr('height', 8).attr('patternTransform', 'rotate(45)');
    hatch.append('rect').attr('width', 8).attr('height', 8).style('fill', 'var(--lv-not-established, #fff)');
    hatch.append('line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 8).attr('stroke', '#8a7a2a').attr('stroke-width', 2.5);
    svg.append('g').selectAll('rect').data(order).join('rect')
      .attr('class', (l) => 'band cell level-' + l.id + (l.unknown ? ' band-unknown' : '')).attr('x', margin.left)
      .attr('width', width - margin.left - margin.right)
      .attr('y', (l) => y(l.id)).attr('height', y.bandwidth())
      .style('fill', (l) => l.unknown ? 'url(#timeline-hatch)' : 'var(--lv-' + l.id + ', #eee)');
    if (unknown.length && judged.length) {                    // a rule between "too little known" and the levels
      const gap = y(unknown[unknown.length - 1].id) - (y.step() - y.bandwidth()) / 2;
      svg.append('line').attr('class', 'band-rule').attr('x1', margin.left - 90).attr('x2', width - margin.right)
        .attr('y1', gap).attr('y2', gap);
    }
    svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - margin.bottom})`)
      .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))));
    svg.append('g').attr('class', 'axis').attr('transform', `translate(${margin.left},0)`)
      .call(d3.axisLeft(y).tickFormat((id) => order.find((l) => l.id === id).label).tickSize(0).tickPadding(8))
      .call((g) => g.select('.domain').remove());
    const mid = (level) => y(level) + y.bandwidth() / 2;
    svg.append('path').attr('class', 'step').datum(series)
      .attr('d', d3.line().x((p) => x(p.date)).y((p) => mid(p.level)).curve(d3.curveStepAfter));
    // Over the runs where too little is known, the step is dashed: white dashes over the line.
    const runs = [];
    for (let i = 0; i + 1 < series.length; i++)
      if (isUnknown(series[i].level)) runs.push(`M${x(series[i].date)},${mid(series[i].level)}H${x(series[i + 1].date)}`);
    if (runs.length) svg.append('path').attr('class', 'step-unknown').attr('d', runs.join(''));
    const label = (level) => (levels.find((l) => l.id === level) || { label: level }).label;
    svg.append('g').selectAll('circle').data(points.filter((p) => p.date >= start && p.date <= end)).join('circle')
      .attr('class', (p) => 'change' + (isUnknown(p.level) ? ' change-unknown' : '')).attr('r', 3.5)
      .attr('cx', (p) => x(p.date)).attr('cy', (p) => mid(p.level))
      .append('title').text((p) => `${formatDate(p.date)}: ${label(p.level)}, ${p.known} of ${p.members} known, `
        + `${p.affirms} affirm` + (p.rejects ? `, ${p.rejects} reject` : ''));
    const mark = svg.append('g').attr('class', 'as-of').attr('transform', `translate(${x(asOf)},0)`);
    mark.append('line').attr('y1', margin.top - 4).attr('y2', height - margin.bottom);
    mark.append('text').attr('y', margin.top - 6).attr('text-anchor', x(asOf) > width - 120 ? 'end' : 'start').attr('dx', 4)
      .text(formatDate(asOf));
    host.replaceChildren(svg.node());
  }

  // ---- Map --------------------------------------------------------------------------------------

  async function drawMap() {
    const host = $('#map-chart');
    if (!host) return;
    if (!atlas) atlas = fetch(host.dataset.atlas).then((r) => {
      if (!r.ok) throw new Error('the map shapes did not load (' + r.status + ')');
      return r.json();
    });
    const world = await atlas;
    const current = $('#map-chart');
    if (current !== host) return;                               // replaced while loading
    const states = new Map($$('#stances-table tbody tr').filter((tr) => tr.dataset.m49)
      .map((tr) => [tr.dataset.m49, { iso3: tr.dataset.iso3, stance: tr.dataset.stance,
        name: tr.querySelector('th').textContent, through: tr.cells[2] ? tr.cells[2].textContent : '' }]));
    const features = topojson.feature(world, world.objects.countries).features.filter((f) => f.id !== '010');   // no Antarctica
    const width = Math.max(320, host.clientWidth || 960);
    const height = Math.round(width / 2);
    const projection = d3.geoEqualEarth().fitExtent([[4, 4], [width - 4, height - 4]], { type: 'Sphere' });
    const path = d3.geoPath(projection);
    const svg = d3.create('svg').attr('viewBox', [0, 0, width, height]).attr('role', 'img')
      .attr('aria-label', 'World map of effective stances: ' + $$('#stance-legend li').map((li) => li.textContent).join('; ')
        + '. The table below lists every State.');
    const defs = svg.append('defs');
    pattern(defs, 'pattern-rejects', 'var(--st-rejects)', (p) => p.append('path').attr('d', 'M-1,1 l2,-2 M0,5 l5,-5 M4,6 l2,-2')
      .attr('stroke', 'rgba(255,255,255,0.85)').attr('stroke-width', 1.1));
    pattern(defs, 'pattern-undecided', 'var(--st-undecided)', (p) => p.append('circle').attr('cx', 2.5).attr('cy', 2.5).attr('r', 1)
      .attr('fill', 'rgba(255,255,255,0.9)'));
    // Not known: pale and patterned, so they never read as a stance or as "read and silent".
    pattern(defs, 'pattern-unread', 'var(--st-unread)', (p) => p.append('path').attr('d', 'M-1,1 l2,-2 M0,5 l5,-5 M4,6 l2,-2')
      .attr('stroke', 'rgba(110,95,40,0.75)').attr('stroke-width', 0.9));
    pattern(defs, 'pattern-no-document', 'var(--st-no-document)', (p) => p.append('path').attr('d', 'M2.5,0.8 v3.4 M0.8,2.5 h3.4')
      .attr('stroke', 'rgba(90,100,115,0.7)').attr('stroke-width', 0.8));
    svg.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' }));
    svg.append('path').attr('class', 'graticule').attr('d', path(d3.geoGraticule10()));
    const drawn = new Set();
    const tooltip = tooltipFor(host);
    svg.append('g').selectAll('path').data(features).join('path')
      .attr('d', path)
      .each(function (f) {
        const state = states.get(f.id);
        if (!state) { this.setAttribute('class', 'land'); return; }
        drawn.add(f.id);
        this.setAttribute('class', 'state');
        this.dataset.iso3 = state.iso3;
        this.dataset.stance = state.stance;
        const title = document.createElementNS(SVG_NS, 'title');
        title.textContent = `${state.name}: ${STANCE_LABEL[state.stance] || state.stance}` + (state.through ? ` (${state.through})` : '');
        this.appendChild(title);
      })
      .on('click', (event, f) => { const s = states.get(f.id); if (s) window.location.href = '/page/state/' + s.iso3; })
      .on('mousemove', (event, f) => tooltip.show(event, states.get(f.id)))
      .on('mouseleave', () => tooltip.hide());
    host.replaceChildren(svg.node(), tooltip.node);
    const missing = $$('#stances-table tbody tr').filter((tr) => !tr.dataset.m49 || !drawn.has(tr.dataset.m49))
      .map((tr) => tr.querySelector('th').textContent);
    const note = $('#map-missing');
    note.hidden = missing.length === 0;
    note.textContent = missing.length ? `Not on the map (no shape at this scale, or no ISO numeric code in the data): ${missing.join(', ')}. They are in the table.` : '';
    host.dataset.drawn = String(drawn.size);
  }

  function pattern(defs, id, color, mark) {
    const p = defs.append('pattern').attr('id', id).attr('patternUnits', 'userSpaceOnUse').attr('width', 5).attr('height', 5);
    p.append('rect').attr('width', 5).attr('height', 5).style('fill', color);
    mark(p);
  }

  function tooltipFor(host) {
    const node = document.createElement('div');
    node.className = 'map-tooltip';
    node.hidden = true;
    node.setAttribute('aria-hidden', 'true');
    host.style.position = 'relative';
    return {
      node,
      show(event, state) {
        if (!state) { node.hidden = true; return; }
        const box = host.getBoundingClientRect();
        node.textContent = `${state.name}: ${STANCE_LABEL[state.stance] || state.stance}` + (state.through ? ` (${state.through})` : '');
        node.hidden = false;
        node.style.left = Math.min(event.clientX - box.left + 12, box.width - 200) + 'px';
        node.style.top = (event.clientY - box.top + 12) + 'px';
      },
      hide() { node.hidden = true; }
    };
  }

  // ---- Start ------------------------------------------------------------------------------------

  function draw() {
    drawTimeline();
    drawMap().catch((error) => {
      const note = $('#map-missing');
      if (note) { note.hidden = false; note.textContent = 'The map could not be drawn: ' + error.message + '. The table below holds the data.'; }
    });
  }

  let resizeTimer = 0;
  window.addEventListener('resize', () => { clearTimeout(resizeTimer); resizeTimer = setTimeout(draw, 200); });
  initControls();
  draw();
})();
