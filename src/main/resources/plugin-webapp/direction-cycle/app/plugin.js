// Coordinators' dashboard in Cockpit: where each open quarterly cycle, annual assessment and promise period of
// their municipality stands.
// Data: DashboardResource (same login, authorizations and tenant checks as Cockpit).
const escape = (text) => String(text == null ? '' : text).replace(/[&<>"']/g,
  (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

const date = (iso) => (iso ? new Date(iso).toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' }) : '–');

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
      <td>${r.documents.map((d) => `<a href="${escape(d.href)}" target="_blank" rel="noopener">${escape(d.title)}</a>`).join('<br>') || '–'}</td>
    </tr>`).join('');
  return `
    <table class="cm-table direction-cycle-dashboard">
      <caption>Öppna kvartalscykler</caption>
      <thead><tr><th scope="col">Cykel</th><th scope="col">Fas</th><th scope="col">Underlag</th>
        <th scope="col">Försenade uppgifter</th><th scope="col">Nästa sista dag</th><th scope="col">Beslut</th>
        <th scope="col">Dokument</th></tr></thead>
      <tbody>${body}</tbody>
    </table>`;
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

const load = (api, what) => fetch(`${api.cockpitApi}/plugin/direction-cycle/${api.engine}/${what}`, {
  headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
}).then((response) => (response.ok ? response.json() : Promise.reject(response.status)));

export default {
  id: 'direction-cycle.dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node, { api }) => {
    node.innerHTML = '<h3>Inriktningscykeln</h3><p>Hämtar …</p>';
    Promise.all([load(api, 'cycles'), load(api, 'annual-assessments'), load(api, 'promise-periods')])
      .then(([cycles, annual, promises]) => {
        node.innerHTML = `<h3>Inriktningscykeln</h3>${table(cycles)}${annualTable(annual)}${promiseTable(promises)}`;
      })
      .catch(() => { node.innerHTML = '<h3>Inriktningscykeln</h3><p>Översikten kunde inte hämtas. Ladda om sidan.</p>'; });
  },
};
