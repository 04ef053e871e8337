export * from './channels.js';
export * from './commands.js';
export * from './outcome.js';
export * from './streams.js';
export * from './web-protocol.js';
export * from './workstation-api.js';
