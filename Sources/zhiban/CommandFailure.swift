import ArgumentParser
import ZhibanModel

/// How a command ends badly: the message goes to standard error, the status tells scripts why.
///
/// Status 1 means "the roster has problems" (`check`) or "the command failed"; status 2 means
/// "the roster (or an input file) cannot be read at all".
enum CommandFailure: Error {
    /// The roster or an input cannot be read (reported in the command's language): status 2.
    case unreadable(any Error, Language)
    /// The command could not do its work: status 1.
    case failed(String)

    /// Prints the message and ends with the right status.
    static func exit(for error: any Error) -> ExitCode {
        switch error {
        case CommandFailure.unreadable(let inner, let language):
            printError(inner, in: language)
            return ExitCode(2)
        case CommandFailure.failed(let message):
            printError(message)
            return ExitCode(1)
        default:
            printError(error, in: .zh)
            return ExitCode(1)
        }
    }
}
