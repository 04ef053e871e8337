// qf-initiator: QuickFIX 1.15.1 FIX.4.4 initiator used as an interop peer for
// the workstation's TypeScript engine. After logon it sends a numbered run of
// NewOrderSingle messages, resuming the numbering across restarts, and reports
// session events on stdout (README.md).
#include "qf-common.h"

#include <algorithm>

#include <quickfix/ThreadedSSLSocketInitiator.h>
#include <quickfix/ThreadedSocketInitiator.h>

namespace {

const char* kUsage =
    "usage: qf-initiator --host H --port N --sender-comp-id ID --target-comp-id ID\n"
    "                    --store-dir DIR --log-dir DIR\n"
    "                    [--tls --ca PEM] [--dict FIX44.xml] [--count N] [--prefix P]\n"
    "                    [--reset-on-logon] [--heartbeat S] [--interval-ms MS]\n";

// All mutable run state is guarded by StopSignal::m so the sender loop can
// wait for "logged on", "stop requested" and "paced delay over" on one cv.
class InitiatorApp : public qfi::EventApplication {
 public:
  InitiatorApp(qfi::StopSignal& sig, const std::string& prefix, long count, const std::string& nextPath,
               const std::string& ackedPath, const std::set<std::string>& storedOrders)
      : sig_(sig), prefix_(prefix), count_(count), nextPath_(nextPath), ackedPath_(ackedPath),
        acked_(qfi::readLines(ackedPath)) {
    std::set<std::string> saved = qfi::readLines(nextPath);
    next_ = saved.empty() ? 1 : std::atol(saved.begin()->c_str());
    if (next_ < 1) next_ = 1;
    // A kill -9 between QuickFIX storing an order and us updating the .next
    // file leaves the file one behind; the store knows better (and QuickFIX
    // will replay that order itself if the peer missed it).
    const std::string head = prefix_ + "-";
    for (const std::string& id : storedOrders) {
      if (id.compare(0, head.size(), head) != 0) continue;
      const std::string digits = id.substr(head.size());
      if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos) continue;
      next_ = std::max(next_, std::atol(digits.c_str()) + 1);
    }
  }

  void loggedOn(bool on) override {
    {
      std::lock_guard<std::mutex> lock(sig_.m);
      loggedOn_ = on;
      if (on) checkDoneLocked();
    }
    sig_.cv.notify_all();
  }

  void fromApp(const FIX::Message& msg, const FIX::SessionID&) QF_FROM_APP_THROWS override {
    const std::string type = qfi::msgType(msg);
    const std::string clOrdId = qfi::clOrdId(msg);
    printAppIn(msg);
    if (type != "8" || clOrdId == "-") return;
    std::lock_guard<std::mutex> lock(sig_.m);
    if (acked_.insert(clOrdId).second) qfi::appendLine(ackedPath_, clOrdId);
    checkDoneLocked();
  }

  // Sender loop (main thread): one order per iteration while logged on.
  void run(const FIX::SessionID& id, long intervalMs) {
    std::unique_lock<std::mutex> lock(sig_.m);
    while (true) {
      sig_.cv.wait(lock, [&] { return sig_.stop || (loggedOn_ && next_ <= count_); });
      if (sig_.stop) return;
      const long i = next_;
      lock.unlock();
      FIX::Message order = newOrder(i);
      bool sent = false;
      try {
        sent = FIX::Session::sendToTarget(order, id);
      } catch (FIX::SessionNotFound&) {
        qfi::die("session not found: " + id.toString());
      }
      lock.lock();
      if (sent) {
        // The order is in QuickFIX's store now; remember that it exists so a
        // restarted process does not create it again.
        next_ = i + 1;
        qfi::writeFileAtomic(nextPath_, std::to_string(next_) + "\n");
        checkDoneLocked();
      }
      const long pause = sent ? intervalMs : 100;
      if (pause > 0) sig_.cv.wait_for(lock, std::chrono::milliseconds(pause), [&] { return sig_.stop; });
    }
  }

 private:
  FIX::Message newOrder(long i) const {
    FIX::Message m;
    m.getHeader().setField(35, "D");
    m.setField(11, prefix_ + "-" + std::to_string(i));  // ClOrdID
    m.setField(55, "BTC/USD");                             // Symbol
    m.setField(54, "1");                                   // Side Buy
    m.setField(38, "1");                                   // OrderQty
    m.setField(40, "2");                                   // OrdType Limit
    m.setField(44, "100");                                 // Price
    m.setField(59, "1");                                   // TimeInForce GTC
    m.setField(60, qfi::nowUtc());                         // TransactTime
    return m;
  }

  // DONE once per process: every order 1..count has been sent (in this or an
  // earlier run) and an ExecutionReport was seen for each of them.
  void checkDoneLocked() {
    if (doneEmitted_ || next_ <= count_) return;
    for (long i = 1; i <= count_; ++i)
      if (!acked_.count(prefix_ + "-" + std::to_string(i))) return;
    doneEmitted_ = true;
    qfi::emit("DONE");
  }

  qfi::StopSignal& sig_;
  const std::string prefix_;
  const long count_;
  const std::string nextPath_;
  const std::string ackedPath_;
  std::set<std::string> acked_;
  long next_ = 1;
  bool loggedOn_ = false;
  bool doneEmitted_ = false;
};

}  // namespace

int main(int argc, char** argv) {
  qfi::captureStdout();
  qfi::StopSignal stopSignal;

  qfi::Args a = qfi::parseArgs(argc, argv,
                               {"host", "port", "sender-comp-id", "target-comp-id", "store-dir", "log-dir", "ca",
                                "dict", "count", "prefix", "heartbeat", "interval-ms"},
                               {"tls", "reset-on-logon"}, kUsage);
  const std::string host = a.need("host");
  const long port = a.num("port", 0, 1, 65535);
  if (port == 0) qfi::die("missing required argument --port");
  const std::string sender = a.need("sender-comp-id");
  const std::string target = a.need("target-comp-id");
  qfi::checkToken("--sender-comp-id", sender);
  qfi::checkToken("--target-comp-id", target);
  const std::string storeDir = qfi::absPath(a.need("store-dir"));
  const std::string logDir = qfi::absPath(a.need("log-dir"));
  const long count = a.num("count", 0, 0, 1000000);
  const std::string prefix = a.get("prefix", "QF");
  qfi::checkToken("--prefix", prefix);
  const long heartbeat = a.num("heartbeat", 30, 1, 3600);
  const long intervalMs = a.num("interval-ms", 0, 0, 3600000);
  const bool tls = a.has("tls");
  if (!tls && a.has("ca")) qfi::die("--ca needs --tls");
  qfi::mkdirs(storeDir);
  qfi::mkdirs(logDir);

  std::ostringstream cfg;
  cfg << "[DEFAULT]\n"
      << "ConnectionType=initiator\n"
      << qfi::commonSettings(a, storeDir, logDir)
      << "SocketConnectHost=" << host << "\n"
      << "SocketConnectPort=" << port << "\n"
      << "SocketNodelay=Y\n"
      << "HeartBtInt=" << heartbeat << "\n"
      << "ReconnectInterval=1\n"
      << "LogonTimeout=10\n";
  if (tls) {
    // 1.15.1 verifies the chain only when a CA is configured (and then also
    // trusts the system store); it never checks the host name and sends no SNI.
    const std::string ca = qfi::absPath(a.need("ca"));
    if (!qfi::fileExists(ca)) qfi::die("CA file not found: " + ca);
    cfg << "CertificationAuthoritiesFile=" << ca << "\n"
        << "SSLProtocol=all -SSLv2 -SSLv3 -TLSv1 -TLSv1_1\n";
  }
  cfg << "\n[SESSION]\n"
      << "SenderCompID=" << sender << "\n"
      << "TargetCompID=" << target << "\n";

  FIX::SessionSettings settings = qfi::loadSettings(qfi::joinPath(storeDir, "qf-initiator.cfg"), cfg.str());
  const FIX::SessionID sessionId("FIX.4.4", sender, target);
  InitiatorApp app(stopSignal, prefix, count, qfi::joinPath(storeDir, "qf-initiator-" + prefix + ".next"),
                   qfi::joinPath(storeDir, "qf-initiator-acked.txt"), qfi::storedClOrdIds(storeDir, sessionId, "D"));
  FIX::FileStoreFactory storeFactory(settings);
  FIX::FileLogFactory logFactory(settings);

  std::unique_ptr<FIX::Initiator> initiator;
  try {
    if (tls)
      initiator.reset(new FIX::ThreadedSSLSocketInitiator(app, storeFactory, settings, logFactory));
    else
      initiator.reset(new FIX::ThreadedSocketInitiator(app, storeFactory, settings, logFactory));
    initiator->start();
  } catch (std::exception& e) {
    qfi::die(std::string("cannot start initiator: ") + e.what());
  }

  stopSignal.startWaiter();
  app.run(sessionId, intervalMs);
  initiator->stop();
  return 0;
}
