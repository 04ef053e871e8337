// Standard header, trailer and the seven session (admin) messages of FIX 4.4, with Kraken's Logon additions
// (553/554 carry the API key and signature, 5025 Nonce, 109 ClientID, 8674, 5030, 5051).
import { TEXT } from './components.js';
import type { MessageSpec } from './define.js';

export const HEADER =
  'BeginString! BodyLength! MsgType! SenderCompID! TargetCompID! OnBehalfOfCompID DeliverToCompID SecureDataLen ' +
  'SecureData MsgSeqNum! SenderSubID SenderLocationID TargetSubID TargetLocationID OnBehalfOfSubID ' +
  'OnBehalfOfLocationID DeliverToSubID DeliverToLocationID PossDupFlag PossResend SendingTime! OrigSendingTime ' +
  'XmlDataLen XmlData MessageEncoding LastMsgSeqNumProcessed NoHops[HopCompID HopSendingTime HopRefID]';

export const TRAILER = 'SignatureLength Signature CheckSum!';

export const SESSION_MESSAGES: readonly MessageSpec[] = [
  ['0', 'Heartbeat', 'admin', 'TestReqID'],
  ['1', 'TestRequest', 'admin', 'TestReqID!'],
  ['2', 'ResendRequest', 'admin', 'BeginSeqNo! EndSeqNo!'],
  ['3', 'Reject', 'admin', `RefSeqNum! RefTagID RefMsgType SessionRejectReason ${TEXT}`],
  ['4', 'SequenceReset', 'admin', 'GapFillFlag NewSeqNo!'],
  ['5', 'Logout', 'admin', TEXT],
  [
    'A',
    'Logon',
    'admin',
    'EncryptMethod! HeartBtInt! RawDataLength RawData ResetSeqNumFlag NextExpectedMsgSeqNum MaxMessageSize ' +
      'NoMsgTypes[RefMsgType MsgDirection] TestMessageIndicator Username Password ' +
      'ClientID Nonce CancelOrdersOnDisconnect ForceResetClOrdID Rebased',
  ],
];
