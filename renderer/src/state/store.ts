// The renderer's one zustand store, composed of one slice per domain. Only the bridge sync writes main's state
// here; features read with selectors and keep their own form state locally.
import { create } from 'zustand';
import { createMarketSlice, type MarketSlice } from './market-slice.js';
import { createNoticesSlice, type NoticesSlice } from './notices-slice.js';
import { createOrdersSlice, type OrdersSlice } from './orders-slice.js';
import { createReferenceSlice, type ReferenceSlice } from './reference-slice.js';
import { createSessionsSlice, type SessionsSlice } from './sessions-slice.js';
import { createUiSlice, type UiSlice } from './ui-slice.js';

export type WorkstationState = SessionsSlice & OrdersSlice & MarketSlice & ReferenceSlice & NoticesSlice & UiSlice;

export const useWorkstationStore = create<WorkstationState>()((...a) => ({
  ...createSessionsSlice(...a),
  ...createOrdersSlice(...a),
  ...createMarketSlice(...a),
  ...createReferenceSlice(...a),
  ...createNoticesSlice(...a),
  ...createUiSlice(...a),
}));
