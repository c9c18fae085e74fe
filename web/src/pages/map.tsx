/**
 * Offline map of venues and event places: Natural Earth 110m countries (world-atlas) drawn as SVG
 * with d3-geo; no tile server, no request leaves the machine.
 */
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { PlaceView } from '../../../src/server/contract.js';
import { api, useLoad } from '../api.js';
import { EventSourceLinks, formatDate, Load } from '../components/common.js';
import { eventLabel } from '../components/timeline.js';

const W = 960;
const H = 520;
const topo = world as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
const countries = feature(topo, topo.objects.countries);
const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b);

export function MapPage() {
  const value = useLoad(() => api.places(), 'places');
  return (
    <div class="map-page">
      <header class="page-head">
        <h1>Map of venues and event places</h1>
        <p class="meta">Filled markers are venues of talks, rings other places where events happened, grey dots places the articles only mention.</p>
      </header>
      <Load value={value}>{(page) => <MapWithFilter all={page.items.filter((p) => p.lat !== null && p.lon !== null)} />}</Load>
      <p class="credit">Place names and coordinates: <a href="https://www.geonames.org/" rel="noopener noreferrer">GeoNames</a> (CC BY 4.0). Boundaries: Natural Earth 1:110m via world-atlas (public domain).</p>
    </div>
  );
}

/**
 * Places only mentioned (no event there) are shown on request, or by default while no event has a
 * place; a country or region is a point only where something happened there (its centroid is not
 * a venue).
 */
function MapWithFilter({ all }: { all: PlaceView[] }) {
  const withEvents = all.filter((p) => p.venue || p.eventCount > 0);
  const [mentioned, setMentioned] = useState(withEvents.length === 0);
  const places = all.filter((p) => p.venue || p.eventCount > 0 || (mentioned && p.kind !== 'country' && p.kind !== 'region'));
  return (
    <>
      <label class="map-filter"><input type="checkbox" checked={mentioned} onChange={() => setMentioned(!mentioned)} /> Also show places only mentioned</label>
      <WorldMap key={String(mentioned)} places={places} />
    </>
  );
}

function WorldMap({ places }: { places: PlaceView[] }) {
  const [fit, setFit] = useState<'venues' | 'world'>(places.length > 0 ? 'venues' : 'world');
  const [selected, setSelected] = useState<PlaceView | null>(null);
  const projection = useMemo(() => {
    const p = geoNaturalEarth1();
    if (fit === 'world' || places.length === 0) return p.fitExtent([[8, 8], [W - 8, H - 8]], { type: 'Sphere' });
    // Fit the venues with a margin of at least 12 degrees so a single city is shown in its region.
    const lons = places.map((x) => x.lon!);
    const lats = places.map((x) => x.lat!);
    const pad = 12;
    const [w, e] = [Math.max(-180, Math.min(...lons) - pad), Math.min(180, Math.max(...lons) + pad)];
    const [s, n] = [Math.max(-85, Math.min(...lats) - pad), Math.min(85, Math.max(...lats) + pad)];
    // Every corner and every place: on this projection a point's x depends on its latitude too.
    const box = {
      type: 'MultiPoint' as const,
      coordinates: [[w, s], [w, n], [e, s], [e, n], [w, (s + n) / 2], [e, (s + n) / 2], ...places.map((x) => [x.lon!, x.lat!])],
    };
    return p.rotate([-(w + e) / 2, 0]).fitExtent([[40, 30], [W - 90, H - 30]], box);
  }, [fit, places]);
  const path = geoPath(projection);
  const maxEvents = Math.max(1, ...places.map((p) => p.eventCount));
  // Labels keep a legible size on screen however small the map is drawn (phones), and a label
  // that would overlap one already placed is left out (the marker keeps its name for hover and
  // screen readers; the table below lists every place).
  const svg = useRef<SVGSVGElement>(null);
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const el = svg.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setScale(el.clientWidth > 0 ? W / el.clientWidth : 1));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const font = 13 * Math.min(2.8, Math.max(1, scale * 0.9));
  type Box = [number, number, number, number];
  const hit = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  const labels = useMemo(() => {
    const dots = new Map<string, { x: number; y: number; r: number }>();
    for (const p of places) {
      const xy = projection([p.lon!, p.lat!]);
      if (xy) dots.set(p.id, { x: xy[0], y: xy[1], r: 5 + 9 * Math.sqrt(p.eventCount / maxEvents) });
    }
    const taken: Box[] = [...dots.values()].map((d) => [d.x - d.r, d.y - d.r, d.x + d.r, d.y + d.r]);
    const out = new Map<string, { x: number; y: number; anchor: 'start' | 'end' | 'middle' }>();
    const order = [...places].sort((a, b) => Number(b.venue) - Number(a.venue) || b.eventCount - a.eventCount || b.articleCount - a.articleCount);
    for (const p of order) {
      const d = dots.get(p.id);
      if (!d) continue;
      const w = p.name.length * font * 0.6;
      const h = font;
      // Right, left, above, below the marker: the first spot that covers nothing already drawn.
      const spots: { box: Box; x: number; y: number; anchor: 'start' | 'end' | 'middle' }[] = [
        { box: [d.x + d.r + 3, d.y - h / 2, d.x + d.r + 3 + w, d.y + h / 2], x: d.x + d.r + 3, y: d.y + h * 0.35, anchor: 'start' },
        { box: [d.x - d.r - 3 - w, d.y - h / 2, d.x - d.r - 3, d.y + h / 2], x: d.x - d.r - 3, y: d.y + h * 0.35, anchor: 'end' },
        { box: [d.x - w / 2, d.y - d.r - 2 - h, d.x + w / 2, d.y - d.r - 2], x: d.x, y: d.y - d.r - 2 - h * 0.2, anchor: 'middle' },
        { box: [d.x - w / 2, d.y + d.r + 2, d.x + w / 2, d.y + d.r + 2 + h], x: d.x, y: d.y + d.r + 2 + h * 0.8, anchor: 'middle' },
      ];
      const spot = spots.find((s) => s.box[0] >= 0 && s.box[2] <= W && s.box[1] >= 0 && s.box[3] <= H && !taken.some((t) => hit(t, s.box)));
      if (!spot) continue;
      taken.push(spot.box);
      out.set(p.id, spot);
    }
    return out;
  }, [places, projection, font, maxEvents]);

  return (
    <div class="map-layout">
      <div class="map-tools" role="group" aria-label="Map extent">
        <button type="button" aria-pressed={fit === 'venues'} onClick={() => setFit('venues')} disabled={places.length === 0}>Fit to places</button>
        <button type="button" aria-pressed={fit === 'world'} onClick={() => setFit('world')}>Whole world</button>
        <span class="legend-item"><svg width="18" height="18" aria-hidden="true"><circle class="marker venue" cx="9" cy="9" r="6" /></svg> venue of talks</span>
        <span class="legend-item"><svg width="18" height="18" aria-hidden="true"><circle class="marker" cx="9" cy="9" r="6" /></svg> other event place</span>
        <span class="legend-item"><svg width="18" height="18" aria-hidden="true"><circle class="marker mentioned" cx="9" cy="9" r="4" /></svg> only mentioned</span>
      </div>
      <div class="map-frame">
        <svg ref={svg} class="map" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Map with ${places.length} places`}>
          <path class="sphere" d={path({ type: 'Sphere' }) ?? ''} />
          <path class="graticule" d={path(geoGraticule10()) ?? ''} />
          <path class="land" d={path(countries) ?? ''} />
          <path class="borders" d={path(borders) ?? ''} />
          {/* Venues and busier places drawn last, so they stay on top. */}
          {[...places].sort((a, b) => Number(a.venue) - Number(b.venue) || a.eventCount - b.eventCount).map((p) => {
            const xy = projection([p.lon!, p.lat!]);
            if (!xy) return null;
            const r = 5 + 9 * Math.sqrt(p.eventCount / maxEvents);
            return (
              <a key={p.id} href="#/map" class="marker-link" data-place={p.name}
                aria-label={`${p.name}: ${p.eventCount} event${p.eventCount === 1 ? '' : 's'}${p.venue ? ', venue of talks' : ''}`}
                onClick={(e) => { e.preventDefault(); setSelected(p); }}>
                <circle class={`marker${p.venue ? ' venue' : p.eventCount === 0 ? ' mentioned' : ''}${selected === p ? ' selected' : ''}`} cx={xy[0]} cy={xy[1]} r={p.eventCount === 0 && !p.venue ? 4 : r} />
                <title>{p.name}</title>
              </a>
            );
          })}
          <g aria-hidden="true">
            {places.map((p) => {
              const l = labels.get(p.id);
              return l ? <text key={p.id} class="marker-label" x={l.x} y={l.y} text-anchor={l.anchor} style={{ fontSize: `${font}px`, strokeWidth: `${font * 0.3}px` }}>{p.name}</text> : null;
            })}
          </g>
        </svg>
      </div>
      <div class="map-side" aria-live="polite">
        {selected ? (
          <section>
            <h2>{selected.name}</h2>
            <p class="muted small">{[selected.kind, selected.country, `${selected.eventCount} events`, `${selected.articleCount} articles`].filter(Boolean).join(' · ')}</p>
            <ul class="plain">
              {selected.sample.map((e) => <li key={e.id}>{eventLabel(e)}{e.date ? `, ${formatDate(e.date)}` : ''} · <EventSourceLinks e={e} /></li>)}
            </ul>
          </section>
        ) : <p class="muted">Choose a marker for the events held there.</p>}
      </div>
      <table class="list">
        <caption>Places on the map</caption>
        <thead><tr><th scope="col">Place</th><th scope="col">Country</th><th scope="col">Events</th><th scope="col">Venue of talks</th></tr></thead>
        <tbody>
          {places.map((p) => (
            <tr key={p.id}>
              <td><button type="button" class="link" onClick={() => setSelected(p)}>{p.name}</button></td>
              <td data-label="Country">{p.country ?? '—'}</td>
              <td data-label="Events">{p.eventCount}</td>
              <td data-label="Venue of talks">{p.venue ? 'yes' : 'no'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
