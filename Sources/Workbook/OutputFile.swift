import Foundation
import Model

/// A workbook file being written into its directory, that appears at its path only when complete.
///
/// Where the file system allows (Linux `O_TMPFILE`), the file is created without a name in the
/// output's directory and the library writes it through `/proc/self/fd/<n>`; `commit()` then
/// links it at its path (`linkat`), in one step when nothing is there yet. A file without a name
/// vanishes with the process, whatever ends it (SIGKILL included), so an interrupted run leaves
/// nothing in the output's directory. Replacing an existing file takes a name for an instant: the
/// file is linked under a hidden temporary name and renamed over the old one (`rename` is atomic),
/// the name recorded in `TemporaryFiles` meanwhile.
///
/// Elsewhere the file is written in a hidden temporary directory (`.cchc-<pid>-<random>.tmp/`,
/// whatever the length of the output's name), recorded for the whole write, and renamed into
/// place. Either way no temporary name depends on the output's. (libxlsxwriter's own working
/// files go to the process's private directory, `TemporaryFiles.libraryDirectory()`.)
struct OutputFile: ~Copyable {
    /// The path the workbook goes to.
    let target: String
    let directory: String
    /// What the library writes: `/proc/self/fd/<n>`, or the temporary file.
    let writePath: String
    /// The unnamed file's descriptor (`O_TMPFILE`), or -1.
    private let descriptor: Int32
    /// The temporary directory holding the named file (recorded in `TemporaryFiles`), when there is one.
    private var temporary: String?

    /// Prepares the file for `target`, in `directory` (which exists and is writable).
    init(target: String, directory: String) throws(CCHCError) {
        self.target = target
        self.directory = directory
        TemporaryFiles.sweep(directory: directory)
        #if os(Linux)
        let unnamed = OutputFile.unnamedFile(in: directory)
        if unnamed >= 0 {
            descriptor = unnamed
            writePath = "/proc/self/fd/\(unnamed)"
            temporary = nil
            return
        }
        #endif
        descriptor = -1
        // A hidden directory holds the file: the library opens the file by name when it closes the
        // workbook, and would make it again after a signal removed it; a directory removed stays
        // removed.
        let holder = URL(fileURLWithPath: directory).appendingPathComponent(TemporaryFiles.temporaryName()).path
        var error: Int32 = EINTR
        let created = TemporaryFiles.create(holder) {
            let made = mkdir(holder, 0o700) == 0
            error = errno
            return made
        }
        guard created else { throw CCHCError(.outputFailed(.writeFailed(path: target, reason: String(cString: strerror(error))))) }
        writePath = holder + "/workbook.xlsx"
        temporary = holder
    }

    #if os(Linux)
    /// `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`; `__O_TMPFILE` is 0o20000000 on x86-64 and arm64).
    static let temporaryFileFlag = Int32(0o20000000) | O_DIRECTORY

    /// Whether to write unnamed files: `/proc/self/fd` can reopen a descriptor by name (it is a
    /// Linux `/proc`), and the environment does not ask for named temporary files
    /// (`CCHC_NAMED_TEMPORARY_FILES=1`, which the tests set to run the way of file systems
    /// without `O_TMPFILE`, such as FAT on a USB stick).
    static let unnamedFiles: Bool = FileManager.default.fileExists(atPath: "/proc/self/fd")
        && Environment.value("CCHC_NAMED_TEMPORARY_FILES") != "1"

    /// An unnamed file in `directory`, open for writing, or -1 where unsupported.
    static func unnamedFile(in directory: String) -> Int32 {
        guard unnamedFiles else { return -1 }
        var mask = umask(0)
        umask(mask)
        mask &= 0o777
        return open(directory, temporaryFileFlag | O_WRONLY | O_CLOEXEC, 0o666 & ~mask)
    }
    #endif

    /// Puts the finished file at `target`, replacing what is there, in one atomic step as seen at
    /// `target`.
    consuming func commit() throws(CCHCError) {
        func fail(_ reason: Int32) -> CCHCError {
            CCHCError(.outputFailed(.renameFailed(path: target, reason: String(cString: strerror(reason)))))
        }
        if let temporary {
            let status = rename(writePath, target)
            let error = errno
            TemporaryFiles.removeDirectory(temporary)
            TemporaryFiles.forget(temporary)
            self.temporary = nil
            if status != 0 { throw fail(error) }
            return
        }
        // Nothing at the path: link the file there directly.
        if linkat(AT_FDCWD, writePath, AT_FDCWD, target, AT_SYMLINK_FOLLOW) == 0 { return }
        guard errno == EEXIST else { throw fail(errno) }
        // A file is there: link under a temporary name, then rename over it.
        let path = URL(fileURLWithPath: directory).appendingPathComponent(TemporaryFiles.temporaryName()).path
        var error: Int32 = EINTR
        let source = writePath
        guard TemporaryFiles.create(path, {
            let linked = linkat(AT_FDCWD, source, AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0
            error = errno
            return linked
        }) else { throw fail(error) }
        defer { TemporaryFiles.forget(path) }
        if rename(path, target) != 0 {
            let error = errno
            unlink(path)
            throw fail(error)
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
        if let temporary {
            TemporaryFiles.removeDirectory(temporary)
            TemporaryFiles.forget(temporary)
        }
    }
}
