// The dashboard's map (issue 16): one map per municipality whose areas have a place on it (GeoJSON uploaded by the
// administrator), each area shaded by the observations of the latest compiled situation report, with a label and a
// popup that also say how many decided interventions run there today, and the same figures in a table (what a screen reader reads). Leaflet comes from the application's own
// WebJar, never a CDN; the tiles only when the installation has a tile server (directioncycle.map.tile-url),
// otherwise the areas are drawn alone.
// Data: DashboardResource#areaMaps (same login, tenants and allowlist as the rest of the dashboard).

// From this file (…/camunda/api/cockpit/plugin/direction-cycle/static/app/map.js) to the application's root,
// so a servlet context path is kept.
const ROOT = new URL('../../../../../../../', import.meta.url);
const LEAFLET = new URL('webjars/leaflet/1.9.4/dist/', ROOT);

const escape = (text) => String(text == null ? '' : text).replace(/[&<>"']/g,
  (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

// the bands of SmallCounts.band: "–" (fewer than 5, or grouped), 5–9, 10–19, 20 and more; no report yet: grey
const BANDS = ['– färre än 5 eller sammanslaget', '5–9', '10–19', '20 eller fler'];
const COLOURS = ['#d6e9ef', '#8fc1d1', '#3a8ca6', '#00586f'];
const NO_REPORT = '#e0e0e0';
const colour = (band) => (band == null ? NO_REPORT : COLOURS[band]);

const observations = (p) => (p.observations == null ? 'ingen lägesbild än'
  : p.observations === '–' ? 'färre än 5 observationer eller sammanslaget med andra områden'
    : `${p.observations} observationer`);
const interventions = (p) => (p.interventions === 1 ? '1 pågående insats' : `${p.interventions} pågående insatser`);

// Leaflet's and the map's style sheets, once; resolves when both have loaded (or failed: the map is drawn anyway)
function stylesheets() {
  return Promise.all([new URL('leaflet.css', LEAFLET), new URL('map.css', import.meta.url)].map((url) => {
    const present = document.querySelector(`link[href="${url.href}"]`);
    if (present) {
      return Promise.resolve();
    }
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = url.href;
    const loaded = new Promise((resolve) => {
      link.addEventListener('load', resolve);
      link.addEventListener('error', resolve);
    });
    document.head.appendChild(link);
    return loaded;
  }));
}

function table(m, index) {
  const rows = m.areas.features.map((f) => `
    <tr><th scope="row">${escape(f.properties.name)}</th><td>${escape(f.properties.observations ?? '–')}</td>
      <td>${escape(f.properties.interventions)}</td></tr>`).join('');
  return `
    <table class="cm-table direction-cycle-dashboard direction-cycle-map-table" id="direction-cycle-map-table-${index}">
      <caption>Observationer och pågående insatser per område – ${escape(m.municipality)}${m.period ? ` ${escape(m.period)}` : ''}</caption>
      <thead><tr><th scope="col">Område</th><th scope="col">Observationer</th><th scope="col">Pågående insatser</th></tr></thead>
      <tbody>${rows}${m.otherAreas ? `
        <tr><th scope="row">Övriga områden (sammanslagna)</th><td>${escape(m.otherAreas)}</td><td></td></tr>` : ''}</tbody>
    </table>`;
}

const legend = () => `
  <ul class="direction-cycle-map-legend" aria-hidden="true">
    ${BANDS.map((b, i) => `<li><span style="background: ${COLOURS[i]}"></span>${b}</li>`).join('')}
    <li><span style="background: ${NO_REPORT}"></span>ingen lägesbild</li>
  </ul>`;

function draw(L, container, m) {
  const map = L.map(container, { attributionControl: Boolean(m.tiles), scrollWheelZoom: false, zoomSnap: 0.25 });
  if (m.tiles) {
    map.attributionControl.setPrefix(false);
    L.tileLayer(m.tiles.url, { attribution: escape(m.tiles.attribution), maxZoom: 18 }).addTo(map);
  }
  const style = (f) => ({ color: '#1b1b1b', weight: 1.5, fillColor: colour(f.properties.band), fillOpacity: 0.8 });
  const layer = L.geoJSON(m.areas, {
    style,
    pointToLayer: (f, at) => L.circleMarker(at, { ...style(f), radius: 10 }),
    onEachFeature: (f, area) => {
      const text = `${escape(f.properties.name)}: ${escape(observations(f.properties))}, ${escape(interventions(f.properties))}`;
      const shown = `${f.properties.observations ?? '–'}${f.properties.interventions > 0 ? ` · ${interventions(f.properties)}` : ''}`;
      // on a boundary the label sits in its middle; a place's label stands above its circle
      const point = f.geometry.type === 'Point';
      area.bindTooltip(`${escape(f.properties.name)}<br>${escape(shown)}`, {
        permanent: true, direction: point ? 'top' : 'center', offset: point ? [0, -8] : [0, 0],
        className: 'direction-cycle-map-label',
      });
      area.bindPopup(text);
    },
  }).addTo(map);
  // room above for the labels that stand on a place
  map.fitBounds(layer.getBounds(), { paddingTopLeft: [20, 60], paddingBottomRight: [20, 20], maxZoom: 13 });
  return map;
}

function section(m, index) {
  const counted = m.period ? `observationer i lägesbilden ${escape(m.period)}` : 'ingen sammanställd lägesbild än';
  return `
    <section class="direction-cycle-map-section" aria-labelledby="direction-cycle-map-heading-${index}">
      <h4 id="direction-cycle-map-heading-${index}">Karta: ${escape(m.municipality)} – ${counted}</h4>
      <div class="direction-cycle-map" style="height: 360px" role="region"
        aria-label="Karta över områdena i ${escape(m.municipality)}; siffrorna finns i tabellen under kartan"></div>
      ${legend()}
      ${table(m, index)}
    </section>`;
}

/** Appends the maps of the caller's municipalities to the dashboard; nothing when none has a place on the map. */
export function renderMaps(node, api) {
  const target = document.createElement('div');
  target.className = 'direction-cycle-maps';
  // before the history ("Historik och efterlevnad"), after the open work
  const history = node.querySelector('.direction-cycle-year');
  node.insertBefore(target, history ? history.previousElementSibling : null);
  const styled = stylesheets();
  fetch(`${api.cockpitApi}/plugin/direction-cycle/${api.engine}/area-maps`, {
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
  }).then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
    .then((maps) => {
      if (maps.length === 0) {
        return undefined;
      }
      target.innerHTML = `<h3>Karta över områdena</h3>${maps.map(section).join('')}`;
      // drawn once the style sheets have sized the containers, so the areas fill the map
      return Promise.all([import(new URL('leaflet-src.esm.js', LEAFLET).href), styled]).then(([L]) => {
        const containers = target.querySelectorAll('.direction-cycle-map');
        maps.forEach((m, i) => draw(L, containers[i], m));
        target.dataset.drawn = 'true';
      });
    })
    .catch(() => {
      // the tables say the same; only the picture is missing
      target.querySelectorAll('.direction-cycle-map').forEach((c) => { c.hidden = true; });
      if (!target.innerHTML) {
        target.innerHTML = '<p>Kartan kunde inte hämtas.</p>';
      }
    });
}
