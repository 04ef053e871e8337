// Shared event plumbing for the QuickFIX interop peers (qf-acceptor,
// qf-initiator). Header-only on purpose: each program stays one translation
// unit, so the (slow) QuickFIX headers are compiled once per program.
//
// The stdout event lines are the contract with the TypeScript test driver:
// see README.md in this folder. QuickFIX itself printf()s to stdout (TLS
// certificate verification), so startup moves fd 1 onto stderr and keeps a
// private duplicate of the original stdout for protocol lines only.
#ifndef QF_INTEROP_COMMON_H
#define QF_INTEROP_COMMON_H

#include "qf-util.h"

#include <quickfix/Application.h>
#include <quickfix/FileLog.h>
#include <quickfix/FileStore.h>
#include <quickfix/Message.h>
#include <quickfix/Session.h>

#include <memory>
#include <vector>

// QuickFIX 1.15.1 declares dynamic exception specifications on Application;
// overrides must repeat them (gnu++14 still accepts them).
#define QF_TO_APP_THROWS throw(FIX::DoNotSend)
#define QF_FROM_ADMIN_THROWS \
  throw(FIX::FieldNotFound, FIX::IncorrectDataFormat, FIX::IncorrectTagValue, FIX::RejectLogon)
#define QF_FROM_APP_THROWS \
  throw(FIX::FieldNotFound, FIX::IncorrectDataFormat, FIX::IncorrectTagValue, FIX::UnsupportedMessageType)

namespace qfi {

// ---- protocol output -------------------------------------------------------

inline int& protoFd() {
  static int fd = 1;
  return fd;
}

inline std::mutex& protoMutex() {
  static std::mutex m;
  return m;
}

// Keep the real stdout for event lines; everything else written to fd 1
// (QuickFIX printf noise) lands on stderr.
inline void captureStdout() {
  std::fflush(stdout);
  int fd = dup(1);
  if (fd < 0) {
    perror("dup(stdout)");
    std::exit(2);
  }
  fcntl(fd, F_SETFD, FD_CLOEXEC);
  dup2(2, 1);
  protoFd() = fd;
}

// One write(2) per line so lines never interleave and need no flush.
inline void emit(const std::string& line) {
  std::string out = line + "\n";
  std::lock_guard<std::mutex> lock(protoMutex());
  const char* p = out.data();
  size_t left = out.size();
  while (left > 0) {
    ssize_t n = write(protoFd(), p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return;  // reader went away; nothing sensible to do
    }
    p += n;
    left -= (size_t)n;
  }
}

// ---- message helpers -------------------------------------------------------

inline std::string fieldOr(const FIX::FieldMap& m, int tag, const std::string& dflt) {
  return m.isSetField(tag) ? m.getField(tag) : dflt;
}

inline std::string msgType(const FIX::Message& msg) { return fieldOr(msg.getHeader(), 35, "-"); }
inline std::string seqNum(const FIX::Message& msg) { return fieldOr(msg.getHeader(), 34, "0"); }
inline std::string clOrdId(const FIX::Message& msg) {
  std::string v = fieldOr(msg, 11, "-");
  return v.empty() ? "-" : v;
}
inline bool possDup(const FIX::Message& msg) { return fieldOr(msg.getHeader(), 43, "N") == "Y"; }

inline std::string nowUtc() {
  return FIX::UtcTimeStampConvertor::convert(FIX::UtcTimeStamp(), 3);
}
// ---- event lines shared by both roles ---------------------------------------

// Application base that prints the session-level event lines; the programs
// add their order logic in fromApp.
class EventApplication : public FIX::Application {
 public:
  void onCreate(const FIX::SessionID&) override {}
  void onLogon(const FIX::SessionID& id) override {
    emit("LOGON " + id.toString());
    loggedOn(true);
  }
  void onLogout(const FIX::SessionID& id) override {
    loggedOn(false);
    emit("LOGOUT " + id.toString());
  }

  // toAdmin/toApp run with the session lock held, after MsgSeqNum is
  // assigned and before the message is stored and written: a line printed
  // here always precedes anything the peer sends in reply.
  void toAdmin(FIX::Message& msg, const FIX::SessionID&) override { emit(adminLine("ADMIN_OUT ", msg)); }
  void fromAdmin(const FIX::Message& msg, const FIX::SessionID&) QF_FROM_ADMIN_THROWS override {
    emit(adminLine("ADMIN_IN ", msg));
  }
  // A replay for a ResendRequest carries PossDupFlag=Y and its original seq.
  void toApp(FIX::Message& msg, const FIX::SessionID&) QF_TO_APP_THROWS override {
    emit((possDup(msg) ? "APP_RESEND " : "APP_OUT ") + msgType(msg) + " " + seqNum(msg) + " " + clOrdId(msg));
  }

 protected:
  static void printAppIn(const FIX::Message& msg) {
    emit("APP_IN " + msgType(msg) + " " + seqNum(msg) + " " + clOrdId(msg) + " " + (possDup(msg) ? "Y" : "N"));
  }
  virtual void loggedOn(bool) {}

 private:
  // "<MsgType> <MsgSeqNum> <PossDup> <details>": details are the session
  // fields a test may assert on, as tag=value joined by ',' ('-' if none).
  static std::string adminLine(const char* prefix, const FIX::Message& msg) {
    static const std::map<std::string, std::vector<int>> kDetailTags = {
        {"A", {98, 108, 141}}, {"0", {112}},  {"1", {112}},
        {"2", {7, 16}},        {"3", {45, 371, 372, 373, 58}}, {"4", {36, 123}},
        {"5", {58}},
    };
    const std::string type = msgType(msg);
    std::string details;
    auto it = kDetailTags.find(type);
    if (it != kDetailTags.end()) {
      for (int tag : it->second) {
        if (!msg.isSetField(tag)) continue;
        std::string v = msg.getField(tag);
        for (char& c : v)
          if (std::isspace((unsigned char)c) || c == ',') c = '_';
        details += (details.empty() ? "" : ",") + std::to_string(tag) + "=" + v;
      }
    }
    return prefix + type + " " + seqNum(msg) + " " + (possDup(msg) ? "Y" : "N") + " " +
           (details.empty() ? "-" : details);
  }
};
}  // namespace qfi

#endif
