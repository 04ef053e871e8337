// One schema per command channel: the complete list of what main accepts from a renderer.
import { z } from 'zod';
import { CommandChannel, type CommandChannelName } from '../../../shared/ipc/channels.js';
import { riskLimitsSchema } from '../../risk/limits-schema.js';
import {
  deleteProfileRequestSchema,
  profileInputSchema,
  setSecretRequestSchema,
  uiSettingsSchema,
} from '../../settings/index.js';
import { auditList, messageQuery } from './inspector.js';
import { bySymbol, subscribe } from './market-data.js';
import { amendOrder, cancelAll, cancelOrder, newOrder } from './orders.js';
import { empty } from './primitives.js';
import { sessionCommand } from './sessions.js';

export const COMMAND_SCHEMAS = {
  [CommandChannel.listSessions]: empty,
  [CommandChannel.connect]: sessionCommand,
  [CommandChannel.disconnect]: sessionCommand,
  [CommandChannel.resetSequence]: sessionCommand,
  [CommandChannel.listInstruments]: empty,
  [CommandChannel.ordersSnapshot]: empty,
  [CommandChannel.newOrder]: newOrder,
  [CommandChannel.amendOrder]: amendOrder,
  [CommandChannel.cancelOrder]: cancelOrder,
  [CommandChannel.cancelAll]: cancelAll,
  [CommandChannel.subscribeMarketData]: subscribe,
  [CommandChannel.unsubscribeMarketData]: bySymbol,
  [CommandChannel.marketHistory]: bySymbol,
  [CommandChannel.riskState]: empty,
  [CommandChannel.setLimits]: riskLimitsSchema,
  [CommandChannel.engageKillSwitch]: z.strictObject({
    confirm: z.literal('KILL', { error: 'confirm must be the word KILL (the kill switch confirmation)' }),
  }),
  [CommandChannel.rearmKillSwitch]: empty,
  [CommandChannel.messageHistory]: messageQuery,
  [CommandChannel.dictionary]: empty,
  [CommandChannel.auditList]: auditList,
  [CommandChannel.auditCsv]: empty,
  [CommandChannel.settings]: empty,
  [CommandChannel.saveProfile]: profileInputSchema,
  [CommandChannel.deleteProfile]: deleteProfileRequestSchema,
  [CommandChannel.setSecret]: setSecretRequestSchema,
  [CommandChannel.saveUi]: uiSettingsSchema,
} satisfies Record<CommandChannelName, z.ZodType>;
