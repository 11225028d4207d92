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
      // a map filling a phone's screen must not trap a reader swiping past it.
      const touch = window.matchMedia('(pointer: coarse)').matches;
      const canvas = this.querySelector<HTMLElement>('.progress-map__canvas')!;
      if (touch) {
        const hint = document.createElement('p');
        hint.className = 'progress-map__hint';
        hint.textContent = labels.touchHint;
        canvas.before(hint);
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
      for (const place of options.places) {
        L.tooltip({ permanent: true, direction: 'right', className: 'progress-map__place' })
          .setLatLng([place.lat, place.lon])
          .setContent(escapeHtml(place.name))
          .addTo(map);
      }
      map.attributionControl.addAttribution(escapeHtml(options.credit));
      const focused = layer.getLayers().find((l) => (l as UnitLayer).feature?.properties.code === focusCode);
      map.fitBounds(focused ? (focused as UnitLayer).getBounds() : layer.getBounds(), {
        padding: [8, 8],
        maxZoom: 11,
      });
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
