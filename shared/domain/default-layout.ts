// The workspace a new install opens with, shared by main (the settings default) and the renderer (its fallback for
// a missing or foreign layout): ticket and ladder on the left, price chart over the blotters in the centre, book
// and tape on the right; risk, inspector and settings as tabs beside the blotters. Sizes are percent.
import type { LayoutSettings } from './settings.js';

export const DEFAULT_LAYOUT: LayoutSettings = Object.freeze({
  areas: Object.freeze({
    'left-top': Object.freeze(['ticket']),
    'left-bottom': Object.freeze(['ladder']),
    'centre-top': Object.freeze(['chart']),
    'centre-bottom': Object.freeze([
      'working',
      'fills',
      'positions',
      'inspector',
      'risk',
      'audit',
      'sessions',
      'settings',
    ]),
    'right-top': Object.freeze(['top-of-book', 'depth']),
    'right-bottom': Object.freeze(['trades']),
  }),
  active: Object.freeze({}),
  sizes: Object.freeze({ left: 22, right: 24, 'left-split': 40, 'centre-split': 50, 'right-split': 45 }),
});
