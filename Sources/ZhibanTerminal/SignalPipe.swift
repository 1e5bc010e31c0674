import Dispatch
import Glibc

/// Turns signals into bytes on a pipe, so the single thread that owns curses can wait for a key
/// or a signal in one `poll` and handle both in order. Signals are ignored by their default
/// action while watched (so SIGTERM does not kill the program before the terminal is restored).
final class SignalPipe {
    /// The end to poll and read signal numbers from.
    let readEnd: Int32
    private let writeEnd: Int32
    private var sources: [DispatchSourceSignal] = []

    /// Watches the given signals.
    init(watching signals: [Int32]) {
        var ends: [Int32] = [-1, -1]
        precondition(pipe(&ends) == 0, "cannot create the signal pipe")
        readEnd = ends[0]
        writeEnd = ends[1]
        _ = fcntl(readEnd, F_SETFL, O_NONBLOCK)
        let writeEnd = self.writeEnd
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(writeEnd, &byte, 1)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// The signals received since the last call, in order.
    func drain() -> [Int32] {
        var received: [Int32] = []
        var byte: UInt8 = 0
        while read(readEnd, &byte, 1) == 1 { received.append(Int32(byte)) }
        return received
    }

    deinit {
        for source in sources { source.cancel() }
        close(readEnd)
        close(writeEnd)
    }
}
