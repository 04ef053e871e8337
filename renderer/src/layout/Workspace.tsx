// The panels in their areas, each area a tab strip. Panels listed in a layout but not registered (a saved layout
// from a newer version) are skipped; registered panels missing from the layout are appended to the centre-bottom
// area so nothing is ever unreachable.
import { useState, type ReactNode } from 'react';
import type { LayoutSettings } from '../../../shared/domain/settings.js';
import { AREAS, DEFAULT_LAYOUT, type AreaId } from './default-layout.js';
import { PANELS } from './panel-registry.js';

function resolveAreas(layout: LayoutSettings): Record<AreaId, string[]> {
  const placed = new Set<string>();
  const out = {} as Record<AreaId, string[]>;
  for (const area of AREAS) {
    out[area] = (layout.areas[area] ?? []).filter((id) => PANELS.has(id) && !placed.has(id));
    out[area].forEach((id) => placed.add(id));
  }
  for (const id of PANELS.keys()) if (!placed.has(id)) out['centre-bottom'].push(id);
  return out;
}

function Area({ area, panels, initial }: { area: AreaId; panels: string[]; initial?: string }): ReactNode {
  const [active, setActive] = useState(initial ?? panels[0]);
  if (panels.length === 0) return <section className={`area area-${area} area-empty`} aria-hidden="true" />;
  const current = panels.includes(active ?? '') ? active : panels[0];
  return (
    <section className={`area area-${area}`} aria-label={PANELS.get(current ?? '')?.title}>
      <div className="tabs" role="tablist">
        {panels.map((id) => (
          <button
            key={id}
            role="tab"
            type="button"
            aria-selected={id === current}
            className={id === current ? 'tab active' : 'tab'}
            onClick={() => setActive(id)}
          >
            {PANELS.get(id)?.title}
          </button>
        ))}
      </div>
      <div className="area-body" role="tabpanel">
        {PANELS.get(current ?? '')?.render()}
      </div>
    </section>
  );
}

export function Workspace({ layout = DEFAULT_LAYOUT }: { layout?: LayoutSettings }): ReactNode {
  const areas = resolveAreas(layout);
  return (
    <div className="workspace">
      {AREAS.map((area) => (
        <Area
          key={area}
          area={area}
          panels={areas[area]}
          {...(layout.active[area] ? { initial: layout.active[area] } : {})}
        />
      ))}
    </div>
  );
}
