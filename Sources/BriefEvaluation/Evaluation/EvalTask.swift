import BriefCore

/// A layer `brief eval` scores, in the order the reference scorer (`score.py`) reports them.
public enum EvalTask: String, Sendable, Hashable, CaseIterable {
    case quotes, persons, timexes
}
