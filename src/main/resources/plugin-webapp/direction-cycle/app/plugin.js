// Coordinators' dashboard in Cockpit: where each open quarterly cycle, annual assessment and promise period of
// their municipality stands.
// Data: DashboardResource (same login, authorizations and tenant checks as Cockpit).
const escape = (text) => String(text == null ? '' : text).replace(/[&<>"']/g,
  (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

const date = (iso) => (iso ? new Date(iso).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' }) : '–');

// The interventions the quarter follows up, by their lead's latest colour; the words carry the meaning, the colour
// only repeats it.
function lights(i) {
  const total = i.green + i.yellow + i.red + i.notReported;
  if (total === 0) {
    return 'Inga insatser att följa upp';
  }
  const part = (count, kind, word) => `<span class="direction-cycle-light direction-cycle-light-${kind}">${count} ${word}</span>`;
  return [part(i.green, 'green', 'gröna'), part(i.yellow, 'yellow', 'gula'), part(i.red, 'red', 'röda'),
    part(i.notReported, 'none', 'ej rapporterade')].join(', ');
}

function table(rows) {
  if (rows.length === 0) {
    return '<p>Inga öppna kvartalscykler just nu.</p>';
  }
  const body = rows.map((r) => `
    <tr>
      <td><a href="#/process-instance/${escape(r.processInstanceId)}/runtime">${escape(r.municipality)} ${escape(r.period)}</a></td>
      <td>${escape(r.phase)}</td>
      <td>${r.submissionsReceived} av ${r.submissionsExpected}${r.missingOrganisations.length
        ? `<br><small>Saknas: ${r.missingOrganisations.map(escape).join(', ')}</small>` : ''}</td>
      <td>${r.overdueTasks > 0 ? `<strong>${r.overdueTasks}</strong>` : '0'}</td>
      <td>${escape(date(r.nextDeadline))}</td>
      <td>${escape(r.decision)}</td>
      <td>${lights(r.interventions)}</td>
      <td>${r.documents.map((d) => `<a href="${escape(d.href)}" target="_blank" rel="noopener">${escape(d.title)}</a>`).join('<br>') || '–'}</td>
    </tr>`).join('');
  return `
    <table class="cm-table direction-cycle-dashboard">
      <caption>Öppna kvartalscykler</caption>
      <thead><tr><th scope="col">Cykel</th><th scope="col">Fas</th><th scope="col">Underlag</th>
        <th scope="col">Försenade uppgifter</th><th scope="col">Nästa sista dag</th><th scope="col">Beslut</th>
        <th scope="col">Insatser (trafikljus)</th><th scope="col">Dokument</th></tr></thead>
      <tbody>${body}</tbody>
    </table>`;
}

// The quarter at a glance, per open cycle: its phases (done, now, to come), a bar from the quarter's first to its
// last day with today marked, and the dates as a list (what a screen reader reads; the bar is decoration).
const day = (iso) => (iso ? new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }) : '–');

function timeline(r) {
  const t = r.timeline;
  const current = t.phases.indexOf(r.phase);
  const phases = t.phases.map((p, i) => {
    const state = current < 0 || i > current ? 'todo' : i < current ? 'done' : 'now';
    const said = state === 'done' ? ' (klar)' : state === 'now' ? ' (pågår)' : '';
    return `<li class="direction-cycle-phase-${state}"${state === 'now' ? ' aria-current="step"' : ''}>${escape(p)}<span class="sr-only">${said}</span></li>`;
  }).join('');
  // the work starts before the quarter (input is collected ahead): the bar runs from the earliest date to the end
  const end = Date.parse(t.quarterEnd);
  const start = Math.min(...[t.quarterStart, t.reminderAt, t.deadlineAt, t.now].filter((d) => d).map(Date.parse));
  const at = (iso) => Math.max(0, Math.min(100, ((Date.parse(iso) - start) / (end - start)) * 100)).toFixed(1);
  const marker = (iso, kind) => (iso ? `<span class="direction-cycle-marker direction-cycle-marker-${kind}" style="left: ${at(iso)}%"></span>` : '');
  const now = Date.parse(t.now);
  const when = now < Date.parse(t.quarterStart) ? 'före kvartalet' : now > end ? 'efter kvartalet' : 'i kvartalet';
  return `
    <section class="direction-cycle-timeline" aria-label="${escape(r.municipality)} ${escape(r.period)} i korthet">
      <h4>${escape(r.municipality)} ${escape(r.period)}</h4>
      <ol class="direction-cycle-phases">${phases}</ol>
      <div class="direction-cycle-bar" aria-hidden="true">
        <span class="direction-cycle-elapsed" style="width: ${at(t.now)}%"></span>
        ${marker(t.quarterStart, 'start')}${marker(t.reminderAt, 'reminder')}${marker(t.deadlineAt, 'deadline')}${marker(t.now, 'today')}
      </div>
      <ul class="direction-cycle-dates">
        <li>Kvartalet börjar: ${escape(day(t.quarterStart))}</li>
        <li>Påminnelse om underlag: ${escape(day(t.reminderAt))}</li>
        <li>Sista dag för underlag: ${escape(day(t.deadlineAt))}</li>
        <li><strong>I dag: ${escape(day(t.now))} (${when})</strong></li>
        <li>Kvartalets sista dag: ${escape(day(new Date(end - 1).toISOString()))}</li>
        <li>Underlag in: ${r.submissionsReceived} av ${r.submissionsExpected}; försenade uppgifter: ${r.overdueTasks}</li>
        <li>Insatser: ${lights(r.interventions)}</li>
      </ul>
    </section>`;
}

const timelines = (rows) => (rows.length === 0 ? ''
  : `<h4 class="direction-cycle-glance-heading">Kvartalet i korthet</h4>${rows.map(timeline).join('')}`);

// The compiled situation report's charts per open cycle (PNGs from /documents/…/charts/, the webapp session), each
// with its alt text and a caption saying where its figures are.
// Closed until asked for, and lazily loaded: each picture is drawn on the server, and a regional coordinator may
// have many open cycles.
function charts(rows) {
  const sections = rows.filter((r) => r.charts && r.charts.length).map((r) => `
    <details class="direction-cycle-charts">
      <summary>Lägesbilden i diagram: ${escape(r.municipality)} ${escape(r.period)}</summary>
      <section aria-label="Lägesbilden ${escape(r.municipality)} ${escape(r.period)} i diagram">
        ${r.charts.map((c) => `<figure><img src="${escape(c.href)}" alt="${escape(c.alt)}" loading="lazy"><figcaption>${escape(c.caption)}</figcaption></figure>`).join('')}
      </section>
    </details>`).join('');
  return sections;
}

// Open annual assessments and promise periods: one row each with the waiting step and deadlines.
function stepTable(rows, caption, heading, label, extra) {
  if (rows.length === 0) {
    return '';
  }
  const body = rows.map((r) => `
    <tr>
      <td><a href="#/process-instance/${escape(r.processInstanceId)}/runtime">${escape(label(r))}</a></td>
      ${extra ? `<td>${escape(extra.value(r))}</td>` : ''}
      <td>${escape(r.step)}</td>
      <td>${r.overdueTasks > 0 ? `<strong>${r.overdueTasks}</strong>` : '0'}</td>
      <td>${escape(date(r.nextDeadline))}</td>
    </tr>`).join('');
  return `
    <table class="cm-table direction-cycle-dashboard">
      <caption>${caption}</caption>
      <thead><tr><th scope="col">${heading}</th>${extra ? `<th scope="col">${extra.heading}</th>` : ''}
        <th scope="col">Väntar på</th><th scope="col">Försenade uppgifter</th><th scope="col">Nästa sista dag</th></tr></thead>
      <tbody>${body}</tbody>
    </table>`;
}

const annualTable = (rows) => stepTable(rows, 'Öppna årliga bedömningar', 'Bedömning',
  (r) => `${r.municipality} ${r.year}`);
const promiseTable = (rows) => stepTable(rows, 'Medborgarlöften', 'Löftesperiod',
  (r) => `${r.municipality} ${r.period}`, { heading: 'Status', value: (r) => r.status });

// A regional coordinator (someone in several municipalities' coordinator groups) sees each municipality in one row:
// open cycles, submissions in, the follow-up's colours and overdue tasks of every open process.
function regional(cycles, annual, promises) {
  const names = [...new Set([...cycles, ...annual, ...promises].map((r) => r.municipality))].sort((a, b) => a.localeCompare(b, 'sv'));
  if (names.length < 2) {
    return '';
  }
  const sum = (rows, f) => rows.reduce((total, r) => total + f(r), 0);
  const body = names.map((name) => {
    const own = cycles.filter((r) => r.municipality === name);
    const overdue = sum(own, (r) => r.overdueTasks) + sum(annual.filter((r) => r.municipality === name), (r) => r.overdueTasks)
      + sum(promises.filter((r) => r.municipality === name), (r) => r.overdueTasks);
    const light = (key) => sum(own, (r) => r.interventions[key]);
    return `
    <tr>
      <th scope="row">${escape(name)}</th>
      <td>${own.length === 0 ? '–' : own.map((r) => `${escape(r.period)}: ${escape(r.phase)}`).join('<br>')}</td>
      <td>${own.length === 0 ? '–' : `${sum(own, (r) => r.submissionsReceived)} av ${sum(own, (r) => r.submissionsExpected)}`}</td>
      <td>${lights({ green: light('green'), yellow: light('yellow'), red: light('red'), notReported: light('notReported') })}</td>
      <td>${overdue > 0 ? `<strong>${overdue}</strong>` : '0'}</td>
    </tr>`;
  }).join('');
  return `
    <table class="cm-table direction-cycle-dashboard direction-cycle-regional">
      <caption>Kommunerna i korthet</caption>
      <thead><tr><th scope="col">Kommun</th><th scope="col">Öppna kvartal och fas</th><th scope="col">Underlag in</th>
        <th scope="col">Insatser (trafikljus)</th><th scope="col">Försenade uppgifter</th></tr></thead>
      <tbody>${body}</tbody>
    </table>`;
}

const load = (api, what) => fetch(`${api.cockpitApi}/plugin/direction-cycle/${api.engine}/${what}`, {
  headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
}).then((response) => (response.ok ? response.json() : Promise.reject(response.status)));

const links = (documents) => documents.map((d) => `<a href="${escape(d.href)}" target="_blank" rel="noopener">${escape(d.title)}</a>`)
  .join('<br>') || '–';

// History of one municipality and year: closed cycles with their decisions, annual assessments, promise periods,
// agreements. Every table has a caption; an empty year says so.
function historySection(h) {
  const rows = (items, cells) => items.map((i) => `<tr>${cells(i).map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  const tableOf = (caption, headings, items, cells) => (items.length === 0 ? '' : `
    <table class="cm-table direction-cycle-dashboard">
      <caption>${caption}</caption>
      <thead><tr>${headings.map((t) => `<th scope="col">${t}</th>`).join('')}</tr></thead>
      <tbody>${rows(items, cells)}</tbody>
    </table>`);
  const all = h.cycles.length + h.annualAssessments.length + h.promisePeriods.length + h.agreements.length;
  return `
    <h4 id="direction-cycle-history-heading">Historik ${escape(h.municipality)} ${h.year}</h4>
    ${all === 0 ? `<p>Ingen avslutad kvartalscykel, årlig bedömning, löftesperiod eller överenskommelse för ${h.year}.</p>` : ''}
    ${tableOf(`Avslutade kvartalscykler ${h.year}`, ['Kvartal', 'Avslutad', 'Inriktningsbeslut', 'Mötesdatum', 'Dokument'],
      h.cycles, (c) => [escape(c.period), escape(c.closedOn || '–'), escape(c.decision), escape(c.meetingDate || '–'), links(c.documents)])}
    ${tableOf(`Årliga bedömningar ${h.year}`, ['År', 'Status', 'Beslut', 'Dokument'],
      h.annualAssessments, (a) => [String(a.year), escape(a.status), escape(a.decision), links(a.documents)])}
    ${tableOf(`Medborgarlöften som gäller ${h.year}`, ['Period', 'Status', 'Undertecknade', 'Dokument'],
      h.promisePeriods, (p) => [escape(p.period), escape(p.status), escape(p.publishedOn || '–'), links(p.documents)])}
    ${tableOf(`Samverkansöverenskommelser ${h.year}`, ['Överenskommelse', 'Gäller', 'Status'],
      h.agreements, (a) => [escape(a.title), escape(a.period), escape(a.status)])}`;
}

// Compliance with SFS 2023:196: each obligation, met or missing, with its evidence and document links.
function complianceSection(api, c) {
  const met = c.obligations.filter((o) => o.met).length;
  const pdf = `${api.cockpitApi}/plugin/direction-cycle/${api.engine}/compliance-report?municipality=`
    + `${encodeURIComponent(c.municipalityId)}&year=${c.year}`;
  const evidence = (o) => (o.evidence.length === 0 ? '' : `<ul>${o.evidence.map((e) => `<li>${e.date ? `${escape(e.date)}: ` : ''}${
    e.href ? `<a href="${escape(e.href)}" target="_blank" rel="noopener">${escape(e.text)}</a>` : escape(e.text)}</li>`).join('')}</ul>`);
  const body = c.obligations.map((o) => `
    <tr>
      <th scope="row">${escape(o.title)}<br><small>${escape(o.requirement)}</small></th>
      <td class="${o.met ? 'direction-cycle-met' : 'direction-cycle-missing'}">${o.met ? 'Uppfyllt' : 'Saknas'}</td>
      <td>${o.met ? '' : `<p>${escape(o.missing)}</p>`}${evidence(o)}</td>
    </tr>`).join('');
  return `
    <h4 id="direction-cycle-compliance-heading">Lag (2023:196) – ${escape(c.municipality)} ${c.year}</h4>
    <p>${met} av ${c.obligations.length} skyldigheter har underlag.
      <a href="${escape(pdf)}" download>Ladda ned redovisningen som PDF (till länsstyrelsen)</a></p>
    <table class="cm-table direction-cycle-dashboard direction-cycle-compliance">
      <caption>Kommunens skyldigheter ${c.year} och underlaget för dem</caption>
      <thead><tr><th scope="col">Skyldighet</th><th scope="col">Bedömning</th><th scope="col">Underlag eller vad som saknas</th></tr></thead>
      <tbody>${body}</tbody>
    </table>`;
}

// Year picker and municipality choice (only the caller's own municipalities come back from the server).
let pastRequest = 0;
function renderPast(node, api, year, municipality) {
  const target = node.querySelector('.direction-cycle-past');
  target.innerHTML = '<p>Hämtar …</p>';
  pastRequest += 1;
  const request = pastRequest;
  Promise.all([load(api, `history?year=${year}`), load(api, `compliance?year=${year}`)])
    .then(([histories, reports]) => {
      if (request !== pastRequest) {
        return; // an answer to an earlier choice arrived late: the later choice wins
      }
      const chosen = histories.find((h) => h.municipalityId === municipality) || histories[0];
      if (!chosen) {
        target.innerHTML = '<p>Du har ingen kommun att visa.</p>';
        return;
      }
      const select = node.querySelector('#direction-cycle-municipality');
      if (select.options.length === 0) {
        select.innerHTML = histories.map((h) => `<option value="${escape(h.municipalityId)}">${escape(h.municipality)}</option>`).join('');
        select.closest('label').hidden = histories.length < 2;
      }
      select.value = chosen.municipalityId;
      const report = reports.find((r) => r.municipalityId === chosen.municipalityId);
      target.innerHTML = `<section aria-labelledby="direction-cycle-history-heading">${historySection(chosen)}</section>
        <section aria-labelledby="direction-cycle-compliance-heading">${complianceSection(api, report)}</section>`;
    })
    .catch(() => { if (request === pastRequest) target.innerHTML = '<p>Historiken kunde inte hämtas. Kontrollera året och försök igen.</p>'; });
}

const pastForm = (year) => `
  <h3>Historik och efterlevnad</h3>
  <form class="direction-cycle-year form-inline">
    <label>Kommun <select id="direction-cycle-municipality" class="form-control"></select></label>
    <label>År <input id="direction-cycle-year" class="form-control" type="number" min="2000" max="2199" value="${year}" required></label>
    <button type="submit" class="btn btn-default">Visa</button>
  </form>
  <div class="direction-cycle-past" aria-live="polite"></div>`;

export default {
  id: 'direction-cycle.dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node, { api }) => {
    node.innerHTML = '<h3>Inriktningscykeln</h3><p>Hämtar …</p>';
    Promise.all([load(api, 'cycles'), load(api, 'annual-assessments'), load(api, 'promise-periods')])
      .then(([cycles, annual, promises]) => {
        const year = new Date().getFullYear();
        node.innerHTML = `<h3>Inriktningscykeln</h3>${regional(cycles, annual, promises)}${table(cycles)}${timelines(cycles)}${charts(cycles)}${annualTable(annual)}${promiseTable(promises)}${pastForm(year)}`;
        const form = node.querySelector('.direction-cycle-year');
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          renderPast(node, api, node.querySelector('#direction-cycle-year').value,
            node.querySelector('#direction-cycle-municipality').value);
        });
        node.querySelector('#direction-cycle-municipality').addEventListener('change', () => form.requestSubmit());
        renderPast(node, api, year, null);
        // the map (map.js) is loaded apart: should it fail, the rest of the dashboard and Cockpit still work
        import('./map.js').then((map) => map.renderMaps(node, api)).catch(() => {});
      })
      .catch(() => { node.innerHTML = '<h3>Inriktningscykeln</h3><p>Översikten kunde inte hämtas. Ladda om sidan.</p>'; });
  },
};
