// Every panel the workspace can show, by id. A feature adds its panel here (one import, one entry); the layout
// (settings: UiSettings.layout) only ever names panel ids, so a saved layout survives features being added.
import type { ReactNode } from 'react';
import { AuditTrail } from '../features/audit/index.js';
import { FillsBlotter, PositionsBlotter, WorkingOrdersBlotter } from '../features/blotters/index.js';
import { PriceChartPanel } from '../features/chart/index.js';
import { DepthChartPanel } from '../features/depth/index.js';
import { PriceLadder } from '../features/ladder/index.js';
import { TimeAndSalesPanel, TopOfBookPanel } from '../features/market/index.js';
import { MessageInspector } from '../features/message-log/index.js';
import { RiskPanel } from '../features/risk/index.js';
import { SessionMonitor } from '../features/session-monitor/index.js';
import { SettingsPanel } from '../features/settings/index.js';
import { OrderTicket } from '../features/ticket/index.js';

export interface PanelDef {
  readonly id: string;
  /** Tab label. */
  readonly title: string;
  readonly render: () => ReactNode;
}

const defs: PanelDef[] = [
  { id: 'sessions', title: 'Sessions', render: () => <SessionMonitor /> },
  { id: 'chart', title: 'Chart', render: () => <PriceChartPanel /> },
  { id: 'depth', title: 'Depth', render: () => <DepthChartPanel /> },
  { id: 'top-of-book', title: 'Top of book', render: () => <TopOfBookPanel /> },
  { id: 'trades', title: 'Time & sales', render: () => <TimeAndSalesPanel /> },
  { id: 'working', title: 'Working', render: () => <WorkingOrdersBlotter /> },
  { id: 'fills', title: 'Fills', render: () => <FillsBlotter /> },
  { id: 'positions', title: 'Positions', render: () => <PositionsBlotter /> },
  { id: 'ticket', title: 'Ticket', render: () => <OrderTicket /> },
  { id: 'ladder', title: 'Ladder', render: () => <PriceLadder /> },
  { id: 'inspector', title: 'FIX messages', render: () => <MessageInspector /> },
  { id: 'risk', title: 'Risk', render: () => <RiskPanel /> },
  { id: 'audit', title: 'Audit', render: () => <AuditTrail /> },
  { id: 'settings', title: 'Settings', render: () => <SettingsPanel /> },
];

export const PANELS: ReadonlyMap<string, PanelDef> = new Map(defs.map((d) => [d.id, d]));
