// The workspace a new install opens with: ticket and ladder on the left, price chart over the blotters in the
// centre, book and tape on the right; risk, inspector and settings as tabs beside the blotters. Three columns, each
// split in two areas; the splitters' positions are the layout's sizes, in percent.

export const AREAS = ['left-top', 'left-bottom', 'centre-top', 'centre-bottom', 'right-top', 'right-bottom'] as const;
export type AreaId = (typeof AREAS)[number];

export const AREA_LABEL: Readonly<Record<AreaId, string>> = {
  'left-top': 'Left, top',
  'left-bottom': 'Left, bottom',
  'centre-top': 'Centre, top',
  'centre-bottom': 'Centre, bottom',
  'right-top': 'Right, top',
  'right-bottom': 'Right, bottom',
};

export const COLUMNS = ['left', 'centre', 'right'] as const;
export type ColumnId = (typeof COLUMNS)[number];

export type SplitterId = 'left' | 'right' | 'left-split' | 'centre-split' | 'right-split';

export interface SplitterDef {
  /** vertical: a line between columns (moves left/right); horizontal: between a column's two areas. */
  readonly orientation: 'vertical' | 'horizontal';
  readonly label: string;
  readonly min: number;
  readonly max: number;
}

/** Columns stay wide enough for a ticket; the centre keeps at least CENTRE_MIN percent. */
export const SPLITTERS: Readonly<Record<SplitterId, SplitterDef>> = {
  left: { orientation: 'vertical', label: 'Left column width', min: 12, max: 45 },
  right: { orientation: 'vertical', label: 'Right column width', min: 12, max: 45 },
  'left-split': { orientation: 'horizontal', label: 'Left column, top area height', min: 10, max: 90 },
  'centre-split': { orientation: 'horizontal', label: 'Centre column, top area height', min: 10, max: 90 },
  'right-split': { orientation: 'horizontal', label: 'Right column, top area height', min: 10, max: 90 },
};

export const CENTRE_MIN = 25;

export { DEFAULT_LAYOUT } from '../../../shared/domain/default-layout.js';
