import ArgumentParser
import CProcess
import Foundation
import Model
import Workbook

// A batch spreads its inputs over itself and worker processes (`--jobs` in all, one per core by
// default): each worker is cchc itself, started again with the same arguments, which reads the
// templates and expands the inputs as the batch did, then, instead of running the batch, writes
// the inputs the batch hands it, one at a time, and sends back each outcome. The batch prints
// them in input order, with its own.
//
// Why processes and not threads: libxlsxwriter 1.1.4 formats a workbook's dates with `gmtime()`,
// whose result lives in one buffer for the whole process, so workbooks of one process close one
// at a time (`XlsxWorkbook`'s close lock); that serialised about a third of a batch's work. A
// worker closes its workbooks alone in its process, so no lock is ever waited for.
//
// The conversation is one line of JSON each way (`Batch.Message`) over a socket (descriptor 3 in
// the worker): `run` (index and path of an input) → `done` (its outcome), or `unknown` when the
// worker's own expansion of the arguments does not hold that input at that index (the batch then
// writes it itself). `submit` asks the batch before writing a file (`claim` → `claimed`), so that
// two submissions never write the same file whichever worker writes them.
//
// Signals: a worker is killed with the batch (SIGKILL from the kernel when the batch ends, see
// `cchc_die_with_parent`), and names its temporary files after the batch's process id, so that
// after a SIGKILL the next run sweeps them as it sweeps the batch's. On SIGINT, SIGTERM or SIGHUP
// the batch passes the signal on to its workers and waits for them (`TemporaryFiles`).

extension Batch {
    /// The environment variable that makes cchc a worker: the process id of its batch.
    static let workerVariable = "CCHC_BATCH_WORKER"
    /// The descriptor of a worker's socket to its batch.
    static let workerDescriptor: Int32 = 3

    /// How many workbooks a batch writes at once when `--jobs` is not given: one per core.
    static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// One message between a batch and a worker.
    struct Message: Codable {
        enum Kind: String, Codable {
            /// Batch → worker: write the input `input`, number `index`.
            case run
            /// Worker → batch: `outcome` of input `index`.
            case done
            /// Worker → batch: input `index` is not `input` in the worker's own list.
            case unknown
            /// Worker → batch: may `input` write `path`?
            case claim
            /// Batch → worker: the answer; `owner` is the input that claimed the path first, if another.
            case claimed
        }
        var kind: Kind
        var index: Int? = nil
        var input: String? = nil
        var path: String? = nil
        var owner: String? = nil
        var outcome: Outcome? = nil
    }

    /// A socket carrying messages, one line of JSON each; one thread uses it at a time.
    final class Channel: @unchecked Sendable {
        private let descriptor: Int32
        private var buffer: [UInt8] = []

        init(descriptor: Int32) { self.descriptor = descriptor }

        /// Sends a message; false when the other end is gone.
        @discardableResult
        func post(_ message: Message) -> Bool {
            guard var data = try? JSONEncoder().encode(message) else { return false }
            data.append(10)
            return data.withUnsafeBytes { bytes -> Bool in
                guard let base = bytes.baseAddress else { return false }
                var offset = 0
                while offset < bytes.count {
                    // MSG_NOSIGNAL: a peer gone is an error here, not a SIGPIPE.
                    let count = send(descriptor, base + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
                    if count < 0 && errno == EINTR { continue }
                    if count <= 0 { return false }
                    offset += count
                }
                return true
            }
        }

        /// The next message; nil when the other end is gone (or sent something that is not one).
        func next() -> Message? {
            while true {
                if let newline = buffer.firstIndex(of: 10) {
                    let line = Data(buffer[..<newline])
                    buffer.removeSubrange(...newline)
                    return try? JSONDecoder().decode(Message.self, from: line)
                }
                var chunk = [UInt8](repeating: 0, count: 1 << 16)
                let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return nil }
                buffer.append(contentsOf: chunk[..<count])
            }
        }

        /// Closes the socket: the other end reads the end of its messages.
        func shut() {
            shutdown(descriptor, Int32(SHUT_RDWR))
            _ = close(descriptor)
        }
    }

    /// This process as a worker of a batch.
    enum Worker {
        /// The socket to the batch when this process is a worker of one, else nil. Decided at the
        /// first use (`CCHC.main` uses it first, before any temporary file is made): the variable
        /// must name this process's parent and descriptor 3 must be a socket.
        static let channel: Channel? = {
            guard let value = Environment.value(Batch.workerVariable), let batch = pid_t(value),
                  batch == getppid() else { return nil }
            var information = stat()
            guard fstat(Batch.workerDescriptor, &information) == 0, information.st_mode & S_IFMT == S_IFSOCK else { return nil }
            // The batch ended before this line: nothing to work for.
            guard cchc_die_with_parent(batch) == 0 else { exit(0) }
            TemporaryFiles.adoptOwner(batch)
            return Channel(descriptor: Batch.workerDescriptor)
        }()

        /// Writes the inputs the batch asks for until it has no more, then ends the process.
        static func serve(_ inputs: [String], over channel: Channel, job: (String) -> Outcome) -> Never {
            while let message = channel.next() {
                guard message.kind == .run, let index = message.index else { continue }
                guard inputs.indices.contains(index), inputs[index] == message.input else {
                    channel.post(Message(kind: .unknown, index: index, input: message.input))
                    continue
                }
                let outcome = job(inputs[index])
                guard channel.post(Message(kind: .done, index: index, outcome: outcome)) else { break }
            }
            exit(0)
        }

        /// Asks the batch whether `input` may write `path`: nil when it may, else the input that
        /// claimed it first.
        static func claim(_ path: String, for input: String, over channel: Channel) -> String? {
            channel.post(Message(kind: .claim, input: input, path: path))
            return channel.next()?.owner
        }
    }

    /// A worker process, seen from the batch; one thread uses it at a time.
    final class WorkerProcess: @unchecked Sendable {
        let pid: pid_t
        private let channel: Channel

        private init(pid: pid_t, channel: Channel) {
            self.pid = pid
            self.channel = channel
        }

        /// Starts cchc again with this process's arguments, as a worker; nil when it cannot be
        /// started (the batch then writes on its own). Call it on the thread that lives as long as
        /// the process: the kernel kills a worker when the thread that started it ends.
        static func start() -> WorkerProcess? {
            #if os(Linux)
            // The file /proc/self/exe names (not the link itself: a tool that runs cchc under
            // it, such as valgrind, sees and follows the start of the real file).
            var link = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink("/proc/self/exe", &link, link.count - 1)
            guard length > 0 else { return nil }
            let executable = String(decoding: link[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            #else
            guard let executable = Bundle.main.executablePath else { return nil }
            #endif
            var ends: [Int32] = [-1, -1]
            guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else { return nil }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_adddup2(&actions, ends[1], Batch.workerDescriptor)
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var none = sigset_t()
            sigemptyset(&none)
            posix_spawnattr_setsigmask(&attributes, &none)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
            var environment = ProcessInfo.processInfo.environment
            environment[Batch.workerVariable] = String(getpid())
            let arguments = CommandLine.arguments.map { strdup($0) } + [nil]
            let variables = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer {
                for pointer in arguments { free(pointer) }
                for pointer in variables { free(pointer) }
            }
            let pid = TemporaryFiles.startWorker { () -> pid_t? in
                var pid = pid_t()
                return posix_spawn(&pid, executable, &actions, &attributes, arguments, variables) == 0 ? pid : nil
            }
            _ = close(ends[1])
            guard let pid else {
                _ = close(ends[0])
                return nil
            }
            return WorkerProcess(pid: pid, channel: Channel(descriptor: ends[0]))
        }

        /// Has the worker write input `index`; nil when the worker is gone or does not hold that
        /// input (the caller then writes it itself). Claims of output names go to `claims`.
        func run(_ index: Int, _ input: String, claims: ClaimedNames?) -> Outcome? {
            guard channel.post(Message(kind: .run, index: index, input: input)) else { return nil }
            while let message = channel.next() {
                switch message.kind {
                case .claim:
                    let owner = message.path.flatMap { path in message.input.flatMap { claims?.claim(path, for: $0) } }
                    guard channel.post(Message(kind: .claimed, owner: owner)) else { return nil }
                case .done where message.index == index:
                    return message.outcome
                default:
                    return nil
                }
            }
            return nil
        }

        /// Tells the worker there is nothing more and waits for it to end.
        func finish() {
            channel.shut()
            TemporaryFiles.endWorker(pid)
        }
    }
}

/// `--jobs <n>`, accepted by the commands that write a batch: how many workbooks are written at once.
struct JobsOption: ParsableArguments {
    @Option(name: .customLong("jobs"), help: ArgumentHelp(Session.option(.cchc, "jobs"), valueName: "n"))
    var count: JobCount?

    /// The number of workbooks written at once, nil for the default (`Batch.defaultJobs`).
    var jobs: Int? { count?.value }
}

/// A number of jobs: a whole number from 1 (the parser refuses anything else, in its own words).
struct JobCount: ExpressibleByArgument {
    let value: Int

    init?(argument: String) {
        guard let value = Int(argument), value >= 1 else { return nil }
        self.value = value
    }
}
