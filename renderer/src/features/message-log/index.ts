export { MessageInspector } from './MessageInspector.js';
