// qf-acceptor: QuickFIX 1.15.1 FIX.4.4 acceptor used as an interop peer for
// the workstation's TypeScript engine. Answers every NewOrderSingle with a
// New ExecutionReport and reports session events on stdout (README.md).
#include "qf-common.h"

#include <quickfix/ThreadedSSLSocketAcceptor.h>
#include <quickfix/ThreadedSocketAcceptor.h>

namespace {

const char* kUsage =
    "usage: qf-acceptor --port N --sender-comp-id ID --target-comp-id ID\n"
    "                   --store-dir DIR --log-dir DIR\n"
    "                   [--tls --cert PEM --key PEM] [--dict FIX44.xml] [--reset-on-logon]\n";

class AcceptorApp : public qfi::EventApplication {
 public:
  // Seeded from the ExecutionReports already in QuickFIX's store, so a
  // restarted acceptor recognises replays of orders it answered before a crash.
  explicit AcceptorApp(const std::set<std::string>& answered) : answered_(answered) {}

  void fromApp(const FIX::Message& msg, const FIX::SessionID& id) QF_FROM_APP_THROWS override {
    const std::string type = qfi::msgType(msg);
    const std::string clOrdId = qfi::clOrdId(msg);
    const bool dup = qfi::possDup(msg);
    printAppIn(msg);

    // Anything but an order gets QuickFIX's BusinessMessageReject (35=j, 380=3).
    if (type != "D") throw FIX::UnsupportedMessageType();
    // Without a dictionary QuickFIX checks nothing; a missing ClOrdID becomes
    // its standard BusinessMessageReject (380=5, conditionally required field).
    if (clOrdId == "-") throw FIX::FieldNotFound(11);

    // A PossDup replay of an order we already answered must not create a
    // second order (the initiator resends after our crash). Fresh orders are
    // always answered, even if a ClOrdID repeats.
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (dup && answered_.count(clOrdId)) return;
    }

    FIX::Message er;
    er.getHeader().setField(35, "8");
    er.setField(37, "QF-" + clOrdId);       // OrderID
    er.setField(17, "QFX-" + clOrdId);      // ExecID
    er.setField(150, "0");                  // ExecType New
    er.setField(39, "0");                   // OrdStatus New
    er.setField(11, clOrdId);
    echo(msg, er, 55);                      // Symbol
    echo(msg, er, 54);                      // Side
    echo(msg, er, 38);                      // OrderQty
    echo(msg, er, 44);                      // Price
    er.setField(151, qfi::fieldOr(msg, 38, "0"));  // LeavesQty = OrderQty
    er.setField(14, "0");                   // CumQty
    er.setField(6, "0");                    // AvgPx
    er.setField(60, qfi::nowUtc());         // TransactTime
    try {
      FIX::Session::sendToTarget(er, id);
    } catch (FIX::SessionNotFound&) {
      return;
    }

    std::lock_guard<std::mutex> lock(mutex_);
    answered_.insert(clOrdId);
  }

 private:
  static void echo(const FIX::Message& from, FIX::Message& to, int tag) {
    if (from.isSetField(tag)) to.setField(tag, from.getField(tag));
  }

  std::mutex mutex_;
  std::set<std::string> answered_;
};

}  // namespace

int main(int argc, char** argv) {
  qfi::captureStdout();
  qfi::StopSignal stopSignal;

  qfi::Args a = qfi::parseArgs(argc, argv,
                               {"port", "sender-comp-id", "target-comp-id", "store-dir", "log-dir", "cert",
                                "key", "dict"},
                               {"tls", "reset-on-logon"}, kUsage);
  const long port = a.num("port", -1, 0, 65535);
  if (port < 0) qfi::die("missing required argument --port");
  const std::string sender = a.need("sender-comp-id");
  const std::string target = a.need("target-comp-id");
  qfi::checkToken("--sender-comp-id", sender);
  qfi::checkToken("--target-comp-id", target);
  const std::string storeDir = qfi::absPath(a.need("store-dir"));
  const std::string logDir = qfi::absPath(a.need("log-dir"));
  const bool tls = a.has("tls");
  if (!tls && (a.has("cert") || a.has("key"))) qfi::die("--cert/--key need --tls");
  qfi::mkdirs(storeDir);
  qfi::mkdirs(logDir);

  std::ostringstream cfg;
  cfg << "[DEFAULT]\n"
      << "ConnectionType=acceptor\n"
      << qfi::commonSettings(a, storeDir, logDir)
      << "SocketAcceptPort=" << port << "\n"
      << "SocketReuseAddress=Y\n"
      << "SocketNodelay=Y\n";
  if (tls) {
    const std::string cert = qfi::absPath(a.need("cert"));
    const std::string key = qfi::absPath(a.need("key"));
    if (!qfi::fileExists(cert)) qfi::die("certificate not found: " + cert);
    if (!qfi::fileExists(key)) qfi::die("key not found: " + key);
    cfg << "ServerCertificateFile=" << cert << "\n"
        << "ServerCertificateKeyFile=" << key << "\n"
        << "SSLProtocol=all -SSLv2 -SSLv3 -TLSv1 -TLSv1_1\n";
  }
  cfg << "\n[SESSION]\n"
      << "SenderCompID=" << sender << "\n"
      << "TargetCompID=" << target << "\n";

  FIX::SessionSettings settings = qfi::loadSettings(qfi::joinPath(storeDir, "qf-acceptor.cfg"), cfg.str());
  AcceptorApp app(qfi::storedClOrdIds(storeDir, FIX::SessionID("FIX.4.4", sender, target), "8"));
  FIX::FileStoreFactory storeFactory(settings);
  FIX::FileLogFactory logFactory(settings);

  std::unique_ptr<FIX::Acceptor> acceptor;
  try {
    if (tls)
      acceptor.reset(new FIX::ThreadedSSLSocketAcceptor(app, storeFactory, settings, logFactory));
    else
      acceptor.reset(new FIX::ThreadedSocketAcceptor(app, storeFactory, settings, logFactory));
    acceptor->start();
  } catch (std::exception& e) {
    qfi::die(std::string("cannot start acceptor: ") + e.what());
  }

  const int actualPort = port != 0 ? (int)port : qfi::findListeningPort();
  if (actualPort <= 0) qfi::die("listening socket not found");
  qfi::emit("READY " + std::to_string(actualPort));

  stopSignal.startWaiter();
  stopSignal.wait();
  acceptor->stop();
  return 0;
}
