export { WorkingOrdersBlotter } from './WorkingOrdersBlotter.js';
export { FillsBlotter } from './FillsBlotter.js';
export { PositionsBlotter } from './PositionsBlotter.js';
