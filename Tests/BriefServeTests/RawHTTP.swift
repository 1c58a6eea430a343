import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A deliberately dumb HTTP/1.1 client over a plain TCP socket: it sends the request target byte
/// for byte (no `../` normalisation, no re-encoding), which is what traversal tests need. All
/// blocking socket work runs on its own dispatch queue, never on Swift's cooperative threads.
final class RawConnection: @unchecked Sendable {
    private let descriptor: Int32
    private let queue = DispatchQueue(label: "raw-http")
    private var received: [UInt8] = []  // touched only on `queue`

    /// Connects to 127.0.0.1:`port`; reads give up after `timeout` seconds of silence (long: a rebuild
    /// the test waits for can take a minute when the whole suite shares two cores with other builds).
    init(port: Int, timeout: Int = 180) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw RawHTTPError.socket(errno) }
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(descriptor)
            throw RawHTTPError.connect(errno)
        }
    }

    deinit { close(descriptor) }

    /// Sends `GET target` (or another method) with `Connection: close` and extra header lines.
    func send(_ target: String, method: String = "GET", headers: [String] = []) {
        let lines = ["\(method) \(target) HTTP/1.1", "Host: 127.0.0.1", "Connection: close"] + headers
        let bytes = Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Reads until the server closes the connection; the whole response.
    func readToEnd() async -> RawResponse {
        await onQueue {
            while self.readSome() {}
            return RawResponse(self.received)
        }
    }

    /// Reads until `predicate` holds for the text received so far, or the connection ends or
    /// goes silent for the timeout. Returns the text received so far.
    func read(until predicate: @escaping @Sendable (String) -> Bool) async -> String {
        await onQueue {
            while !predicate(String(decoding: self.received, as: UTF8.self)), self.readSome() {}
            return String(decoding: self.received, as: UTF8.self)
        }
    }

    /// Shuts the socket down, ending any read in progress.
    func shutdownNow() {
        shutdown(descriptor, Int32(SHUT_RDWR))
    }

    private func readSome() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return false }
        received.append(contentsOf: chunk[0..<count])
        return true
    }

    private func onQueue<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: work()) }
        }
    }

    /// One request on a new connection.
    static func get(_ target: String, port: Int, method: String = "GET", headers: [String] = []) async throws -> RawResponse {
        let connection = try RawConnection(port: port)
        connection.send(target, method: method, headers: headers)
        return await connection.readToEnd()
    }
}

enum RawHTTPError: Error {
    case socket(Int32)
    case connect(Int32)
}

/// A parsed HTTP response (the body as received: the tests read fixed-length bodies only).
struct RawResponse: Sendable {
    let status: Int
    let headers: [String: String]
    let body: String

    init(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        let head = parts.first ?? ""
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.isEmpty ? "" : lines.removeFirst()
        status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        self.headers = headers
        body = parts.dropFirst().joined(separator: "\r\n\r\n")
    }
}
