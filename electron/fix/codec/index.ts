// The FIX tag=value codec: framing a byte stream, parsing into offset views, encoding with exact numbers.
export { SOH, visibleSoh, fromVisible } from './bytes.js';
export { readDecimal, readInt, readUint, formatDecimal } from './decimal.js';
export { FixMessage } from './fix-message.js';
export { FixParser, type GarbledReason } from './parser.js';
export { FixFramer, type FrameSink, type FramerOptions } from './framer.js';
export { FixEncoder, type FieldValue } from './encoder.js';
export { groupSpec, type GroupSpec } from './group-spec.js';
export { formatUtcTimestamp, formatUtcTimestampSeconds, parseUtcTimestamp } from './timestamp.js';
