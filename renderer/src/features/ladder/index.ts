export { PriceLadder } from './PriceLadder.js';
