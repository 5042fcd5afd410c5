// Where events happened, with d3-geo and Natural Earth's 1:110m countries (world-atlas, bundled):
// countries shaded by story events placed in them, geocoded places as circles sized by events and
// coloured by mean Goldstein. SVG, so every shape is inspectable and scales.
import { useMemo, useState } from 'preact/hooks';
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { MapData } from '../api';
import { goldsteinColor, fmt, QUAD_SHORT } from '../format';
import { href } from '../route';

const W = 960;
const H = 500;

type Country = GeoJSON.Feature<GeoJSON.Geometry, { name: string }> & { id?: string };

export function WorldMap({ data }: { data: MapData }) {
  const { countries, path, projection } = useMemo(() => {
    const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const fc = feature(topo, topo.objects.countries) as unknown as GeoJSON.FeatureCollection<GeoJSON.Geometry, { name: string }>;
    const projection = geoNaturalEarth1().fitExtent([[8, 8], [W - 8, H - 8]], { type: 'Sphere' });
    return { countries: fc.features as Country[], path: geoPath(projection), projection };
  }, []);
  const [sel, setSel] = useState<MapData['points'][number] | null>(null);
  const byNumeric = new Map(data.countries.filter((c) => c.numeric).map((c) => [c.numeric!, c]));
  const maxC = Math.max(1, ...data.countries.map((c) => c.events));
  const maxP = Math.max(1, ...data.points.map((p) => p.events));
  return (
    <div class="map">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="map of event locations" data-testid="map">
        <path d={path({ type: 'Sphere' }) ?? ''} class="sphere" />
        <path d={path(geoGraticule10()) ?? ''} class="graticule" />
        {countries.map((f) => {
          const c = f.id ? byNumeric.get(String(f.id)) : undefined;
          const k = c ? 0.15 + 0.7 * Math.sqrt(c.events / maxC) : 0;
          return (
            <path d={path(f) ?? ''} class="country" style={c ? { fill: `rgba(43,108,176,${k.toFixed(2)})` } : undefined}>
              <title>{`${f.properties.name}${c ? `: ${fmt(c.events)} story events` : ''}`}</title>
            </path>
          );
        })}
        {data.points.map((p) => {
          const xy = projection([p.lon, p.lat]);
          if (!xy) return null;
          return (
            <circle cx={xy[0]} cy={xy[1]} r={3 + 14 * Math.sqrt(p.events / maxP)} fill={goldsteinColor(p.goldstein)} class="place" onClick={() => setSel(p)}>
              <title>{`${p.place}: ${fmt(p.events)} story events, mean Goldstein ${p.goldstein ?? '—'}`}</title>
            </circle>
          );
        })}
      </svg>
      <aside class="side">
        {sel ? (
          <>
            <h3>{sel.place}</h3>
            <p>
              {fmt(sel.events)} story events · mean Goldstein {sel.goldstein ?? '—'} · latest {sel.last}
            </p>
            <ul class="plain">
              {sel.quad.map((q, i) => (
                <li>
                  {QUAD_SHORT[i]}: {q}
                </li>
              ))}
            </ul>
            {sel.country && <a href={href('actor', sel.country)}>{sel.country} as an actor →</a>}
          </>
        ) : (
          <p class="muted">
            {fmt(data.points.length)} places; {fmt(data.unplaced)} story events have no place. Countries: shaded by story events placed in them; circles: places, coloured by mean
            Goldstein (red conflict … green cooperation). Click a circle.
          </p>
        )}
        <table class="grid compact">
          <thead>
            <tr>
              <th>country</th>
              <th class="num">events</th>
            </tr>
          </thead>
          <tbody>
            {data.countries.slice(0, 12).map((c) => (
              <tr>
                <td>
                  <a href={href('actor', c.country)}>{c.country}</a>
                </td>
                <td class="num">{fmt(c.events)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </aside>
    </div>
  );
}
