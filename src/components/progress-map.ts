// The progress map in the browser: an enhancement over the figures table next to it, which
// carries the same numbers for keyboard, screen reader and no-JavaScript users. Plain script, not
// a Svelte island: Leaflet draws imperatively, and a framework's runtime was a fifth of what the
// national embed sent (issue 17.5). Leaflet is loaded only when the map comes into view; tiles are
// optional (none by default: offline-safe).
import type { Feature, Geometry } from 'geojson';
import type { Map as LeafletMap, Polygon } from 'leaflet';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { progressColor } from '../lib/progress/choropleth.ts';
import type { MapFigure, MapPlace } from '../lib/progress/map-figures.ts';

/** What MapSection.astro writes into the element's `data-map` attribute. */
export interface ProgressMapOptions {
  boundaryUrl: string;
  figures: MapFigure[];
  labels: { delivered: string; progress: string; loading: string; failed: string; touchHint: string };
  locale: string;
  tileUrl?: string;
  tileAttribution?: string;
  credit: string;
  /** Named places always labelled, e.g. the Hoàng Sa and Trường Sa archipelagos. */
  places: MapPlace[];
  /** A unit to zoom to and outline, e.g. the commune of a commune page. */
  focusCode?: string;
  /** Inside another site's page: a unit's page opens in a new tab, never in the frame. */
  embedded: boolean;
}

interface UnitProperties {
  code: string;
  name: string;
}
/** A drawn unit: Leaflet keeps the GeoJSON feature it came from on the layer. */
type UnitLayer = Polygon & { feature?: Feature<Geometry, UnitProperties> };

/**
 * `<progress-map data-map="…">` holding the map's box and a status line (which says, until the
 * script runs and for good without JavaScript, that the table has the figures).
 */
class ProgressMapElement extends HTMLElement {
  #map: LeafletMap | undefined;
  #visible: IntersectionObserver | undefined;

  connectedCallback(): void {
    this.#visible = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.#visible?.disconnect();
      void this.#draw();
    });
    this.#visible.observe(this);
  }

  disconnectedCallback(): void {
    this.#visible?.disconnect();
    this.#map?.remove();
  }

  async #draw(): Promise<void> {
    const options = JSON.parse(this.dataset.map!) as ProgressMapOptions;
    const status = this.querySelector<HTMLElement>('.progress-map__status')!;
    status.textContent = options.labels.loading;
    try {
      const [L, topojson, response] = await Promise.all([
        import('leaflet'),
        import('topojson-client'),
        fetch(options.boundaryUrl),
      ]);
      if (!response.ok) throw new Error(`boundaries: HTTP ${response.status}`);
      const topology = (await response.json()) as Topology;
      const objectName = Object.keys(topology.objects)[0]!;
      const collection = topojson.feature(topology, topology.objects[objectName] as GeometryCollection) as unknown as {
        features: Feature<Geometry, UnitProperties>[];
      };
      const byCode = new Map(options.figures.map((f) => [f.code, f]));
      const { labels, focusCode } = options;
      // On a touch screen one finger scrolls the page and two move the map, as the hint says:
      // a map filling a phone's screen must not trap a reader swiping past it. The hint lies over
      // the map's top edge, and the map is fitted below it.
      const touch = window.matchMedia('(pointer: coarse)').matches;
      const canvas = this.querySelector<HTMLElement>('.progress-map__canvas')!;
      let hintHeight = 0;
      if (touch) {
        const hint = document.createElement('p');
        hint.className = 'progress-map__hint';
        hint.textContent = labels.touchHint;
        canvas.after(hint);
        hintHeight = hint.offsetHeight;
      }
      const number = new Intl.NumberFormat(options.locale);
      const percent = new Intl.NumberFormat(options.locale, { maximumFractionDigits: 1 });
      const map = L.map(canvas, {
        preferCanvas: true,
        zoomSnap: 0.25,
        attributionControl: true,
        dragging: !touch,
      });
      this.#map = map;
      for (const corner of canvas.querySelectorAll<HTMLElement>('.leaflet-top')) corner.style.top = `${hintHeight}px`;
      map.attributionControl.setPrefix(false);
      if (options.tileUrl) L.tileLayer(options.tileUrl, { attribution: options.tileAttribution ?? '' }).addTo(map);
      const layer = L.geoJSON(collection.features, {
        style: (feature) => ({
          color: feature?.properties.code === focusCode ? '#1b1f23' : '#ffffff',
          weight: feature?.properties.code === focusCode ? 3 : 0.8,
          fillOpacity: 0.9,
          fillColor: progressColor(byCode.get(feature?.properties.code ?? '')?.percent ?? null),
        }),
        onEachFeature: (feature, featureLayer) => {
          const figure = byCode.get(feature.properties.code);
          const name = escapeHtml(figure?.name ?? feature.properties.name);
          featureLayer.bindTooltip(
            figure
              ? `<strong>${name}</strong><br>${labels.progress}: ${figure.percent === null ? '–' : `${percent.format(figure.percent)}%`}<br>${labels.delivered}: ${number.format(figure.delivered)} / ${number.format(figure.inScope)}`
              : name,
            { sticky: true },
          );
          if (figure)
            featureLayer.on('click', () =>
              options.embedded ? window.open(figure.href, '_blank', 'noopener') : window.location.assign(figure.href),
            );
        },
      }).addTo(map);
      map.attributionControl.addAttribution(escapeHtml(options.credit));
      const focused = layer.getLayers().find((l) => (l as UnitLayer).feature?.properties.code === focusCode);
      const bounds = focused ? (focused as UnitLayer).getBounds() : layer.getBounds();
      const fit = (extra = { top: 0, right: 0, bottom: 0, left: 0 }) =>
        map.fitBounds(bounds, {
          paddingTopLeft: [8 + extra.left, 8 + hintHeight + extra.top],
          paddingBottomRight: [8 + extra.right, 8 + extra.bottom],
          maxZoom: 11,
          animate: false,
        });
      fit();
      const places = options.places.map((place) =>
        L.tooltip({ permanent: true, direction: 'right', className: 'progress-map__place' })
          .setLatLng([place.lat, place.lon])
          .setContent(escapeHtml(place.name))
          .addTo(map),
      );
      // A place's label (the archipelagos lie at the country's eastern edge) stands on the map's
      // side of its point, and the map zooms out until every label in view fits inside it: on a
      // 360 px phone, "Quần đảo Hoàng Sa" to the right of its point was cut at the frame's edge.
      const extra = { top: 0, right: 0, bottom: 0, left: 0 };
      for (let tries = 0; tries < 3; tries++) {
        const size = map.getSize();
        const box = canvas.getBoundingClientRect();
        const over = { top: 0, right: 0, bottom: 0, left: 0 };
        for (const tip of places) {
          const point = map.latLngToContainerPoint(tip.getLatLng()!);
          if (point.x < 0 || point.y < 0 || point.x > size.x || point.y > size.y) continue;
          tip.options.direction = point.x > size.x / 2 ? 'left' : 'right';
          tip.update();
          const label = tip.getElement()!.getBoundingClientRect();
          over.left = Math.max(over.left, box.left - label.left);
          over.right = Math.max(over.right, label.right - box.right);
          over.top = Math.max(over.top, box.top + hintHeight - label.top);
          over.bottom = Math.max(over.bottom, label.bottom - box.bottom);
        }
        if (Object.values(over).every((overflow) => overflow <= 0)) break;
        for (const side of ['top', 'right', 'bottom', 'left'] as const)
          if (over[side] > 0) extra[side] += over[side] + 4;
        fit(extra);
      }
      status.hidden = true;
    } catch (error) {
      console.error(error);
      status.textContent = options.labels.failed;
    }
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

if (!customElements.get('progress-map')) customElements.define('progress-map', ProgressMapElement);
