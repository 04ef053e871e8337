// Process plumbing for the QuickFIX interop peers: errors, small state
// files, argument parsing, generated QuickFIX settings, signals.
// Header-only so each program stays one translation unit.
#ifndef QF_INTEROP_UTIL_H
#define QF_INTEROP_UTIL_H

#include <quickfix/SessionID.h>
#include <quickfix/SessionSettings.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <string>
#include <thread>

namespace qfi {

// Start-up and usage errors: one line on stderr, exit code 2, nothing on stdout.
[[noreturn]] inline void die(const std::string& msg, int code = 2) {
  std::fprintf(stderr, "error: %s\n", msg.c_str());
  std::fflush(stderr);
  std::_Exit(code);
}

// ---- files -------------------------------------------------------------------

inline void mkdirs(const std::string& path) {
  std::string cur;
  std::stringstream ss(path);
  std::string part;
  if (!path.empty() && path[0] == '/') cur = "/";
  while (std::getline(ss, part, '/')) {
    if (part.empty()) continue;
    cur += part + "/";
    if (mkdir(cur.c_str(), 0755) != 0 && errno != EEXIST) die("cannot create directory " + cur);
  }
}

inline std::string joinPath(const std::string& dir, const std::string& name) {
  if (!dir.empty() && dir[dir.size() - 1] == '/') return dir + name;
  return dir + "/" + name;
}

inline std::string absPath(const std::string& p) {
  if (!p.empty() && p[0] == '/') return p;
  char buf[4096];
  if (!getcwd(buf, sizeof buf)) die("getcwd failed");
  return joinPath(buf, p);
}

inline bool fileExists(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0;
}

// Replace a small state file atomically (write temp + rename) so a kill -9
// never leaves it truncated.
inline void writeFileAtomic(const std::string& path, const std::string& content) {
  std::string tmp = path + ".tmp";
  int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) die("cannot write " + tmp);
  if (write(fd, content.data(), content.size()) != (ssize_t)content.size()) die("short write " + tmp);
  close(fd);
  if (rename(tmp.c_str(), path.c_str()) != 0) die("cannot rename " + tmp);
}

inline void appendLine(const std::string& path, const std::string& line) {
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) die("cannot append " + path);
  std::string out = line + "\n";
  if (write(fd, out.data(), out.size()) != (ssize_t)out.size()) die("short write " + path);
  close(fd);
}

inline std::set<std::string> readLines(const std::string& path) {
  std::set<std::string> out;
  std::ifstream in(path.c_str());
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) out.insert(line);
  return out;
}

// ClOrdIDs (tag 11) of the messages of one MsgType in a QuickFIX FileStore
// body file, i.e. what this side has committed to sending in the current
// store generation. The store is the source of truth after a crash: our own
// state files may lag it by one message.
inline std::set<std::string> storedClOrdIds(const std::string& storeDir, const FIX::SessionID& id,
                                            const std::string& type) {
  std::set<std::string> out;
  const std::string path = joinPath(storeDir, id.getBeginString().getString() + "-" +
                                                  id.getSenderCompID().getString() + "-" +
                                                  id.getTargetCompID().getString() + ".body");
  std::ifstream in(path.c_str(), std::ios::binary);
  if (!in) return out;
  std::string field, current;
  while (std::getline(in, field, '\x01')) {
    if (field.compare(0, 2, "8=") == 0) current.clear();  // next message
    else if (field.compare(0, 3, "35=") == 0) current = field.substr(3);
    else if (field.compare(0, 3, "11=") == 0 && current == type) out.insert(field.substr(3));
  }
  return out;
}
// ---- arguments ---------------------------------------------------------------

struct Args {
  std::map<std::string, std::string> values;
  std::set<std::string> flags;

  bool has(const std::string& k) const { return values.count(k) || flags.count(k); }
  std::string get(const std::string& k, const std::string& dflt = "") const {
    auto it = values.find(k);
    return it == values.end() ? dflt : it->second;
  }
  std::string need(const std::string& k) const {
    auto it = values.find(k);
    if (it == values.end() || it->second.empty()) die("missing required argument --" + k);
    return it->second;
  }
  long num(const std::string& k, long dflt, long lo, long hi) const {
    auto it = values.find(k);
    if (it == values.end()) return dflt;
    char* end = nullptr;
    long v = std::strtol(it->second.c_str(), &end, 10);
    if (it->second.empty() || *end != '\0' || v < lo || v > hi)
      die("--" + k + " must be an integer in [" + std::to_string(lo) + ", " + std::to_string(hi) + "]");
    return v;
  }
};

// valueOpts take one argument, flagOpts none; anything else is an error.
inline Args parseArgs(int argc, char** argv, const std::set<std::string>& valueOpts,
                      const std::set<std::string>& flagOpts, const char* usage) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    std::string s = argv[i];
    if (s == "-h" || s == "--help") {
      std::fprintf(stderr, "%s", usage);
      std::exit(0);
    }
    if (s.compare(0, 2, "--") != 0) die(std::string("unexpected argument ") + s + "\n" + usage);
    std::string k = s.substr(2);
    if (flagOpts.count(k)) {
      a.flags.insert(k);
    } else if (valueOpts.count(k)) {
      if (i + 1 >= argc) die("--" + k + " needs a value");
      a.values[k] = argv[++i];
    } else {
      die("unknown option " + s + "\n" + usage);
    }
  }
  return a;
}

// CompIDs and the order prefix end up in file names and in space-separated
// event lines: keep them to a safe alphabet.
inline void checkToken(const std::string& what, const std::string& v) {
  if (v.empty()) die(what + " must not be empty");
  for (char c : v)
    if (!(std::isalnum((unsigned char)c) || c == '_' || c == '-' || c == '.'))
      die(what + " may only contain [A-Za-z0-9_.-]: " + v);
}
// ---- settings ----------------------------------------------------------------

// Settings common to both roles. StartTime == EndTime means "always in
// session" for QuickFIX 1.15.1 (it has no NonStopSession); the session day
// still rolls over (sequence reset) at 00:00:00 UTC.
inline std::string commonSettings(const Args& a, const std::string& storeDir, const std::string& logDir) {
  std::ostringstream s;
  s << "BeginString=FIX.4.4\n"
    << "FileStorePath=" << storeDir << "\n"
    << "FileLogPath=" << logDir << "\n"
    << "StartTime=00:00:00\n"
    << "EndTime=00:00:00\n"
    << "TimestampPrecision=3\n"
    << "ResetOnLogon=" << (a.has("reset-on-logon") ? "Y" : "N") << "\n"
    << "ResetOnLogout=N\n"
    << "ResetOnDisconnect=N\n"
    << "PersistMessages=Y\n";
  if (a.has("dict")) {
    std::string dict = absPath(a.need("dict"));
    if (!fileExists(dict)) die("dictionary not found: " + dict);
    s << "UseDataDictionary=Y\n"
      << "DataDictionary=" << dict << "\n";
  } else {
    s << "UseDataDictionary=N\n";
  }
  return s.str();
}

// Parse our generated settings through a file (kept in the store dir so a
// human can see exactly what QuickFIX was given).
inline FIX::SessionSettings loadSettings(const std::string& path, const std::string& text) {
  writeFileAtomic(path, text);
  try {
    return FIX::SessionSettings(path);
  } catch (std::exception& e) {
    die(std::string("bad QuickFIX settings: ") + e.what());
  }
}
// ---- signals -----------------------------------------------------------------

// Block SIGTERM/SIGINT before QuickFIX starts threads so only our waiter
// thread sees them; SIGPIPE is ignored (a peer closing a socket must not kill us).
struct StopSignal {
  std::mutex m;
  std::condition_variable cv;
  bool stop = false;
  sigset_t set;

  StopSignal() {
    signal(SIGPIPE, SIG_IGN);
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
  }

  void startWaiter() {
    std::thread([this] {
      int sig = 0;
      sigwait(&set, &sig);
      {
        std::lock_guard<std::mutex> lock(m);
        stop = true;
      }
      cv.notify_all();
    }).detach();
  }

  void wait() {
    std::unique_lock<std::mutex> lock(m);
    cv.wait(lock, [this] { return stop; });
  }
};

// Port 0 asks the kernel for a free port; QuickFIX does not report which one,
// so look for our own listening socket.
inline int findListeningPort() {
  DIR* d = opendir("/proc/self/fd");
  if (!d) return -1;
  int port = -1;
  while (dirent* e = readdir(d)) {
    int fd = std::atoi(e->d_name);
    if (fd <= 2) continue;
    int listening = 0;
    socklen_t len = sizeof listening;
    if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &len) != 0 || !listening) continue;
    sockaddr_storage ss;
    socklen_t sl = sizeof ss;
    if (getsockname(fd, (sockaddr*)&ss, &sl) != 0) continue;
    if (ss.ss_family == AF_INET) port = ntohs(((sockaddr_in*)&ss)->sin_port);
    else if (ss.ss_family == AF_INET6) port = ntohs(((sockaddr_in6*)&ss)->sin6_port);
    if (port > 0) break;
  }
  closedir(d);
  return port;
}
}  // namespace qfi

#endif
