// FIX 4.4 fields of the standard header, the trailer and the session-level (admin) messages.
import { field } from './define.js';
import { FIX44_MSG_TYPES } from './msg-types.js';
import type { FieldDef } from './types.js';

export const SESSION_FIELDS: readonly FieldDef[] = [
  // Standard header and trailer.
  field(8, 'BeginString', 'STRING'),
  field(9, 'BodyLength', 'LENGTH'),
  field(10, 'CheckSum', 'STRING'),
  field(34, 'MsgSeqNum', 'SEQNUM'),
  field(35, 'MsgType', 'STRING', FIX44_MSG_TYPES),
  field(43, 'PossDupFlag', 'BOOLEAN'),
  field(49, 'SenderCompID', 'STRING'),
  field(50, 'SenderSubID', 'STRING'),
  field(52, 'SendingTime', 'UTCTIMESTAMP'),
  field(56, 'TargetCompID', 'STRING'),
  field(57, 'TargetSubID', 'STRING'),
  field(89, 'Signature', 'DATA'),
  field(90, 'SecureDataLen', 'LENGTH'),
  field(91, 'SecureData', 'DATA'),
  field(93, 'SignatureLength', 'LENGTH'),
  field(97, 'PossResend', 'BOOLEAN'),
  field(115, 'OnBehalfOfCompID', 'STRING'),
  field(116, 'OnBehalfOfSubID', 'STRING'),
  field(122, 'OrigSendingTime', 'UTCTIMESTAMP'),
  field(128, 'DeliverToCompID', 'STRING'),
  field(129, 'DeliverToSubID', 'STRING'),
  field(142, 'SenderLocationID', 'STRING'),
  field(143, 'TargetLocationID', 'STRING'),
  field(144, 'OnBehalfOfLocationID', 'STRING'),
  field(145, 'DeliverToLocationID', 'STRING'),
  field(212, 'XmlDataLen', 'LENGTH'),
  field(213, 'XmlData', 'DATA'),
  field(347, 'MessageEncoding', 'STRING'),
  field(369, 'LastMsgSeqNumProcessed', 'SEQNUM'),
  field(627, 'NoHops', 'NUMINGROUP'),
  field(628, 'HopCompID', 'STRING'),
  field(629, 'HopSendingTime', 'UTCTIMESTAMP'),
  field(630, 'HopRefID', 'SEQNUM'),

  // Session messages.
  field(7, 'BeginSeqNo', 'SEQNUM'),
  field(16, 'EndSeqNo', 'SEQNUM'),
  field(36, 'NewSeqNo', 'SEQNUM'),
  field(45, 'RefSeqNum', 'SEQNUM'),
  field(58, 'Text', 'STRING'),
  field(95, 'RawDataLength', 'LENGTH'),
  field(96, 'RawData', 'DATA'),
  field(98, 'EncryptMethod', 'INT', '0=NONE_OTHER 1=PKCS 2=DES 3=PKCS_DES 4=PGP_DES 5=PGP_DES_MD5 6=PEM_DES_MD5'),
  field(108, 'HeartBtInt', 'INT'),
  field(112, 'TestReqID', 'STRING'),
  field(123, 'GapFillFlag', 'BOOLEAN'),
  field(141, 'ResetSeqNumFlag', 'BOOLEAN'),
  field(354, 'EncodedTextLen', 'LENGTH'),
  field(355, 'EncodedText', 'DATA'),
  field(371, 'RefTagID', 'INT'),
  field(372, 'RefMsgType', 'STRING'),
  field(
    373,
    'SessionRejectReason',
    'INT',
    '0=INVALID_TAG_NUMBER 1=REQUIRED_TAG_MISSING 2=TAG_NOT_DEFINED_FOR_THIS_MESSAGE_TYPE 3=UNDEFINED_TAG ' +
      '4=TAG_SPECIFIED_WITHOUT_A_VALUE 5=VALUE_IS_INCORRECT 6=INCORRECT_DATA_FORMAT_FOR_VALUE 7=DECRYPTION_PROBLEM ' +
      '8=SIGNATURE_PROBLEM 9=COMPID_PROBLEM 10=SENDINGTIME_ACCURACY_PROBLEM 11=INVALID_MSGTYPE ' +
      '12=XML_VALIDATION_ERROR 13=TAG_APPEARS_MORE_THAN_ONCE 14=TAG_SPECIFIED_OUT_OF_REQUIRED_ORDER ' +
      '15=REPEATING_GROUP_FIELDS_OUT_OF_ORDER 16=INCORRECT_NUMINGROUP_COUNT_FOR_REPEATING_GROUP ' +
      '17=NON_DATA_VALUE_INCLUDES_FIELD_DELIMITER 99=OTHER',
  ),
  field(379, 'BusinessRejectRefID', 'STRING'),
  field(
    380,
    'BusinessRejectReason',
    'INT',
    '0=OTHER 1=UNKNOWN_ID 2=UNKNOWN_SECURITY 3=UNSUPPORTED_MESSAGE_TYPE 4=APPLICATION_NOT_AVAILABLE ' +
      '5=CONDITIONALLY_REQUIRED_FIELD_MISSING 6=NOT_AUTHORIZED 7=DELIVERTO_FIRM_NOT_AVAILABLE_AT_THIS_TIME ' +
      '18=INVALID_PRICE_INCREMENT 101=UNKNOWN_ORDER 104=ORDER_TOO_OLD',
  ),
  field(383, 'MaxMessageSize', 'LENGTH'),
  field(384, 'NoMsgTypes', 'NUMINGROUP'),
  field(385, 'MsgDirection', 'CHAR', 'S=SEND R=RECEIVE'),
  field(464, 'TestMessageIndicator', 'BOOLEAN'),
  field(553, 'Username', 'STRING'),
  field(554, 'Password', 'STRING'),
  field(789, 'NextExpectedMsgSeqNum', 'SEQNUM'),
];
