// The dashboard's diffusion chart: the world's affirmation over time as stacked areas by route,
// drawn with D3 from #diffusion-table (its text alternative); collective positions that affirm are
// marked where they take effect. Redrawn when the dashboard is re-rendered or the window resized.
(function () {
  'use strict';
  const $ = (s) => document.querySelector(s);
  const $$ = (s) => Array.from(document.querySelectorAll(s));
  const parse = d3.utcParse('%Y-%m-%d');
  const format = d3.utcFormat('%Y-%m-%d');

  function drawDiffusion() {
    const host = $('#diffusion-chart');
    const table = $('#diffusion-table');
    if (!host || !table || typeof d3 === 'undefined') return;
    const rows = $$('#diffusion-table tbody tr');
    if (!rows.length) return;
    const routes = Array.from(rows[0].querySelectorAll('td[data-route]')).map((td) => td.dataset.route);
    const points = rows.map((tr) => {
      const p = { date: parse(tr.dataset.date), members: Number(tr.dataset.members) };
      tr.querySelectorAll('td[data-route]').forEach((td) => { p[td.dataset.route] = Number(td.textContent); });
      return p;
    });
    const asOf = parse(host.dataset.asOf);
    const end = d3.utcMonth.offset(d3.max([asOf, points[points.length - 1].date]), 3);
    const series = points.concat([Object.assign({}, points[points.length - 1], { date: end })]);
    const width = Math.max(320, host.clientWidth || 800);
    const height = 280;
    const margin = { top: 16, right: 24, bottom: 30, left: 48 };
    const x = d3.scaleUtc([points[0].date, end], [margin.left, width - margin.right]);
    const y = d3.scaleLinear([0, d3.max(points, (p) => p.members) || 1], [height - margin.bottom, margin.top]);
    const color = d3.scaleOrdinal(routes, d3.schemeTableau10);
    const stack = d3.stack().keys(routes)(series);
    const svg = d3.create('svg').attr('viewBox', [0, 0, width, height]).attr('role', 'img')
      .attr('aria-label', 'Stacked area chart of the UN members affirming, by route; the table below holds the same data.');
    svg.append('g').selectAll('path').data(stack).join('path')
      .attr('class', (s) => 'route route-' + s.key).attr('data-route', (s) => s.key).attr('fill', (s) => color(s.key))
      .attr('d', d3.area().x((p) => x(p.data.date)).y0((p) => y(p[0])).y1((p) => y(p[1])).curve(d3.curveStepAfter))
      .append('title').text((s) => s.key === 'own' ? 'by their own position' : 'via ' + s.key);
    svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - margin.bottom})`)
      .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 90))));
    svg.append('g').attr('class', 'axis').attr('transform', `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(5));
    // Each collective position where it takes effect (a step in the areas when it affirms).
    const steps = $$('#diffusion-collectives li').filter((li) => parse(li.dataset.date))
      .map((li) => ({ organization: li.dataset.organization, date: parse(li.dataset.date), stance: li.dataset.stance }))
      .filter((s) => s.date >= points[0].date && s.date <= end);
    const mark = svg.append('g').attr('class', 'steps').selectAll('g').data(steps).join('g')
      .attr('class', 'collective-step').attr('transform', (s) => `translate(${x(s.date)},0)`);
    mark.append('line').attr('y1', margin.top).attr('y2', height - margin.bottom).attr('stroke', '#333').attr('stroke-dasharray', '3 3');
    mark.append('text').attr('y', (s, i) => margin.top + 10 + (i % 4) * 12).attr('dx', 3).attr('font-size', 11).text((s) => s.organization + ' ' + format(s.date) + (s.stance === 'affirms' ? '' : ' (' + s.stance + ')'));
    const legend = svg.append('g').attr('class', 'legend').attr('transform', `translate(${margin.left + 8},${margin.top + 24})`);
    routes.slice().reverse().forEach((r, i) => {
      const g = legend.append('g').attr('transform', `translate(0,${i * 16})`);
      g.append('rect').attr('width', 10).attr('height', 10).attr('fill', color(r));
      g.append('text').attr('x', 14).attr('y', 9).attr('font-size', 11).text(r === 'own' ? 'own position' : 'via ' + r);
    });
    host.replaceChildren(svg.node());
  }

  let timer = 0;
  window.addEventListener('resize', () => { clearTimeout(timer); timer = setTimeout(drawDiffusion, 200); });
  const main = document.querySelector('main');
  if (main) new MutationObserver(() => { if ($('#diffusion-chart .no-chart')) drawDiffusion(); }).observe(main, { childList: true, subtree: true });
  drawDiffusion();
})();
