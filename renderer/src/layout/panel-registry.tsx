// Every panel the workspace can show, by id. A feature adds its panel here (one import, one entry); the layout
// (settings: UiSettings.layout) only ever names panel ids, so a saved layout survives features being added.
import type { ReactNode } from 'react';
import { SessionMonitor } from '../features/session-monitor/index.js';

export interface PanelDef {
  readonly id: string;
  /** Tab label. */
  readonly title: string;
  readonly render: () => ReactNode;
}

const defs: PanelDef[] = [{ id: 'sessions', title: 'Sessions', render: () => <SessionMonitor /> }];

export const PANELS: ReadonlyMap<string, PanelDef> = new Map(defs.map((d) => [d.id, d]));
