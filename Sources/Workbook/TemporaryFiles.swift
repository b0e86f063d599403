import Foundation
import Model
import Synchronization
import Xlsx

/// The temporary files of the process, so that none outlives it.
///
/// A workbook is written into an unnamed file (`OutputFile`) whenever the file system allows,
/// and such a file vanishes with the process, however it ends. Names exist only where they cannot
/// be avoided, and each is known here:
///
/// * in the output's directory, for the instant between linking a finished workbook beside a
///   file it replaces and renaming it over that file, and for the whole write where unnamed files
///   are not supported (a hidden directory holding the file): `create(_:_:)` makes and records
///   such a file or directory, `forget(_:)` drops it;
/// * libxlsxwriter's own working files (one per sheet and part, named `tmp.XXXXXXXXXX` and
///   unlinked at once): they go into a private directory of the process
///   (`$TMPDIR/cchc-<pid>-XXXXXX`, `libraryDirectory`), removed when the process exits.
///
/// Names carry the process id of their owner: the process itself, or the batch a worker process
/// works for (`adoptOwner`), and `libraryDirectory()`'s names have the exact form
/// `cchc-<digits>-XXXXXX`, the only names of `$TMPDIR` the sweep looks at.
///
/// `installSignalHandlers()` makes SIGINT, SIGTERM and SIGHUP end a batch's worker processes
/// (`startWorker`) with the same signal, remove all the files and end the process with status
/// 128 + the signal. The handler itself only writes the signal's number to a
/// pipe; a thread reading the pipe does the work in ordinary code, holding the lock every creation
/// takes, so that no file is created after it looked. Files a process killed with SIGKILL left
/// (names carry its process id) are removed by the next run that writes into the same directory
/// or uses the same `$TMPDIR` (`sweep(directory:)`).
public enum TemporaryFiles {
    private struct State {
        /// The named files in output directories.
        var files: Set<String> = []
        /// The private directory for the library's working files, once made.
        var libraryDirectory: String?
        /// A signal came: nothing more is created.
        var stopping = false
        /// The worker processes of a batch (`startWorker`), not yet reaped.
        var workers: Set<pid_t> = []
    }

    private static let state = Mutex(State())

    /// Creates the file at `path` with `make` (true when it did), and records it; false, and
    /// nothing created, once a signal is being handled.
    static func create(_ path: String, _ make: () -> Bool) -> Bool {
        state.withLock { state in
            guard !state.stopping, make() else { return false }
            state.files.insert(path)
            return true
        }
    }

    /// Forgets the file at `path` (renamed into place, or removed).
    static func forget(_ path: String) {
        state.withLock { _ = $0.files.remove(path) }
    }

    // MARK: The library's working files

    /// The directory for libxlsxwriter's working files: made at the first call, in `$TMPDIR`
    /// (else `/tmp`), removed at exit; nil when it cannot be made (the library then uses its
    /// default). The same C string for the whole process: workbooks keep a pointer to it.
    public static func libraryDirectory() -> UnsafeMutablePointer<CChar>? {
        libraryDirectoryPointer.withLock { pointer in
            if let pointer { return pointer }
            let base = Environment.value("TMPDIR").flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
            sweepLibraryDirectories(in: base)
            guard let template = strdup(FileSystem.join(FileSystem.absolute(base), "cchc-\(ownerID)-XXXXXX")) else { return nil }
            // Made and recorded under the lock a signal's clean-up takes: a directory made just
            // before a signal and recorded after it would be left behind.
            let made = state.withLock { state -> Bool in
                guard !state.stopping, mkdtemp(template) != nil else { return false }
                state.libraryDirectory = String(cString: template)
                return true
            }
            guard made else {
                free(template)
                return nil
            }
            atexit { TemporaryFiles.removeLibraryDirectory() }
            pointer = template
            return template
        }
    }

    private static let libraryDirectoryPointer = Mutex<UnsafeMutablePointer<CChar>?>(nil)

    /// Removes the private directory and what is in it; called at exit and on a signal.
    static func removeLibraryDirectory() {
        let path = state.withLock { $0.libraryDirectory }
        if let path { removeDirectory(path) }
    }

    /// Removes `path` and its files, again until the directory itself is gone (a file created
    /// meanwhile makes `rmdir` fail); once it is gone, nothing more can be created in it.
    static func removeDirectory(_ path: String) {
        for _ in 0..<100 {
            for name in names(in: path, where: { !FileSystem.isDotOrDotDot($0) }) {
                unlink(FileSystem.join(FileSystem.absolute(path), name))
            }
            if rmdir(path) == 0 || errno == ENOENT { return }
        }
    }

    /// Removes the private directories that processes no longer running left in `base`.
    ///
    /// `base` is the shared `/tmp` of the machine, which may hold tens of thousands of entries of
    /// other programs — and of cchc's own test suites (`cchc-cli-…`, `cchc-tests-…`): it is read
    /// with `readdir`, and only the names of the form this type makes, `cchc-<digits>-<6 characters>`,
    /// become Swift strings (listing it through `FileManager` cost three quarters of a small
    /// `fill` when /tmp held 19,000 entries; turning every `cchc-` name into a string still cost
    /// as much as the rest of the process when 17,000 of them were the tests').
    private static func sweepLibraryDirectories(in base: String) {
        for name in names(in: base, where: isLibraryDirectoryName) {
            let parts = name.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0] == "cchc", let pid = Int32(parts[1]), pid > 0, parts[2].count == 6, isGone(pid) else { continue }
            removeDirectory(FileSystem.join(FileSystem.absolute(base), name))
        }
    }

    /// Whether a NUL-terminated name is `cchc-<1–10 digits>-<6 bytes>`, the form of
    /// `libraryDirectory()`'s names, judged on the bytes.
    static func isLibraryDirectoryName(_ name: UnsafePointer<CChar>) -> Bool {
        // "cchc-", byte by byte: this runs for every entry of /tmp, and allocates nothing.
        guard name[0] == 0x63, name[1] == 0x63, name[2] == 0x68, name[3] == 0x63, name[4] == 0x2D else { return false }
        var index = 5
        while name[index] >= 0x30 && name[index] <= 0x39 { index += 1 }
        guard (6...15).contains(index), name[index] == 0x2D else { return false }  // 1–10 digits, "-"
        index += 1
        let rest = index
        while name[index] != 0 {
            index += 1
            if index - rest > 6 { return false }
        }
        return index - rest == 6
    }

    /// The names in `directory` that start with `prefix` (ASCII), read with `readdir`.
    static func names(in directory: String, startingWith prefix: String) -> [String] {
        let count = prefix.utf8.count
        return prefix.withCString { start in names(in: directory) { strncmp($0, start, count) == 0 } }
    }

    /// The names in `directory` that `accept` takes, read with `readdir` (`FileSystem.names`);
    /// none when it cannot be opened.
    static func names(in directory: String, where accept: (UnsafePointer<CChar>) -> Bool) -> [String] {
        FileSystem.names(in: directory, where: accept) ?? []
    }

    // MARK: Worker processes

    /// The process id the names of this process's temporary files carry: its own, or, in a worker
    /// process of a batch, the batch's (`adoptOwner`). A worker's files then live as long as the
    /// batch is running (no other run sweeps them while it runs), and after a batch killed with
    /// SIGKILL — its workers die with it — the next run sweeps them with the batch's own.
    public static var ownerID: pid_t { owner.withLock { $0 } ?? getpid() }

    private static let owner = Mutex<pid_t?>(nil)

    /// Names this process's temporary files after `pid`, the batch it works for; call before any
    /// temporary file is made.
    public static func adoptOwner(_ pid: pid_t) {
        owner.withLock { $0 = pid }
    }

    /// Starts a worker process with `spawn` (its process id, or nil when it could not start) and
    /// records it, unless a signal is being handled: on a signal, every recorded worker gets the
    /// same signal and the process waits for each to end (removing its own temporary files) before
    /// it removes its own and exits.
    public static func startWorker(_ spawn: () -> pid_t?) -> pid_t? {
        state.withLock { state in
            guard !state.stopping, let pid = spawn() else { return nil }
            state.workers.insert(pid)
            return pid
        }
    }

    /// Waits until the worker `pid` ends, reaps it and forgets it; returns its wait status. The
    /// process is reaped under the lock a signal's clean-up takes, so that the clean-up never
    /// signals a process id that has been reaped (and could be another process's by then).
    @discardableResult
    public static func endWorker(_ pid: pid_t) -> Int32 {
        #if os(Linux)
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR {}
        #endif
        return state.withLock { state -> Int32 in
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            state.workers.remove(pid)
            return status
        }
    }

    // MARK: Signals

    /// The signals after which the process removes its temporary files and exits with 128 + the signal.
    public static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// The pipe the handler writes the signal's number to (its write end), or -1.
    nonisolated(unsafe) private static var signalPipe: Int32 = -1
    private static let installed = Mutex(false)

    /// Installs the handlers of `signals` (once; later calls do nothing). A signal the process
    /// was started ignoring (SIGHUP under `nohup`) stays ignored; one it was started with
    /// blocked (as some launchers leave them) is unblocked.
    public static func installSignalHandlers() {
        installed.withLock { done in
            guard !done else { return }
            done = true
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else { return }
            _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
            signalPipe = ends[1]
            let reader = ends[0]
            let thread = Thread {
                var number: UInt8 = 0
                while true {
                    let count = read(reader, &number, 1)
                    if count == 1 { cleanUpAndExit(signal: Int32(number)) }
                    if count == 0 || (count < 0 && errno != EINTR) { return }
                }
            }
            thread.name = "cchc-signals"
            thread.start()
            var unblock = sigset_t()
            sigemptyset(&unblock)
            for number in signals {
                var current = sigaction()
                sigaction(number, nil, &current)
                if isIgnored(current) { continue }
                _ = signal(number) { received in
                    var byte = UInt8(truncatingIfNeeded: received)
                    _ = write(TemporaryFiles.signalPipe, &byte, 1)
                }
                sigaddset(&unblock, number)
            }
            pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        }
    }

    /// Whether a disposition is "ignore".
    private static func isIgnored(_ action: sigaction) -> Bool {
        #if os(Linux)
        return unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == 1  // SIG_IGN
        #else
        return unsafeBitCast(action.__sigaction_u.__sa_handler, to: Int.self) == 1
        #endif
    }

    /// Ends the batch's worker processes with the same signal and waits for them, removes every
    /// temporary file, then ends the process with 128 + `signal`. It holds the lock
    /// of `create` to the end, so that no other thread makes a file after it looked, and waits
    /// until no workbook is closing (the only time libxlsxwriter makes its working files, named
    /// for an instant) and keeps any from starting: then nothing is being made, nothing is left.
    static func cleanUpAndExit(signal: Int32) -> Never {
        state.withLock { state -> Void in
            state.stopping = true
            // Workers first: each removes its own files on the signal; waited for, so that none
            // is still writing when this process has ended.
            for pid in state.workers { kill(pid, signal) }
            for pid in state.workers { while waitpid(pid, nil, 0) == -1 && errno == EINTR {} }
            XlsxWorkbook.whileNoneCloses { () -> Void in
                for path in state.files where unlink(path) != 0 { removeDirectory(path) }
                if let directory = state.libraryDirectory { removeDirectory(directory) }
                _exit(128 + signal)
            }
        }
        _exit(128 + signal)
    }

    // MARK: Names

    /// A name for a temporary file of this process: hidden, short (whatever the length of the
    /// output's name), with the process id for `sweep`.
    public static func temporaryName() -> String {
        ".cchc-\(ownerID)-\(UUID().uuidString.prefix(8).lowercased()).tmp"
    }

    /// The process id in the name of a temporary file of this tool (this version's or an older
    /// one's), or nil for any other name.
    public static func owner(ofTemporaryName name: String) -> Int32? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        if name.hasPrefix(".cchc-") {
            // .cchc-<pid>-<random>.tmp
            let parts = name.dropFirst().dropLast(4).split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, let pid = Int32(parts[1]), pid > 0, isRandom(parts[2]) else { return nil }
            return pid
        }
        // .<output>.xlsx.<pid>.<8 hex>.tmp, as versions before this one named them.
        let parts = name.dropFirst().dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 4, parts[parts.count - 3].lowercased() == "xlsx", let pid = Int32(parts[parts.count - 2]), pid > 0,
              isRandom(parts[parts.count - 1]) else { return nil }
        return pid
    }

    private static func isRandom(_ text: Substring) -> Bool {
        text.count == 8 && text.allSatisfy(\.isHexDigit)
    }

    /// Whether no process `pid` runs (as this system sees process ids).
    static func isGone(_ pid: Int32) -> Bool {
        pid != getpid() && pid != ownerID && kill(pid, 0) == -1 && errno == ESRCH
    }

    private static let swept = Mutex<Set<String>>([])

    /// Removes the temporary files of processes no longer running from `directory`, once per
    /// directory in this process; returns the names removed.
    @discardableResult
    public static func sweep(directory: String) -> [String] {
        let key = FileSystem.standardized(directory)
        guard swept.withLock({ $0.insert(key).inserted }) else { return [] }
        var removed: [String] = []
        for name in names(in: directory, startingWith: ".") {
            guard let pid = owner(ofTemporaryName: name), isGone(pid) else { continue }
            let path = FileSystem.join(FileSystem.absolute(directory), name)
            if unlink(path) == 0 {
                removed.append(name)
            } else if errno == EISDIR || errno == EPERM {
                removeDirectory(path)
                if access(path, F_OK) != 0 { removed.append(name) }
            }
        }
        return removed.sorted()
    }
}
