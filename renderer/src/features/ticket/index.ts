export { OrderTicket } from './OrderTicket.js';
