// The workspace a new install opens with: ticket and ladder on the left, price chart over the blotters in the
// centre, book and tape on the right; risk, inspector and settings as tabs beside the blotters.
import type { LayoutSettings } from '../../../shared/domain/settings.js';

export const AREAS = ['left-top', 'left-bottom', 'centre-top', 'centre-bottom', 'right-top', 'right-bottom'] as const;
export type AreaId = (typeof AREAS)[number];

export const DEFAULT_LAYOUT: LayoutSettings = {
  areas: {
    'left-top': ['ticket'],
    'left-bottom': ['ladder'],
    'centre-top': ['chart'],
    'centre-bottom': ['working', 'fills', 'positions', 'inspector', 'risk', 'audit', 'sessions', 'settings'],
    'right-top': ['top-of-book', 'depth'],
    'right-bottom': ['trades'],
  },
  active: {},
  sizes: { left: 22, right: 24, 'left-split': 40, 'centre-split': 50, 'right-split': 45 },
};
