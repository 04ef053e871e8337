// On-disk record format of the file store: an append-only log of self-checking records.
//
//   offset 0  u8     type
//          1  u32le  payload length
//          5  u32le  value (a MsgSeqNum, or the format version for START)
//          9  u32le  CRC-32 of bytes 0..8 and the payload
//         13  payload
//
// A record is valid only if it is whole and its CRC matches, so a write torn by a crash is recognised and dropped.
// Sequence updates have no payload: 13 bytes per inbound message keeps the per-message cost of setNextTargetSeq low.
import { crc32 } from 'node:zlib';

export const RecordType = {
  /** First record of every file: format version in value, creation time (ms, float64le) as payload. */
  Start: 1,
  /** Outbound message: MsgSeqNum in value, raw message as payload. Also sets nextSenderSeq to value+1. */
  Message: 2,
  SenderSeq: 3,
  TargetSeq: 4,
} as const;
export type RecordType = (typeof RecordType)[keyof typeof RecordType];

export const HEADER_SIZE = 13;
export const FORMAT_VERSION = 1;
/** Anything longer is not a FIX message we would have written: treated as corruption on read, refused on write. */
export const MAX_PAYLOAD = 64 * 1024 * 1024;

export interface RecordHeader {
  type: RecordType;
  length: number;
  value: number;
  crc: number;
}

export function encodeRecord(type: RecordType, value: number, payload?: Buffer): Buffer {
  const length = payload?.length ?? 0;
  const out = Buffer.allocUnsafe(HEADER_SIZE + length);
  out.writeUInt8(type, 0);
  out.writeUInt32LE(length, 1);
  out.writeUInt32LE(value, 5);
  if (payload) payload.copy(out, HEADER_SIZE);
  out.writeUInt32LE(recordCrc(out.subarray(0, 9), out.subarray(HEADER_SIZE)), 9);
  return out;
}

export function encodeStart(creationTime: Date): Buffer {
  const payload = Buffer.allocUnsafe(8);
  payload.writeDoubleLE(creationTime.getTime(), 0);
  return encodeRecord(RecordType.Start, FORMAT_VERSION, payload);
}

export function decodeStartTime(payload: Buffer): Date | undefined {
  if (payload.length !== 8) return undefined;
  const ms = payload.readDoubleLE(0);
  return Number.isFinite(ms) ? new Date(ms) : undefined;
}

/** The header at `offset`, or undefined when its type or length cannot be right (the CRC is checked later). */
export function decodeHeader(buf: Buffer, offset: number): RecordHeader | undefined {
  const type = buf.readUInt8(offset);
  const length = buf.readUInt32LE(offset + 1);
  if (!isRecordType(type) || length > MAX_PAYLOAD) return undefined;
  if (type !== RecordType.Start && type !== RecordType.Message && length !== 0) return undefined;
  return { type, length, value: buf.readUInt32LE(offset + 5), crc: buf.readUInt32LE(offset + 9) };
}

export function recordCrc(headerFirst9: Buffer, payload: Buffer): number {
  return crc32(payload, crc32(headerFirst9));
}

function isRecordType(n: number): n is RecordType {
  return n >= RecordType.Start && n <= RecordType.TargetSeq;
}
