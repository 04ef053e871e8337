// Adapter for ../shared/bench (see its README): the project's built codec (out/node, emitted by
// `tsc -p tsconfig.codec.json`) under the harness's parse/touch and encode interface. Every parsed message has its
// BodyLength and CheckSum verified: that is how the session layer parses, so that is what is measured.
import { FixParser, FixEncoder, groupSpec } from '../../out/node/electron/fix/codec/index.js';

export const name = 'fix-workstation codec';
export const description = 'own Buffer scanner: one pass, typed-array field index, lazy values, BodyLength+CheckSum verified';
export function version() {
  return '0.1.0';
}

const parser = new FixParser();
const X_ENTRY = groupSpec(268, 279, [279, 269, 278, 280, 55, 270, 271, 272, 273, 290, 346, 5041, 2446]);
const W_ENTRY = groupSpec(268, 269, [269, 278, 270, 271, 272, 273, 290, 346, 2446]);

export function parse(buf, start, end) {
  const m = parser.parse(buf, start, end);
  if (m === null) throw new Error(`garbled message at byte ${start}: ${parser.detail}`);
  return m;
}

export function touch(m, sink) {
  const type = m.msgType;
  sink.hdr(type, m.seqNum);
  switch (type) {
    case 'X':
      return touchEntries(m, sink, X_ENTRY, '');
    case 'W':
      return touchEntries(m, sink, W_ENTRY, m.internAt(m.indexOf(55)));
    case '8':
      return touchExecutionReport(m, sink);
    case 'D':
      return touchNewOrder(m, sink);
  }
}

// Several fields of one message are read in one pass over its field index (as the order manager does), rather
// than one scan per field.
function touchExecutionReport(m, sink) {
  const tags = m.tags;
  let clOrdId = '', execType = '', ordStatus = '', lastQty = 0, lastPx = 0, leaves = 0, cum = 0, avg = 0;
  for (let i = 3, n = m.fieldCount; i < n; i++) {
    switch (tags[i]) {
      case 11: clOrdId = m.stringAt(i); break;
      case 150: execType = m.internAt(i); break;
      case 39: ordStatus = m.internAt(i); break;
      case 32: lastQty = m.numberAt(i); break;
      case 31: lastPx = m.numberAt(i); break;
      case 151: leaves = m.numberAt(i); break;
      case 14: cum = m.numberAt(i); break;
      case 6: avg = m.numberAt(i); break;
    }
  }
  sink.er(clOrdId, execType, ordStatus, lastQty, lastPx, leaves, cum, avg);
}

function touchNewOrder(m, sink) {
  const tags = m.tags;
  let clOrdId = '', side = '', qty = 0, px = 0, symbol = '';
  for (let i = 3, n = m.fieldCount; i < n; i++) {
    switch (tags[i]) {
      case 11: clOrdId = m.stringAt(i); break;
      case 54: side = m.internAt(i); break;
      case 38: qty = m.numberAt(i); break;
      case 44: px = m.numberAt(i); break;
      case 55: symbol = m.internAt(i); break;
    }
  }
  sink.nos(clOrdId, side, qty, px, symbol);
}

function touchEntries(m, sink, spec, messageSymbol) {
  const n = m.group(spec);
  const tags = m.tags;
  for (let k = 0; k < n; k++) {
    const to = m.groupLimit(k, n);
    let action = 0;
    let type = '';
    let px = 0;
    let size = 0;
    let symbol = messageSymbol;
    for (let i = m.groupStart(k); i < to; i++) {
      switch (tags[i]) {
        case 279: action = m.uintAt(i); break;
        case 269: type = m.internAt(i); break;
        case 270: px = m.numberAt(i); break;
        case 271: size = m.numberAt(i); break;
        case 55: symbol = m.internAt(i); break;
      }
    }
    sink.md(action, type, px, size, symbol);
  }
}

// Encoding: the header is stamped as the session does (35, 49, 56, 34, 52), then the body in wire order.
const encoder = new FixEncoder('FIX.4.4', 1 << 16);
const NUMERIC = new Set([34, 268, 38, 44, 31, 32, 151, 14, 6, 270, 271]);

export function prepareEncode(spec) {
  return spec;
}

export function encode(spec) {
  const e = encoder.begin(spec.msgType).str(49, spec.senderCompID).str(56, spec.targetCompID).int(34, spec.seqNum).str(52, spec.sendingTime);
  const { tags, values } = spec;
  for (let i = 0; i < tags.length; i++) {
    const v = values[i];
    if (typeof v === 'number' && NUMERIC.has(tags[i])) e.num(tags[i], v);
    else e.str(tags[i], String(v));
  }
  return e.finish();
}
