import BriefCore

/// Checks the command name before the argument parser sees it, so that a misspelt command gets a
/// suggestion (`brief biuld` → did you mean `build`?) and `brief help TOPIC` fails on a topic that
/// is no command, instead of printing the general help with success.
struct SubcommandCheck {
    /// The names of the commands `brief` has.
    let commands: [String]

    /// The problem with `arguments` (the command line without the program's name), or nil when the
    /// argument parser should take them.
    func problem(in arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        if first == "help" {
            guard let topic = arguments.dropFirst().first, !topic.hasPrefix("-"), !commands.contains(topic) else { return nil }
            return unknown(topic, asked: "no help on `\(topic)`: it is not a brief command")
        }
        guard !commands.contains(first) else { return nil }
        return unknown(first, asked: "`\(first)` is not a brief command")
    }

    private func unknown(_ word: String, asked: String) -> String {
        let known = "The commands are: \(commands.joined(separator: ", ")) (brief --help says more)."
        guard let suggestion = SpellingSuggestion.closest(to: word, among: commands) else { return "error: \(asked). \(known)" }
        return "error: \(asked). Did you mean `\(suggestion)`? \(known)"
    }
}
