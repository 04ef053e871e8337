// Pure layout arithmetic: reading a saved layout (which may come from an older or newer version, or be main's
// first-start default that names other areas), moving a panel, sizing a splitter. Every result is a layout main's
// schema accepts (electron/settings/ui-schema.ts): each panel in one area, active tabs inside their area, sizes
// within 1..99.
import type { LayoutSettings } from '../../../shared/domain/settings.js';
import { AREAS, CENTRE_MIN, DEFAULT_LAYOUT, SPLITTERS, type AreaId, type SplitterId } from './default-layout.js';

export type AreaPanels = Readonly<Record<AreaId, readonly string[]>>;

function isAreaId(id: string): id is AreaId {
  return (AREAS as readonly string[]).includes(id);
}

/** A layout this workspace drew: it names only our areas. Anything else is some other shape of layout (main's
 * defaults name "left", "centre", "bottom") and is replaced by ours rather than half-applied. */
export function isWorkspaceLayout(l: LayoutSettings | undefined): l is LayoutSettings {
  if (l === undefined) return false;
  const keys = Object.keys(l.areas);
  return keys.length > 0 && keys.every(isAreaId);
}

/** The layout made whole for the panels this build has: unknown panels dropped, each panel once, panels the
 * layout does not place appended to the centre-bottom area (nothing is ever unreachable), active tabs that are
 * not in their area dropped, every size present and within its bounds. */
export function normaliseLayout(saved: LayoutSettings | undefined, known: ReadonlySet<string>): LayoutSettings {
  const l = isWorkspaceLayout(saved) ? saved : DEFAULT_LAYOUT;
  const placed = new Set<string>();
  const areas = {} as Record<AreaId, string[]>;
  for (const area of AREAS) {
    areas[area] = (l.areas[area] ?? []).filter((id) => known.has(id) && !placed.has(id));
    areas[area].forEach((id) => placed.add(id));
  }
  for (const id of known) if (!placed.has(id)) areas['centre-bottom'].push(id);
  const active: Record<string, string> = {};
  for (const area of AREAS) {
    const id = l.active[area];
    if (id !== undefined && areas[area].includes(id)) active[area] = id;
  }
  let sizes: LayoutSettings['sizes'] = { ...DEFAULT_LAYOUT.sizes };
  for (const id of Object.keys(SPLITTERS) as SplitterId[]) {
    const v = l.sizes[id];
    if (typeof v === 'number' && Number.isFinite(v)) sizes = withSizeIn(sizes, id, v);
  }
  return { areas, active, sizes };
}

export function areaPanels(l: LayoutSettings): AreaPanels {
  const out = {} as Record<AreaId, readonly string[]>;
  for (const area of AREAS) out[area] = l.areas[area] ?? [];
  return out;
}

export function areaOf(l: LayoutSettings, panel: string): AreaId | null {
  return AREAS.find((a) => (l.areas[a] ?? []).includes(panel)) ?? null;
}

/** The tab shown in an area: the saved active one, else the first. */
export function activeOf(l: LayoutSettings, area: AreaId): string | null {
  const panels = l.areas[area] ?? [];
  const id = l.active[area];
  return id !== undefined && panels.includes(id) ? id : (panels[0] ?? null);
}

export function withActive(l: LayoutSettings, area: AreaId, panel: string): LayoutSettings {
  if (!(l.areas[area] ?? []).includes(panel) || l.active[area] === panel) return l;
  return { ...l, active: { ...l.active, [area]: panel } };
}

/** Moves a panel to the end of another area's tabs and shows it there. */
export function movePanel(l: LayoutSettings, panel: string, to: AreaId): LayoutSettings {
  const from = areaOf(l, panel);
  if (from === null || from === to) return l;
  const areas = { ...l.areas, [from]: (l.areas[from] ?? []).filter((id) => id !== panel) };
  areas[to] = [...(l.areas[to] ?? []), panel];
  const active: Record<string, string> = { ...l.active, [to]: panel };
  if (active[from] === panel) delete active[from];
  return { ...l, areas, active };
}

function clampSize(sizes: LayoutSettings['sizes'], id: SplitterId, value: number): number {
  const def = SPLITTERS[id];
  let max = def.max;
  if (id === 'left') max = Math.min(max, 100 - CENTRE_MIN - (sizes['right'] ?? DEFAULT_LAYOUT.sizes['right'] ?? 24));
  if (id === 'right') max = Math.min(max, 100 - CENTRE_MIN - (sizes['left'] ?? DEFAULT_LAYOUT.sizes['left'] ?? 22));
  return Math.round(Math.min(max, Math.max(def.min, value)) * 10) / 10;
}

function withSizeIn(sizes: LayoutSettings['sizes'], id: SplitterId, value: number): LayoutSettings['sizes'] {
  return { ...sizes, [id]: clampSize(sizes, id, value) };
}

export function sizeOf(l: LayoutSettings, id: SplitterId): number {
  return l.sizes[id] ?? DEFAULT_LAYOUT.sizes[id] ?? 50;
}

/** The bounds a splitter can move within right now (a column's width also depends on the other column). */
export function boundsOf(l: LayoutSettings, id: SplitterId): { min: number; max: number } {
  return { min: SPLITTERS[id].min, max: clampSize(l.sizes, id, 100) };
}

export function withSize(l: LayoutSettings, id: SplitterId, value: number): LayoutSettings {
  const next = withSizeIn(l.sizes, id, value);
  return next[id] === l.sizes[id] ? l : { ...l, sizes: next };
}
