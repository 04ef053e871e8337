// One schema per command channel: the complete list of what main accepts from a renderer.
import { z } from 'zod';
import { CommandChannel, type CommandChannelName } from '../../../shared/ipc/channels.js';
import type { LayoutSettings } from '../../../shared/domain/settings.js';
import { riskLimitsSchema } from '../../risk/limits-schema.js';
import {
  deleteProfileRequestSchema,
  layoutSchema,
  profileInputSchema,
  setSecretRequestSchema,
  uiSettingsSchema,
} from '../../settings/index.js';
import { auditList, messageQuery } from './inspector.js';
import { bySymbol, subscribe } from './market-data.js';
import { amendOrder, cancelAll, cancelOrder, newOrder } from './orders.js';
import { empty } from './primitives.js';
import { sessionCommand } from './sessions.js';

const layoutFields = z.strictObject(layoutSchema.shape, {
  error: (i) => (i.code !== 'invalid_type' ? undefined : i.input === undefined ? 'is missing' : 'must be an object'),
});

/** The layout's own fields first, its cross-field refinement only once they pass: zod runs a refinement after a
 * continuable issue (boundedRecord's "must be an object"), and layoutSchema's would then read a missing `areas` and
 * throw instead of refusing. */
const layoutFieldsFirst = layoutFields.pipe(layoutSchema as z.ZodType<LayoutSettings, z.output<typeof layoutFields>>);

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
  [CommandChannel.saveUi]: uiSettingsSchema.extend({ layout: layoutFieldsFirst }),
} satisfies Record<CommandChannelName, z.ZodType>;
