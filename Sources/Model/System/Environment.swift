#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's environment variables, read one by one with `getenv`.
///
/// `ProcessInfo.processInfo.environment` copies the whole environment into a dictionary of
/// Swift strings on every call (about 440,000 instructions here); a run asks for a handful of
/// variables, several of them at start-up, so it reads just those.
public enum Environment {
    /// The value of the variable `name`, or nil when it is not set.
    public static func value(_ name: String) -> String? {
        guard let pointer = getenv(name) else { return nil }
        return String(cString: pointer)
    }

    /// The values of the variables `names` that are set, by name.
    public static func values(_ names: [String]) -> [String: String] {
        var found: [String: String] = [:]
        for name in names {
            if let value = value(name) { found[name] = value }
        }
        return found
    }
}
