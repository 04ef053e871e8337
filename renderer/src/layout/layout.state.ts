// The workspace layout the trader sees, owned by the renderer between saves: tab choices, splitter sizes and panel
// moves apply here at once and are saved to main (UiSettings.layout) a moment after the last change. Main's copy is
// adopted when it changes while nothing here is waiting to be saved (first load, a reset, another window).
import { create } from 'zustand';
import type { LayoutSettings } from '../../../shared/domain/settings.js';
import { DEFAULT_LAYOUT, type AreaId, type SplitterId } from './default-layout.js';
import { areaOf, movePanel, normaliseLayout, withActive, withSize } from './layout-model.js';

export interface FocusRequest {
  readonly panel: string;
  /** Changes on every request, so asking twice for the same panel focuses it twice. */
  readonly nonce: number;
}

interface LayoutState {
  readonly layout: LayoutSettings;
  /** Bumped by every local change; the persistence hook saves when it settles. */
  readonly revision: number;
  /** The revision main has confirmed (or that came from main). */
  readonly savedRevision: number;
  /** Saves on their way to main. */
  readonly saving: number;
  /** A panel someone asked to bring forward (the header's Settings button): its area shows it and focuses its tab. */
  readonly focusRequest: FocusRequest | null;
  adopt(saved: LayoutSettings | undefined, known: ReadonlySet<string>): void;
  change(next: (l: LayoutSettings) => LayoutSettings): void;
  setActive(area: AreaId, panel: string): void;
  setSize(id: SplitterId, value: number): void;
  move(panel: string, to: AreaId): void;
  showPanel(panel: string): void;
  /** The default arrangement, for the panels the workspace has now. */
  reset(): void;
  /** A save started (+1) or ended (-1; with the revision it carried when main accepted it). */
  markSaving(delta: 1 | -1, revision?: number): void;
}

export const useLayoutStore = create<LayoutState>()((set, get) => ({
  layout: DEFAULT_LAYOUT,
  revision: 0,
  savedRevision: 0,
  saving: 0,
  focusRequest: null,
  adopt: (saved, known) => {
    const s = get();
    if (s.saving > 0 || s.revision !== s.savedRevision) return;
    const next = normaliseLayout(saved, known);
    if (JSON.stringify(next) !== JSON.stringify(s.layout)) set({ layout: next });
  },
  change: (next) =>
    set((s) => {
      const layout = next(s.layout);
      return layout === s.layout ? s : { layout, revision: s.revision + 1 };
    }),
  setActive: (area, panel) => get().change((l) => withActive(l, area, panel)),
  setSize: (id, value) => get().change((l) => withSize(l, id, value)),
  move: (panel, to) => {
    get().change((l) => movePanel(l, panel, to));
    get().showPanel(panel);
  },
  showPanel: (panel) => {
    const area = areaOf(get().layout, panel);
    if (area === null) return;
    get().change((l) => withActive(l, area, panel));
    set((s) => ({ focusRequest: { panel, nonce: (s.focusRequest?.nonce ?? 0) + 1 } }));
  },
  reset: () => get().change((l) => normaliseLayout(DEFAULT_LAYOUT, new Set(Object.values(l.areas).flat()))),
  markSaving: (delta, revision) =>
    set((s) => ({
      saving: s.saving + delta,
      savedRevision: revision === undefined ? s.savedRevision : Math.max(s.savedRevision, revision),
    })),
}));
