// What each FIX session does with its application messages: trading sessions feed the order manager, market-data
// sessions feed their market-data client. An ExecutionReport that failed dictionary validation is still given to
// the OMS (QuickFIX issue 637: a fill must never vanish because a field was odd) and reported.
import type { FixMessage } from '../../fix/codec/fix-message.js';
import type { AppMessageContext, AppMessageResult, SessionApplication } from '../../fix/session/index.js';
import type { SessionRejection } from '../../fix/session/index.js';
import type { MarketDataClient } from '../../marketdata/index.js';
import type { OrderManager } from '../../oms/index.js';

export function tradingApplication(
  sessionId: string,
  oms: () => OrderManager,
  warn: (text: string) => void,
  /** After the OMS has reconciled its own orders: the core asks about orders from before a restart. */
  afterLogon: (sessionId: string) => void = () => undefined,
): SessionApplication {
  const route = (msg: FixMessage, possDup: boolean): AppMessageResult => {
    switch (msg.msgType) {
      case '8':
        return oms().onExecutionReport(sessionId, msg, possDup);
      case '9':
        return oms().onOrderCancelReject(sessionId, msg);
      case 'j':
        return oms().onBusinessMessageReject(sessionId, msg);
      case 'r':
        return oms().onOrderMassCancelReport(sessionId, msg);
      default:
        return 'unsupported';
    }
  };
  return {
    onAppMessage: (msg: FixMessage, ctx: AppMessageContext) => route(msg, ctx.possDup),
    onRejectedAppMessage: (msg: FixMessage, r: SessionRejection, ctx: AppMessageContext) => {
      if (msg.msgType !== '8') return;
      warn(`${sessionId}: ExecutionReport ${ctx.seq} failed validation (${r.text ?? 'no detail'}); applied anyway`);
      route(msg, ctx.possDup);
    },
    onLogon: () => {
      oms().onSessionLogon(sessionId);
      afterLogon(sessionId);
    },
    onLogout: () => oms().onSessionLogout(sessionId),
  };
}

export function marketDataApplication(client: () => MarketDataClient): SessionApplication {
  return {
    onAppMessage: (msg: FixMessage) => client().onAppMessage(msg),
    onLogon: () => client().onLogon(),
    onLogout: () => client().onLogout(),
  };
}
