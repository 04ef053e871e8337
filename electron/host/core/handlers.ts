// The command table: one function per channel, over the core's parts. Requests arrive validated
// (validate-command.ts); every handler answers with an explicit outcome.
import { CommandChannel, type CommandChannelName } from '../../../shared/ipc/channels.js';
import type { CommandRequest, CommandResult } from '../../../shared/ipc/commands.js';
import { accepted, rejected } from '../../../shared/ipc/outcome.js';
import type { CoreParts } from './core-parts.js';
import type { MarketWatch } from './market-watch.js';
import { amendOrder, cancelAll, cancelOrder, newOrder } from './order-commands.js';
import { engageKillSwitch, rearmKillSwitch, setLimits } from './risk-commands.js';
import { deleteProfile, saveProfile, saveUi, setSecret } from './settings-commands.js';
import type { SessionCommands } from './session-commands.js';

type Handler<C extends CommandChannelName> = (req: CommandRequest<C>) => Promise<CommandResult<C>> | CommandResult<C>;
export type HandlerTable = { [C in CommandChannelName]: Handler<C> };

export function handlerTable(p: CoreParts, sessions: SessionCommands, watch: MarketWatch): HandlerTable {
  return {
    [CommandChannel.listSessions]: () => accepted([...p.connections.values()].map((c) => c.status)),
    [CommandChannel.connect]: (r) => sessions.connect(r.sessionId),
    [CommandChannel.disconnect]: (r) => sessions.disconnect(r.sessionId),
    [CommandChannel.resetSequence]: (r) => sessions.resetSequence(r.sessionId),
    [CommandChannel.listInstruments]: () => accepted(p.instruments()),
    [CommandChannel.ordersSnapshot]: () => accepted(p.oms.snapshot()),
    [CommandChannel.newOrder]: (r) => newOrder(p, r),
    [CommandChannel.amendOrder]: (r) => amendOrder(p, r),
    [CommandChannel.cancelOrder]: (r) => cancelOrder(p, r.orderKey),
    [CommandChannel.cancelAll]: (r) => cancelAll(p, r),
    [CommandChannel.subscribeMarketData]: (r) => {
      const client = p.marketFor(r.symbol);
      if (client === undefined) return rejected('no market-data session is configured');
      if (p.instruments().length > 0 && p.instrument(r.symbol) === undefined) {
        return rejected(`${r.symbol} is not an instrument of any connected venue`);
      }
      const result = client.subscribe({ symbol: r.symbol, depth: Math.max(r.depth ?? 0, BASE_DEPTH) });
      watch.add(r.symbol);
      return accepted(result);
    },
    [CommandChannel.unsubscribeMarketData]: (r) => {
      // The venue subscription stays (risk's touch, position marks); the renderer just stops receiving it.
      watch.remove(r.symbol);
      return accepted({ symbol: r.symbol });
    },
    [CommandChannel.marketHistory]: (r) => {
      const client = p.marketFor(r.symbol);
      return client === undefined
        ? rejected('no market-data session is configured')
        : accepted(client.history(r.symbol));
    },
    [CommandChannel.riskState]: () => accepted(p.risk.state()),
    [CommandChannel.setLimits]: (r) => setLimits(p, r),
    [CommandChannel.engageKillSwitch]: () => engageKillSwitch(p),
    [CommandChannel.rearmKillSwitch]: () => rearmKillSwitch(p),
    [CommandChannel.messageHistory]: (r) => accepted(p.journal.query(r)),
    [CommandChannel.dictionary]: () => accepted(p.dictionary),
    [CommandChannel.auditList]: (r) => accepted(p.audit.list(r.limit)),
    [CommandChannel.auditCsv]: () => accepted({ csv: p.audit.csv() }),
    [CommandChannel.settings]: () => accepted(p.settings.view()),
    [CommandChannel.saveProfile]: (r) => saveProfile(p, r),
    [CommandChannel.deleteProfile]: (r) => deleteProfile(p, r.profileId),
    [CommandChannel.setSecret]: (r) => setSecret(p, r.profileId, r.secret),
    [CommandChannel.saveUi]: (r) => saveUi(p, r),
  };
}

/** Depth every book is kept at in main: a tall ladder's worth, and what the depth chart shows. */
export const BASE_DEPTH = 50;
